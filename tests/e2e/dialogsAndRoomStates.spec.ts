import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { connectAsControl } from '../support/hostClient';
import { expect, test } from './support/fixtures';
import { dispatch, snapshot } from './support/kindScenes';
import { expectCleanScreen } from './support/layoutCheck';
import { writeSessionFile } from './support/sessionFiles';
import { activityAt, workshop } from './support/workshop';

/**
 * The layout check (tests/e2e/support/layoutCheck.ts) on the screens the other shot specs do not reach: every dialog
 * the control window opens, at a full-HD screen and at the common 1280x720 laptop, and every state the projector
 * shows the room, at 1280x720. Each is opened the way a facilitator opens it, photographed for a person to look at
 * (.tmp/shots/dialogs/, .tmp/shots/room-states/) and checked for text cut off, controls out of reach or covered,
 * and, on the projector, text too small to read from the back of the room.
 */

const DIALOG_SHOTS = join(process.cwd(), '.tmp', 'shots', 'dialogs');
const ROOM_SHOTS = join(process.cwd(), '.tmp', 'shots', 'room-states');
const exampleWorkshop = join(import.meta.dirname, '../../docs/examples/team-retro.workshop.json');
const first = activityAt(0);
const second = activityAt(1);
const third = activityAt(2);
/** A session name as facilitators really write them: long enough that the file dialog has to shorten it. */
const LONG_NAME = 'Leadership cohort 4 - afternoon session after the offsite in Leeds, with the regional managers';

/** Takes the review picture, then checks the layout as it is drawn (while a dialog is open, only the dialog). */
async function shoot(page: Page, folder: string, name: string): Promise<void> {
  const size = page.viewportSize();
  const fullName = `${name}-${size?.width ?? 0}x${size?.height ?? 0}`;
  await page.screenshot({ path: join(folder, `${fullName}.png`), animations: 'disabled' });
  await expectCleanScreen(page, fullName);
}

/**
 * The dialog is open as a modal with the focus inside it, its whole box is on screen (it scrolls inside, never off the
 * window), and it opens at its top: the heading in sight, not scrolled away by the field or button that takes the focus.
 */
async function expectOpenDialog(dialog: Locator, title: string): Promise<void> {
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('heading', { name: title })).toBeInViewport({ ratio: 1 });
  await expect.poll(() => dialog.evaluate((element) => element.matches(':modal') && element.contains(document.activeElement))).toBe(true);
  await expect(dialog).toBeInViewport({ ratio: 1 });
}

