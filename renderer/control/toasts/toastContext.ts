import { createContext, useContext } from 'react';

/** How long a toast with an Undo stays up. */
export const TOAST_MS = 8000;

/** A short message at the bottom of the screen, optionally with one action (usually Undo). */
export interface ToastRequest {
  message: string;
  actionLabel?: string;
  onAction?: () => void;
  /** Errors are announced more urgently and styled as such. */
  tone?: 'info' | 'error';
  durationMs?: number;
}

/** Shows toasts. */
export interface Toaster {
  show(toast: ToastRequest): void;
}

/** Gives components the toaster. */
export const ToastContext = createContext<Toaster | null>(null);

/** The window's toaster. */
export function useToaster(): Toaster {
  const toaster = useContext(ToastContext);
  if (!toaster) throw new Error('useToaster needs a ToastProvider.');
  return toaster;
}
