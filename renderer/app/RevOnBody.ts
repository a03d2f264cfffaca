import { useLayoutEffect, useRef } from 'react';
import { roomViewOf } from '../store/roomViewSelector';
import type { RoomView } from '../../shared/session/roomView';
import { sameValue } from '../../shared/util/sameValue';
import { useAppSelector } from '../store/hooks';

/**
 * Mirrors the applied revision on `document.body.dataset.rev` once the DOM shows it (tests and benchmarks wait on it).
 * Rendered as its own leaf (`<RevOnBody />`): the revision changes on every event, and a hook in the window's root
 * re-rendered the whole window each time. Its layout effect runs in the same commit as the rest of that event's update.
 */
export function RevOnBody(): null {
  useRevOnBody();
  return null;
}

/** The control window's room revision, as its own leaf for the same reason (see `useRoomRevOnBody`). */
export function RoomRevOnBody(): null {
  useRoomRevOnBody();
  return null;
}

function useRevOnBody(): void {
  const rev = useAppSelector((state) => state.sync.rev);
  useLayoutEffect(() => {
    if (rev !== null) document.body.dataset.rev = String(rev);
  }, [rev]);
}

/**
 * Control window: mirrors on `document.body.dataset.roomRev` the revision at which what the room sees last changed.
 * The projector is only sent a view when it changes, so it has caught up once its own `rev` reaches this one.
 */
function useRoomRevOnBody(): void {
  const session = useAppSelector((state) => state.session);
  const rev = useAppSelector((state) => state.sync.rev);
  const last = useRef<{ view: RoomView | null; rev: number } | null>(null);
  useLayoutEffect(() => {
    if (rev === null) return;
    const view = roomViewOf(session);
    if (!last.current || !sameValue(last.current.view, view)) last.current = { view, rev };
    document.body.dataset.roomRev = String(last.current.rev);
  }, [session, rev]);
}