test.describe('every dialog of the control window is whole on screen', () => {
  test.beforeAll(() => mkdirSync(DIALOG_SHOTS, { recursive: true }));
  test.beforeEach(({ server }) => {
    // Sessions to open (one with a long name, one in a folder) and two workshop files the home screen cannot use.
    writeSessionFile(server.workspace, `${LONG_NAME}.groundwork`, () => undefined);
    writeSessionFile(server.workspace, 'sales-spring.groundwork', () => undefined);
    mkdirSync(join(server.workspace, 'Archive 2025'), { recursive: true });
    writeSessionFile(join(server.workspace, 'Archive 2025'), 'cohort-1.groundwork', () => undefined);
    const workshops = join(server.workspace, 'Workshops');
    mkdirSync(workshops, { recursive: true });
    writeFileSync(join(workshops, 'broken.workshop.json'), readFileSync(exampleWorkshop, 'utf8').replace('"kind": "vote"', '"kind": "poll"'));
    writeFileSync(join(workshops, 'half.workshop.json'), readFileSync(exampleWorkshop, 'utf8').slice(0, 400));
  });

  for (const size of [
    { width: 1920, height: 1080 },
    { width: 1280, height: 720 },
  ] as const) {
    test(`at ${size.width}x${size.height}: open, leave, save as, shortcuts, message, reset timer, end session`, async ({ control }) => {
      const { page } = control;
      await page.setViewportSize(size);

      // Home: why two workshop files were skipped (a panel, not a dialog, but a facilitator opens it the same way).
      await page.getByRole('button', { name: 'Show why' }).click();
      await expect(page.getByTestId('workshop-problem')).toHaveCount(2);
      await expect(page.getByTestId('workshop-problems')).toBeInViewport();
      await shoot(page, DIALOG_SHOTS, 'home-workshop-problems');

      // Open a session: folders and sessions listed, the long name shortened with the whole name on hover.
      await control.openSessionButton.click();
      await expectOpenDialog(control.fileDialog, 'Open a session');
      const longEntry = control.fileDialog.getByTestId('file-entry').filter({ hasText: 'Leadership cohort 4' });
      await expect(control.fileDialog.getByTestId('file-entry')).toHaveCount(2);
      await expect(control.fileDialog.getByRole('button', { name: 'Folder Archive 2025' })).toBeVisible();
      await expect(longEntry, 'the shortened name shows whole on hover').toHaveAttribute('title', `${LONG_NAME}.groundwork`);
      await shoot(page, DIALOG_SHOTS, 'open-session');
      await page.keyboard.press('Escape');
      await expect(control.fileDialog).toHaveCount(0);

      // A new, unnamed session: Home asks before leaving it.
      await control.createSession('Leadership cohort 4', '2026-11-28');
      await control.homeButton.click();
      const leave = page.getByTestId('confirm-leave');
      await expectOpenDialog(leave, 'Leave this session?');
      await expect(leave.getByRole('button', { name: 'Cancel' })).toBeFocused();
      await expect(leave.getByRole('button', { name: 'Leave without naming' })).toBeInViewport({ ratio: 1 });
      await shoot(page, DIALOG_SHOTS, 'confirm-leave');
      await leave.getByRole('button', { name: 'Cancel' }).click();
      await expect(leave).toHaveCount(0);

      // Save As (Ctrl+Shift+S): the name suggested from the group and date, Save in reach.
      await control.pressOnPage('Control+Shift+S');
      await expectOpenDialog(control.fileDialog, 'Save session as');
      const fileName = control.fileDialog.getByRole('textbox', { name: 'File name' });
      await expect(fileName).toBeFocused();
      await expect(fileName).not.toHaveValue('');
      await expect(control.fileDialog.getByTestId('file-dialog-save')).toBeInViewport({ ratio: 1 });
      await shoot(page, DIALOG_SHOTS, 'save-as');
      await fileName.fill('cohort-4');
      await control.fileDialog.getByTestId('file-dialog-save').click();
      await expect(control.fileDialog).toHaveCount(0);
      await expect(control.fileName).toHaveText('cohort-4.groundwork');

      // The keyboard shortcuts (?): the list scrolls between the heading and Close, and opens at its first keys.
      await control.pressOnPage('?');
      const legend = page.getByTestId('key-legend-dialog');
      await expectOpenDialog(legend, 'Keyboard shortcuts');
      const close = legend.locator('.modal-actions').getByRole('button', { name: 'Close' });
      await expect(close).toBeFocused();
      await expect(legend.getByTestId('legend-row').first(), 'the first keys (Next) are in sight on opening').toBeInViewport({ ratio: 1 });
      await expect(close, 'Close is in sight without scrolling').toBeInViewport({ ratio: 1 });
      await shoot(page, DIALOG_SHOTS, 'keyboard-shortcuts');
      await page.keyboard.press('Escape');
      await expect(legend).toHaveCount(0);

      // A message to the room (Alt+M): the presets, the own-words box and the buttons; again with "Remove message".
      await control.pressOnPage('Alt+m');
      const message = page.getByTestId('message-dialog');
      await expectOpenDialog(message, 'Message to the room');
      await expect(message.getByTestId('message-text')).toBeFocused();
      await expect(message.getByTestId('message-show')).toBeInViewport({ ratio: 1 });
      await shoot(page, DIALOG_SHOTS, 'message');
      await message.getByTestId('message-text').fill('Break: back at 10:45. Coffee and tea are in the hall downstairs.');
      await message.getByTestId('message-text').press('Enter');
      await expect(message).toHaveCount(0);
      await control.pressOnPage('Alt+m');
      await expectOpenDialog(message, 'Message to the room');
      await expect(message.getByTestId('message-remove')).toBeInViewport({ ratio: 1 });
      await shoot(page, DIALOG_SHOTS, 'message-with-remove');
      await message.getByTestId('message-remove').click();
      await expect(message).toHaveCount(0);

      // Reset the timer, once it has run: the confirmation names the activity and the time it goes back to.
      await control.toggleTimer('Pause');
      await expect(control.timerReset).toBeEnabled();
      await control.timerReset.click();
      await expectOpenDialog(control.confirmReset, 'Reset the timer?');
      await expect(control.confirmReset).toContainText(first.title);
      await expect(control.confirmReset.getByRole('button', { name: 'Reset timer' })).toBeInViewport({ ratio: 1 });
      await shoot(page, DIALOG_SHOTS, 'confirm-reset');
      await control.confirmReset.getByRole('button', { name: 'Cancel' }).click();
      await expect(control.confirmReset).toHaveCount(0);

      // Home on a saved session asks before ending it.
      await control.homeButton.click();
      const end = page.getByTestId('confirm-end-session');
      await expectOpenDialog(end, 'End this session?');
      await expect(end).toContainText('cohort-4.groundwork');
      await expect(end.getByRole('button', { name: 'End session' })).toBeInViewport({ ratio: 1 });
      await shoot(page, DIALOG_SHOTS, 'confirm-end-session');
      await end.getByRole('button', { name: 'Cancel' }).click();
      await expect(end).toHaveCount(0);
      await expect(control.activityTitle).toHaveText(first.title);
    });
  }
});

