import { rmSync } from 'node:fs';
import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import type { BrowserContext } from '@playwright/test';
import { ControlPage } from './pages/controlPage';
import { PresenterPage } from './pages/presenterPage';
import { makeWorkspace, startServer } from './support/browserModeServer';
import { startImpostor } from './support/impostor';
import { fragmentParam } from './support/rawSocket';
import { activityAt } from './support/workshop';
import type { RunningServer, StartServerOptions } from './support/browserModeServer';
import { expect, test as base } from './support/fixtures';

/** Time for open windows to notice the new server: the longest retry pause is 4 s. */
const RECONNECT_TIMEOUT_MS = 15_000;

const CONTROL_REFUSED =
  'This control link is not valid for the Groundwork server running now. Open the Control link printed in the terminal where Groundwork started.';
const PRESENTER_REFUSED =
  'This presenter link is not valid for the Groundwork server running now. Open the Presenter link printed in the terminal where Groundwork started.';
const MAYBE_IMPOSTOR = 'If you just did, another program may be answering on this port; this window told it nothing and keeps trying.';

interface LinkFixtures {
  /** A fresh workspace folder, removed after the test. */
  workspace: string;
  /** Starts `serve` on the workspace; every server started is stopped after the test. */
  launch: (options?: StartServerOptions) => Promise<RunningServer>;
}

const test = base.extend<LinkFixtures>({
  // eslint-disable-next-line no-empty-pattern -- Playwright reads the fixtures a fixture needs from this pattern; this one needs none.
  workspace: async ({}, use) => {
    const folder = makeWorkspace();
    await use(folder);
    rmSync(folder, { recursive: true, force: true });
  },
  launch: async ({ workspace }, use) => {
    const started: RunningServer[] = [];
    await use(async (options) => {
      const server = await startServer(workspace, options);
      started.push(server);
      return server;
    });
    await Promise.all(started.map((server) => server.stop()));
  },
});

/** A port nobody listens on right now, so a server can be restarted on the same one. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

/** Opens the control and presenter windows of a server side by side. */
async function openWindows(context: BrowserContext, server: RunningServer): Promise<{ control: ControlPage; presenter: PresenterPage }> {
  const [controlPage, presenterPage] = await Promise.all([context.newPage(), context.newPage()]);
  const control = new ControlPage(controlPage);
  const presenter = new PresenterPage(presenterPage);
  await Promise.all([control.open(server.controlUrl), presenter.open(server.presenterUrl)]);
  await control.page.bringToFront();
  return { control, presenter };
}

