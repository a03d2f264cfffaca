import type { HostContext } from '../hostContext';
import type { VerbGroup } from './verbTypes';

/** What the control window says when the host cannot move windows between screens (browser mode). */
export const SWAP_BY_HAND = 'Swapping screens needs the desktop app. In a browser, drag the presenter window to the other screen and press F11.';

/** The presenter window: opening it, swapping screens, and the projector size its page reports. */
export function presenterVerbs(ctx: HostContext): VerbGroup<'presenter.open' | 'presenter.swapDisplays' | 'presenter.reportScreen'> {
  return {
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
  };
}
