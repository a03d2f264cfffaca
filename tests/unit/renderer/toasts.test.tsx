// @vitest-environment jsdom
import { act } from 'react';
import { describe, expect, it } from 'vitest';
import { ToastProvider } from '../../../renderer/control/toasts/ToastProvider';
import { useToaster } from '../../../renderer/control/toasts/toastContext';
import type { Toaster } from '../../../renderer/control/toasts/toastContext';
import { mountReact } from './mountReact';

/** Mounts a toast provider and hands back its toaster and the texts the facilitator sees. */
function mountToasts(): { toaster: Toaster; shown: () => string[] } {
  let toaster: Toaster | null = null;
  function Grab() {
    toaster = useToaster();
    return null;
  }
  const container = mountReact(
    <ToastProvider>
      <Grab />
    </ToastProvider>,
  );
  if (!toaster) throw new Error('no toaster');
  const shown = (): string[] => [...container.querySelectorAll('.toast-list > li')].map((item) => item.textContent ?? '');
  return { toaster, shown };
}

describe('toasts', () => {
  it('the same sentence twice (a key pressed again) shows once, not stacked', () => {
    const { toaster, shown } = mountToasts();
    const message = 'Swapping screens needs the desktop app.';
    act(() => toaster.show({ message }));
    act(() => toaster.show({ message }));
    expect(shown()).toHaveLength(1);
    expect(shown()[0]).toContain(message);
  });

  it('different sentences, and repeated ones that each carry their own Undo, all stay', () => {
    const { toaster, shown } = mountToasts();
    act(() => toaster.show({ message: 'Saved.' }));
    act(() => toaster.show({ message: 'Note deleted.', actionLabel: 'Undo', onAction: () => undefined }));
    act(() => toaster.show({ message: 'Note deleted.', actionLabel: 'Undo', onAction: () => undefined }));
    expect(shown()).toHaveLength(3);
  });
});
