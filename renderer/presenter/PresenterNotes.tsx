import { useLayoutEffect, useRef } from 'react';
import type { Note } from '../../shared/session/types';
import { fitNotes } from './fitNotes';

/** The projected notes: a grid whose type size grows or shrinks so that they all fit, newest always visible. */
export function PresenterNotes({ notes, layoutKey }: { notes: Note[]; layoutKey: string }) {
  const viewportRef = useRef<HTMLDivElement>(null);
  const gridRef = useRef<HTMLOListElement>(null);
  const moreRef = useRef<HTMLParagraphElement>(null);
  const signature = notes.map((note) => `${note.id}:${note.updatedAt}`).join(',');

  useLayoutEffect(() => {
    const viewport = viewportRef.current;
    const grid = gridRef.current;
    const more = moreRef.current;
    if (!viewport || !grid || !more) return;
    const run = () => fitNotes({ viewport, grid, more }, window.innerWidth, window.innerHeight);
    run();
    let lastWidth = viewport.clientWidth;
    let lastHeight = viewport.clientHeight;
    const observer = new ResizeObserver(() => {
      if (viewport.clientWidth === lastWidth && viewport.clientHeight === lastHeight) return;
      lastWidth = viewport.clientWidth;
      lastHeight = viewport.clientHeight;
      run();
    });
    observer.observe(viewport);
    return () => observer.disconnect();
  }, [signature, layoutKey]);

  return (
    <div className="pnotes-viewport" ref={viewportRef}>
      <p className="pnotes-more" ref={moreRef} data-testid="presenter-notes-more" />
      <ol className="pnotes-grid" ref={gridRef} aria-label="Notes from the room">
        {notes.map((note) => (
          <li key={note.id} className="pnote" data-testid="presenter-note">
            <span className="pnote-text">{note.text}</span>
          </li>
        ))}
      </ol>
    </div>
  );
}
