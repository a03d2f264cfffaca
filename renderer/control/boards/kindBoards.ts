import type { ComponentType } from 'react';
import type { ActivityKind, ActivityOf } from '../../../shared/kinds/registry';
import type { SessionState } from '../../../shared/session/types';
import { NotesPanel } from '../notes/NotesPanel';
import { BreakBoard } from './break/BreakBoard';
import { CommitmentsBoard } from './commitments/CommitmentsBoard';
import { MapBoard } from './map/MapBoard';
import { ReflectionBoard } from './reflection/ReflectionBoard';
import { ScaleBoard } from './scale/ScaleBoard';
import { SortBoard } from './sort/SortBoard';
import { VoteBoard } from './vote/VoteBoard';

/** What a kind's control board is given: its activity, narrowed to the kind, and the session. */
export interface KindBoardProps<K extends ActivityKind> {
  activity: ActivityOf<K>;
  session: SessionState;
}

/**
 * Each kind's working board in the control window, one line per kind. Keyed by every registered kind
 * (shared/kinds/registry.ts), so a kind without a board fails typecheck. A discussion works in the plain notes panel; a break has no capture.
 */
export const KIND_BOARDS: { readonly [K in ActivityKind]: ComponentType<KindBoardProps<K>> } = {
  discussion: NotesPanel,
  sort: SortBoard,
  map: MapBoard,
  vote: VoteBoard,
  reflection: ReflectionBoard,
  scale: ScaleBoard,
  commitments: CommitmentsBoard,
  break: BreakBoard,
};
