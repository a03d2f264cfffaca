import type { HostCapabilities } from '../../../shared/protocol/verbs';
import type { HostContext } from '../hostContext';
import type { VerbGroup } from './verbTypes';

/** What this host can do, so windows pick native or in-app dialogs. */
export function hostCapabilities(ctx: HostContext): HostCapabilities {
  return { nativeDialogs: ctx.paths.nativeDialogs, presenterWindow: ctx.presenter !== undefined, pdfExport: ctx.paths.reportPrinter !== null };
}

/** Questions about the host itself. */
export function hostVerbs(ctx: HostContext): VerbGroup<'host.capabilities'> {
  return {
    'host.capabilities': () => Promise.resolve(hostCapabilities(ctx)),
  };
}
