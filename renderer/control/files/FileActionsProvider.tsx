import { useCallback, useMemo, useRef, useState } from 'react';
import type { ReactNode } from 'react';
import { useHostLink } from '../../app/linkContext';
import { useAppStore } from '../../store/hooks';
import type { BackupOffer } from '../../../shared/protocol/messages';
import { describeError, offeredBackup } from '../../transport/hostCallError';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { useToaster } from '../toasts/toastContext';
import { FileActionsContext } from './fileActionsContext';
import type { FileActions } from './fileActionsContext';
import { FileDialog } from './FileDialog';
import { ExportReportDialog } from './ExportReportDialog';
import type { ReportChoice } from './ExportReportDialog';
import { suggestedSessionName } from '../../../shared/session/sessionFileName';
import type { ReportExport } from '../../../shared/report/reportAudience';

/** What the toast calls each export once written. */
const EXPORTED: Record<ReportExport, string> = { client: 'Client report', facilitator: 'Facilitator record', 'run-sheet': 'Run sheet' };

type DialogState = { kind: 'none' } | { kind: 'exportReport'; pdf: boolean; sessionFacilitator: string | undefined; sessionPlannedStart: string | undefined } | { kind: 'open' } | { kind: 'save'; suggestedName: string } | { kind: 'leaveUntitled' } | { kind: 'endSession'; path: string; name: string };

/**
 * Open, Save, Save As and Home for the control window. Uses the host's
 * native dialogs on the desktop and an in-app file dialog in browser mode.
 */
