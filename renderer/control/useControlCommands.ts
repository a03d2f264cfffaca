import { useMemo } from 'react';
import type { CommandContext } from '../commands/commandTable';
import { useKeyboardCommands } from '../commands/useKeyboardCommands';
import { useReleaseFocusAfterClick } from '../commands/useReleaseFocusAfterClick';
import { useMenuCommands } from '../commands/useMenuCommands';
import { useFileActions } from '../features/files/fileActionsContext';
import { focusCaptureTarget } from '../features/notes/captureFocus';
import { useRoomDialogs } from '../features/room/roomDialogs';
import { useRoomCommands } from '../features/room/useRoomCommands';
import { useSessionCommands } from '../features/session/useSessionCommands';
import { useToaster } from '../features/toasts/toastContext';
import { useUndoCommands } from '../features/history/useUndoCommands';
import { undoTyping, useTextUndoTracking } from '../commands/textUndo';
import { useAppSelector } from '../store/hooks';
import { describeError } from '../transport/hostCallError';

/** Wires the command table to this window's actions (keys, and menu items that ask this window); failures appear as a toast. */
export function useControlCommands(): void {
  const hasSession = useAppSelector((state) => state.session !== null);
  const session = useSessionCommands();
  const room = useRoomCommands();
  const dialogs = useRoomDialogs();
  const files = useFileActions();
  const toaster = useToaster();
  const history = useUndoCommands();
  useTextUndoTracking();
  const context = useMemo<CommandContext>(() => {
    const report = (what: string) => (error: unknown) => toaster.show({ message: `${what}: ${describeError(error)}`, tone: 'error' });
    const present = () =>
      room.present().then((blockedUrl) => {
        if (blockedUrl) toaster.show({ message: 'The browser blocked the presenter window: use the Present button, or allow pop-ups for this page.', tone: 'error' });
      });
    return {
      hasSession,
      next: () => void session.next().catch(report('Could not go to the next activity')),
      previous: () => void session.previous().catch(report('Could not go to the previous activity')),
      toggleBlackout: () => void room.toggleScreen('black').catch(report('Could not change the black screen')),
      toggleWhite: () => void room.toggleScreen('white').catch(report('Could not change the white screen')),
      toggleFreeze: () => void room.toggleFreeze().catch(report('Could not freeze or unfreeze the projector')),
      openMessage: () => dialogs.showMessage(),
      returnToLive: () => void room.returnToLive().catch(report('Could not return the projector to live')),
      present: () => void present().catch(report('Could not open the presenter')),
      presentFromCurrent: () =>
        void room
          .returnToLive()
          .then(present)
          .catch(report('Could not present from the current activity')),
      showLegend: () => dialogs.showLegend(),
      focusCapture: () => void focusCaptureTarget(),
      toggleTimer: () => void session.toggleTimer().catch(report('Could not start or pause the timer')),
      save: files.save,
      saveAs: files.saveAs,
      open: files.open,
      exportReport: files.exportReport,
      swapDisplays: () =>
        void room
          .swapDisplays()
          .then((reason) => {
            if (reason) toaster.show({ message: reason, tone: 'info' });
          })
          .catch(report('Could not swap the screens')),
      // A key that reached here already passed the text-box rule; a menu item applies it now.
      undo: () => {
        if (!undoTyping('undo')) history.undo();
      },
      redo: () => {
        if (!undoTyping('redo')) history.redo();
      },
    };
  }, [hasSession, session, room, dialogs, files, toaster, history]);
  useKeyboardCommands(context);
  useReleaseFocusAfterClick();
  useMenuCommands(context);
}
