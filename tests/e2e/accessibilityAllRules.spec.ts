import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Activity } from '../../shared/session/types';
import { expect, expectInSync, test } from './support/fixtures';
import { expectNothingFound } from './support/axeAllRules';
import { openActivity } from './support/a11yScenes';
import { captureAll, dispatch, snapshot } from './support/kindScenes';
import { connectAsControl } from '../support/hostClient';
import type { HostClient } from '../support/hostClient';

/**
 * axe-core with every rule it has, not only the WCAG-tagged ones (accessibility.spec.ts): the best practices
 * (landmarks, heading order, one `main`, content inside landmarks…), the experimental rules (label in the
 * accessible name, fake headings, focus order semantics, orientation lock, table headers: each a real problem
 * when it fires, which is why they are on) and the deprecated ones (duplicate ids still break `for` and
 * `aria-labelledby`; the others simply find nothing to check). Every screen of both windows: the control window
 * at 1280×720, the projector at 1024×768 and 1920×1080.
 */

/** Goes through the agenda once per kind (vote before and after the reveal, each reflection stage), checking after each step. */
async function everyKind(client: HostClient, check: (screen: string, activity: Activity) => Promise<void>): Promise<void> {
  const { agenda } = await snapshot(client);
  const seenKinds = new Set<string>();
  for (const activity of agenda) {
    if (seenKinds.has(activity.kind)) continue;
    seenKinds.add(activity.kind);
    await openActivity(client, activity);
    if (activity.kind === 'vote') {
      await check('a vote, dots hidden', activity);
      await dispatch(client, { type: 'vote.setRevealed', activityId: activity.id, revealed: true });
      await check('a vote, dots revealed', activity);
    } else if (activity.kind === 'reflection') {
      for (const stage of ['writing', 'pairs', 'sharing'] as const) {
        await dispatch(client, { type: 'reflection.setStage', activityId: activity.id, stage });
        await check(`a reflection, ${stage} stage`, activity);
      }
    } else {
      await check(`a ${activity.kind}`, activity);
    }
  }
  expect([...seenKinds].sort()).toEqual(['commitments', 'discussion', 'map', 'reflection', 'scale', 'sort', 'vote']);
}

test.describe('axe-core with every rule finds nothing on the control window (1280×720)', () => {
  test('home, workshop folder, new session form, title screen, every kind, toasts, dialogs, lost connection and the backup offer', async ({ launchServer, server, control, presenter }) => {
    test.setTimeout(480_000);
    const check = (screen: string) => expectNothingFound(control.page, `control: ${screen}`);

    await expect(control.startButton).toBeEnabled();
    await check('the empty home screen');
    await control.page.getByTestId('workshop-folder-change').click();
    await expect(control.page.locator('.workshop-folder-form')).toBeVisible();
    await check('the home screen, choosing the workshop folder');
    await control.page.keyboard.press('Escape');
    await expect(control.page.locator('.workshop-folder-form')).toHaveCount(0);
    await control.startButton.click();
    await expect(control.page.getByText('Enter the group name')).toBeVisible();
    await check('the new session form, group missing');

    await control.createSession('Accessible cohort', '2026-03-14', { onTitleScreen: true });
    await check('a session, the room on the title screen');

    const client = await connectAsControl(server.controlUrl);
    try {
      await everyKind(client, async (screen, activity) => {
        await expectInSync(control, presenter);
        await expect(control.activityTitle).toHaveText(activity.title);
        await check(screen);
        if (activity.kind === 'discussion') {
          await control.notes.first().getByTestId('note-delete').click();
          await expect(control.toasts.first()).toBeVisible();
          await check('a discussion with an Undo toast');
          await expect(control.toasts.first(), 'the toast was still up while axe looked').toBeVisible();
        }
      });

      await control.timerReset.click();
      await expect(control.confirmReset).toBeVisible();
      await check('the timer reset confirmation');
      await control.confirmReset.getByRole('button', { name: 'Cancel' }).click();

      await control.page.getByTestId('message').click();
      await expect(control.page.getByTestId('message-dialog')).toBeVisible();
      await check('the message to the room dialog');
      await control.page.keyboard.press('Escape');
      await expect(control.page.getByTestId('message-dialog')).toHaveCount(0);

      await control.pressOnPage('?');
      await expect(control.page.getByTestId('key-legend-dialog')).toBeVisible();
      await check('the keyboard shortcuts (?) dialog');
      await control.page.keyboard.press('Escape');
      await expect(control.page.getByTestId('key-legend-dialog')).toHaveCount(0);

      await dispatch(client, { type: 'presenter.setMessage', message: '5 minutes left' });
      await expect(control.page.getByTestId('room-status')).toBeVisible();
      await check('the room reading a message');
      await dispatch(client, { type: 'presenter.setScreen', screen: 'black' });
      await expect(control.roomBlackStatus).toBeVisible();
      await check('the room blacked out');
      await dispatch(client, { type: 'presenter.returnToLive' });

      await control.saveAsButton.click();
      await expect(control.fileDialog).toBeVisible();
      await check('the Save As dialog');
      await control.fileDialog.getByRole('textbox', { name: 'File name' }).fill('accessible');
      await control.fileDialog.getByTestId('file-dialog-save').click();
      await expect(control.fileName).toHaveText('accessible.groundwork');
      // A second write, so the file has a backup to offer once it is damaged.
      const { agenda } = await snapshot(client);
      const pushedSoFar = client.pushes.length;
      await captureAll(client, agenda[0]?.id ?? '', [{ text: 'Said just before the crash' }]);
      // Waits for the save of this note itself: the status on screen may still say "saved" from the Save As.
      await client.waitForPush((message) => message.kind === 'status' && message.status.save.state === 'saved', pushedSoFar);
      await expect(control.saveStatus).toHaveAttribute('data-state', 'saved');
    } finally {
      client.close();
    }

    await server.kill();
    await expect(control.connectionBanner).toBeVisible();
    await check('a session, the connection lost');

    // Killed with a damaged file: the home screen offers its backup instead of reopening it.
    const file = join(server.workspace, 'accessible.groundwork');
    writeFileSync(file, readFileSync(file).subarray(0, 200));
    const restarted = await launchServer(server.workspace);
    await control.open(restarted.controlUrl);
    await expect(control.page.getByTestId('recovery-offer')).toBeVisible();
    await expect(control.recentSessions.first()).toBeVisible();
    await check('the home screen with a recovery offer and a recent session');
    await control.openSessionButton.click();
    await expect(control.fileDialog).toBeVisible();
    await check('the Open dialog');
  });
});

