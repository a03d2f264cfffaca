import { commandEffect } from '../../shared/commands/commandEffect';
import type { WindowAction } from '../../shared/commands/commandEffect';
import type { CommandId } from '../../shared/protocol/commandIds';
import type { Command } from '../../shared/protocol/commands';
import { assertNever } from '../../shared/util/assertNever';

/** What a menu command needs from the host, as the control window's connection would do it. */
export interface MenuHost {
  /** Whether a session is open; null when there is no control window's connection to act through. */
  hasSession(): Promise<boolean | null>;
  dispatch(command: Command): Promise<void>;
  call(verb: 'session.open' | 'session.save' | 'session.saveAs' | 'presenter.open'): Promise<void>;
  /** Swaps the screens of the presenter and the control window; null when there is no control window to ask for. */
  swapDisplays(): Promise<{ swapped: boolean; reason: string | null } | null>;
  /** Asks the control window to run a command itself: one that opens a dialog or moves the focus there (message, legend). */
  askControlWindow(id: CommandId): void;
  /** Tells the facilitator why a command could not run. */
  problem(message: string): void;
}

/**
 * Runs a command of the table chosen from the application menu: what the table says it does (commandEffect), with
 * the control window's connection standing in for the window where it can, and the window itself asked otherwise.
 */
export async function runMenuCommand(id: CommandId, host: MenuHost): Promise<void> {
  const hasSession = await host.hasSession();
  if (hasSession === null) return;
  const effect = commandEffect(id, hasSession);
  switch (effect.kind) {
    case 'refused':
      return host.problem(effect.reason);
    case 'dispatch':
      return host.dispatch(effect.command);
    case 'typingOrDispatch':
      // The control window decides between a text box's own undo and the session's (renderer/control/commands/textUndo.ts).
      return host.askControlWindow(id);
    case 'window':
      if (effect.first) await host.dispatch(effect.first);
      return runWindowAction(effect.action, id, host);
    default:
      return assertNever(effect, 'menu command effect');
  }
}

/** A window action from the menu: through the host where a verb does it, else asked of the control window. */
async function runWindowAction(action: WindowAction, id: CommandId, host: MenuHost): Promise<void> {
  switch (action) {
    case 'present':
      return host.call('presenter.open');
    case 'save':
      return host.call('session.save');
    case 'saveAs':
      return host.call('session.saveAs');
    case 'open':
      return host.call('session.open');
    case 'swapDisplays': {
      const result = await host.swapDisplays();
      if (result && !result.swapped && result.reason) host.problem(result.reason);
      return;
    }
    case 'openMessage':
    case 'openPhones':
    case 'focusReview':
    case 'showLegend':
    case 'focusCapture':
    case 'exportReport':
      // These open a dialog or move the focus in the control window, so that window runs them, as if its key was pressed.
      return host.askControlWindow(id);
    default:
      return assertNever(action, 'menu window action');
  }
}
