import { useLayoutEffect, useRef, useState } from 'react';
import { quadrantOf } from '../../../shared/kinds/map';
import type { MapActivity, MapPosition, Note } from '../../../shared/session/types';
import { useFoldReport } from '../fit/foldReport';
import { spreadChips } from '../layout/chipLayout';
import type { ChipRect, PlacedChip } from '../layout/chipLayout';

/** A placed note (the map only projects notes that have a position). */
type PlacedNote = Note & { position: MapPosition };

interface ChipLayout {
  width: number;
  height: number;
  chips: Map<string, PlacedChip>;
  /** The chips' border width, px: the anchor is positioned inside the border. */
  border: number;
}

/**
 * The part of the plot a nudged chip must stay in: its quadrant on a grid, its half on a spectrum. A point on a
 * midline belongs to neither side of it, so its chip may use both.
 */
function regionOf(x: number, y: number, width: number, height: number, twoD: boolean): ChipRect {
  const onVertical = Math.abs(x - width / 2) < 0.5;
  const onHorizontal = !twoD || Math.abs(y - height / 2) < 0.5;
  const right = x > width / 2;
  const bottom = y > height / 2;
  return {
    left: onVertical ? 0 : right ? width / 2 : 0,
    top: onHorizontal ? 0 : bottom ? height / 2 : 0,
    width: onVertical ? width : width / 2,
    height: onHorizontal ? height : height / 2,
  };
}

/** Width of a nudged chip's tail where it leaves the chip, and of the dot on its point, px. */
function tailWidth(plotHeight: number): number {
  return Math.max(12, plotHeight * 0.024);
}

/** Up to this many chips, they are set a little larger than the floor. */
const FEW_CHIPS = 5;

/** The map's plotting area: midlines and one chip per placed note, nudged apart where they would cover each other. */
export function MapPlot({ activity, notes }: { activity: MapActivity; notes: Note[] }) {
  const placed = notes.filter((note): note is PlacedNote => note.position !== null);
  const plotRef = useRef<HTMLDivElement>(null);
  const [layout, setLayout] = useState<ChipLayout | null>(null);
  const reportFold = useFoldReport();
  const twoD = activity.y !== null;
  const signature = placed.map((note) => `${note.id}@${note.updatedAt}:${note.position.x},${note.position.y}`).join('|');

  useLayoutEffect(() => {
    const plot = plotRef.current;
    if (!plot) return;
    const place = () => {
      const width = plot.clientWidth;
      const height = plot.clientHeight;
      const elements = Array.from(plot.querySelectorAll<HTMLElement>('.pmap-chip'));
      // Each chip at its usual width, then narrower (its words on more lines), for places too crowded for the first.
      const measureAt = (measuring: 'usual' | 'narrow') => {
        plot.dataset.measuring = measuring;
        return elements.map((element) => ({ width: element.offsetWidth, height: element.offsetHeight }));
      };
      const usual = measureAt('usual');
      const narrow = measureAt('narrow');
      delete plot.dataset.measuring;
      const chips = elements.map((element, index) => {
        const x = Number(element.dataset.x) * width;
        const y = (1 - Number(element.dataset.y)) * height;
        const size = usual[index] ?? { width: 0, height: 0 };
        const narrower = narrow[index];
        return {
          id: element.dataset.noteId ?? '',
          x,
          y,
          ...size,
          narrow: narrower && narrower.width < size.width ? narrower : undefined,
          region: regionOf(x, y, width, height, twoD),
        };
      });
      const gap = Math.max(4, height * 0.008);
      const border = elements[0]?.clientLeft ?? 0;
      const spread = spreadChips(chips, { width, height }, gap, [], tailWidth(height));
      // Where a place is too crowded for every chip, the oldest notes there are dots on their points; the control
      // window says how many notes the room cannot read.
      const dots = spread.filter((chip) => chip.dot).length;
      reportFold({ noun: 'notes', shown: spread.length - dots, total: spread.length, how: 'dots' });
      setLayout({ width, height, border, chips: new Map(spread.map((chip) => [chip.id, chip])) });
    };
    place();
    let pending: ReturnType<typeof setTimeout> | null = null;
    let lastWidth = plot.clientWidth;
    let lastHeight = plot.clientHeight;
    const observer = new ResizeObserver(() => {
      if (plot.clientWidth === lastWidth && plot.clientHeight === lastHeight) return;
      lastWidth = plot.clientWidth;
      lastHeight = plot.clientHeight;
      pending ??= setTimeout(() => {
        pending = null;
        place();
      }, 0);
    });
    observer.observe(plot);
    return () => {
      observer.disconnect();
      if (pending !== null) clearTimeout(pending);
    };
  }, [signature, twoD]);

  return (
    <div className="pmap-plot" ref={plotRef} data-few={placed.length <= FEW_CHIPS ? '' : undefined} data-testid="presenter-map-plot">
      {layout ? <Leaders notes={placed} layout={layout} /> : null}
      <ul className="pmap-chips" aria-label="Notes on the map">
        {placed.map((note) => {
          const spot = layout?.chips.get(note.id);
          const anchor = spot && !spot.dot && layout ? { left: note.position.x * layout.width - spot.left - layout.border, top: (1 - note.position.y) * layout.height - spot.top - layout.border } : null;
          return (
            <li
              key={note.id}
              className="pmap-chip"
              data-testid="presenter-map-chip"
              data-note-id={note.id}
              data-x={note.position.x}
              data-y={note.position.y}
              data-quadrant={twoD ? quadrantOf(note.position) : undefined}
              data-nudged={spot?.nudged ? '' : undefined}
              data-placed={spot ? '' : undefined}
              data-dot={spot?.dot ? '' : undefined}
              // A dot's chip keeps its size in the page (the next placement measures it) but is not seen.
              style={
                spot
                  ? {
                      transform: `translate(${spot.left.toFixed(1)}px, ${spot.top.toFixed(1)}px)`,
                      visibility: spot.dot ? 'hidden' : undefined,
                      // Set narrower to fit a crowded place: the width it was measured and placed at.
                      ...(spot.narrowed ? { width: `${spot.width}px`, maxWidth: 'none' } : {}),
                    }
                  : { visibility: 'hidden' }
              }
            >
              <span className="pmap-chip-text">{note.text}</span>
              {anchor ? (
                <span
                  className="pmap-anchor"
                  data-testid="presenter-map-anchor"
                  aria-hidden="true"
                  style={{ left: `${anchor.left.toFixed(1)}px`, top: `${anchor.top.toFixed(1)}px` }}
                />
              ) : null}
            </li>
          );
        })}
      </ul>
    </div>
  );
}