for (const size of [
  { width: 1024, height: 768 },
  { width: 1920, height: 1080 },
]) {
  test.describe(`axe-core with every rule finds nothing on the projector at ${size.width}×${size.height}`, () => {
    test('waiting, title screen, every kind, black, white, a message, the timer-end flash and reconnecting', async ({ server, control, presenter }) => {
      test.setTimeout(300_000);
      const where = `projector ${size.width}×${size.height}`;
      const check = (screen: string) => expectNothingFound(presenter.page, `${where}: ${screen}`);
      // The projector's clock is stepped to 0:00 later on, to see the timer-end flash (as roomControl.spec.ts does).
      await presenter.page.clock.install();
      await presenter.page.setViewportSize(size);
      await presenter.open(server.presenterUrl);
      await expect(presenter.waiting).toBeVisible();
      await check('waiting for a session');

      const client = await connectAsControl(server.controlUrl);
      try {
        await client.call('session.create', { workshopId: 'management-and-leadership', group: 'Accessible cohort', date: '2026-03-14' });
        await expect(presenter.page.getByTestId('presenter-title-screen')).toBeVisible();
        await check('the title screen');

        await everyKind(client, async (screen, activity) => {
          await expectInSync(control, presenter);
          await expect(presenter.title).toHaveText(activity.title);
          await check(screen);
        });

        await dispatch(client, { type: 'presenter.setMessage', message: '5 minutes left' });
        await expect(presenter.page.getByTestId('presenter-message')).toHaveText('5 minutes left');
        await check('a message over the activity');
        await dispatch(client, { type: 'presenter.setScreen', screen: 'black' });
        await expect(presenter.blackout).toBeVisible();
        await check('black');
        await dispatch(client, { type: 'presenter.setScreen', screen: 'white' });
        await expect(presenter.page.getByTestId('presenter-whiteout')).toBeVisible();
        await check('white');
        await dispatch(client, { type: 'presenter.returnToLive' });

        // A fresh one-minute timer (the shortest there is), the flash on; the projector's clock runs on to 0:00 in one-second steps.
        await dispatch(client, { type: 'settings.setTimerEndSound', on: true });
        const { currentActivityId: activityId } = await snapshot(client);
        await dispatch(client, { type: 'timer.reset', activityId });
        const planned = (await snapshot(client)).timers[activityId]?.plannedMs ?? 0;
        await dispatch(client, { type: 'timer.adjust', activityId, deltaMs: 60_000 - planned });
        await dispatch(client, { type: 'timer.start', activityId });
        // Drawn running before its clock is moved (drawn first a minute on, it would already be past the flash).
        await expect(presenter.timer).toHaveAttribute('data-phase', /^(running|warning|critical)$/);
        const flash = presenter.page.getByTestId('presenter-timer-ended');
        await expect
          .poll(
            async () => {
              await presenter.page.clock.fastForward(1_000);
              return flash.count();
            },
            { timeout: 30_000, intervals: [0] },
          )
          .toBe(1);
        // The flash lasts three seconds from 0:00: the projector's time stands still while axe looks (its timers still run, which axe needs).
        await presenter.page.clock.setFixedTime(await presenter.page.evaluate(() => Date.now()));
        await check('the timer-end flash');
        await expect(flash, 'the flash was still showing while axe looked').toHaveCount(1);
      } finally {
        client.close();
      }

      await server.kill();
      await expect(presenter.page.getByTestId('presenter-reconnecting')).toBeVisible();
      await check('reconnecting');
    });
  });
}