test.describe('links across server restarts', () => {
  // Each test starts the server twice.
  test.describe.configure({ timeout: 120_000 });

  test('open windows reconnect by themselves when the server restarts on the same port', async ({ context, launch }) => {
    const port = await freePort();
    const first = await launch({ port });
    const { control, presenter } = await openWindows(context, first);
    await control.createSession('Cohort 7', '2026-05-04');
    await control.capture('Said before the restart');
    await expect(presenter.notes).toHaveText(['Said before the restart']);
    await control.saveAs('cohort-7');
    await expect(control.saveStatus).toHaveAttribute('data-state', 'saved');
    // A reload would start a new document; the windows must come back without one.
    const documents = await Promise.all([control.page, presenter.page].map((page) => page.evaluate(() => performance.timeOrigin)));

    await first.stop();
    await expect(control.connectionBanner).toContainText('Reconnecting');
    await expect(presenter.page.getByTestId('presenter-reconnecting')).toBeVisible();

    const second = await launch({ port });
    expect(new URL(second.controlUrl).origin, 'the same workspace restarts on the same port').toBe(new URL(first.controlUrl).origin);
    expect(second.controlUrl, 'the printed token is new at every start').not.toBe(first.controlUrl);
    expect(second.presenterUrl).not.toBe(first.presenterUrl);

    await expect(control.connectionBanner).toHaveCount(0, { timeout: RECONNECT_TIMEOUT_MS });
    await expect(presenter.page.getByTestId('presenter-reconnecting')).toHaveCount(0, { timeout: RECONNECT_TIMEOUT_MS });
    await expect(control.page.getByTestId('link-refused')).toHaveCount(0);

    // The session comes back by itself (a stop is not a close), and the control window works again.
    await expect(control.noteTexts).toHaveText(['Said before the restart']);
    await expect(control.fileName).toHaveText('cohort-7.groundwork');
    await expect(presenter.notes).toHaveText(['Said before the restart']);
    // The presenter told the new server its size again: the preview still has the projector's shape.
    const screen = presenter.page.viewportSize() ?? { width: 0, height: 0 };
    await expect(control.page.getByTestId('projector-preview-size')).toHaveText(`Projector ${screen.width} × ${screen.height}`);
    await control.capture('Said after the restart');
    await expect(presenter.notes).toHaveText(['Said before the restart', 'Said after the restart']);

    expect(await Promise.all([control.page, presenter.page].map((page) => page.evaluate(() => performance.timeOrigin)))).toEqual(documents);

    // A link printed by the previous run opens nothing now, in a new tab (which has no resume key).
    const stale = await context.newPage();
    await stale.goto(first.controlUrl);
    await expect(stale.getByTestId('link-refused')).toContainText(CONTROL_REFUSED, { timeout: RECONNECT_TIMEOUT_MS });
    await expect(stale.getByText('Said after the restart')).toHaveCount(0);
    await stale.goto(first.presenterUrl);
    await expect(stale.getByTestId('link-refused')).toContainText(PRESENTER_REFUSED, { timeout: RECONNECT_TIMEOUT_MS });
    await expect(stale.getByText('Said after the restart')).toHaveCount(0);
  });

  test('a program that takes the port while Groundwork is stopped learns no key; the windows say so and come back with Groundwork', async ({ context, launch }) => {
    const port = await freePort();
    const first = await launch({ port });
    const { control, presenter } = await openWindows(context, first);
    await presenter.page.setViewportSize({ width: 1024, height: 768 }); // the projector
    await control.createSession('Cohort 11', '2026-05-07');
    await control.capture('Said before the squatter');
    await expect(presenter.notes).toHaveText(['Said before the squatter']);
    const documents = await Promise.all([control.page, presenter.page].map((page) => page.evaluate(() => performance.timeOrigin)));

    await first.stop();
    await expect(control.connectionBanner).toContainText('Reconnecting');
    const impostor = await startImpostor(port);
    const socketsTried = () => impostor.recording.requests.filter((request) => request.url.startsWith('/ws')).length;
    try {
      await expect.poll(socketsTried, { message: 'both windows try the squatter', timeout: RECONNECT_TIMEOUT_MS }).toBeGreaterThanOrEqual(2);
      const everything = JSON.stringify(impostor.recording);
      expect(everything, 'the control token reached the squatter').not.toContain(fragmentParam(first.controlUrl, 'token'));
      expect(everything, 'the view token reached the squatter').not.toContain(fragmentParam(first.presenterUrl, 'view'));

      const controlRefused = control.page.getByTestId('link-refused');
      const presenterRefused = presenter.page.getByTestId('link-refused');
      await expect(controlRefused).toContainText(CONTROL_REFUSED, { timeout: RECONNECT_TIMEOUT_MS });
      await expect(controlRefused).toContainText(MAYBE_IMPOSTOR);
      await expect(presenterRefused).toContainText(PRESENTER_REFUSED, { timeout: RECONNECT_TIMEOUT_MS });
      await expect(control.page.getByText('Said before the squatter')).toHaveCount(0);
      await expect(presenter.page.getByText('Said before the squatter')).toHaveCount(0);
      await control.page.screenshot({ path: '.tmp/shots/token/squatter-control.png' });
      await presenter.page.screenshot({ path: '.tmp/shots/token/squatter-presenter.png' });
    } finally {
      await impostor.stop();
    }
    const everything = JSON.stringify(impostor.recording);
    expect(everything, 'the control token reached the squatter').not.toContain(fragmentParam(first.controlUrl, 'token'));
    expect(everything, 'the view token reached the squatter').not.toContain(fragmentParam(first.presenterUrl, 'view'));
    expect(new Set(impostor.recording.frames.map((frame) => (JSON.parse(frame) as { kind: string }).kind)), 'the windows sent nothing but their nonces').toEqual(new Set(['hello']));

    // Groundwork is back on its port: both windows return to the session by themselves.
    await launch({ port });
    await expect(control.page.getByTestId('link-refused')).toHaveCount(0, { timeout: RECONNECT_TIMEOUT_MS });
    await expect(control.noteTexts).toHaveText(['Said before the squatter'], { timeout: RECONNECT_TIMEOUT_MS });
    await expect(presenter.notes).toHaveText(['Said before the squatter'], { timeout: RECONNECT_TIMEOUT_MS });
    expect(await Promise.all([control.page, presenter.page].map((page) => page.evaluate(() => performance.timeOrigin))), 'no reload').toEqual(documents);
  });

  // Issue 10, point 9: after Ctrl+C and a new start, the control window landed on Home and the projector said "No
  // session yet". However the server stops, both open windows must come back to the session where it was, untouched.
  for (const way of ['interrupt', 'stop', 'kill'] as const) {
    const how = { interrupt: 'Ctrl+C (SIGINT)', stop: 'SIGTERM', kill: 'kill -9' }[way];
    test(`after ${how} and a new start, both windows come back to the session at the same activity, with no click`, async ({ context, launch }) => {
      const second = activityAt(1);
      const port = await freePort();
      const first = await launch({ port });
      const { control, presenter } = await openWindows(context, first);
      await presenter.page.setViewportSize({ width: 1024, height: 768 }); // the projector
      await control.createSession('Cohort 9', '2026-05-06');
      await control.nextButton.click();
      await expect(control.activityTitle).toHaveText(second.title);
      await control.capture('Said before the restart');
      await control.capture('Also said before');
      await control.toggleTimer('Pause');
      await expect(presenter.title).toHaveText(second.title);
      await expect(presenter.notes).toHaveText(['Said before the restart', 'Also said before']);
      // A kill writes nothing more: only what the window shows as saved can be asked for.
      await expect(control.saveStatus).toHaveAttribute('data-state', 'saved');
      const documents = await Promise.all([control.page, presenter.page].map((page) => page.evaluate(() => performance.timeOrigin)));

      await first[way]();
      await expect(control.connectionBanner).toContainText('Reconnecting');
      await launch({ port });

      await expect(control.connectionBanner).toHaveCount(0, { timeout: RECONNECT_TIMEOUT_MS });
      await expect(control.activityTitle).toHaveText(second.title);
      await expect(control.noteTexts).toHaveText(['Said before the restart', 'Also said before']);
      await expect(control.timerToggle).toHaveText('Pause'); // still running
      await expect(control.saveStatus).toHaveAttribute('data-state', 'saved');
      await expect(presenter.page.getByTestId('presenter-reconnecting')).toHaveCount(0, { timeout: RECONNECT_TIMEOUT_MS });
      await expect(presenter.title).toHaveText(second.title);
      await expect(presenter.notes).toHaveText(['Said before the restart', 'Also said before']);
      await expect(presenter.waiting).toHaveCount(0);
      await expect(control.page.getByTestId('recovery-offer')).toHaveCount(0);
      expect(await Promise.all([control.page, presenter.page].map((page) => page.evaluate(() => performance.timeOrigin))), 'no reload').toEqual(documents);
      await control.page.screenshot({ path: `.tmp/shots/resume/after-${way}-control.png` });
      await presenter.page.screenshot({ path: `.tmp/shots/resume/after-${way}-presenter.png` });
    });
  }

  test('after --new-links, windows opened with the old links say so instead of reconnecting forever', async ({ context, launch }) => {
    const port = await freePort();
    const first = await launch({ port });
    const { control, presenter } = await openWindows(context, first);
    await control.createSession('Cohort 8', '2026-05-05');
    await control.capture('Private remark');
    await expect(presenter.notes).toHaveText(['Private remark']);

    await first.stop();
    const second = await launch({ port, extraArgs: ['--new-links'] });
    expect(second.controlUrl).not.toBe(first.controlUrl);
    expect(second.presenterUrl).not.toBe(first.presenterUrl);

    const controlRefused = control.page.getByTestId('link-refused');
    const presenterRefused = presenter.page.getByTestId('link-refused');
    await expect(controlRefused).toContainText(CONTROL_REFUSED, { timeout: RECONNECT_TIMEOUT_MS });
    await expect(controlRefused).toHaveAttribute('role', 'alert');
    await expect(presenterRefused).toContainText(PRESENTER_REFUSED, { timeout: RECONNECT_TIMEOUT_MS });
    await expect(presenterRefused).toHaveAttribute('role', 'alert');
    // Nothing stale is left on either screen, and no "Reconnecting…" either.
    await expect(control.page.getByText('Private remark')).toHaveCount(0);
    await expect(presenter.page.getByText('Private remark')).toHaveCount(0);
    await expect(control.page.getByText('Reconnecting')).toHaveCount(0);
    await expect(presenter.page.getByText('Reconnecting')).toHaveCount(0);

    // Pasting the new links into the same tabs (only the fragment changes) connects them again, to the session
    // that was open when the server stopped.
    await control.page.goto(second.controlUrl);
    await presenter.page.goto(second.presenterUrl);
    await expect(control.noteTexts).toHaveText(['Private remark'], { timeout: RECONNECT_TIMEOUT_MS });
    await expect(controlRefused).toHaveCount(0);
    await expect(presenterRefused).toHaveCount(0);
    await expect(presenter.notes).toHaveText(['Private remark']);
  });
});

