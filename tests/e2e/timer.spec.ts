import { expect, expectInSync, test } from './support/fixtures';
import { writeSessionFile } from './support/sessionFiles';
import { activityAt } from './support/workshop';

const first = activityAt(0);
const planned = `${first.plannedMinutes}:00`;

test.describe('the activity timer', () => {
  test('counts down on both windows once started, and stands still on both when paused', async ({ control, presenter }) => {
    await control.createSession('Cohort 3', '2026-03-14');
    await expect(control.timerRemaining).toHaveText(planned);
    await expect(control.timerState).toHaveText('Not started');
    await presenter.expectClock(planned);
    await expect(presenter.timer).toHaveAttribute('data-phase', 'idle');

    await control.toggleTimer('Pause');
    await expect(control.timerState).toHaveText('Running');
    await expect(control.timerRemaining).not.toHaveText(planned);
    await expect(presenter.timer).not.toHaveAttribute('aria-label', new RegExp(`: ${planned}$`));
    await expect(presenter.timer).toHaveAttribute('data-phase', 'running');
    await expect(presenter.timer).toHaveAttribute('aria-label', /^Time left: \d+:\d\d$/);

    await control.toggleTimer('Resume');
    await expect(control.timerState).toHaveText('Paused');
    await expect(presenter.timer).toHaveAttribute('data-phase', 'paused');
    await expectInSync(control, presenter);
    const stopped = (await control.timerRemaining.textContent()) ?? '';
    expect(stopped).toMatch(/^\d+:\d\d$/);
    await presenter.expectClock(stopped);
    await expect(presenter.timer).toHaveAttribute('aria-label', `Paused: ${stopped}`);

    // A running clock changes at least once a second; a paused one must not. (A behaviour check, not a timing assertion.)
    await control.page.waitForTimeout(1500);
    await expect(control.timerRemaining).toHaveText(stopped);
    await presenter.expectClock(stopped);
    await expect(control.timerPlan).toContainText(`Planned ${planned}`);
  });

  test('"Used" and the time remaining add up to the planned total', async ({ server, control, presenter }) => {
    // Paused a second and a half in: a countdown still shows the second it is in, "used" only the whole second gone.
    writeSessionFile(server.workspace, 'just-started.groundwork', (session) => {
      session.timers[first.id] = { plannedMs: first.plannedMinutes * 60_000, adjustMs: 0, usedMs: 1_500, startedAt: null };
    });
    await control.openFromDialog('just-started.groundwork');

    const remaining = `${first.plannedMinutes - 1}:59`;
    await expect(control.timerRemaining).toHaveText(remaining);
    await expect(control.timerPlan).toHaveText(`Planned ${planned} · Used 0:01`);
    await presenter.expectClock(remaining);
    await expect(control.currentAgendaItem).toContainText('0:01 used');
  });

  test('+1 min and −1 min change the total shown on both windows, down to a one-minute floor', async ({ control, presenter }) => {
    await control.createSession('Cohort 3', '2026-03-14');

    await control.timerPlus.click();
    await expect(control.timerRemaining).toHaveText(`${first.plannedMinutes + 1}:00`);
    await expect(control.timerPlan).toContainText('(+1 min)');
    await presenter.expectClock(`${first.plannedMinutes + 1}:00`);

    await control.timerMinus.click();
    await control.timerMinus.click();
    await expect(control.timerRemaining).toHaveText(`${first.plannedMinutes - 1}:00`);
    await expect(control.timerPlan).toContainText('(−1 min)');
    await presenter.expectClock(`${first.plannedMinutes - 1}:00`);

    // Down to the floor: the total never goes below one minute, and −1 min says so by being unavailable.
    for (let minutes = first.plannedMinutes - 1; minutes > 1; minutes--) {
      await control.timerMinus.click();
      await expect(control.timerRemaining).toHaveText(`${minutes - 1}:00`);
    }
    await expect(control.timerRemaining).toHaveText('1:00');
    await expect(control.timerMinus).toBeDisabled();
    await expect(control.timerPlan).toContainText(`(−${first.plannedMinutes - 1} min)`);
    await presenter.expectClock('1:00');
    await expect(control.timerPlus).toBeEnabled();
  });

  test('reset asks first: Cancel keeps the time, Reset clears it, Undo brings it back', async ({ control, presenter }) => {
    await control.createSession('Cohort 3', '2026-03-14');
    await control.toggleTimer('Pause');
    await expect(control.timerRemaining).not.toHaveText(planned);
    await control.toggleTimer('Resume');
    await expectInSync(control, presenter);
    const used = (await control.timerRemaining.textContent()) ?? '';
    await presenter.expectClock(used);

    await control.timerReset.click();
    await expect(control.confirmReset).toBeVisible();
    await expect(control.confirmReset).toContainText('Reset the timer?');
    await expect(control.confirmReset).toContainText(first.title);
    await control.confirmReset.getByRole('button', { name: 'Cancel' }).click();
    await expect(control.confirmReset).toBeHidden();
    await expect(control.timerRemaining).toHaveText(used);
    await expect(control.timerState).toHaveText('Paused');
    await presenter.expectClock(used);

    await control.timerReset.click();
    await control.confirmReset.getByRole('button', { name: 'Reset timer' }).click();
    await expect(control.confirmReset).toBeHidden();
    await expect(control.timerRemaining).toHaveText(planned);
    await expect(control.timerState).toHaveText('Not started');
    await presenter.expectClock(planned);
    await expect(presenter.timer).toHaveAttribute('data-phase', 'idle');

    const toast = control.toast('Timer reset');
    await expect(toast).toBeVisible();
    await toast.getByRole('button', { name: 'Undo' }).click();
    await expect(control.timerRemaining).toHaveText(used);
    await expect(control.timerState).toHaveText('Paused');
    await presenter.expectClock(used);
    await expect(presenter.timer).toHaveAttribute('data-phase', 'paused');
  });

  test('as time runs out the projector says so in words: nearly up, final moments, overtime', async ({ server, control, presenter }) => {
    // A session saved with six seconds left on a one-minute timer (the −1 min floor), paused; the room may see overtime.
    writeSessionFile(server.workspace, 'nearly-done.groundwork', (session) => {
      session.settings.showOvertimeToRoom = true;
      session.timers[first.id] = { plannedMs: first.plannedMinutes * 60_000, adjustMs: -(first.plannedMinutes - 1) * 60_000, usedMs: 54_000, startedAt: null };
    });
    await control.openFromDialog('nearly-done.groundwork');

    await expect(control.timerRemaining).toHaveText('0:06');
    await expect(control.timerMinus).toBeDisabled();
    await expect(control.timerPanel).toHaveAttribute('data-phase', 'warning');
    await expect(control.timerState).toHaveText('Time nearly up · Paused');
    await expect(presenter.timer).toHaveAttribute('data-phase', 'warning');
    await expect(presenter.timer).toHaveAttribute('aria-label', 'Time nearly up · Paused: 0:06');

    await control.toggleTimer('Pause');
    await expect(presenter.timer).toHaveAttribute('data-phase', 'critical');
    await expect(presenter.timer).toHaveAttribute('aria-label', /^Final moments: 0:0[0-3]$/);
    await expect(presenter.timer).toContainText('Final moments');
    await expect(control.timerState).toContainText('Final moments');

    await expect(presenter.timer).toHaveAttribute('data-phase', 'overtime', { timeout: 10_000 });
    await expect(presenter.timer).toHaveAttribute('aria-label', /^Overtime: \+0:0\d$/);
    await expect(control.timerPanel).toHaveAttribute('data-phase', 'overtime');
    await expect(control.timerRemaining).toHaveText(/^\+0:0\d$/);
    await expect(control.timerPanel).toContainText('Overtime');

    await control.toggleTimer('Resume');
    await expect(presenter.timer).toHaveAttribute('aria-label', /^Overtime · Paused: \+0:\d\d$/);
  });
});
