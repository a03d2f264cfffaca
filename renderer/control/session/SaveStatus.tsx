import './saveStatus.css';
import { assertNever } from '../../../shared/util/assertNever';
import { useAppSelector } from '../../store/hooks';
import { formatTimeOfDay } from '../../ui/format';
import { useFileActions } from '../files/fileActionsContext';

/** The save state, told honestly: "Saved · 12:04:31", "Saving…" or "Not saved: reason" with Retry and Save As. */
export function SaveStatus() {
  const status = useAppSelector((state) => state.sync.status);
  const files = useFileActions();
  if (!status) return null;
  const { save } = status;
  switch (save.state) {
    case 'idle':
      return (
        <p className="save-status save-idle" data-testid="save-status" data-state="idle" role="status">
          No unsaved changes
        </p>
      );
    case 'saving':
      return (
        <p className="save-status save-saving" data-testid="save-status" data-state="saving" role="status">
          <span className="save-dot" aria-hidden="true" />
          Saving…
        </p>
      );
    case 'saved':
      return (
        <p className="save-status save-saved" data-testid="save-status" data-state="saved" role="status">
          <span className="save-check" aria-hidden="true">
            ✓
          </span>
          Saved · {formatTimeOfDay(save.at)}
        </p>
      );
    case 'error':
      return (
        <div className="save-status save-error" data-testid="save-status" data-state="error" role="alert">
          <span className="save-warn" aria-hidden="true">
            !
          </span>
          <span className="save-error-text">Not saved: {save.reason}</span>
          <button type="button" className="btn btn-small" onClick={files.save}>
            Retry
          </button>
          <button type="button" className="btn btn-small" onClick={files.saveAs}>
            Save As…
          </button>
        </div>
      );
    default:
      return assertNever(save, 'save state');
  }
}
