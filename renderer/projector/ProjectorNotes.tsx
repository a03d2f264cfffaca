import { memo, useMemo, useRef, useState } from 'react';
import type { NewestNotes } from '../../shared/session/newestNotes';
import type { Note } from '../../shared/session/types';
import type { FitResult } from './fit/applyFit';
import { foldLineHeight } from './fit/cardGeometry';
import { canvasMeasure } from './fit/measureText';
import { minNotesAreaHeight, noteSizeBounds, planNoteLayout } from './fit/noteEstimate';
import { notesToDraw } from './fit/notesToDraw';
import { screenSizeOf } from './fit/screenSize';
import { useFit } from './fit/useFit';
import type { FitBounds } from './fit/useFit';
import { FoldMore } from './stages/FoldMore';

/**
 * Lets a long prompt keep all its lines unless the notes box would then be
 * too small for notes at all; only then is the prompt cut to a few lines.
 */
function settlePrompt(root: HTMLElement, hasNotes: boolean): void {
  const stage = root.closest<HTMLElement>('.stage');
  if (!stage) return;
  stage.removeAttribute('data-prompt-cut');
  if (hasNotes && root.clientHeight < minNotesAreaHeight(screenSizeOf(root).height)) stage.setAttribute('data-prompt-cut', '');
}

/** Where the engine starts looking when it has no last time: the pure estimate of how these cards flow. */
function estimateNotes(root: HTMLElement, bounds: FitBounds): FitResult | null {
  const box = root.querySelector<HTMLElement>('[data-fit-box]');
  const items = Array.from(root.querySelectorAll<HTMLElement>('[data-fit-item]'));
  const first = items[0];
  if (!box || !first) return null;
  const plan = planNoteLayout({
    texts: items.map((item) => item.textContent ?? ''),
    areaWidth: box.clientWidth,
    areaHeight: box.clientHeight,
    viewportWidth: bounds.screen.width,
    viewportHeight: bounds.screen.height,
    moreHeight: foldLineHeight(bounds.floor),
    measure: canvasMeasure(first.firstElementChild ?? first),
    sizeCap: bounds.max,
  });
  return { size: plan.size, layout: '', folded: [plan.hidden], clamped: plan.clampLines !== null };
}

const NOTE_NOUN = { one: 'note', many: 'notes' };
const maxNoteSize = (width: number, height: number) => noteSizeBounds(width, height).max;

/** One projected note; memoised so that a new note does not re-render the thousand before it. */
const NoteCard = memo(function NoteCard({ text }: { text: string }) {
  return (
    <li className="pcard pnote" data-fit-item="" data-testid="presenter-note">
      <span className="pcard-text pfit-clampable">{text}</span>
    </li>
  );
});

/**
 * How many of the newest notes are drawn before the box has been measured. The fit then works out how many can
 * matter (notesToDraw) and draws more before the first paint if this is too few.
 */
const FIRST_DRAWN = 60;

/** Texts by place from the newest (0 is the newest), read from the notes already drawn and further back only when asked. */
function newestTexts(notes: NewestNotes, drawn: readonly Note[]): (newestFirst: number) => string {
  let known = drawn;
  return (newestFirst) => {
    if (newestFirst >= known.length && known.length < notes.count) known = notes.newest(Math.max(newestFirst + 1, known.length * 2));
    return known[known.length - 1 - newestFirst]?.text ?? '';
  };
}

/** The projected notes: cards fitted by the projector's engine (largest size that fits, oldest folded at the floor), newest always visible. */
export function ProjectorNotes({ notes, layoutKey, page = 0 }: { notes: NewestNotes; layoutKey: string; page?: number }) {
  const rootRef = useRef<HTMLDivElement>(null);
  // What the prompt was last settled for: a new note alone does not change it (that check costs a layout).
  const settledFor = useRef<{ stage: Element | null; key: string } | null>(null);
  // Only the newest notes that could show are drawn (a crowded discussion would otherwise lay out thousands of
  // cards for each fit); paging back through the folded notes draws them all.
  const [drawnAtMost, setDrawnAtMost] = useState(FIRST_DRAWN);
  const leftOut = page > 0 ? 0 : Math.max(0, notes.count - drawnAtMost);
  const drawn = useMemo(() => notes.newest(notes.count - leftOut), [notes, leftOut]);
  const frame = `${layoutKey}|${leftOut}|${page}`;
  const items = drawn.map((note) => `${note.id}:${note.updatedAt}`);
  const signature = `${frame}|${items.join(',')}`;
  useFit(rootRef, signature, {
    maxSize: maxNoteSize,
    layouts: [''],
    foldFrom: 'start',
    noun: NOTE_NOUN,
    page,
    leftOut,
    estimate: estimateNotes,
    growth: { frame, boxes: [items] },
    drawsEnough: (root, bounds) => {
      const box = root.querySelector<HTMLElement>('[data-fit-box]');
      const sample = root.querySelector('[data-fit-item]');
      if (leftOut === 0 || !box || !sample) return true;
      const needed = notesToDraw({
        count: notes.count,
        textOf: newestTexts(notes, drawn),
        areaWidth: box.clientWidth,
        areaHeight: box.clientHeight,
        floor: bounds.floor,
        measure: canvasMeasure(sample.firstElementChild ?? sample),
      });
      if (needed <= drawn.length) return true;
      setDrawnAtMost(needed);
      return false;
    },
    prepare: (root, resized) => {
      const screen = screenSizeOf(root);
      const hasNotes = notes.count > 0;
      const stage = root.closest('.stage');
      const key = `${layoutKey}|${String(hasNotes)}|${screen.width}x${screen.height}`;
      if (resized || settledFor.current?.stage !== stage || settledFor.current.key !== key) {
        settlePrompt(root, hasNotes);
        settledFor.current = { stage, key };
      }
    },
  });

  return (
    <div className="pnotes pfit" ref={rootRef} data-testid="presenter-notes">
      <div className="pnotes-box" data-fit-box="">
        <FoldMore />
        <ol className="pnotes-grid" aria-label="Notes from the room">
          {drawn.map((note) => (
            <NoteCard key={note.id} text={note.text} />
          ))}
        </ol>
      </div>
    </div>
  );
}
