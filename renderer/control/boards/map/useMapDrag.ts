import { useRef, useState } from 'react';
import type { PointerEvent as ReactPointerEvent, RefObject } from 'react';
import type { MapPosition } from '../../../../shared/session/types';
import { positionFromPoint } from './mapGeometry';

/** How far (px) the pointer must travel before a press on a note becomes a drag rather than a click. */
export const DRAG_THRESHOLD_PX = 4;

/** A note being dragged on the map and where it would land now. */
export interface MapDrag {
  noteId: string;
  position: MapPosition;
}

interface Press {
  noteId: string;
  pointerId: number;
  startX: number;
  startY: number;
  moved: boolean;
}

/** Pointer handlers for one note chip on the map. */
export interface ChipPointerHandlers {
  onPointerDown: (event: ReactPointerEvent<HTMLElement>) => void;
  onPointerMove: (event: ReactPointerEvent<HTMLElement>) => void;
  onPointerUp: (event: ReactPointerEvent<HTMLElement>) => void;
  onPointerCancel: () => void;
}

/**
 * Dragging placed notes with the pointer (mouse, pen or touch): the chip
 * follows the pointer, and letting go places the note there. A press that
 * barely moves stays a click, which just focuses the note. `place` resolves
 * once the host has answered.
 */
export function useMapDrag(plot: RefObject<HTMLElement | null>, oneDimensional: boolean, place: (noteId: string, position: MapPosition) => Promise<unknown>) {
  const [drag, setDrag] = useState<MapDrag | null>(null);
  const press = useRef<Press | null>(null);

  const where = (event: ReactPointerEvent<HTMLElement>): MapPosition | null => {
    const box = plot.current?.getBoundingClientRect();
    return box ? positionFromPoint(box, event.clientX, event.clientY, oneDimensional) : null;
  };

  const handlersFor = (noteId: string): ChipPointerHandlers => ({
    onPointerDown: (event) => {
      if (event.button !== 0) return;
      event.currentTarget.setPointerCapture?.(event.pointerId);
      press.current = { noteId, pointerId: event.pointerId, startX: event.clientX, startY: event.clientY, moved: false };
    },
    onPointerMove: (event) => {
      const current = press.current;
      if (!current || current.pointerId !== event.pointerId) return;
      if (!current.moved && Math.hypot(event.clientX - current.startX, event.clientY - current.startY) < DRAG_THRESHOLD_PX) return;
      current.moved = true;
      const position = where(event);
      if (position) setDrag({ noteId, position });
    },
    onPointerUp: (event) => {
      const current = press.current;
      press.current = null;
      if (!current || current.pointerId !== event.pointerId || !current.moved) return setDrag(null);
      const position = where(event);
      if (!position) return setDrag(null);
      // The chip stays where it was let go until the host's change has arrived.
      setDrag({ noteId, position });
      void place(noteId, position).finally(() => setDrag((now) => (now?.noteId === noteId ? null : now)));
    },
    onPointerCancel: () => {
      press.current = null;
      setDrag(null);
    },
  });

  return { drag, handlersFor };
}
