import type { HostContext } from './hostContext';
import { HostFailure } from './hostFailure';
import { newestEarlierCopy } from './newestCopy';
import { readSessionFile } from './readSessionFile';
import type { LoadedSessionFile } from './readSessionFile';

/**
 * Reads a session file to open it. When it cannot be read but an earlier copy
 * can (the newest, by the one copy policy), the failure offers that copy:
 * the window is given a path for `session.openBackup`, remembered in
 * `ctx.offeredCopies`. Only reads.
 */
export async function readOrOfferCopy(ctx: HostContext, absolute: string): Promise<LoadedSessionFile> {
  try {
    return await readSessionFile(absolute);
  } catch (error) {
    if (!(error instanceof HostFailure)) throw error;
    const copy = await newestEarlierCopy(absolute, ctx.recoveryDir);
    if (!copy) throw error;
    const shown = ctx.paths.offerPath(copy.absolute);
    ctx.offeredCopies.set(shown, { absolute: copy.absolute, original: absolute, kind: copy.kind });
    const offer = copy.kind === 'backup' ? 'Its backup, saved earlier, can be opened instead.' : 'A copy in the recovery folder can be opened instead.';
    throw new HostFailure(error.code, `${error.message} ${offer}`, { path: shown, savedAt: copy.loaded.savedAt, kind: copy.kind });
  }
}
