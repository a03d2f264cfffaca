import { useCallback, useLayoutEffect, useRef } from 'react';
import type { KeyboardEvent, RefObject } from 'react';

/** Where a moved note card should take the focus once the host's change arrives. */
interface Pending {
  noteId: string;
  zone: string;
}

/** What a board needs to keep the focus on a card that moves. */
export interface FocusFollow {
  /** Call before asking the host to move a note to `zone` (a column id, "map", "tray"). */
  follow: (noteId: string, zone: string) => void;
  /** Call when the host refused the move: the focus goes back to the card where it still is. */
  cancel: (noteId: string) => void;
  /** The board's own onKeyDown: swallows arrow keys while a card is on its way, so they never change the activity. */
  onBoardKeyDown: (event: KeyboardEvent<HTMLElement>) => void;
}

/**
 * Keeps the keyboard focus on a note card that moves to another part of a
 * board (another column, from the tray onto the map). The card is drawn anew
 * in its new place when the host's event arrives; until then the board itself
 * holds the focus.
 */
export function useFocusFollow(board: RefObject<HTMLElement | null>): FocusFollow {
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
  const follow = useCallback(
    (noteId: string, zone: string) => {
      pending.current = { noteId, zone };
      const root = board.current;
      const active = document.activeElement;
      if (root && active instanceof HTMLElement && root.contains(active) && active.dataset.noteCard === noteId) {
        const zoneOf = active.parentElement?.closest<HTMLElement>('[data-zone]')?.dataset.zone;
        if (zoneOf !== zone) root.focus({ preventScroll: true });
      }
    },
    [board],
  );
  const cancel = useCallback(
    (noteId: string) => {
      if (pending.current?.noteId !== noteId) return;
      pending.current = null;
      const card = Array.from(board.current?.querySelectorAll<HTMLElement>('[data-note-card]') ?? []).find((candidate) => candidate.dataset.noteCard === noteId);
      if (card && document.activeElement === board.current) card.focus();
    },
    [board],
  );
  const onBoardKeyDown = useCallback((event: KeyboardEvent<HTMLElement>) => {
    if (pending.current && event.target === event.currentTarget && event.key.startsWith('Arrow')) event.preventDefault();
  }, []);
  return { follow, cancel, onBoardKeyDown };
}
