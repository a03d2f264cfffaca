import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { optionNoteId } from '../../shared/kinds/vote';
import type { PresenterTheme } from '../../shared/session/types';
import { expect, expectInSync, test } from './support/fixtures';
import { expectCleanScreen } from './support/layoutCheck';
import { FOUR_COLUMN_NOTES, STRESS_WORKSHOP, TRUST_BREAKER_DOTS, captureAll, dispatch, installWorkshop, ofKind, openScene } from './support/kindScenes';
import type { HostClient } from '../support/hostClient';

/**
 * The projector's theme is chosen in the control window and reaches the room: the presenter window and the
 * preview change colours together, and the choice stays with the session. Screenshots of the light and
 * high-contrast themes at the three projector sizes go to .tmp/shots/themes/ for review.
 */

const SHOTS_DIR = join(process.cwd(), '.tmp', 'shots', 'themes');

/** Background and text colours of each theme, as the browser computes them (from presenterThemes.css). */
const THEME_COLOURS: Readonly<Record<PresenterTheme, { background: string; text: string }>> = {
  dark: { background: 'rgb(13, 15, 18)', text: 'rgb(245, 246, 247)' },
  light: { background: 'rgb(255, 255, 255)', text: 'rgb(17, 20, 24)' },
  'high-contrast': { background: 'rgb(0, 0, 0)', text: 'rgb(255, 255, 255)' },
};

/** The colours of a projected screen: its background and its body text. */
async function colours(screen: Locator): Promise<{ background: string; text: string }> {
  return screen.evaluate((root) => ({ background: getComputedStyle(root).backgroundColor, text: getComputedStyle(root).color }));
}

async function expectTheme(screen: Locator, theme: PresenterTheme, where: string): Promise<void> {
  await expect.poll(() => colours(screen), `${where} in the ${theme} theme`).toEqual(THEME_COLOURS[theme]);
}

test.describe('projector themes', () => {
  test('light, then high contrast, picked in the control window: the projector and the preview follow, and the choice stays after a reload and a reopen', async ({ control, presenter }) => {
    await control.createSession('Theme cohort', '2026-03-14');
    await control.capture('A note to read from the back');
    const projector = presenter.page.getByTestId('presenter-screen');
    const preview = control.page.getByTestId('projector-preview').locator('[data-presenter-screen]');
    const picker = control.page.getByTestId('projector-theme');
    await expect(picker).toHaveValue('dark');
    await expectTheme(projector, 'dark', 'the projector');
    await expectTheme(preview, 'dark', 'the preview');

    for (const theme of ['light', 'high-contrast'] as const) {
      await picker.selectOption(theme);
      await expectTheme(projector, theme, 'the projector');
      await expectTheme(preview, theme, 'the preview');
    }

    // The presenter window reloads (a projector cable wiggled, F5): still high contrast.
    await presenter.page.reload();
    await expect(presenter.page.locator('body[data-rev]')).toBeAttached();
    await expectTheme(projector, 'high-contrast', 'the reloaded projector');

    // Saved, closed and opened again: still high contrast, in both windows and in the picker.
    await control.saveAs('themed');
    await expect(control.saveStatus).toHaveAttribute('data-state', 'saved');
    await control.homeButton.click();
    await control.page.getByTestId('confirm-end-session').getByRole('button', { name: 'End session' }).click();
    await expect(control.startButton).toBeVisible();
    await expect(presenter.waiting).toBeVisible();
    await control.openFromDialog('themed.groundwork');
    await expectInSync(control, presenter);
    await expect(picker).toHaveValue('high-contrast');
    await expectTheme(projector, 'high-contrast', 'the projector after a reopen');
    await expectTheme(preview, 'high-contrast', 'the preview after a reopen');
  });
});

const SCREENS = [
  { width: 1920, height: 1080 },
  { width: 1280, height: 720 },
  { width: 1024, height: 768 },
] as const;

