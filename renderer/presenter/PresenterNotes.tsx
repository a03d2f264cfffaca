import { memo, useLayoutEffect, useRef } from 'react';
import type { Note } from '../../shared/session/types';
import { fitNotes, pageNotes } from './applyNoteFit';
import { minNotesAreaHeight } from './fitNotes';
import { useFoldReport } from './fit/foldReport';
import { screenSizeOf } from './fit/screenSize';
import { markLatency } from '../transport/latencyMarks';

/**
 * Lets a long prompt keep all its lines unless the notes box would then be
 * too small for notes at all; only then is the prompt cut to a few lines.
 */
function settlePrompt(viewport: HTMLElement, hasNotes: boolean): void {
  const stage = viewport.closest<HTMLElement>('.stage');
  if (!stage) return;
  stage.removeAttribute('data-prompt-cut');
  if (hasNotes && viewport.clientHeight < minNotesAreaHeight(screenSizeOf(viewport).height)) stage.setAttribute('data-prompt-cut', '');
}

/** One projected note; memoised so that a new note does not re-render the thousand before it. */
const NoteCard = memo(function NoteCard({ text }: { text: string }) {
  return (
    <li className="pnote" data-testid="presenter-note">
      <span className="pnote-text">{text}</span>
    </li>
  );
});

/** The projected notes: cards whose type size grows or shrinks so that they all fit, newest always visible. */
export function PresenterNotes({ notes, layoutKey, page = 0 }: { notes: Note[]; layoutKey: string; page?: number }) {
  const viewportRef = useRef<HTMLDivElement>(null);
  const gridRef = useRef<HTMLOListElement>(null);
  const moreRef = useRef<HTMLParagraphElement>(null);
  // What the prompt was last settled for: a new note alone does not change it (that check costs a layout).
  const settledFor = useRef<{ stage: Element | null; key: string } | null>(null);
  markLatency('stage-render');
  const signature = notes.map((note) => `${note.id}:${note.updatedAt}`).join(',');
  const reportFold = useFoldReport();

  useLayoutEffect(() => {
    const viewport = viewportRef.current;
    const grid = gridRef.current;
    const more = moreRef.current;
    if (!viewport || !grid || !more) return;
    let lastWidth = -1;
    let lastHeight = -1;
    const run = (resized: boolean) => {
      markLatency('stage-committed');
      const screen = screenSizeOf(viewport);
      const hasNotes = grid.children.length > 0;
      const stage = viewport.closest('.stage');
      const key = `${layoutKey}|${String(hasNotes)}|${screen.width}x${screen.height}`;
      if (resized || settledFor.current?.stage !== stage || settledFor.current.key !== key) {
        settlePrompt(viewport, hasNotes);
        settledFor.current = { stage, key };
      }
      const plan = fitNotes({ viewport, grid, more }, screen.width, screen.height);
      const paged = plan ? pageNotes({ viewport, grid, more }, plan, page) : null;
      const total = grid.children.length;
      reportFold({ noun: 'notes', shown: total - (plan?.hidden ?? 0), total, page: paged?.page ?? 0, pages: paged?.pages ?? null });
      lastWidth = viewport.clientWidth;
      lastHeight = viewport.clientHeight;
      markLatency('stage-fitted');
    };
    run(false);
    // Re-fit when the box changes size (window resized, heading re-wrapped). The fit itself can
    // change the box (prompt cut or not), so it runs as its own task, not inside the observer.
    let pending: ReturnType<typeof setTimeout> | null = null;
    const observer = new ResizeObserver(() => {
      if (viewport.clientWidth === lastWidth && viewport.clientHeight === lastHeight) return;
      if (pending === null)
        pending = setTimeout(() => {
          pending = null;
          run(true);
        }, 0);
    });
    observer.observe(viewport);
    return () => {
      observer.disconnect();
      if (pending !== null) clearTimeout(pending);
    };
  }, [signature, layoutKey, page]);

  return (
    <div className="pnotes-viewport" ref={viewportRef}>
      <p className="pnotes-more" ref={moreRef} data-testid="presenter-notes-more" hidden />
      <ol className="pnotes-grid" ref={gridRef} aria-label="Notes from the room">
        {notes.map((note) => (
          <NoteCard key={note.id} text={note.text} />
        ))}
      </ol>
    </div>
  );
}
