import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, expectInSync, test } from './support/fixtures';
import { expectCleanScreen } from './support/layoutCheck';
import { writeSessionFile } from './support/sessionFiles';
import { activityAt, workshop } from './support/workshop';

const SHOTS_DIR = join(process.cwd(), '.tmp', 'shots', 'layout');
const first = activityAt(0);
const second = activityAt(1);

test.describe('the title screen', () => {
  test('the room sees the workshop, the group and the date until the clicker’s PageDown shows the first activity', async ({ control, presenter }) => {
    mkdirSync(SHOTS_DIR, { recursive: true });
    await presenter.page.setViewportSize({ width: 1024, height: 768 });
    await control.createSession('Leadership cohort 4', '2026-11-28', { onTitleScreen: true });

    const title = presenter.page.getByTestId('presenter-title-screen');
    await expect(title).toBeVisible();
    await expect(title).toContainText(workshop.title);
    await expect(title).toContainText('Leadership cohort 4');
    await expect(title).toContainText('Sat, Nov 28, 2026');
    await expect(presenter.page.getByTestId('presenter-prompt'), 'the first prompt waits for the facilitator').toHaveCount(0);
    await presenter.page.screenshot({ path: join(SHOTS_DIR, 'presenter-title-1024x768.png') });

    // The control window says so, and its preview shows the same.
    await expect(control.page.getByTestId('room-status')).toHaveAttribute('data-room', 'title');
    await expect(control.page.getByTestId('projector-preview')).toHaveAttribute('aria-label', /title screen/);
    await expect(control.page.getByTestId('projector-preview').getByText(workshop.title)).toHaveCount(1);
    await expect(control.page.getByTestId('next-activity')).toContainText(first.title);
    await control.page.screenshot({ path: join(SHOTS_DIR, 'control-title-screen-1280x720.png') });

    await control.pressOnPage('PageDown');
    await expect(presenter.page.getByTestId('presenter-title')).toHaveText(first.title);
    await expect(presenter.page.getByTestId('presenter-prompt')).toHaveText(first.prompt);
    await expect(title).toHaveCount(0);
    await expect(control.activityTitle).toHaveText(first.title);
    await expect(control.page.getByTestId('room-status')).toHaveCount(0);
    await expect(control.page.getByTestId('next-activity')).toContainText(second.title);

    await control.pressOnPage('PageDown');
    await expect(presenter.page.getByTestId('presenter-title')).toHaveText(second.title);
    await expectInSync(control, presenter);
  });

  test('after the last activity the closing screen thanks the room and credits the article, legible and whole on each projector', async ({ control, presenter }) => {
    await control.createSession('Cohort 3', '2026-03-14');
    await control.agendaItems.last().click();
    await control.nextButton.click();
    const closing = presenter.page.getByTestId('presenter-title-screen');
    await expect(closing).toHaveAttribute('data-closing', '');
    await expect(presenter.page.getByTestId('presenter-source')).toHaveText(workshop.source);
    mkdirSync(SHOTS_DIR, { recursive: true });
    for (const [width, height] of [
      [1024, 768],
      [1280, 720],
      [1920, 1080],
    ] as const) {
      await presenter.page.setViewportSize({ width, height });
      await expectCleanScreen(presenter.page, `closing screen ${width}x${height}`);
      await presenter.page.screenshot({ path: join(SHOTS_DIR, `presenter-closing-${width}x${height}.png`) });
    }
    await expect(control.page.getByTestId('room-status')).toContainText('closing screen');
  });

  test('a session file written before the title screen existed opens on its current activity', async ({ server, control, presenter }) => {
    writeSessionFile(server.workspace, 'before-title.groundwork', (session) => {
      session.currentActivityId = second.id;
      delete session.presenter.titleScreen;
    });
    await control.openFromDialog('before-title.groundwork');
    await expect(control.activityTitle).toHaveText(second.title);
    await expect(presenter.page.getByTestId('presenter-title')).toHaveText(second.title);
    await expect(presenter.page.getByTestId('presenter-title-screen')).toHaveCount(0);
    await expect(control.page.getByTestId('room-status')).toHaveCount(0);
  });
});
