import { useEffect, useId, useRef } from 'react';
import type { ReactNode } from 'react';

/** Props of a modal dialog. */
export interface ModalProps {
  title: string;
  /** Called when the user presses Escape or the close button. */
  onClose: () => void;
  children: ReactNode;
  /** Extra class for sizing. */
  className?: string;
  /** Tests find dialogs by this. */
  testId?: string;
}

/**
 * A modal built on the native <dialog> element, so focus is trapped and
 * Escape closes it without extra code. Rendered only while open.
 */
export function Modal({ title, onClose, children, className, testId }: ModalProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const onCloseRef = useRef(onClose);
  useEffect(() => {
    onCloseRef.current = onClose;
  }, [onClose]);
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (!dialog.open) dialog.showModal();
    // React's autoFocus runs before showModal moves focus, so modals mark their first field with data-autofocus instead.
    dialog.querySelector<HTMLElement>('[data-autofocus]')?.focus();
    const onCancel = (event: Event) => {
      event.preventDefault();
      onCloseRef.current();
    };
    dialog.addEventListener('cancel', onCancel);
    return () => {
      dialog.removeEventListener('cancel', onCancel);
      if (dialog.open) dialog.close();
    };
  }, []);
  return (
    <dialog ref={ref} className={`modal ${className ?? ''}`} aria-labelledby={titleId} data-testid={testId}>
      <div className="modal-head">
        <h2 id={titleId} className="modal-title">
          {title}
        </h2>
        <button type="button" className="btn-icon" aria-label="Close" onClick={onClose}>
          ×
        </button>
      </div>
      {children}
    </dialog>
  );
}
