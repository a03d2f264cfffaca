import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { connectAsControl } from '../support/hostClient';
import { expect, test } from './support/fixtures';
import type { ControlPage } from './pages/controlPage';
import type { RunningServer } from './support/browserModeServer';
import { readSessionFile } from './support/sessionFiles';
import { activityAt } from './support/workshop';
import { noteIds, notesIn } from '../support/noteTables';

const first = activityAt(0);

/** Opens the control window on a restarted server and waits for the home screen. */
async function reopenControl(control: ControlPage, server: RunningServer): Promise<void> {
  await control.open(server.controlUrl);
  await control.page.bringToFront();
}

test.describe('crash recovery in browser mode', () => {
  test('after kill -9, the next start reopens the session by itself: every note shown as saved, timer still running', async ({ launchServer, server, control }) => {
    await control.createSession('Crash cohort', '2026-03-14');
    await control.toggleTimer('Pause');
    const notes = ['Trust is built in small moments', 'Check-ins both ways', 'Managers keep the lights on', 'Leaders ask “why?”'];
    for (const text of notes) await control.capture(text);
    await expect(control.saveStatus).toHaveAttribute('data-state', 'saved');
    await expect(control.noteTexts).toHaveText(notes);
    const remainingBefore = (await control.timerRemaining.textContent()) ?? '';

    await server.kill();
    const restarted = await launchServer(server.workspace);
    await reopenControl(control, restarted);

    await expect(control.activityTitle).toHaveText(first.title);
    await expect(control.noteTexts).toHaveText(notes);
    await expect(control.timerToggle).toHaveText('Pause'); // still running
    await expect(control.timerRemaining).not.toHaveText(remainingBefore); // and the time that passed counts
    await expect(control.saveStatus).toHaveAttribute('data-state', 'saved');

    // Reopened: nothing is offered on the home screen.
    await control.homeButton.click();
    await control.page.getByTestId('confirm-leave').getByRole('button', { name: 'Leave without naming' }).click();
    await expect(control.startButton).toBeVisible();
    await expect(control.page.getByTestId('recovery-offer')).toHaveCount(0);
  });

  test('a named session comes back into its file by itself, kill after kill', async ({ launchServer, server, control }) => {
    await control.createSession('Named crash', '2026-03-15');
    await control.saveAs('named-crash');
    await control.capture('In the named file');
    await expect(control.saveStatus).toHaveAttribute('data-state', 'saved');

    await server.kill();
    const second = await launchServer(server.workspace);
    await reopenControl(control, second);
    await expect(control.fileName).toHaveText('named-crash.groundwork');
    await expect(control.noteTexts).toHaveText(['In the named file']);
    await control.capture('After the restart');
    await expect(control.saveStatus).toHaveAttribute('data-state', 'saved');

    await second.kill();
    const third = await launchServer(server.workspace);
    await reopenControl(control, third);
    await expect(control.noteTexts).toHaveText(['In the named file', 'After the restart']);
    await expect(control.page.getByTestId('recovery-offer')).toHaveCount(0);
    expect(notesIn(readSessionFile(join(server.workspace, 'named-crash.groundwork')).notes).map((note) => note?.text)).toEqual([
      'In the named file',
      'After the restart',
    ]);
  });

  test('when the file left open is damaged, the next start offers its backup instead of reopening it; Restore opens the backup untitled', async ({ launchServer, server, control }) => {
    await control.createSession('Backed up', '2026-03-16');
    await control.saveAs('damaged');
    await control.capture('Only in the backup');
    await expect(control.saveStatus).toHaveAttribute('data-state', 'saved');
    await control.capture('Lost with the damage');
    await expect(control.saveStatus).toHaveAttribute('data-state', 'saved');
    await server.stop();

    const file = join(server.workspace, 'damaged.groundwork');
    const damaged = readFileSync(file).subarray(0, 500);
    writeFileSync(file, damaged);
    const restarted = await launchServer(server.workspace);
    await reopenControl(control, restarted);
    const offer = control.page.getByTestId('recovery-offer');
    await expect(offer).toBeVisible();
    await expect(offer.getByRole('heading', { name: 'Restore your last session?' })).toBeVisible();
    await expect(offer).toContainText('damaged.groundwork');
    await expect(offer).toContainText('1 note');
    await expect(offer).toContainText('An earlier copy opens as an untitled session instead');
    await offer.getByRole('button', { name: /^Restore the session/ }).click();
    await expect(control.noteTexts).toHaveText(['Only in the backup']);
    await expect(control.fileName).toContainText('Untitled');
    expect(readFileSync(file)).toEqual(damaged);
  });

  test('a damaged file says what is wrong and offers its backup, which opens without touching the file', async ({ launchServer, server, control }) => {
    await control.createSession('Backed up', '2026-03-16');
    await control.saveAs('damaged');
    await control.capture('Only in the backup');
    await expect(control.saveStatus).toHaveAttribute('data-state', 'saved');
    await control.capture('Lost with the damage');
    await expect(control.saveStatus).toHaveAttribute('data-state', 'saved');
    // Ended on purpose: the next start opens nothing and offers nothing.
    await control.homeButton.click();
    await control.page.getByTestId('confirm-end-session').getByRole('button', { name: 'End session' }).click();
    await expect(control.startButton).toBeVisible();
    await server.stop();

    const file = join(server.workspace, 'damaged.groundwork');
    const damaged = readFileSync(file).subarray(0, 500);
    writeFileSync(file, damaged);
    const restarted = await launchServer(server.workspace);
    await reopenControl(control, restarted);
    await expect(control.page.getByTestId('recovery-offer')).toHaveCount(0);
    await control.recentSessions.filter({ hasText: 'damaged.groundwork' }).click();
    const alert = control.page.getByRole('alert').filter({ hasText: 'damaged.groundwork' });
    await expect(alert).toContainText('"damaged.groundwork" could not be opened: it is not valid JSON because it ends too early: it looks truncated');
    const openBackup = control.page.getByRole('button', { name: /^Open the backup from \d\d:\d\d/ });
    await openBackup.click();
    await expect(control.noteTexts).toHaveText(['Only in the backup']);
    await expect(control.fileName).toContainText('Untitled');
    await expect(control.toast(/its backup is open as an untitled session/)).toBeVisible();
    expect(readFileSync(file)).toEqual(damaged);
  });

  test('SIGTERM writes every change that reached the host before the server exits, and keeps the session listed as open', async ({ launchServer }) => {
    const server = await launchServer();
    const client = await connectAsControl(server.controlUrl);
    await client.call('session.create', { workshopId: 'management-and-leadership', group: 'Stopping', date: '2026-03-17' });
    await client.call('session.saveAs', { path: 'stopping.groundwork' });
    const replies = await Promise.all(
      Array.from({ length: 200 }, (_, i) => client.call('session.dispatch', { type: 'note.capture', activityId: first.id, text: `quick ${i + 1}` })),
    );
    expect(replies).toHaveLength(200);
    await server.stop();
    client.close();
    const saved = readSessionFile(join(server.workspace, 'stopping.groundwork'));
    expect(noteIds(saved.notes)).toHaveLength(200);
    // Stopping is not closing: the session stays listed as the one open, for the next start to reopen.
    const marker = JSON.parse(readFileSync(join(server.workspace, '.groundwork-data', 'open-sessions.json'), 'utf8')) as { sessions: { id: string; path: string }[]; current: string };
    expect(marker.sessions.map((entry) => entry.path)).toEqual([join(server.workspace, 'stopping.groundwork')]);
    expect(marker.current).toBe(marker.sessions[0]?.id);
  });
});
