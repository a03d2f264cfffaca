import { expect, expectInSync, test } from './support/fixtures';
import { PresenterPage } from './pages/presenterPage';
import { fragmentParam, rawSocket, withoutFragment } from './support/rawSocket';
import { activityAt } from './support/workshop';

const first = activityAt(0);

test.describe('who may do what', () => {
  test('the presenter window cannot change the session, even by sending commands itself', async ({ server, control, presenter }) => {
    await control.createSession('Cohort 3', '2026-03-14');
    await control.capture('Private until shown');
    await expectInSync(control, presenter);
    const rev = await control.rev();
    const view = fragmentParam(server.presenterUrl, 'view');

    const attempt = await rawSocket(presenter.page, { role: 'presenter', key: view }, [
      { kind: 'call', id: 1, verb: 'session.dispatch', args: { type: 'presenter.setBlackout', blackout: true } },
      { kind: 'call', id: 2, verb: 'session.dispatch', args: { type: 'activity.next' } },
      { kind: 'call', id: 3, verb: 'session.saveAs', args: { path: 'stolen.groundwork' } },
      { kind: 'call', id: 4, verb: 'session.close', args: {} },
    ]);
    expect(attempt.opened).toBe(true);
    expect(attempt.replies.map((reply) => [reply.id, reply.ok, reply.error?.code])).toEqual([
      [1, false, 'forbidden'],
      [2, false, 'forbidden'],
      [3, false, 'forbidden'],
      [4, false, 'forbidden'],
    ]);

    // The view key does not open a control connection either.
    const asControl = await rawSocket(presenter.page, { role: 'control', key: view });
    expect(asControl.opened).toBe(false);
    expect(asControl.ended).toContain('server could not prove the key');

    // Nothing changed: the next real change is the only one since.
    await control.capture('After the attempt');
    expect(await control.rev()).toBe((rev ?? 0) + 1);
    await expect(control.roomBlackStatus).toHaveCount(0);
    await expect(presenter.blackout).toHaveCount(0);
    await expect(control.activityTitle).toHaveText(first.title);
    await expect(presenter.title).toHaveText(first.title);
    await expect(control.fileName).toContainText('Untitled');
  });

  test('the control page without its access key shows a clear error and no session data', async ({ context, server, control }) => {
    await control.createSession('Secret group', '2026-03-14');
    await control.capture('Confidential remark');

    const stranger = await context.newPage();
    await stranger.goto(withoutFragment(server.controlUrl));
    await expect(stranger.getByRole('alert')).toContainText('missing its access key');
    await expect(stranger.getByTestId('activity-title')).toHaveCount(0);
    await expect(stranger.getByText('Secret group')).toHaveCount(0);
    await expect(stranger.getByText('Confidential remark')).toHaveCount(0);
    await expect(stranger.getByTestId('new-session-start')).toHaveCount(0);

    // The same for the presenter page without its view key.
    await stranger.goto(withoutFragment(server.presenterUrl));
    await expect(stranger.getByTestId('presenter-waiting')).toContainText('Cannot connect');
    await expect(stranger.getByTestId('presenter-waiting')).toContainText('missing its access key');
    await expect(stranger.getByText('Confidential remark')).toHaveCount(0);

    // A wrong key gets no session data either.
    const wrong = new URL(server.controlUrl);
    wrong.hash = `token=${'0'.repeat(48)}`;
    await stranger.goto(wrong.toString());
    await expect(stranger.getByTestId('connection-banner')).toBeVisible();
    await expect(stranger.getByTestId('activity-title')).toHaveCount(0);
    await expect(stranger.getByText('Confidential remark')).toHaveCount(0);
  });

  test('a control socket that does not prove the right token gets no reply and no push, and is closed', async ({ server, control }) => {
    await control.createSession('Cohort 3', '2026-03-14');
    const token = fragmentParam(server.controlUrl, 'token');
    const call = { kind: 'call', id: 1, verb: 'session.snapshot', args: {} };

    const claims = [
      { role: 'control', key: null },
      { role: 'control', key: '0'.repeat(64) },
      { role: 'control', key: `${token.slice(0, -1)}x` },
      { role: 'control', key: `${token}extra` },
      { role: 'control', key: fragmentParam(server.presenterUrl, 'view') },
      { role: 'participant', key: token },
    ];
    for (const claim of claims) {
      const outcome = await rawSocket(control.page, claim, [call]);
      const name = JSON.stringify(claim);
      expect(outcome.opened, `${name} must not be let in`).toBe(false);
      expect(outcome.ended, `${name} ends`).toMatch(/error|close|could not prove/);
      expect(outcome.replies, `${name} gets no reply`).toEqual([]);
      expect(outcome.kinds.filter((kind) => !['challenge', 'serverProof'].includes(kind)), `${name} gets nothing but the handshake`).toEqual([]);
    }
    // The real token works, so the refusals above are about the token.
    const allowed = await rawSocket(control.page, { role: 'control', key: token }, [call]);
    expect(allowed.opened).toBe(true);
    expect(allowed.replies[0]?.ok).toBe(true);
  });

  test('unknown requests and malformed commands are refused as invalid and change nothing', async ({ server, control, presenter }) => {
    await control.createSession('Cohort 3', '2026-03-14');
    await expectInSync(control, presenter);
    const rev = await control.rev();
    const token = fragmentParam(server.controlUrl, 'token');

    const bad = [
      { verb: 'session.destroyEverything', args: {} },
      { verb: 'toString', args: {} },
      { verb: 'session.dispatch', args: { type: 'presenter.setBlackout', blackout: 'yes' } },
      { verb: 'session.dispatch', args: { type: 'timer.adjust', activityId: first.id, deltaMs: 'lots' } },
      { verb: 'session.dispatch', args: { type: 'timer.adjust', activityId: first.id, deltaMs: 24 * 3_600_000 } },
      { verb: 'session.dispatch', args: { type: 'note.capture', activityId: first.id, text: 'x'.repeat(3000) } },
      { verb: 'session.dispatch', args: { type: 'note.capture', activityId: first.id, text: '   ' } },
      { verb: 'session.dispatch', args: { type: 'note.capture', activityId: 'no-such-activity', text: 'hello' } },
      { verb: 'session.dispatch', args: { type: 'activity.next', sneaky: true } },
      { verb: 'session.dispatch', args: { type: 'self.destruct' } },
      { verb: 'session.dispatch', args: null },
      { verb: 'session.saveAs', args: { path: '../outside.groundwork', extra: 1 } },
    ];
    const outcome = await rawSocket(
      control.page,
      { role: 'control', key: token },
      bad.map((call, index) => ({ kind: 'call', id: index + 1, ...call })),
    );
    expect(outcome.opened).toBe(true);
    expect(outcome.replies).toHaveLength(bad.length);
    for (const reply of outcome.replies) {
      expect(reply.ok, `call ${reply.id} (${JSON.stringify(bad[reply.id - 1])}) is refused`).toBe(false);
      expect(reply.error?.code, `call ${reply.id} (${JSON.stringify(bad[reply.id - 1])}) is refused as invalid`).toBe('invalid');
      expect(reply.error?.message.length).toBeGreaterThan(0);
    }
    expect(outcome.replies.find((reply) => reply.id === 6)?.error?.message).toContain('2000 characters');

    await control.capture('Still fine');
    expect(await control.rev()).toBe((rev ?? 0) + 1);
    await expect(control.noteTexts).toHaveText(['Still fine']);
    await expect(presenter.notes).toHaveText(['Still fine']);
    await expect(control.timerRemaining).toHaveText(`${first.plannedMinutes}:00`);
    await expect(presenter.blackout).toHaveCount(0);
  });
});

