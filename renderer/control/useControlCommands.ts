import { useMemo } from 'react';
import type { CommandContext } from '../commands/commandTable';
import { useKeyboardCommands } from '../commands/useKeyboardCommands';
import { useFileActions } from '../features/files/fileActionsContext';
import { useSessionCommands } from '../features/session/useSessionCommands';
import { useToaster } from '../features/toasts/toastContext';
import { useAppSelector } from '../store/hooks';
import { describeError } from '../transport/hostCallError';

/** Wires the command table to this window's actions; failures from a key press appear as a toast. */
export function useControlCommands(): void {
  const hasSession = useAppSelector((state) => state.session !== null);
  const session = useSessionCommands();
  const files = useFileActions();
  const toaster = useToaster();
  const context = useMemo<CommandContext>(() => {
    const report = (what: string) => (error: unknown) => toaster.show({ message: `${what}: ${describeError(error)}`, tone: 'error' });
    return {
      hasSession,
      next: () => void session.next().catch(report('Could not go to the next activity')),
      previous: () => void session.previous().catch(report('Could not go to the previous activity')),
      toggleBlackout: () => void session.toggleBlackout().catch(report('Could not change blackout')),
      toggleTimer: () => void session.toggleTimer().catch(report('Could not start or pause the timer')),
      save: files.save,
      saveAs: files.saveAs,
      open: files.open,
      exportReport: files.exportReport,
    };
  }, [hasSession, session, files, toaster]);
  useKeyboardCommands(context);
}
