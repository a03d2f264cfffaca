import path from 'node:path';
import { refuseAppData } from '../fileRules';
import type { HostContext } from '../hostContext';
import { listWorkspaceFolder } from '../listFiles';
import { isInside } from '../workspacePaths';
import type { VerbGroup } from './verbTypes';

/** How the recent list names a session that only lives as a recovery copy. */
const UNTITLED_NAME = 'Not yet saved under a name';

/** Finding sessions: a workspace folder's listing and the recent list. */
export function fileVerbs(ctx: HostContext): VerbGroup<'files.list' | 'recent.list'> {
  return {
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
  };
}
