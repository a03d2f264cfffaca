/** What a key pressed on a focused sort card asks for: move the note to the next column, or go to the card above or below. */
export type SortCardAction = { kind: 'move'; direction: -1 | 1 } | { kind: 'focus'; direction: -1 | 1 };

/** ← / → move the card between columns; ↑ / ↓ go to the card above or below. Other keys (and modified arrows) are left alone. */
export function sortCardAction(press: { key: string; altKey: boolean; ctrlKey: boolean; metaKey: boolean }): SortCardAction | null {
  if (press.altKey || press.ctrlKey || press.metaKey) return null;
  switch (press.key) {
    case 'ArrowLeft':
      return { kind: 'move', direction: -1 };
    case 'ArrowRight':
      return { kind: 'move', direction: 1 };
    case 'ArrowUp':
      return { kind: 'focus', direction: -1 };
    case 'ArrowDown':
      return { kind: 'focus', direction: 1 };
    default:
      return null;
  }
}

/**
 * The column a shortcut in the capture box picks: Alt+1 for the first, up to
 * the number of columns; null for any other key. Reads the physical key so it
 * also works where Alt+digit types a symbol (a Mac's ⌥1 is "¡").
 */
export function captureColumnShortcut(press: { code: string; altKey: boolean; ctrlKey: boolean; metaKey: boolean }, columnCount: number): number | null {
  if (!press.altKey || press.ctrlKey || press.metaKey) return null;
  const match = /^(?:Digit|Numpad)([1-9])$/.exec(press.code);
  if (!match) return null;
  const index = Number(match[1]) - 1;
  return index < columnCount ? index : null;
}

/** The drag data type that carries a note id between a board's zones. */
export const NOTE_DRAG_TYPE = 'application/x-groundwork-note';
