import { randomUUID } from 'node:crypto';
import { promises as fsp } from 'node:fs';
import path from 'node:path';
import { sweepOrphanedTempFiles } from '../files/atomicWrite';
import { createPhoneRoom } from '../phones/phoneRoom';
import type { PushDelivery } from '../../shared/protocol/messages';
import type { Role } from '../../shared/protocol/roles';
import { createConnection } from './connection';
import type { HostContext } from './hostContext';
import type { Host, HostOptions } from './hostTypes';
import { OpenSessions } from './openSessions';
import { browserPaths } from './paths/browserPaths';
import { desktopPaths } from './paths/desktopPaths';
import type { Places } from './paths/pathPolicy';
import { resumeLastSession } from './recovery';
import { createProjectorReports } from './projectorReports';
import { createRecentList } from './recentList';
import { SessionKeeper } from './keeper/sessionKeeper';
import { createSessionStore } from './sessionStore';
import type { PushPacing } from './pushPacing';
import { hostCapabilities } from './verbs/host';
import { createVerbHandlers } from './verbs/verbTable';
import type { VerbCaller, VerbHandlers } from './verbs/verbTypes';

/**
 * Creates the host: the authoritative session store, its autosave, and the
 * verbs windows call. Plain Node; the Electron shell and the browser-mode
 * server each wrap it in their own transport.
 */
export function createHost(options: HostOptions): Host {
  const now = options.now ?? Date.now;
  const store = createSessionStore(now);
  const projectors = createProjectorReports((size) => store.setProjector(size));
  const places: Places = {
    workspaceDir: path.resolve(options.workspaceDir),
    dataDir: path.resolve(options.dataDir),
    recoveryDir: path.join(path.resolve(options.dataDir), 'recovery'),
  };
  const recent = createRecentList(places.dataDir);
  const systemOpened = new Set<string>();
  // The one place the mode is looked at: everything else asks the path policy.
  const paths = options.mode === 'browser' ? browserPaths(places) : desktopPaths(places, { dialogs: options.dialogs, printer: options.printer, systemOpened, recent });
  const ctx: HostContext = {
    ...places,
    paths,
    now,
    newId: options.newId ?? randomUUID,
    presenter: options.presenter,
    presenterUrl: options.presenterUrl,
    fileSystem: options.fileSystem,
    retryMs: options.autosaveRetryMs,
    store,
    projectors,
    recent,
    openSessions: new OpenSessions(places.dataDir, options.fileSystem),
    offeredCopies: new Map(),
    systemOpened,
  };
  const keeper = new SessionKeeper(ctx);
  const phones = createPhoneRoom({
    store,
    // A phone's note is admitted, applied and saved as a command's event is; it is not a step of the facilitator's undo.
    apply(event) {
      keeper.admit([event]);
      const updated = store.apply(event) ? store.session() : null;
      if (updated) keeper.changed(updated);
    },
    now,
    newId: ctx.newId,
    pageRoot: options.phonePageRoot,
    addresses: options.phoneAddresses,
    limits: options.phoneLimits,
    addressCheckMs: options.phoneAddressCheckMs,
  });
  const resumed = prepareFolders(ctx).then(() => resumeLastSession(ctx, keeper));
  const ready = resumed.then(() => undefined);
  const handlers = afterReady(createVerbHandlers(ctx, keeper, phones), ready);
  let open = true;
  let connections = 0;

  return {
    // Unpaced, each drain is one push, so the first form's listener never sees a batch (connection.ts).
    connect: ((role: Role, push: (delivery: PushDelivery) => void, pacing?: PushPacing) =>
      createConnection(role, push, {
        pacing,
        store,
        handlers,
        isOpen: () => open,
        caller: { connectionId: (connections += 1) },
        onDisconnect: (caller) => projectors.forget(caller.connectionId),
      })) as Host['connect'],
    capabilities: () => hostCapabilities(ctx),
    allowOpening: (file) => void ctx.systemOpened.add(path.resolve(file)),
    onPush: (listener) => store.subscribe(listener),
    started: async () => ({ resumed: await resumed }),
    flush: () => keeper.flush(),
    async close() {
      open = false;
      await ready;
      await phones.close().catch(() => undefined);
      await keeper.shutdown();
    },
  };
}

/**
 * Reads which sessions the last run left open (before anything can change
 * that list), creates the data folders and clears temporary files a crashed
 * save left behind.
 */
async function prepareFolders(ctx: HostContext): Promise<void> {
  await ctx.openSessions.load();
  try {
    await fsp.mkdir(ctx.recoveryDir, { recursive: true });
    for (const folder of [ctx.dataDir, ctx.recoveryDir, ctx.workspaceDir]) await sweepOrphanedTempFiles(folder);
  } catch {
    // A missing or read-only folder shows up, with a clear message, when something is saved there.
  }
}

/**
 * Makes every verb wait for start-up housekeeping and for the last session to
 * be reopened, so it never races a save, and a window that reconnects while
 * the host is starting gets the reopened session, not an empty home screen.
 */
function afterReady(handlers: VerbHandlers, ready: Promise<void>): VerbHandlers {
  type AnyHandler = (args: unknown, caller: VerbCaller) => Promise<unknown>;
  const wrapped: Record<string, AnyHandler> = {};
  for (const [verb, handler] of Object.entries(handlers) as [string, AnyHandler][]) {
    wrapped[verb] = async (args, caller) => {
      await ready;
      return handler(args, caller);
    };
  }
  return wrapped as VerbHandlers;
}
