import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { commandTable } from '../../shared/commands/commandTable';
import { connectAsControl } from '../support/hostClient';
import { expect, test } from './support/fixtures';
import { activityAt } from './support/workshop';

const first = activityAt(0);
const second = activityAt(1);
const SHOTS_DIR = join(process.cwd(), '.tmp', 'shots', 'room');

/** Brings the first activity's timer down to one minute, as −1 min pressed enough times would. */
async function oneMinuteLeft(controlUrl: string): Promise<void> {
  const client = await connectAsControl(controlUrl);
  try {
    await client.call('session.dispatch', { type: 'timer.adjust', activityId: first.id, deltaMs: -(first.plannedMinutes - 1) * 60_000 });
  } finally {
    client.close();
  }
}

test.describe('room control', () => {
  test('B, W, F, M and Esc reach the presenter, and the control window says what the room sees', async ({ control, presenter }) => {
    await control.createSession('Cohort 3', '2026-03-14');
    const status = control.page.getByTestId('room-status');
    await expect(status).toHaveCount(0);

    await control.pressOnPage('b');
    await expect(presenter.blackout).toBeVisible();
    await expect(status).toHaveAttribute('data-room', 'black');
    await expect(status).toContainText('black screen');

    await control.pressOnPage('Alt+w');
    await expect(presenter.page.getByTestId('presenter-whiteout')).toBeVisible();
    await expect(presenter.blackout).toHaveCount(0);
    await expect(status).toHaveAttribute('data-room', 'white');

    await control.pressOnPage('Escape');
    await expect(presenter.page.getByTestId('presenter-whiteout')).toHaveCount(0);
    await expect(presenter.title).toHaveText(first.title);
    await expect(status).toHaveCount(0);

    // Freeze: the room keeps the first activity while the facilitator moves on.
    await control.pressOnPage('Alt+f');
    await expect(status).toHaveAttribute('data-room', 'frozen');
    await control.pressOnPage('ArrowRight');
    await expect(control.activityTitle).toHaveText(second.title);
    await expect(status).toContainText(first.title);
    await expect(presenter.title).toHaveText(first.title);
    await expect(presenter.prompt).toHaveText(first.prompt);
    await control.pressOnPage('Alt+f');
    await expect(presenter.title).toHaveText(second.title);
    await expect(status).toHaveCount(0);

    // A preset message, then one of the facilitator's own; Esc clears it.
    await control.pressOnPage('Alt+m');
    const dialog = control.page.getByTestId('message-dialog');
    await expect(dialog).toBeVisible();
    await dialog.getByTestId('message-preset').filter({ hasText: '5 minutes left' }).click();
    await expect(dialog).toBeHidden();
    await expect(presenter.page.getByTestId('presenter-message')).toHaveText('5 minutes left');
    await expect(status).toContainText('5 minutes left');
    await control.pressOnPage('Alt+m');
    await dialog.getByTestId('message-text').fill('Lunch: back at 13:30');
    await dialog.getByTestId('message-text').press('Enter');
    await expect(presenter.page.getByTestId('presenter-message')).toHaveText('Lunch: back at 13:30');
    await expect(dialog).toBeHidden();
    await control.pressOnPage('Escape');
    await expect(presenter.page.getByTestId('presenter-message')).toHaveCount(0);

    // One click back to live from several states at once.
    await control.pressOnPage('Alt+f');
    await control.pressOnPage('b');
    await expect(presenter.blackout).toBeVisible();
    await control.page.getByTestId('return-live').click();
    await expect(presenter.blackout).toHaveCount(0);
    await expect(presenter.title).toHaveText(second.title);
    await expect(status).toHaveCount(0);
  });

  test('the buttons do the same as the keys', async ({ control, presenter }) => {
    await control.createSession('Cohort 3', '2026-03-14');
    await control.page.getByTestId('whiteout').click();
    await expect(presenter.page.getByTestId('presenter-whiteout')).toBeVisible();
    await expect(control.page.getByTestId('whiteout')).toHaveAttribute('aria-pressed', 'true');
    await control.page.getByTestId('whiteout').click();
    await expect(presenter.page.getByTestId('presenter-whiteout')).toHaveCount(0);
    await control.page.getByTestId('freeze').click();
    await expect(control.page.getByTestId('freeze')).toHaveAttribute('aria-pressed', 'true');
    await control.nextButton.click();
    await expect(presenter.title).toHaveText(first.title);
  });

  test('the room keys do nothing while typing a note or a message', async ({ control, presenter }) => {
    await control.createSession('Cohort 3', '2026-03-14');
    await control.captureInput.click();
    await control.page.keyboard.type('bwfm?.,');
    await expect(control.captureInput).toHaveValue('bwfm?.,');
    await control.page.keyboard.press('Escape');
    await expect(presenter.blackout).toHaveCount(0);
    await expect(presenter.page.getByTestId('presenter-whiteout')).toHaveCount(0);
    await expect(control.page.getByTestId('room-status')).toHaveCount(0);
    await expect(control.page.getByTestId('key-legend-dialog')).toHaveCount(0);
    await expect(control.page.getByTestId('message-dialog')).toHaveCount(0);

    await control.pressOnPage('Alt+m');
    await control.page.getByTestId('message-text').pressSequentially('bwf');
    await expect(control.page.getByTestId('message-text')).toHaveValue('bwf');
    await expect(presenter.blackout).toHaveCount(0);
    await expect(control.page.getByTestId('room-status')).toHaveCount(0);
  });

  test('? opens a legend of every command and its keys; Esc closes it and leaves the projector as it was', async ({ control, presenter }) => {
    await control.createSession('Cohort 3', '2026-03-14');
    await control.pressOnPage('b');
    await expect(presenter.blackout).toBeVisible();
    await control.pressOnPage('?');
    const legend = control.page.getByTestId('key-legend-dialog');
    await expect(legend).toBeVisible();
    const row = (id: string) => legend.locator(`[data-command="${id}"]`);
    await expect(row('blackout')).toContainText('B');
    await expect(row('white')).toContainText('Alt+W');
    await expect(row('freeze')).toContainText('Alt+F');
    await expect(row('message')).toContainText('Alt+M');
    await expect(row('focusCapture')).toContainText('Ctrl+K');
    await expect(row('live')).toContainText('Esc');
    await expect(row('present')).toContainText('F5');
    await expect(row('presentFromCurrent')).toContainText('Shift+F5');
    await expect(row('next')).toContainText('PgDn');
    await expect(row('previous')).toContainText('PgUp');
    await expect(row('swapDisplays')).toContainText('Alt+X');
    await expect(row('undo')).toContainText('Ctrl+Z');
    await expect(row('redo')).toContainText('Ctrl+Shift+Z');
    await expect(row('redo')).toContainText('Ctrl+Y');
    await expect(legend.getByTestId('legend-row')).toHaveCount(commandTable.length);
    await control.page.keyboard.press('Escape');
    await expect(legend).toBeHidden();
    await expect(presenter.blackout).toBeVisible();
  });

  test('the timer-end sound is off by default, and switching it on stays with the session', async ({ control }) => {
    await control.createSession('Cohort 3', '2026-03-14');
    const toggle = control.page.getByTestId('timer-end-sound');
    await expect(toggle).not.toBeChecked();
    await toggle.click();
    await expect(toggle).toBeChecked();
    await control.page.reload();
    await expect(control.page.getByTestId('timer-end-sound')).toBeChecked();
    await control.saveAs('with-sound');
    await control.page.getByTestId('timer-end-sound').click();
    await expect(control.page.getByTestId('timer-end-sound')).not.toBeChecked();
    await control.page.reload();
    await expect(control.page.getByTestId('timer-end-sound')).not.toBeChecked();
  });

  test('at 0:00 the presenter flashes and the control window plays a tone, only when the session asks', async ({ server, control, presenter }) => {
    await control.page.addInitScript(() => {
      const tones = { started: 0 };
      (window as unknown as { __tones: typeof tones }).__tones = tones;
      const node = () => ({ connect: (next: unknown) => next });
      class FakeAudioContext {
        currentTime = 0;
        destination = {};
        resume = () => Promise.resolve();
        createGain = () => ({ ...node(), gain: { setValueAtTime: () => undefined, exponentialRampToValueAtTime: () => undefined } });
        createOscillator = () => ({ ...node(), type: 'sine', frequency: { value: 0 }, start: () => void (tones.started += 1), stop: () => undefined });
      }
      (window as unknown as { AudioContext: unknown }).AudioContext = FakeAudioContext;
    });
    await Promise.all([control.page.clock.install(), presenter.page.clock.install()]);
    await Promise.all([control.page.reload(), presenter.page.reload()]);
    await control.createSession('Cohort 3', '2026-03-14');
    await oneMinuteLeft(server.controlUrl);
    await expect(control.timerRemaining).toHaveText('1:00');
    await control.page.getByTestId('timer-end-sound').click();
    await expect(control.page.getByTestId('timer-end-sound')).toBeChecked();
    await control.toggleTimer('Pause');
    // The projector must have drawn the timer running before its clock is moved: drawn first a minute on, it would
    // already be past the flash.
    await expect(presenter.timer).toHaveAttribute('data-phase', /^(running|warning|critical)$/);

    // Both clocks run on in one-second steps until the projector flashes, then the projector's time is held there. The
    // flash lasts three seconds after 0:00, so the first step past 0:00 lands well inside it.
    const flash = presenter.page.getByTestId('presenter-timer-ended');
    await expect
      .poll(
        async () => {
          await Promise.all([control.page.clock.fastForward(1_000), presenter.page.clock.fastForward(1_000)]);
          return flash.count();
        },
        { timeout: 30_000, intervals: [0] },
      )
      .toBe(1);
    // Held at the page's own "now": pausing a little ahead failed when the machine was slow enough to pass that moment first.
    await presenter.page.clock.setFixedTime(await presenter.page.evaluate(() => Date.now()));
    await expect(flash).toHaveAttribute('data-ended', '');
    await expect(presenter.timer, 'overtime stays the facilitator’s unless the session shows it').toHaveAttribute('data-phase', 'time-up');
    await expect.poll(() => control.page.evaluate(() => (window as unknown as { __tones: { started: number } }).__tones.started)).toBe(3);
    mkdirSync(SHOTS_DIR, { recursive: true });
    await presenter.page.screenshot({ path: join(SHOTS_DIR, 'presenter-timer-ended-1280x720.png'), animations: 'disabled' });
    await presenter.page.emulateMedia({ reducedMotion: 'reduce' });
    await expect(flash).toHaveCSS('animation-name', 'none');
    await presenter.page.screenshot({ path: join(SHOTS_DIR, 'presenter-timer-ended-reduced-motion-1280x720.png') });

    await control.page.getByTestId('timer-end-sound').click();
    await expect(flash).toHaveCount(0);
  });

  test('no flash when the sound is off', async ({ server, control, presenter }) => {
    await presenter.page.clock.install();
    await presenter.page.reload();
    await control.createSession('Cohort 3', '2026-03-14');
    await oneMinuteLeft(server.controlUrl);
    await control.toggleTimer('Pause');
    await presenter.page.clock.fastForward('01:01');
    await expect(presenter.timer).toHaveAttribute('data-phase', 'time-up');
    await expect(presenter.page.getByTestId('presenter-timer-ended')).toHaveCount(0);
  });
});

