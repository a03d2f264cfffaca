import { roomView } from '../../shared/session/roomView';
import type { RoomView } from '../../shared/session/roomView';
import type { SessionState } from '../../shared/session/types';

let last: { session: SessionState | null; view: RoomView | null } | null = null;

/**
 * The room's view of the control window's replica (what the projector is sent), worked out once per session state
 * and shared by everything in this window that needs it (the preview, the room revision). Each view is made from
 * the one before, so unchanged parts keep their identity and a re-render or a comparison costs what changed.
 */
export function roomViewOf(session: SessionState | null): RoomView | null {
  if (!last || last.session !== session) last = { session, view: roomView(session, last?.view ?? null) };
  return last.view;
}
