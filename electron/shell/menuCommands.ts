import type { CommandId } from '../../shared/protocol/commandIds';
import type { Command } from '../../shared/protocol/commands';
import type { Snapshot } from '../../shared/protocol/verbs';
import { assertNever } from '../../shared/util/assertNever';

/** What a menu command needs from the host, as the control window's connection would do it. */
export interface MenuHost {
  snapshot(): Promise<Snapshot | null>;
  dispatch(command: Command): Promise<void>;
  call(verb: 'session.open' | 'session.save' | 'session.saveAs' | 'presenter.open'): Promise<void>;
  exportReport(): Promise<void>;
  /** Swaps the screens of the presenter and the control window; null when there is no control window to ask for. */
  swapDisplays(): Promise<{ swapped: boolean; reason: string | null } | null>;
  /** Asks the control window to run a command itself: one that opens a dialog there (message, legend). */
  askControlWindow(id: CommandId): void;
  /** Tells the facilitator why a command could not run. */
  problem(message: string): void;
}

/** A command for the open session, or a sentence saying there is none. */
async function withSession(host: MenuHost, command: Command): Promise<void> {
  const snapshot = await host.snapshot();
  if (!snapshot) return;
  if (!snapshot.session) {
    host.problem('Open or start a session first; the projector has nothing to show yet.');
    return;
  }
  await host.dispatch(command);
}

/** Runs a command of the table chosen from the application menu, through the host. */
export async function runMenuCommand(id: CommandId, host: MenuHost): Promise<void> {
  switch (id) {
    case 'next':
      return host.dispatch({ type: 'activity.next' });
    case 'previous':
      return host.dispatch({ type: 'activity.previous' });
    // Toggles are worked out by the host on its session; here only whether there is one to act on.
    case 'timer':
      return withSession(host, { type: 'timer.toggleRoom' });
    case 'blackout':
    case 'white':
      return withSession(host, { type: 'presenter.toggleScreen', screen: id === 'blackout' ? 'black' : 'white' });
    case 'freeze':
      return withSession(host, { type: 'presenter.toggleFreeze' });
    case 'live':
      return host.dispatch({ type: 'presenter.returnToLive' });
    case 'present':
      return host.call('presenter.open');
    case 'presentFromCurrent':
      await host.dispatch({ type: 'presenter.returnToLive' });
      return host.call('presenter.open');
    case 'save':
      return host.call('session.save');
    case 'saveAs':
      return host.call('session.saveAs');
    case 'open':
      return host.call('session.open');
    case 'exportReport':
      return host.exportReport();
    case 'swapDisplays': {
      const result = await host.swapDisplays();
      if (result && !result.swapped && result.reason) host.problem(result.reason);
      return;
    }
    case 'message':
    case 'legend':
    case 'focusCapture':
      // These open a dialog or move the focus in the control window, so that window runs them, as if its key was pressed.
      return host.askControlWindow(id);
    case 'undo':
    case 'redo':
      // The control window decides between a text box's own undo and the session's (renderer/commands/textUndo.ts).
      return host.askControlWindow(id);
    default:
      return assertNever(id, 'menu command');
  }
}