test.describe('room control, for review', () => {
  test.beforeAll(() => mkdirSync(SHOTS_DIR, { recursive: true }));
  const shoot = (page: Page, name: string) => page.screenshot({ path: join(SHOTS_DIR, `${name}.png`) });

  for (const size of [{ width: 1920, height: 1080 }, { width: 1280, height: 720 }] as const) {
    const suffix = `${size.width}x${size.height}`;
    test(`each room state at ${suffix}`, async ({ control, presenter }) => {
      await Promise.all([control.page.setViewportSize(size), presenter.page.setViewportSize(size)]);
      await control.createSession('Sales team, spring cohort', '2026-11-28');
      await control.capture('Clear goals for every shift');
      await shoot(control.page, `control-live-${suffix}`);

      await control.pressOnPage('Alt+w');
      await expect(presenter.page.getByTestId('presenter-whiteout')).toBeVisible();
      await shoot(control.page, `control-white-${suffix}`);
      await shoot(presenter.page, `presenter-white-${suffix}`);

      await control.pressOnPage('b');
      await expect(presenter.blackout).toBeVisible();
      await shoot(control.page, `control-black-${suffix}`);

      await control.pressOnPage('Escape');
      await control.pressOnPage('Alt+f');
      await control.pressOnPage('ArrowRight');
      await expect(control.activityTitle).toHaveText(second.title);
      await expect(presenter.title).toHaveText(first.title);
      await shoot(control.page, `control-frozen-${suffix}`);
      await shoot(presenter.page, `presenter-frozen-${suffix}`);

      await control.pressOnPage('Alt+m');
      await control.page.getByTestId('message-dialog').getByTestId('message-preset').first().click();
      await expect(presenter.page.getByTestId('presenter-message')).toBeVisible();
      await shoot(control.page, `control-message-${suffix}`);
      await shoot(presenter.page, `presenter-message-${suffix}`);

      await control.pressOnPage('Alt+m');
      await expect(control.page.getByTestId('message-dialog')).toBeVisible();
      await shoot(control.page, `control-message-dialog-${suffix}`);
      await control.page.keyboard.press('Escape');
      await control.pressOnPage('?');
      await expect(control.page.getByTestId('key-legend-dialog')).toBeVisible();
      await shoot(control.page, `control-legend-${suffix}`);
    });
  }
});

test.describe('ending a session', () => {
  test('Home asks before ending a saved session, and Undo opens it again', async ({ control, presenter }) => {
    await control.createSession('Cohort 3', '2026-03-14');
    await control.saveAs('end-me');
    await control.homeButton.click();
    const confirm = control.page.getByTestId('confirm-end-session');
    await expect(confirm).toBeVisible();
    await confirm.getByRole('button', { name: 'Cancel' }).click();
    await expect(control.activityTitle).toHaveText(first.title);

    await control.homeButton.click();
    await confirm.getByRole('button', { name: 'End session' }).click();
    await expect(control.startButton).toBeVisible();
    await expect(presenter.waiting).toBeVisible();
    await control.toast('Session ended').getByRole('button', { name: 'Undo' }).click();
    await expect(control.activityTitle).toHaveText(first.title);
    await expect(control.fileName).toHaveText('end-me.groundwork');
    await expect(presenter.title).toHaveText(first.title);
  });
});
