import type { WindowAction } from '../../../shared/commands/commandEffect';
import type { CommandWindow } from '../../../renderer/control/commands/runCommand';
import { undoTyping } from '../../../renderer/control/commands/textUndo';

/**
 * A control window for the command runner that records what ran: a window action by its name ("openMessage"), a
 * session command by its type ("session.undo"). A text box's own undo is the real one (textUndo.ts).
 */
export function recordingCommandWindow(hasSession: boolean, ran: string[]): CommandWindow {
  const actions = new Proxy({} as Record<WindowAction, () => void>, { get: (_target, name) => () => void ran.push(String(name)) });
  return {
    hasSession,
    actions,
    dispatch: (command) => Promise.resolve(void ran.push(command.type)),
    undoTyping,
    report: (error) => {
      throw error;
    },
  };
}
