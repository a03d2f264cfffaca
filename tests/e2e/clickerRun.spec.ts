import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures';
import { workshop } from './support/workshop';

/** Whether the control window itself has scrolled (the clicker's PageDown must never scroll it). */
async function windowScrolled(page: Page): Promise<boolean> {
  return page.evaluate(() => window.scrollY !== 0 || (document.scrollingElement?.scrollTop ?? 0) !== 0);
}

for (const projector of [
  { width: 1024, height: 768 },
  { width: 1920, height: 1080 },
]) {
  test(`the whole built-in workshop run with a clicker and a keyboard only (laptop 1280×720, projector ${projector.width}×${projector.height})`, async ({ control, presenter }) => {
    test.setTimeout(180_000);
    await presenter.page.setViewportSize(projector);
    await control.createSession('Clicker run', '2026-12-03', { onTitleScreen: true });
    await expect(presenter.page.getByTestId('presenter-title-screen')).toBeVisible();

    for (const [index, activity] of workshop.activities.entries()) {
      // The clicker's "next" button: from the title screen it shows the first activity, then moves on.
      await control.page.keyboard.press('PageDown');
      await expect(control.activityTitle).toHaveText(activity.title);
      await expect(presenter.title).toHaveText(activity.title);
      expect(await windowScrolled(control.page), `PageDown scrolled the window at ${activity.title}`).toBe(false);

      // The focus is where the facilitator types next; typing never reaches a room command.
      const note = `Heard at step ${index + 1}`;
      if (activity.kind === 'commitments') {
        await control.page.keyboard.type('Sam');
        await control.page.keyboard.press('Tab');
        await control.page.keyboard.type(note);
        await control.page.keyboard.press('Enter');
        await expect(presenter.page.getByText(note)).toBeVisible();
        // Once added, the form empties and goes back to "Who" for the next person.
        await expect(control.page.getByTestId('commitment-input-who')).toBeFocused();
        await expect(control.page.getByTestId('commitment-input-who')).toHaveValue('');
      } else if (activity.kind !== 'scale' && activity.kind !== 'reflection') {
        await expect(control.captureInput).toBeFocused();
        await control.page.keyboard.type(note);
        await control.page.keyboard.press('Enter');
        await expect(control.captureInput).toHaveValue('');
        // A map note waits in the tray until placed; the others are on the projector at once.
        if (activity.kind !== 'map') await expect(presenter.page.getByText(note)).toBeVisible();
      }
      await expect(presenter.blackout).toHaveCount(0);
      await expect(presenter.page.getByTestId('presenter-whiteout')).toHaveCount(0);

      // Space starts and pauses the timer the room sees (a reflection's stage countdown).
      const roomTimer = activity.kind === 'reflection' ? presenter.page.getByTestId('presenter-stage-timer') : presenter.timer;
      await control.page.keyboard.press('Escape');
      await control.page.keyboard.press(' ');
      await expect(roomTimer).toHaveAttribute('data-phase', /running|warning|critical/);
      // Space toggles what the control window knows: wait until it too shows the timer running.
      const toggle = activity.kind === 'reflection' ? control.page.getByTestId('stage-timer-toggle') : control.timerToggle;
      await expect(toggle).toContainText('Pause');
      await control.page.keyboard.press(' ');
      await expect(roomTimer).toHaveAttribute('data-phase', /paused|warning|critical/);
      await expect(toggle).toContainText('Resume');

      // The clicker's blank key, away from the text box.
      await control.page.keyboard.press('.');
      await expect(presenter.blackout).toBeVisible();
      // The key toggles what the control window knows: wait until it too shows the room black.
      await expect(control.roomBlackStatus).toBeVisible();
      await control.page.keyboard.press('.');
      await expect(presenter.blackout).toHaveCount(0);
    }
    // Past the last activity the clicker shows the closing screen, and goes no further.
    await expect(control.nextButton).toContainText('the closing screen');
    await control.page.keyboard.press('PageDown');
    await expect(presenter.page.getByTestId('presenter-title-screen')).toHaveAttribute('data-closing', '');
    await expect(control.page.getByTestId('next-activity-none')).toBeVisible();
  });
}
