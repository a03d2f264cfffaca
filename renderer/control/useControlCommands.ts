import { useMemo } from 'react';
import type { CommandWindow } from './commands/runCommand';
import { useKeyboardCommands } from './commands/useKeyboardCommands';
import { useReleaseFocusAfterClick } from './commands/useReleaseFocusAfterClick';
import { useMenuCommands } from './commands/useMenuCommands';
import { useFileActions } from './files/fileActionsContext';
import { focusCaptureTarget } from './notes/captureFocus';
import { focusReviewQueue } from './phones/reviewFocus';
import { useRoomDialogs } from './room/roomDialogs';
import { useRoomCommands } from './room/useRoomCommands';
import { useSessionCommands } from './session/useSessionCommands';
import { useToaster } from './toasts/toastContext';
import { undoTyping, useTextUndoTracking } from './commands/textUndo';
import { useAppSelector } from '../store/hooks';
import { describeError } from '../transport/hostCallError';

/**
 * Lends the command table (shared/commands/) this window's actions, for its keys and for menu items that ask this
 * window; what each command does is the table's. Failures appear as a toast.
 */
export function useControlCommands(): void {
  const hasSession = useAppSelector((state) => state.session !== null);
  const session = useSessionCommands();
  const room = useRoomCommands();
  const dialogs = useRoomDialogs();
  const files = useFileActions();
  const toaster = useToaster();
  useTextUndoTracking();
  const controlWindow = useMemo<CommandWindow>(
    () => ({
      hasSession,
      dispatch: (command) => session.send(command),
      actions: {
        present: async () => {
          const blockedUrl = await room.present();
          if (blockedUrl) toaster.show({ message: 'The browser blocked the presenter window: use the Present button, or allow pop-ups for this page.', tone: 'error' });
        },
        openMessage: () => dialogs.showMessage(),
        openPhones: () => dialogs.showPhones(),
        focusReview: () => {
          if (!focusReviewQueue()) toaster.show({ message: 'No phone note waits for your review in this activity.', tone: 'info' });
        },
        showLegend: () => dialogs.showLegend(),
        focusCapture: () => void focusCaptureTarget(),
        save: files.save,
        saveAs: files.saveAs,
        open: files.open,
        exportReport: files.exportReport,
        swapDisplays: async () => {
          const reason = await room.swapDisplays();
          if (reason) toaster.show({ message: reason, tone: 'info' });
        },
      },
      // A key that reached here already passed the text-box rule; a menu item applies it now.
      undoTyping,
      // Undo's "Nothing to undo: …" is the host's sentence alone, as information; other failures say what could not be done.
      report: (error, failure) =>
        toaster.show(failure ? { message: `${failure}: ${describeError(error)}`, tone: 'error' } : { message: describeError(error), tone: 'info' }),
    }),
    [hasSession, session, room, dialogs, files, toaster],
  );
  useKeyboardCommands(controlWindow);
  useReleaseFocusAfterClick();
  useMenuCommands(controlWindow);
}
