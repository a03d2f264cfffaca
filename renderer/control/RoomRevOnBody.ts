import { useLayoutEffect } from 'react';
import { useAppSelector } from '../store/hooks';

/**
 * Control window: mirrors on `document.body.dataset.roomRev` the revision at which what the room sees last changed
 * (as the host says with each event, electron/host/roleViews.ts). The projector is only sent a view when
 * it changes, so it has caught up once its own `rev` reaches this one. Its own leaf for the same reason as `RevOnBody`.
 */
export function RoomRevOnBody(): null {
  const roomRev = useAppSelector((state) => state.sync.roomRev);
  useLayoutEffect(() => {
    if (roomRev !== null) document.body.dataset.roomRev = String(roomRev);
  }, [roomRev]);
  return null;
}
