import { useCallback } from 'react';
import type { Command } from '../../../shared/protocol/commands';
import type { Note } from '../../../shared/session/types';
import { useHostAction } from '../../app/useHostAction';
import type { HostAction } from '../../app/useHostAction';
import { describeError } from '../../transport/hostCallError';
import { useSessionCommands } from '../session/useSessionCommands';
import { useToaster } from '../toasts/toastContext';
import { useAppStore } from '../../store/hooks';
import { useUndoCommands } from '../history/useUndoCommands';

/** A note's text cut to fit a button name or a toast: "Managers keep the trains runn…". */
export function shortenNote(text: string, max = 40): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/** What a note's controls can do: send any command (with its error kept to show), and delete with an Undo toast. */
export interface NoteCommands {
  action: HostAction<[Command]>;
  /** Deletes the note and offers Undo in a toast; resolves to whether the host accepted. */
  remove: (note: Note) => Promise<boolean>;
}

/** The commands behind a note's Edit / Hide / Delete (with Undo) and the kind-specific moves. */
export function useNoteCommands(): NoteCommands {
  const commands = useSessionCommands();
  const toaster = useToaster();
  const store = useAppStore();
  const history = useUndoCommands();
  const action = useHostAction((command: Command) => commands.send(command));
  const { run } = action;
  const remove = useCallback(
    async (note: Note) => {
      const done = await run({ type: 'note.delete', noteId: note.id });
      if (!done) return false;
      // The host's status arrives before the reply, so the newest step is this deletion: the toast undoes that step only.
      const step = store.getState().sync.status?.history?.undo?.step;
      toaster.show({
        message: `Note deleted: “${shortenNote(note.text)}”`,
        actionLabel: 'Undo',
        onAction: () => {
          if (step !== undefined) {
            history.undoStep(step);
            return;
          }
          commands.send({ type: 'note.restore', noteId: note.id }).catch((error: unknown) => {
            toaster.show({ message: `Could not bring the note back: ${describeError(error)}`, tone: 'error' });
          });
        },
      });
      return true;
    },
    [run, commands, toaster, store, history],
  );
  return { action, remove };
}
