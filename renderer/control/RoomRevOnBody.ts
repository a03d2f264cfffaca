import { useLayoutEffect, useRef } from 'react';
import { roomViewOf } from '../store/roomViewSelector';
import type { RoomView } from '../../shared/session/roomView';
import { sameValue } from '../../shared/util/sameValue';
import { useAppSelector } from '../store/hooks';

/**
 * Control window: mirrors on `document.body.dataset.roomRev` the revision at which what the room sees last changed.
 * The projector is only sent a view when it changes, so it has caught up once its own `rev` reaches this one. Its own
 * leaf for the same reason as `RevOnBody`.
 */
export function RoomRevOnBody(): null {
  const session = useAppSelector((state) => state.session);
  const rev = useAppSelector((state) => state.sync.rev);
  const last = useRef<{ view: RoomView | null; rev: number } | null>(null);
  useLayoutEffect(() => {
    if (rev === null) return;
    const view = roomViewOf(session);
    if (!last.current || !sameValue(last.current.view, view)) last.current = { view, rev };
    document.body.dataset.roomRev = String(last.current.rev);
  }, [session, rev]);
  return null;
}
