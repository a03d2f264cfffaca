import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { ReactNode } from 'react';
import { TOAST_MS, ToastContext } from './toastContext';
import type { ToastRequest, Toaster } from './toastContext';

interface LiveToast extends ToastRequest {
  id: number;
}

const MAX_TOASTS = 3;

/** Holds the toasts of a window and draws them in a live region. */
export function ToastProvider({ children }: { children: ReactNode }) {
  const [toasts, setToasts] = useState<LiveToast[]>([]);
  const nextId = useRef(1);
  const dismiss = useCallback((id: number) => setToasts((list) => list.filter((toast) => toast.id !== id)), []);
  const toaster = useMemo<Toaster>(
    () => ({
      show: (toast) => {
        const id = nextId.current++;
        // A sentence already up without an action (a key pressed twice) is shown once, newest timing; toasts with their own Undo all stay.
        const repeats = (other: LiveToast): boolean => !toast.onAction && !other.onAction && other.message === toast.message;
        setToasts((list) => [...list.filter((other) => !repeats(other)), { ...toast, id }].slice(-MAX_TOASTS));
      },
    }),
    [],
  );
  return (
    <ToastContext value={toaster}>
      {children}
      <div className="toast-region" role="region" aria-label="Notifications">
        <ul className="toast-list" aria-live="polite">
          {toasts.map((toast) => (
            <ToastItem key={toast.id} toast={toast} onDismiss={dismiss} />
          ))}
        </ul>
      </div>
    </ToastContext>
  );
}

function ToastItem({ toast, onDismiss }: { toast: LiveToast; onDismiss: (id: number) => void }) {
  useEffect(() => {
    const timer = setTimeout(() => onDismiss(toast.id), toast.durationMs ?? TOAST_MS);
    return () => clearTimeout(timer);
  }, [toast.id, toast.durationMs, onDismiss]);
  return (
    <li className={`toast toast-${toast.tone ?? 'info'}`} data-testid="toast">
      <span className="toast-message">{toast.message}</span>
      {toast.actionLabel && toast.onAction ? (
        <button
          type="button"
          className="btn btn-toast"
          onClick={() => {
            toast.onAction?.();
            onDismiss(toast.id);
          }}
        >
          {toast.actionLabel}
        </button>
      ) : null}
      <button type="button" className="btn-icon toast-close" aria-label="Dismiss notification" onClick={() => onDismiss(toast.id)}>
        ×
      </button>
    </li>
  );
}