/** Takes the review picture, then checks the screen's layout (tests/e2e/support/layoutCheck.ts). */
async function shoot(page: Page, name: string): Promise<void> {
  mkdirSync(SHOTS_DIR, { recursive: true });
  await page.screenshot({ path: join(SHOTS_DIR, `${name}.png`), animations: 'disabled' });
  await expectCleanScreen(page, name);
}

async function setTheme(client: HostClient, theme: PresenterTheme): Promise<void> {
  await dispatch(client, { type: 'presenter.setTheme', theme });
}

test.describe('screenshots of the light and high-contrast themes', () => {
  for (const theme of ['light', 'high-contrast'] as const) {
    test(`${theme}: a discussion with notes, a 4-column sort, a revealed vote and a message, at three sizes`, async ({ server, control, presenter }) => {
      test.setTimeout(180_000);
      const projector = presenter.page.getByTestId('presenter-screen');

      const stressId = await installWorkshop(server, 'stress.workshop.json', STRESS_WORKSHOP);
      const sort = await openScene(server, (activity) => activity.id === 'four-columns', stressId);
      await setTheme(sort.client, theme);
      await captureAll(sort.client, sort.activity.id, FOUR_COLUMN_NOTES);
      // The accent colours are never the only way to tell the columns apart: each is headed by its name.
      await expect(projector.getByTestId('presenter-sort-label')).toHaveText(['Me', 'My team', 'My manager', 'The organisation']);
      for (const size of SCREENS) {
        await presenter.page.setViewportSize(size);
        await expect(presenter.notes).toHaveCount(FOUR_COLUMN_NOTES.length);
        await expectTheme(projector, theme, 'the projector');
        await shoot(presenter.page, `${theme}-sort-4-columns-${size.width}x${size.height}`);
      }
      sort.client.close();

      const discussion = await openScene(server, ofKind('discussion'));
      await setTheme(discussion.client, theme);
      const notes = ['Trust is built in small moments', 'Check-ins both ways', 'Say what you will do, then do it', 'Admit mistakes first', 'Protect the team from noise'];
      await captureAll(discussion.client, discussion.activity.id, notes.map((text) => ({ text })));
      for (const size of SCREENS) {
        await presenter.page.setViewportSize(size);
        await expect(presenter.notes).toHaveCount(notes.length);
        await shoot(presenter.page, `${theme}-discussion-${size.width}x${size.height}`);
      }
      await dispatch(discussion.client, { type: 'presenter.setMessage', message: 'Break: back at 10:45' });
      await expect(presenter.page.getByTestId('presenter-message')).toHaveText('Break: back at 10:45');
      for (const size of SCREENS) {
        await presenter.page.setViewportSize(size);
        await shoot(presenter.page, `${theme}-message-${size.width}x${size.height}`);
      }
      await dispatch(discussion.client, { type: 'presenter.returnToLive' });

      const { agenda } = await discussion.client.call('session.snapshot', {}).then(({ session }) => session ?? { agenda: [] });
      const vote = agenda.find((activity) => activity.kind === 'vote');
      if (vote?.kind !== 'vote') throw new Error('The workshop has no vote.');
      await dispatch(discussion.client, { type: 'activity.go', activityId: vote.id });
      for (const index of vote.options.keys()) {
        await dispatch(discussion.client, { type: 'vote.setCount', activityId: vote.id, optionId: optionNoteId(vote.id, index + 1), count: TRUST_BREAKER_DOTS[index] ?? 1 });
      }
      await dispatch(discussion.client, { type: 'vote.setRevealed', activityId: vote.id, revealed: true });
      await expectInSync(control, presenter);
      for (const size of SCREENS) {
        await presenter.page.setViewportSize(size);
        await shoot(presenter.page, `${theme}-vote-revealed-${size.width}x${size.height}`);
      }
      await control.page.setViewportSize({ width: 1280, height: 720 });
      await shoot(control.page, `${theme}-control-preview-1280x720`);
      discussion.client.close();
    });
  }
});
