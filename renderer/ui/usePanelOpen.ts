import { useCallback, useState } from 'react';

const PREFIX = 'groundwork.panel.';

function readStored(key: string, fallback: boolean): boolean {
  try {
    const stored = window.localStorage.getItem(PREFIX + key);
    return stored === 'open' ? true : stored === 'closed' ? false : fallback;
  } catch {
    return fallback;
  }
}

/**
 * Whether a collapsible panel of this window is open, remembered in the window's own storage so the facilitator's
 * choice survives a reload or a restart. Storage that is full or blocked only costs the memory, never the toggle.
 */
export function usePanelOpen(key: string, initiallyOpen = true): [boolean, () => void] {
  const [open, setOpen] = useState(() => readStored(key, initiallyOpen));
  const toggle = useCallback(() => {
    setOpen((was) => {
      const next = !was;
      try {
        window.localStorage.setItem(PREFIX + key, next ? 'open' : 'closed');
      } catch {
        // Not remembered; the panel still opens and closes.
      }
      return next;
    });
  }, [key]);
  return [open, toggle];
}
