import type { HostContext } from '../hostContext';
import type { SessionKeeper } from '../keeper/sessionKeeper';
import { fileInfoOf } from '../paths/pathPolicy';
import { dismissSession, listRecoveryOffers, restoreSession } from '../recovery';
import type { VerbGroup } from './verbTypes';

/** The home screen's offers of sessions an earlier run left open: list, restore, dismiss. */
export function recoveryVerbs(ctx: HostContext, keeper: SessionKeeper): VerbGroup<'recovery.list' | 'recovery.restore' | 'recovery.dismiss'> {
  return {
    'recovery.list': async () => ({ sessions: await listRecoveryOffers(ctx, (absolute) => fileInfoOf(ctx.paths, absolute)) }),
    'recovery.restore': (args) => keeper.turn((steps) => restoreSession(ctx, steps, args.id)),
    'recovery.dismiss': async (args) => {
      await dismissSession(ctx, args.id);
      return {};
    },
  };
}
