import type { DragEvent, KeyboardEvent, RefObject } from 'react';
import { QUADRANT_ORDER, quadrantName } from '../../../../shared/kinds/map';
import type { MapActivity, MapPosition, Note } from '../../../../shared/session/types';
import type { ChipPointerHandlers, MapDrag } from './useMapDrag';
import { describePosition, spectrumLanes } from './mapGeometry';

/** Props of the drawn map. */
export interface MapCanvasProps {
  activity: MapActivity;
  placed: readonly Note[];
  plotRef: RefObject<HTMLDivElement | null>;
  drag: MapDrag | null;
  hintId: string;
  chipHandlers: (noteId: string) => ChipPointerHandlers;
  onChipKey: (note: Note, event: KeyboardEvent<HTMLLIElement>) => void;
  /** A note from the lists dropped on the map, at a position. */
  onDropNote: (event: DragEvent<HTMLDivElement>) => void;
  dropping: boolean;
  onDragOverPlot: (event: DragEvent<HTMLDivElement>) => void;
  onDragLeavePlot: () => void;
}

/** The map as the facilitator works it: axes with their ends, quadrant names on a grid, and each placed note as a chip to drag or move with arrows. */
export function MapCanvas({ activity, placed, plotRef, drag, hintId, chipHandlers, onChipKey, onDropNote, dropping, onDragOverPlot, onDragLeavePlot }: MapCanvasProps) {
  const yAxis = activity.y;
  const positionOf = (note: Note): MapPosition => (drag?.noteId === note.id ? drag.position : (note.position ?? { x: 0.5, y: 0.5 }));
  const lanes = yAxis ? null : spectrumLanes(placed.map((note) => ({ id: note.id, x: positionOf(note).x })));
  const laneCount = lanes ? Math.max(3, ...Array.from(lanes.values(), (lane) => lane + 1)) : 1;

  return (
    <div className={`map-canvas ${yAxis ? 'map-2d' : 'map-1d'}`} data-testid="map-canvas">
      {yAxis ? (
        <div className="map-y-axis" aria-hidden="true">
          <span className="map-axis-end">{yAxis.to} →</span>
          {yAxis.label ? <span className="map-axis-label">{yAxis.label}</span> : null}
          <span className="map-axis-end">{yAxis.from}</span>
        </div>
      ) : null}
      <div
        ref={plotRef}
        className={`map-plot${dropping ? ' is-drop-target' : ''}`}
        data-testid="map-plot"
        onDragOver={onDragOverPlot}
        onDragLeave={onDragLeavePlot}
        onDrop={onDropNote}
      >
        {yAxis ? (
          <>
            <span className="map-midline map-midline-x" aria-hidden="true" />
            <span className="map-midline map-midline-y" aria-hidden="true" />
            {QUADRANT_ORDER.map((quadrant) => (
              <span key={quadrant} className={`map-quadrant map-quadrant-${quadrant}`} aria-hidden="true">
                {quadrantName(activity, quadrant)}
              </span>
            ))}
          </>
        ) : (
          <span className="map-spectrum-line" aria-hidden="true" />
        )}
        <ul className="map-chips" data-zone="map" aria-label="Notes on the map">
          {placed.map((note) => {
            const position = positionOf(note);
            const top = lanes ? ((lanes.get(note.id) ?? 0) + 0.5) / laneCount : 1 - position.y;
            const where = describePosition(activity, position);
            return (
              <li
                key={note.id}
                className={`map-chip${note.hidden ? ' is-hidden' : ''}${drag?.noteId === note.id ? ' is-dragging' : ''}`}
                style={{ left: `${position.x * 100}%`, top: `${top * 100}%`, transform: `translate(${-position.x * 100}%, ${-top * 100}%)` }}
                tabIndex={0}
                data-note-card={note.id}
                data-testid="map-chip"
                data-x={position.x}
                data-y={position.y}
                aria-label={`${note.text}. ${where}${note.hidden ? '. Hidden from projector' : ''}`}
                aria-describedby={hintId}
                title={where}
                onKeyDown={(event) => {
                  if (event.target === event.currentTarget) onChipKey(note, event);
                }}
                {...chipHandlers(note.id)}
              >
                <span className="map-chip-text">{note.text}</span>
              </li>
            );
          })}
        </ul>
      </div>
      <div className="map-x-axis" aria-hidden="true">
        <span className="map-axis-end">← {activity.x.from}</span>
        {activity.x.label ? <span className="map-axis-label">{activity.x.label}</span> : <span />}
        <span className="map-axis-end">{activity.x.to} →</span>
      </div>
    </div>
  );
}