test.describe('every room state of the projector is whole and legible at 1280x720', () => {
  test.beforeAll(() => mkdirSync(ROOM_SHOTS, { recursive: true }));

  test('waiting, title, a message, time up, overtime, live, frozen, black, white, the timer-end flash, reconnecting', async ({ server, control, presenter }) => {
    test.setTimeout(120_000);
    const room = presenter.page;
    const shot = (name: string) => shoot(room, ROOM_SHOTS, name);
    // The projector's clock is stepped to 0:00 at the end, to see the timer-end flash (as roomControl.spec.ts does).
    await room.clock.install();
    await room.setViewportSize({ width: 1280, height: 720 });
    await presenter.open(server.presenterUrl);
    await expect(presenter.waiting).toContainText('waiting for the facilitator');
    await shot('waiting');

    // A session saved on its title screen, after the first activity ran 23 seconds over and was paused.
    writeSessionFile(server.workspace, 'cohort-4.groundwork', (session) => {
      session.meta.group = 'Leadership cohort 4, regional managers';
      session.presenter.titleScreen = true;
      session.timers[first.id] = { plannedMs: first.plannedMinutes * 60_000, adjustMs: 0, usedMs: first.plannedMinutes * 60_000 + 23_000, startedAt: null };
    });
    await control.openFromDialog('cohort-4.groundwork');
    const client = await connectAsControl(server.controlUrl);
    try {
      const titleScreen = room.getByTestId('presenter-title-screen');
      await expect(titleScreen).toContainText(workshop.title);
      await expect(titleScreen).toContainText('Leadership cohort 4, regional managers');
      await shot('title');

      const message = room.getByTestId('presenter-message');
      await dispatch(client, { type: 'presenter.setMessage', message: 'Back soon: coffee and tea are in the hall downstairs, we start again at 10:45' });
      await expect(message).toContainText('Back soon');
      await shot('title-message');
      await dispatch(client, { type: 'presenter.setMessage', message: null });
      await expect(message).toHaveCount(0);

      // The first activity ran over: the room sees a still 0:00 "Time's up" unless the session shows overtime.
      await dispatch(client, { type: 'presenter.setTitleScreen', on: false });
      await expect(presenter.title).toHaveText(first.title);
      await expect(presenter.timer).toHaveAttribute('data-phase', 'time-up');
      await shot('time-up');
      await dispatch(client, { type: 'settings.setShowOvertime', on: true });
      await expect(presenter.timer).toHaveAttribute('data-phase', 'overtime');
      await expect(presenter.timer).toHaveAttribute('aria-label', /: \+0:23$/);
      await shot('overtime');
      // Back to the default for the rest: the room sees 0:00 "Time's up".
      await dispatch(client, { type: 'settings.setShowOvertime', on: false });
      await expect(presenter.timer).toHaveAttribute('data-phase', 'time-up');

      // A discussion with notes and its timer running, then a break message over it.
      await dispatch(client, { type: 'activity.go', activityId: second.id });
      await dispatch(client, { type: 'timer.start', activityId: second.id });
      for (const text of ['Managers plan the budget; leaders say why it matters', 'Trust is built in the small moments', 'We confuse being busy with leading']) {
        await dispatch(client, { type: 'note.capture', activityId: second.id, text });
      }
      await expect(presenter.notes).toHaveCount(3);
      await expect(presenter.timer).toHaveAttribute('data-phase', 'running');
      await shot('live');
      await dispatch(client, { type: 'presenter.setMessage', message: 'Break: back at 10:45. Coffee and tea are in the hall downstairs, next to the lifts.' });
      await expect(message).toContainText('Break: back at 10:45');
      await shot('live-message');
      await dispatch(client, { type: 'presenter.setMessage', message: null });
      await expect(message).toHaveCount(0);

      // Frozen: the room keeps the discussion while the facilitator reads ahead.
      await dispatch(client, { type: 'presenter.setFrozen', frozen: true });
      await dispatch(client, { type: 'activity.go', activityId: third.id });
      await expect.poll(async () => (await snapshot(client)).currentActivityId).toBe(third.id);
      await expect(room.getByTestId('presenter-screen')).toHaveAttribute('data-frozen', '');
      await expect(presenter.title).toHaveText(second.title);
      await shot('frozen');
      await dispatch(client, { type: 'presenter.setFrozen', frozen: false });
      await expect(presenter.title).toHaveText(third.title);

      await dispatch(client, { type: 'presenter.setScreen', screen: 'black' });
      await expect(presenter.blackout).toBeVisible();
      await shot('black');
      await dispatch(client, { type: 'presenter.setScreen', screen: 'white' });
      await expect(room.getByTestId('presenter-whiteout')).toBeVisible();
      await shot('white');
      await dispatch(client, { type: 'presenter.returnToLive' });
      await expect(presenter.title).toHaveText(third.title);

      // A one-minute timer with the signal on; the projector's clock runs on to 0:00 in one-second steps, then stands still.
      await dispatch(client, { type: 'settings.setTimerEndSound', on: true });
      await dispatch(client, { type: 'timer.adjust', activityId: third.id, deltaMs: 60_000 - third.plannedMinutes * 60_000 });
      await dispatch(client, { type: 'timer.start', activityId: third.id });
      // Drawn running before its clock is moved (drawn first a minute on, it would already be past the flash).
      await expect(room.getByTestId('presenter-timer')).toHaveAttribute('data-phase', /^(running|warning|critical)$/);
      const flash = room.getByTestId('presenter-timer-ended');
      await expect
        .poll(
          async () => {
            await room.clock.fastForward(1_000);
            return flash.count();
          },
          { timeout: 30_000, intervals: [0] },
        )
        .toBe(1);
      await room.clock.setFixedTime(await room.evaluate(() => Date.now()));
      await shot('timer-end-flash');
      await expect(flash, 'the flash was still showing when the picture was taken').toHaveCount(1);
      // On past the flash (three seconds), so the last picture shows the reconnecting notice over the stage alone.
      await room.clock.setFixedTime((await room.evaluate(() => Date.now())) + 4_000);
      await expect(flash).toHaveCount(0);
    } finally {
      client.close();
    }

    // The link drops: a small notice for the facilitator over what the room last saw.
    await server.kill();
    await expect(room.getByTestId('presenter-reconnecting')).toBeVisible();
    await shot('reconnecting');
  });
});
