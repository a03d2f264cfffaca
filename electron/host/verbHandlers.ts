import path from 'node:path';
import { commandToEvent } from '../../shared/protocol/commandToEvent';
import type { SessionEvent } from '../../shared/session/sessionSlice';
import type { HostCapabilities, ValidVerbArgs, VerbName, VerbResult } from '../../shared/protocol/verbs';
import type { HostContext } from './hostContext';
import { HostFailure } from './hostFailure';
import { refuseAppData } from './fileRules';
import { listWorkspaceFolder } from './listFiles';
import { dismissSession, listRecoveryOffers, restoreSession } from './recovery';
import type { SessionKeeper } from './sessionKeeper';
import { isInside } from './workspacePaths';
import { createWorkshopVerbs } from './workshopVerbs';
import { createReportVerbs } from './reportVerbs';
import { createUndoHistory } from './undoHistory';

/** What the control window says when the host cannot move windows between screens (browser mode). */
export const SWAP_BY_HAND = 'Swapping screens needs the desktop app. In a browser, drag the presenter window to the other screen and press F11.';

/** How the recent list names a session that only lives as a recovery copy. */
const UNTITLED_NAME = 'Not yet saved under a name';

/** The window a call came from, for verbs that remember something per window. */
export interface VerbCaller {
  /** Unique per connection for the host's lifetime. */
  connectionId: number;
}

/** One handler per verb, given already-validated arguments and the window that called. */
export type VerbHandlers = { [V in VerbName]: (args: ValidVerbArgs<V>, caller: VerbCaller) => Promise<VerbResult<V>> };

/** What this host can do, so windows pick native or in-app dialogs. */
export function hostCapabilities(ctx: HostContext): HostCapabilities {
  return { nativeDialogs: ctx.paths.nativeDialogs, presenterWindow: ctx.presenter !== undefined };
}

/** Builds the verb table the connections dispatch to. */
export function createVerbHandlers(ctx: HostContext, keeper: SessionKeeper): VerbHandlers {
  const { store } = ctx;
  const workshops = createWorkshopVerbs(ctx);
  const applyEvent = (event: SessionEvent): void => {
    keeper.admit(event);
    if (!store.apply(event)) return;
    const updated = store.session();
    if (updated) keeper.changed(updated);
  };
  const history = createUndoHistory(store, ctx.now, applyEvent);
  return {
    'session.snapshot': () => Promise.resolve(store.snapshot()),
    'session.dispatch': (command) => {
      const session = store.session();
      if (!session) return Promise.reject(new HostFailure('no-session', 'No session is open. Start or open one first.'));
      if (command.type === 'session.undo' || command.type === 'session.redo') {
        return Promise.resolve().then(() => {
          if (command.type === 'session.undo') history.undo(command.step);
          else history.redo();
          store.pushHistory();
          return { rev: store.rev() };
        });
      }
      const outcome = commandToEvent(session, command, { now: ctx.now(), newId: ctx.newId });
      if (!outcome.ok) return Promise.reject(new HostFailure('invalid', outcome.error));
      // Refused before it is applied when the file could grow past what Groundwork reads back.
      if (outcome.event) keeper.admit(outcome.event);
      const updated = outcome.event && store.apply(outcome.event) ? store.session() : null;
      if (outcome.event && updated) {
        // The step is recorded before the save is scheduled, so the "saving" status carries the new Undo label.
        history.record(session, updated, outcome.event);
        keeper.changed(updated);
      }
      store.pushHistory();
      return Promise.resolve({ rev: store.rev() });
    },
    'session.create': ({ workshopId, group, date }) =>
      keeper.exclusive(async () => {
        await keeper.create(await workshops.find(workshopId), group, date);
        return { file: null };
      }),
    'session.open': (args) =>
      keeper.exclusive(async () => {
        const absolute = await ctx.paths.chooseOpenPath(args.path);
        if (absolute === null) return { file: null, cancelled: true, migratedFrom: null };
        const opened = await keeper.open(absolute);
        return { file: opened.file, cancelled: false, migratedFrom: opened.migratedFrom };
      }),
    'session.save': () =>
      keeper.exclusive(async () => {
        const session = store.session();
        if (!session) throw new HostFailure('no-session', 'No session is open, so there is nothing to save.');
        if (keeper.currentFile()) return { file: await keeper.save(), cancelled: false };
        const absolute = await ctx.paths.chooseSavePath(undefined, session);
        if (absolute === null) return { file: null, cancelled: true };
        return { file: await keeper.saveAs(absolute), cancelled: false };
      }),
    'session.saveAs': (args) =>
      keeper.exclusive(async () => {
        const session = store.session();
        if (!session) throw new HostFailure('no-session', 'No session is open, so there is nothing to save.');
        const absolute = await ctx.paths.chooseSavePath(args.path, session);
        if (absolute === null) return { file: null, cancelled: true };
        return { file: await keeper.saveAs(absolute), cancelled: false };
      }),
    'session.close': () =>
      keeper.exclusive(async () => {
        await keeper.close();
        return {};
      }),
    'session.openBackup': (args) =>
      keeper.exclusive(async () => {
        const offered = ctx.offeredCopies.get(args.path);
        if (!offered) throw new HostFailure('forbidden', 'That copy is no longer on offer. Open the file again to see what can be restored.');
        const opened = await keeper.adopt(offered.absolute, { named: null, writeNow: true });
        ctx.offeredCopies.delete(args.path);
        const what = offered.kind === 'backup' ? 'its backup' : 'the copy from the recovery folder';
        return {
          file: opened.file,
          notice: `"${path.basename(offered.original)}" could not be opened, so ${what} is open as an untitled session. The file itself is left as it is. Use Save As to keep this version.`,
        };
      }),
    'recovery.list': async () => ({ sessions: await listRecoveryOffers(ctx, (absolute) => keeper.fileInfo(absolute)) }),
    'recovery.restore': (args) => keeper.exclusive(() => restoreSession(ctx, keeper, args.id)),
    'recovery.dismiss': async (args) => {
      await dismissSession(ctx, args.id);
      return {};
    },
    'files.list': async (args) => {
      await refuseAppData(ctx, path.resolve(ctx.workspaceDir, args.folder ?? ''), args.folder ?? '');
      return listWorkspaceFolder(ctx.workspaceDir, args.folder ?? '');
    },
    'recent.list': async () => {
      const entries = await ctx.recent.list();
      const sessions = [];
      for (const entry of entries) {
        const shown = ctx.paths.windowPath(entry.path);
        if (shown === null) continue; // a browser window can only reach the workspace
        const untitled = isInside(ctx.recoveryDir, entry.path);
        sessions.push({ ...entry, path: shown, name: untitled ? UNTITLED_NAME : path.basename(entry.path) });
      }
      return { sessions };
    },
    'workshops.list': () => workshops.list(),
    'settings.setWorkshopFolder': (args) => workshops.setFolder(args.folder),
    'presenter.open': async () => {
      if (ctx.presenter) {
        await ctx.presenter.open();
        return { opened: true, url: null };
      }
      return { opened: false, url: ctx.presenterUrl ?? null };
    },
    'presenter.swapDisplays': async () => {
      if (ctx.presenter?.swapDisplays) return ctx.presenter.swapDisplays();
      return { swapped: false, reason: SWAP_BY_HAND };
    },
    'presenter.reportScreen': (size, caller) => {
      ctx.projectors.report(caller.connectionId, size);
      return Promise.resolve({});
    },
    ...createReportVerbs(ctx, keeper),
    'host.capabilities': () => Promise.resolve(hostCapabilities(ctx)),
  };
}
