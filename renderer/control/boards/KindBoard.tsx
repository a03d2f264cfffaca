import type { ComponentType } from 'react';
import type { Activity, SessionState } from '../../../shared/session/types';
import { KIND_BOARDS } from './kindBoards';
import './kinds.css';

/** The current activity's working board in the control window: where the facilitator captures and arranges what the room says. */
export function KindBoard({ activity, session }: { activity: Activity; session: SessionState }) {
  // KIND_BOARDS is keyed by kind, so the board under `activity.kind` takes this activity; TypeScript cannot follow that through the union.
  const Board = KIND_BOARDS[activity.kind] as ComponentType<{ activity: Activity; session: SessionState }>;
  return <Board activity={activity} session={session} />;
}