/**
 * For each chip nudged off its point: a tail in the chip's own colour, wide where it leaves the chip and closing on
 * the point, like a speech bubble's. It belongs to its chip at a glance and never reads as a line between two notes.
 * For each note with no room for its words: a ring on its point, so the room still sees where it sits.
 */
function Leaders({ notes, layout }: { notes: PlacedNote[]; layout: ChipLayout }) {
  return (
    <svg className="pmap-leaders" width={layout.width} height={layout.height} aria-hidden="true">
      {notes.map((note) => {
        const chip = layout.chips.get(note.id);
        const px = note.position.x * layout.width;
        const py = (1 - note.position.y) * layout.height;
        if (chip?.dot) {
          const radius = tailWidth(layout.height) / 2;
          // A point on the map's edge keeps its whole ring in sight (the plot clips what lies past its edge).
          const inset = radius + 2;
          const cx = Math.min(layout.width - inset, Math.max(inset, px));
          const cy = Math.min(layout.height - inset, Math.max(inset, py));
          return <circle key={note.id} cx={cx.toFixed(1)} cy={cy.toFixed(1)} r={radius.toFixed(1)} className="pmap-dot" data-testid="presenter-map-dot" data-note-id={note.id} />;
        }
        if (!chip?.nudged) return null;
        const cx = Math.min(chip.left + chip.width, Math.max(chip.left, px));
        const cy = Math.min(chip.top + chip.height, Math.max(chip.top, py));
        // The tail's base lies along the chip edge nearest the point, centred where the point would meet it.
        const alongX = cy === chip.top || cy === chip.top + chip.height;
        const half = tailWidth(layout.height) / 2;
        const base = alongX
          ? [`${(Math.max(chip.left, cx - half)).toFixed(1)},${cy.toFixed(1)}`, `${(Math.min(chip.left + chip.width, cx + half)).toFixed(1)},${cy.toFixed(1)}`]
          : [`${cx.toFixed(1)},${(Math.max(chip.top, cy - half)).toFixed(1)}`, `${cx.toFixed(1)},${(Math.min(chip.top + chip.height, cy + half)).toFixed(1)}`];
        return <polygon key={note.id} points={`${px.toFixed(1)},${py.toFixed(1)} ${base.join(' ')}`} className="pmap-tail" />;
      })}
    </svg>
  );
}
