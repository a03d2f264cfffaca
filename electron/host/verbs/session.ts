import path from 'node:path';
import { commandToEvent } from '../../../shared/protocol/commandToEvent';
import type { SessionEvent } from '../../../shared/session/sessionSlice';
import type { HostContext } from '../hostContext';
import { HostFailure } from '../hostFailure';
import type { SessionKeeper } from '../keeper/sessionKeeper';
import { createUndoHistory } from '../undoHistory';
import type { WorkshopLibrary } from '../workshopLibrary';
import type { VerbGroup } from './verbTypes';

/** The session's verbs: its snapshot, commands (with undo and redo), and create, open, save, save as, close. */
export function sessionVerbs(
  ctx: HostContext,
  keeper: SessionKeeper,
  workshops: WorkshopLibrary,
): VerbGroup<'session.snapshot' | 'session.dispatch' | 'session.create' | 'session.open' | 'session.save' | 'session.saveAs' | 'session.close' | 'session.openBackup'> {
  const { store } = ctx;
  // An undo's events are admitted together before any is applied: refused, it changes nothing.
  const applyEvents = (events: readonly SessionEvent[]): void => {
    keeper.admit(events);
    let changed = false;
    for (const event of events) changed = store.apply(event) || changed;
    const updated = store.session();
    if (changed && updated) keeper.changed(updated);
  };
  const history = createUndoHistory(store, ctx.now, applyEvents);
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
      if (outcome.event) keeper.admit([outcome.event]);
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
      keeper.turn(async (steps) => {
        await steps.create(await workshops.find(workshopId), group, date);
        return { file: null };
      }),
    'session.open': (args) =>
      keeper.turn(async (steps) => {
        const absolute = await ctx.paths.chooseOpenPath(args.path);
        if (absolute === null) return { file: null, cancelled: true, migratedFrom: null };
        const opened = await steps.open(absolute);
        return { file: opened.file, cancelled: false, migratedFrom: opened.migratedFrom };
      }),
    'session.save': () =>
      keeper.turn(async (steps) => {
        const session = store.session();
        if (!session) throw new HostFailure('no-session', 'No session is open, so there is nothing to save.');
        if (steps.currentFile()) return { file: await steps.save(), cancelled: false };
        const absolute = await ctx.paths.chooseSavePath(undefined, session);
        if (absolute === null) return { file: null, cancelled: true };
        return { file: await steps.saveAs(absolute), cancelled: false };
      }),
    'session.saveAs': (args) =>
      keeper.turn(async (steps) => {
        const session = store.session();
        if (!session) throw new HostFailure('no-session', 'No session is open, so there is nothing to save.');
        const absolute = await ctx.paths.chooseSavePath(args.path, session);
        if (absolute === null) return { file: null, cancelled: true };
        return { file: await steps.saveAs(absolute), cancelled: false };
      }),
    'session.close': () =>
      keeper.turn(async (steps) => {
        await steps.close();
        return {};
      }),
    'session.openBackup': (args) =>
      keeper.turn(async (steps) => {
        const offered = ctx.offeredCopies.get(args.path);
        if (!offered) throw new HostFailure('forbidden', 'That copy is no longer on offer. Open the file again to see what can be restored.');
        const opened = await steps.adopt(offered.absolute, { named: null, writeNow: true });
        ctx.offeredCopies.delete(args.path);
        const what = offered.kind === 'backup' ? 'its backup' : 'the copy from the recovery folder';
        return {
          file: opened.file,
          notice: `"${path.basename(offered.original)}" could not be opened, so ${what} is open as an untitled session. The file itself is left as it is. Use Save As to keep this version.`,
        };
      }),
  };
}
