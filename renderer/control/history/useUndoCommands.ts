import { useMemo } from 'react';
import type { UndoStatus } from '../../../shared/protocol/hostStatus';
import { useAppSelector } from '../../store/hooks';
import { describeError } from '../../transport/hostCallError';
import { useSessionCommands } from '../session/useSessionCommands';
import { useToaster } from '../toasts/toastContext';

/** Undo and redo of the session, as the keys, the menu, the top bar and toasts ask for them. */
export interface UndoCommands {
  /** Takes back the newest step; the host's sentence ("Nothing to undo: …") appears as a toast. */
  undo: () => void;
  redo: () => void;
  /** A toast's Undo: takes back only that step (the host refuses, with a sentence, once newer steps came after it). */
  undoStep: (step: number) => void;
}

/** What Undo and Redo would act on now, as the host last said; null while both are empty. */
export function useUndoStatus(): UndoStatus | null {
  return useAppSelector((state) => state.sync.status?.history ?? null);
}

/** The session's undo and redo for this window; failures are shown as a toast with the host's sentence. */
export function useUndoCommands(): UndoCommands {
  const commands = useSessionCommands();
  const toaster = useToaster();
  return useMemo<UndoCommands>(() => {
    const send = (command: Parameters<typeof commands.send>[0]) =>
      void commands.send(command).catch((error: unknown) => toaster.show({ message: describeError(error), tone: 'info' }));
    return {
      undo: () => send({ type: 'session.undo' }),
      redo: () => send({ type: 'session.redo' }),
      undoStep: (step) => send({ type: 'session.undo', step }),
    };
  }, [commands, toaster]);
}
