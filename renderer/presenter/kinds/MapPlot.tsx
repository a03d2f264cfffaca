import { useLayoutEffect, useRef, useState } from 'react';
import { quadrantOf } from '../../../shared/kinds/map';
import type { MapActivity, MapPosition, Note } from '../../../shared/session/types';
import { spreadChips } from '../layout/chipLayout';
import type { PlacedChip } from '../layout/chipLayout';

/** A placed note (the map only projects notes that have a position). */
type PlacedNote = Note & { position: MapPosition };

interface ChipLayout {
  width: number;
  height: number;
  chips: Map<string, PlacedChip>;
}

/** Up to this many chips, they are set a little larger than the floor. */
const FEW_CHIPS = 5;

/** The map's plotting area: midlines and one chip per placed note, nudged apart where they would cover each other. */
export function MapPlot({ activity, notes }: { activity: MapActivity; notes: Note[] }) {
  const placed = notes.filter((note): note is PlacedNote => note.position !== null);
  const plotRef = useRef<HTMLDivElement>(null);
  const [layout, setLayout] = useState<ChipLayout | null>(null);
  const twoD = activity.y !== null;
  const signature = placed.map((note) => `${note.id}@${note.updatedAt}:${note.position.x},${note.position.y}`).join('|');

  useLayoutEffect(() => {
    const plot = plotRef.current;
    if (!plot) return;
    const place = () => {
      const width = plot.clientWidth;
      const height = plot.clientHeight;
      const chips = Array.from(plot.querySelectorAll<HTMLElement>('.pmap-chip')).map((element) => {
        const x = Number(element.dataset.x);
        const y = Number(element.dataset.y);
        return { id: element.dataset.noteId ?? '', x: x * width, y: (1 - y) * height, width: element.offsetWidth, height: element.offsetHeight };
      });
      const gap = Math.max(4, height * 0.008);
      setLayout({ width, height, chips: new Map(spreadChips(chips, { width, height }, gap).map((chip) => [chip.id, chip])) });
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
  }, [signature]);

  return (
    <div className="pmap-plot" ref={plotRef} data-few={placed.length <= FEW_CHIPS ? '' : undefined} data-testid="presenter-map-plot">
      {layout ? <Leaders notes={placed} layout={layout} /> : null}
      <ul className="pmap-chips" aria-label="Notes on the map">
        {placed.map((note) => {
          const spot = layout?.chips.get(note.id);
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
              style={spot ? { transform: `translate(${spot.left.toFixed(1)}px, ${spot.top.toFixed(1)}px)` } : { visibility: 'hidden' }}
            >
              <span className="pmap-chip-text">{note.text}</span>
            </li>
          );
        })}
      </ul>
    </div>
  );
}

/** For each chip nudged off its point: a dot on the point and a line to the chip. */
function Leaders({ notes, layout }: { notes: PlacedNote[]; layout: ChipLayout }) {
  return (
    <svg className="pmap-leaders" width={layout.width} height={layout.height} aria-hidden="true">
      {notes.map((note) => {
        const chip = layout.chips.get(note.id);
        if (!chip?.nudged) return null;
        const px = note.position.x * layout.width;
        const py = (1 - note.position.y) * layout.height;
        const cx = Math.min(chip.left + chip.width, Math.max(chip.left, px));
        const cy = Math.min(chip.top + chip.height, Math.max(chip.top, py));
        return (
          <g key={note.id}>
            <line x1={px} y1={py} x2={cx} y2={cy} className="pmap-leader" />
            <circle cx={px} cy={py} r={Math.max(4, layout.height * 0.007)} className="pmap-point" />
          </g>
        );
      })}
    </svg>
  );
}