test.describe('a wrong link', () => {
  test('a control or presenter address with a wrong key says the link is not valid within seconds', async ({ context, launch }) => {
    const server = await launch();
    const page = await context.newPage();

    const wrongControl = new URL(server.controlUrl);
    wrongControl.hash = `token=${'0'.repeat(64)}`;
    await page.goto(wrongControl.toString());
    const refused = page.getByTestId('link-refused');
    await expect(refused).toBeVisible({ timeout: 5_000 });
    await expect(refused).toHaveAttribute('role', 'alert');
    await expect(refused).toContainText(CONTROL_REFUSED);
    await expect(page.getByText('Reconnecting')).toHaveCount(0);
    await expect(page.getByTestId('new-session-start')).toHaveCount(0);

    const wrongPresenter = new URL(server.presenterUrl);
    wrongPresenter.hash = `view=${new URL(server.controlUrl).hash.slice('#token='.length)}`; // the control key is not a view key
    await page.goto(wrongPresenter.toString());
    await expect(refused).toBeVisible({ timeout: 5_000 });
    await expect(refused).toContainText(PRESENTER_REFUSED);

    // The right links still work, so the refusals above were about the keys.
    await page.goto(server.controlUrl);
    await expect(page.getByTestId('new-session-start')).toBeVisible();
    await expect(refused).toHaveCount(0);
  });
});
