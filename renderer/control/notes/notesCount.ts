/** "3 notes", "1 note · 1 hidden": how many notes an activity holds, and how many of them the projector does not show. */
export function notesCountText(total: number, hidden: number): string {
  return `${total} ${total === 1 ? 'note' : 'notes'}${hidden > 0 ? ` · ${hidden} hidden` : ''}`;
}
