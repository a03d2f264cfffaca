import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, expectInSync, test } from './support/fixtures';
import { readSessionFile } from './support/sessionFiles';
import { activityAt } from './support/workshop';
import { notesIn } from '../support/noteTables';

const first = activityAt(0);
const second = activityAt(1);

test.describe('blackout and saving', () => {
  test('B blacks out the projector and B again brings it back', async ({ control, presenter }) => {
    await control.createSession('Cohort 3', '2026-03-14');
    await control.capture('Seen by the room');
    await expect(presenter.prompt).toBeVisible();

    await control.pressOnPage('b');
    await expect(presenter.blackout).toBeVisible();
    await expect(presenter.prompt).toHaveCount(0);
    await expect(presenter.title).toHaveCount(0);
    await expect(presenter.notes).toHaveCount(0);
    await expect(presenter.timer).toHaveCount(0);
    await expect(control.roomBlackStatus).toBeVisible();
    await expect(control.blackoutButton).toHaveAttribute('aria-pressed', 'true');
    // The facilitator keeps working while the room sees black.
    await expect(control.prompt).toHaveText(first.prompt);

    await control.pressOnPage('b');
    await expect(presenter.blackout).toHaveCount(0);
    await expect(presenter.prompt).toHaveText(first.prompt);
    await expect(presenter.note('Seen by the room')).toBeVisible();
    await expect(control.blackoutButton).toHaveAttribute('aria-pressed', 'false');
    await expect(control.roomBlackStatus).toHaveCount(0);
  });

  test('a saved session comes back after a restart: activity, timer, notes and blackout', async ({ launchServer, server, control, presenter }) => {
    await control.createSession('Room A', '2026-06-01');
    await control.capture('First activity note');
    await control.nextButton.click();
    await expect(presenter.title).toHaveText(second.title);
    await control.capture('Second activity: trust');
    await control.capture('Second activity: <b>not bold</b>');
    await control.note('Second activity: trust').getByTestId('note-visibility').click();
    await expect(presenter.notes).toHaveText(['Second activity: <b>not bold</b>']);

    await control.toggleTimer('Pause');
    await expect(control.timerRemaining).not.toHaveText(`${second.plannedMinutes}:00`);
    await control.toggleTimer('Resume');
    await control.timerPlus.click();
    await expect(control.timerPlan).toContainText('(+1 min)');
    await control.pressOnPage('b');
    await expect(presenter.blackout).toBeVisible();
    await expectInSync(control, presenter);
    const remaining = (await control.timerRemaining.textContent()) ?? '';
    const plan = (await control.timerPlan.textContent()) ?? '';

    await control.saveAs('room-a');
    const file = join(server.workspace, 'room-a.groundwork');
    expect(existsSync(file)).toBe(true);
    await expect(control.saveStatus).toHaveAttribute('data-state', 'saved');

    await server.stop();
    await expect(control.connectionBanner).toContainText('Lost the connection');
    const saved = readSessionFile(file);
    expect(saved.currentActivityId).toBe(second.id);
    expect(saved.presenter.screen).toBe('black');

    const restarted = await launchServer(server.workspace);
    await Promise.all([control.open(restarted.controlUrl), presenter.open(restarted.presenterUrl)]);
    await control.page.bringToFront();
    // Stopping the server did not close the session: it is open again, on both windows, without a click.
    await expect(presenter.blackout).toBeVisible(); // the room's screen is as it was: black
    await expect(presenter.waiting).toHaveCount(0);

    await expect(control.activityTitle).toHaveText(second.title);
    await expect(control.fileName).toHaveText('room-a.groundwork');
    await expect(control.timerRemaining).toHaveText(remaining);
    await expect(control.timerState).toHaveText('Paused');
    await expect(control.timerPlan).toHaveText(plan);
    await expect(control.noteTexts).toHaveText(['Second activity: trust', 'Second activity: <b>not bold</b>']);
    await expect(control.note('Second activity: trust')).toContainText('Hidden from projector');
    await expect(control.roomBlackStatus).toBeVisible();
    await expect(presenter.blackout).toBeVisible();
    await expect(presenter.prompt).toHaveCount(0);

    await control.pressOnPage('b');
    await expect(presenter.title).toHaveText(second.title);
    await expect(presenter.prompt).toHaveText(second.prompt);
    await presenter.expectClock(remaining);
    await expect(presenter.timer).toHaveAttribute('data-phase', 'paused');
    await expect(presenter.notes).toHaveText(['Second activity: <b>not bold</b>']);

    await control.previousButton.click();
    await expect(control.noteTexts).toHaveText(['First activity note']);
    await expect(presenter.notes).toHaveText(['First activity note']);
  });

  test('autosave: after a capture the status says Saved and the note is in the file on disk', async ({ server, control }) => {
    await control.createSession('Cohort 3', '2026-03-14');
    await expect(control.fileName).toContainText('Untitled');

    // Untitled: kept in the recovery folder.
    await control.capture('Kept before naming');
    await expect(control.saveStatus).toHaveAttribute('data-state', 'saved');
    await expect(control.saveStatus).toContainText('Saved');
    const recoveryDir = join(server.workspace, '.groundwork-data', 'recovery');
    await expect.poll(() => readdirSync(recoveryDir).filter((name) => name.endsWith('.groundwork')).length).toBe(1);
    const recoveryName = readdirSync(recoveryDir).find((name) => name.endsWith('.groundwork')) ?? '';
    expect(readFileSync(join(recoveryDir, recoveryName), 'utf8')).toContain('Kept before naming');

    // Named: every change goes to the named file, and the recovery copy is gone.
    await control.saveAs('autosaved');
    const file = join(server.workspace, 'autosaved.groundwork');
    expect(existsSync(join(recoveryDir, recoveryName))).toBe(false);
    await control.capture('Written at once');
    await expect(control.saveStatus).toHaveAttribute('data-state', 'saved');
    await expect(control.saveStatus).toContainText(/Saved · \d\d:\d\d:\d\d/);
    await expect.poll(() => readFileSync(file, 'utf8')).toContain('Written at once');
    const notes = notesIn(readSessionFile(file).notes).map((note) => note?.text);
    expect(notes).toEqual(['Kept before naming', 'Written at once']);
  });

  test('a note that shows as Saved survives the server being killed', async ({ launchServer, server, control, presenter }) => {
    await control.createSession('Crash test', '2026-03-14');
    await control.saveAs('crash');
    await control.capture('Must not be lost');
    await expect(control.saveStatus).toHaveAttribute('data-state', 'saved');
    await expect(control.saveStatus).toContainText('Saved');

    await server.kill();
    const restarted = await launchServer(server.workspace);
    await Promise.all([control.open(restarted.controlUrl), presenter.open(restarted.presenterUrl)]);
    await control.page.bringToFront();
    // Reopened by itself after the kill.
    await expect(control.fileName).toHaveText('crash.groundwork');
    await expect(control.noteTexts).toHaveText(['Must not be lost']);
    await expect(presenter.notes).toHaveText(['Must not be lost']);
  });

  test('Save As says what to change in a name Windows could not use, and writes nothing', async ({ server, control }) => {
    await control.createSession('Cohort 3', '2026-03-14');
    await control.saveAsButton.click();
    await expect(control.fileDialog).toBeVisible();
    const nameBox = control.fileDialog.getByRole('textbox', { name: 'File name' });
    const error = control.fileDialog.getByRole('alert');
    for (const [name, sentence] of [
      ['CON', '"CON" is a name Windows keeps for a device, so the file could not be opened there. Add a word, for example "CON notes".'],
      ['COM1.txt', '"COM1" is a name Windows keeps for a device, so the file could not be opened there. Add a word, for example "COM1 notes".'],
      ['Ops\tleads', 'The name contains a line break, a tab or another invisible control character. Type it again on one line.'],
    ] as const) {
      await nameBox.fill(name);
      await control.fileDialog.getByTestId('file-dialog-save').click();
      await expect(error).toHaveText(sentence);
    }
    await control.page.screenshot({ path: '.tmp/shots/files/save-as-device-name.png' });
    expect(readdirSync(server.workspace).filter((entry) => entry.endsWith('.groundwork'))).toEqual([]);
    await nameBox.fill('CON notes');
    await control.fileDialog.getByTestId('file-dialog-save').click();
    await expect(control.fileName).toHaveText('CON notes.groundwork');
  });
});