export function FileActionsProvider({ children }: { children: ReactNode }) {
  const link = useHostLink();
  const store = useAppStore();
  const toaster = useToaster();
  const [dialog, setDialog] = useState<DialogState>({ kind: 'none' });
  const [error, setError] = useState<string | null>(null);
  const [errorBackup, setErrorBackup] = useState<BackupOffer | null>(null);
  const [busy, setBusy] = useState(false);

  const nativeDialogs = useCallback(() => store.getState().sync.capabilities?.nativeDialogs ?? 'groundwork' in window, [store]);

  const attempt = useCallback(async (what: string, action: () => Promise<void>, showNearButtons = true): Promise<string | null> => {
    setBusy(true);
    setError(null);
    setErrorBackup(null);
    try {
      await action();
      return null;
    } catch (caught) {
      const message = `${what}: ${describeError(caught)}`;
      const backup = offeredBackup(caught);
      // An offered backup is shown with its button next to the file buttons, even when a dialog started it.
      if (showNearButtons || backup) {
        setError(message);
        setErrorBackup(backup);
      }
      return backup ? null : message;
    } finally {
      setBusy(false);
    }
  }, []);

  const openPath = useCallback(
    (path: string, showNearButtons = true) =>
      attempt(
        'Could not open the session',
        async () => {
          const result = await link.call('session.open', { path });
          if (result.migratedFrom !== null) toaster.show({ message: 'This session was made with an older Groundwork and has been upgraded.' });
        },
        showNearButtons,
      ),
    [attempt, link, toaster],
  );

  const saveAsPath = useCallback(
    (path: string) =>
      attempt(
        'Could not save',
        async () => {
          await link.call('session.saveAs', { path });
        },
        false,
      ),
    [attempt, link],
  );

  const exporting = useRef(false);
  const exportReport = useCallback(() => {
    const { session, sync } = store.getState();
    if (exporting.current || !session) return;
    // PDF only where the host says it can print (the desktop app); the session's own facilitator name is filled in first.
    setDialog({ kind: 'exportReport', pdf: sync.capabilities?.pdfExport ?? false, sessionFacilitator: session.meta.facilitator, sessionPlannedStart: session.meta.plannedStart });
  }, [store]);

  const writeReport = useCallback(
    (choice: ReportChoice) => {
      if (exporting.current || !store.getState().session) return;
      exporting.current = true;
      const what = EXPORTED[choice.audience];
      link
        .call('report.export', choice)
        .then(
          (result) => {
            if (result.cancelled || result.path === null) return;
            const name = result.path.split(/[\\/]/).pop() ?? result.path;
            const message = nativeDialogs() ? `${what} exported: ${name}` : `${what} exported to the workspace: ${result.path}`;
            toaster.show({ message, durationMs: 12_000 });
          },
          (caught: unknown) => {
            const reason = describeError(caught);
            toaster.show({ message: reason.startsWith('Report not exported') ? reason : `Report not exported: ${reason}`, tone: 'error', durationMs: 15_000 });
          },
        )
        .finally(() => {
          exporting.current = false;
        });
    },
    [link, nativeDialogs, store, toaster],
  );

  const actions = useMemo<FileActions>(() => {
    const saveAs = () => {
      if (!nativeDialogs()) {
        const meta = store.getState().session?.meta;
        const currentName = store.getState().sync.status?.file?.name.replace(/\.groundwork$/i, '');
        setDialog({ kind: 'save', suggestedName: currentName ?? (meta ? suggestedSessionName(meta.group, meta.date) : '') });
        return;
      }
      void attempt('Could not save', async () => {
        await link.call('session.saveAs', {});
      });
    };
    return {
      open: () => {
        if (!nativeDialogs()) return setDialog({ kind: 'open' });
        void attempt('Could not open the session', async () => {
          const result = await link.call('session.open', {});
          if (result.migratedFrom !== null) toaster.show({ message: 'This session was made with an older Groundwork and has been upgraded.' });
        });
      },
      openPath: (path) => void openPath(path),
      save: () => {
        if (!store.getState().sync.status?.file) return saveAs();
        void attempt('Could not save', async () => {
          await link.call('session.save', {});
        });
      },
      saveAs,
      exportReport,
      goHome: () => {
        if (!store.getState().session) return;
        const file = store.getState().sync.status?.file;
        if (!file) return setDialog({ kind: 'leaveUntitled' });
        setDialog({ kind: 'endSession', path: file.path, name: file.name });
      },
      openBackup: (backup) =>
        void attempt('Could not open the backup', async () => {
          const result = await link.call('session.openBackup', { path: backup.path });
          toaster.show({ message: result.notice, durationMs: 12_000 });
        }),
      error,
      errorBackup,
      clearError: () => {
        setError(null);
        setErrorBackup(null);
      },
      busy,
    };
  }, [attempt, busy, error, errorBackup, exportReport, link, nativeDialogs, openPath, store, toaster]);

  const closeDialog = () => setDialog({ kind: 'none' });

  return (
    <FileActionsContext value={actions}>
      {children}
      {dialog.kind === 'exportReport' ? (
        <ExportReportDialog
          pdf={dialog.pdf}
          sessionFacilitator={dialog.sessionFacilitator}
          sessionPlannedStart={dialog.sessionPlannedStart}
          onCancel={closeDialog}
          onExport={(choice) => {
            closeDialog();
            writeReport(choice);
          }}
        />
      ) : null}
      {dialog.kind === 'open' ? (
        <FileDialog
          mode="open"
          onCancel={closeDialog}
          onChoose={async (path) => {
            const problem = await openPath(path, false);
            if (!problem) closeDialog();
            return problem;
          }}
        />
      ) : null}
      {dialog.kind === 'save' ? (
        <FileDialog
          mode="save"
          suggestedName={dialog.suggestedName}
          onCancel={closeDialog}
          onChoose={async (path) => {
            const problem = await saveAsPath(path);
            if (!problem) closeDialog();
            return problem;
          }}
        />
      ) : null}
      {dialog.kind === 'endSession' ? (
        <ConfirmDialog
          title="End this session?"
          message={`“${dialog.name}” is saved; the room's screen goes back to waiting. You can reopen it at once with Undo, or later from the home screen.`}
          confirmLabel="End session"
          tone="danger"
          testId="confirm-end-session"
          onCancel={closeDialog}
          onConfirm={() => {
            const { path, name } = dialog;
            closeDialog();
            void attempt('Could not close the session', async () => {
              await link.call('session.close', {});
              toaster.show({ message: `Session ended: ${name}`, actionLabel: 'Undo', onAction: () => void openPath(path) });
            });
          }}
        />
      ) : null}
      {dialog.kind === 'leaveUntitled' ? (
        <ConfirmDialog
          title="Leave this session?"
          message="This session has no file name yet. Its notes are kept in the recovery folder, but it is easier to find again if you save it under a name first."
          confirmLabel="Leave without naming"
          tone="danger"
          testId="confirm-leave"
          onCancel={closeDialog}
          secondary={{
            label: 'Save As…',
            onClick: () => {
              closeDialog();
              actions.saveAs();
            },
          }}
          onConfirm={() => {
            closeDialog();
            void attempt('Could not close the session', async () => {
              await link.call('session.close', {});
            });
          }}
        />
      ) : null}
    </FileActionsContext>
  );
}
