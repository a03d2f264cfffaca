/**
 * What a command of the table does, as data: the one behaviour the control window's keys, its menu pushes and the
 * Electron application menu all carry out. Session commands go to the host, which works them out on its own session
 * (toggles included), so a window never needs more than whether a session is open.
 */
import type { CommandId } from '../protocol/commandIds';
import type { Command } from '../protocol/commands';
import { commandSpec } from './commandTable';

/** Something only a window (or the shell standing in for the control window) can do: dialogs, files, the presenter, the focus. */
export type WindowAction = 'present' | 'openMessage' | 'openPhones' | 'focusReview' | 'showLegend' | 'focusCapture' | 'save' | 'saveAs' | 'open' | 'exportReport' | 'swapDisplays';

/** A command's behaviour, written beside its id in the table. */
export type CommandBehaviour =
  /** A session command for the host. */
  | { kind: 'dispatch'; command: Command }
  /** A window action; `first` is sent to the host before it (Present from Current Activity goes back to live first). */
  | { kind: 'window'; action: WindowAction; first?: Command }
  /** The focused text box's own undo or redo when it keeps the key (renderer/control/commands/textUndo.ts), else `command`, the session's. */
  | { kind: 'typingOrDispatch'; direction: 'undo' | 'redo'; command: Command };

/** What to do now for a command: its behaviour, or why it cannot run. */
export type CommandEffect = CommandBehaviour | { kind: 'refused'; reason: string };

/** Why a command that needs a session cannot run without one (the host's own wording for a refused dispatch). */
export const NO_SESSION_REASON = 'No session is open. Start or open one first.';

/**
 * The effect of running a command, given whether a session is open: pure, so the key handler and the Electron menu
 * decide alike. The behaviour is the table's own object: hand it on, never change it.
 */
export function commandEffect(id: CommandId, hasSession: boolean): CommandEffect {
  const spec = commandSpec(id);
  if (spec.needsSession && !hasSession) return { kind: 'refused', reason: NO_SESSION_REASON };
  return spec.does;
}
