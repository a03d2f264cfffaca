import type { ComponentType } from 'react';
import type { ActivityKind, ActivityOf } from '../../../shared/kinds/registry';
import type { SessionState } from '../../../shared/session/types';
import { CommitmentsStage } from './CommitmentsStage';
import { DiscussionStage } from './DiscussionStage';
import { MapStage } from './MapStage';
import { ReflectionStage } from './ReflectionStage';
import { ScaleStage } from './ScaleStage';
import { SortStage } from './SortStage';
import { VoteStage } from './VoteStage';

/** What a kind's projector stage is given: the session (the room's view of it) and the activity, narrowed to the kind. */
export interface KindStageProps<K extends ActivityKind> {
  session: SessionState;
  activity: ActivityOf<K>;
}

/**
 * Each kind's projector layout, one line per kind. Keyed by every registered kind (shared/kinds/registry.ts), so a
 * kind without a stage fails typecheck.
 */
export const KIND_STAGES: { readonly [K in ActivityKind]: ComponentType<KindStageProps<K>> } = {
  discussion: DiscussionStage,
  sort: SortStage,
  map: MapStage,
  vote: VoteStage,
  reflection: ReflectionStage,
  scale: ScaleStage,
  commitments: CommitmentsStage,
};