test.describe('the access keys', () => {
  test('leave the address bar and the tab history as soon as the page has them; a reload and Back still connect', async ({ server, control, presenter }) => {
    const token = fragmentParam(server.controlUrl, 'token');
    const view = fragmentParam(server.presenterUrl, 'view');
    expect(control.page.url()).toBe(withoutFragment(server.controlUrl));
    expect(presenter.page.url()).toBe(withoutFragment(server.presenterUrl));
    expect(await control.page.evaluate(() => location.href)).not.toContain(token);
    expect(await presenter.page.evaluate(() => location.href)).not.toContain(view);

    await control.createSession('Cohort 3', '2026-03-14');
    await control.capture('Kept across a reload');
    await expectInSync(control, presenter);

    // A reload of the tab finds its key in the tab, not in the address.
    await control.page.reload();
    await control.waitForFirstSnapshot();
    await expect(control.noteTexts).toHaveText(['Kept across a reload']);
    await presenter.page.reload();
    await expect(presenter.notes).toHaveText(['Kept across a reload']);
    expect(control.page.url()).not.toContain(token);

    // The history entry holds no key either: leave the page and come Back to it.
    await control.page.goto('about:blank');
    await control.page.goBack();
    expect(control.page.url()).toBe(withoutFragment(server.controlUrl));
    await control.waitForFirstSnapshot();
    await expect(control.noteTexts).toHaveText(['Kept across a reload']);
  });

  test('the projector window opened with Present connects, shows no key in its address and keeps no control key', async ({ server, control }) => {
    const token = fragmentParam(server.controlUrl, 'token');
    await control.createSession('Cohort 3', '2026-03-14');
    await control.capture('Seen on the wall');
    const [popup] = await Promise.all([control.page.waitForEvent('popup'), control.page.getByTestId('present').click()]);
    const projector = new PresenterPage(popup);
    await expect(popup.locator('body[data-rev]')).toBeAttached();
    await expect(projector.notes).toHaveText(['Seen on the wall']);
    expect(popup.url()).toBe(withoutFragment(server.presenterUrl));
    const kept = await popup.evaluate(() => JSON.stringify(Object.entries(sessionStorage)));
    expect(kept).not.toContain(token);
    expect(kept).not.toContain('groundwork.access.control');
  });
});
