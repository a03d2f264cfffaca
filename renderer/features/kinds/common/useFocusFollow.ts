import { useCallback, useLayoutEffect, useRef } from 'react';
import type { RefObject } from 'react';

/** Where a moved note card should take the focus once the host's change arrives. */
interface Pending {
  noteId: string;
  zone: string;
}

/**
 * Keeps the keyboard focus on a note card that moves to another part of a
 * board (another column, from the tray onto the map). The card is drawn anew
 * in its new place when the host's event arrives; until then the board itself
 * holds the focus, so the next arrow key cannot fall through to the page.
 */
export function useFocusFollow(board: RefObject<HTMLElement | null>): (noteId: string, zone: string) => void {
  const pending = useRef<Pending | null>(null);
  useLayoutEffect(() => {
    const wanted = pending.current;
    const root = board.current;
    if (!wanted || !root) return;
    const card = Array.from(root.querySelectorAll<HTMLElement>('[data-note-card]')).find(
      (candidate) => candidate.dataset.noteCard === wanted.noteId && candidate.parentElement?.closest<HTMLElement>('[data-zone]')?.dataset.zone === wanted.zone,
    );
    if (!card) return;
    pending.current = null;
    if (document.activeElement !== card) card.focus();
  });
  return useCallback(
    (noteId: string, zone: string) => {
      pending.current = { noteId, zone };
      const root = board.current;
      const active = document.activeElement;
      if (root && active instanceof HTMLElement && root.contains(active) && active.dataset.noteCard === noteId) {
        const zoneOf = active.closest<HTMLElement>('[data-zone]')?.dataset.zone;
        if (zoneOf !== zone) root.focus({ preventScroll: true });
      }
    },
    [board],
  );
}

/** Arrow keys that reach the board itself while a card is on its way: swallowed, so they never change the activity. */
export function swallowArrowsOnBoard(event: { target: EventTarget; currentTarget: EventTarget; key: string; preventDefault(): void }): void {
  if (event.target === event.currentTarget && event.key.startsWith('Arrow')) event.preventDefault();
}
