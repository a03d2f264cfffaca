import { Modal } from './Modal';

/** Props of a confirmation dialog. */
export interface ConfirmDialogProps {
  title: string;
  message: string;
  confirmLabel: string;
  /** Danger styles the confirm button as destructive. */
  tone?: 'danger' | 'primary';
  onConfirm: () => void;
  onCancel: () => void;
  /** An optional third choice, shown between Cancel and the confirm button. */
  secondary?: { label: string; onClick: () => void };
  testId?: string;
}

/** Asks the facilitator to confirm an action, in the app rather than a browser popup. Cancel has focus first. */
export function ConfirmDialog({ title, message, confirmLabel, tone = 'primary', onConfirm, onCancel, secondary, testId }: ConfirmDialogProps) {
  return (
    <Modal title={title} onClose={onCancel} className="modal-small" testId={testId}>
      <p className="modal-text">{message}</p>
      <div className="modal-actions">
        <button type="button" className="btn" onClick={onCancel} data-autofocus>
          Cancel
        </button>
        {secondary ? (
          <button type="button" className="btn" onClick={secondary.onClick}>
            {secondary.label}
          </button>
        ) : null}
        <button type="button" className={`btn ${tone === 'danger' ? 'btn-danger' : 'btn-primary'}`} onClick={onConfirm}>
          {confirmLabel}
        </button>
      </div>
    </Modal>
  );
}
