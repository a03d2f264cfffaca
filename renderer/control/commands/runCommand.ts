import { commandEffect } from '../../../shared/commands/commandEffect';
import type { CommandBehaviour, WindowAction } from '../../../shared/commands/commandEffect';
import { commandSpec } from '../../../shared/commands/commandTable';
import type { CommandId } from '../../../shared/protocol/commandIds';
import type { Command } from '../../../shared/protocol/commands';

/** What the control window lends the command table: its session commands, its own actions, and how it tells of a failure. */
export interface CommandWindow {
  hasSession: boolean;
  /** Sends a session command to the host; resolves once the host accepted it, rejects with its sentence. */
  dispatch(command: Command): Promise<void>;
  /** The actions only this window can do (dialogs, files, the presenter, the focus). */
  actions: Readonly<Record<WindowAction, () => Promise<void> | void>>;
  /** A focused text box's own undo or redo, when it keeps the key (textUndo.ts). Returns whether it did. */
  undoTyping(direction: 'undo' | 'redo'): boolean;
  /** Tells the facilitator a command failed; `failure` ("Could not …") begins the sentence when the table gives one. */
  report(error: unknown, failure: string | undefined): void;
}

/**
 * Runs a command in the control window, from a key or a menu push: what the table says it does (commandEffect, the
 * same function the Electron menu uses). Without a session, a command that needs one does nothing here. Resolves once
 * done or reported; never rejects.
 */
export function runCommand(id: CommandId, controlWindow: CommandWindow): Promise<void> {
  const effect = commandEffect(id, controlWindow.hasSession);
  if (effect.kind === 'refused') return Promise.resolve();
  return perform(effect, controlWindow).catch((error: unknown) => controlWindow.report(error, commandSpec(id).failure));
}

/** Carries out a behaviour; what needs no host runs before this returns (a dialog opens, the focus moves, during the key's event). */
async function perform(behaviour: CommandBehaviour, controlWindow: CommandWindow): Promise<void> {
  switch (behaviour.kind) {
    case 'dispatch':
      return controlWindow.dispatch(behaviour.command);
    case 'typingOrDispatch':
      if (controlWindow.undoTyping(behaviour.direction)) return;
      return controlWindow.dispatch(behaviour.command);
    case 'window':
      if (behaviour.first) await controlWindow.dispatch(behaviour.first);
      return controlWindow.actions[behaviour.action]();
  }
}
