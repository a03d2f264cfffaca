import { lazy } from 'react';
import type { ComponentType } from 'react';
import type { ActivityKind, ActivityOf } from '../../../shared/kinds/registry';
import type { SessionState } from '../../../shared/session/types';

/** What a kind's projector stage is given: the session (the room's view of it) and the activity, narrowed to the kind. */
export interface KindStageProps<K extends ActivityKind> {
  session: SessionState;
  activity: ActivityOf<K>;
}

const loaders: (() => Promise<unknown>)[] = [];

/**
 * A stage loaded on demand: the projector's first frame (connecting, waiting, the title) needs none, so no page loads
 * the stages before it runs; `preloadKindStages` fetches them right after.
 */
function lazyStage<P>(load: () => Promise<ComponentType<P>>): ComponentType<P> {
  loaders.push(load);
  return lazy(async () => ({ default: await load() }));
}

/**
 * Each kind's projector layout, one line per kind. Keyed by every registered kind (shared/kinds/registry.ts), so a
 * kind without a stage fails typecheck.
 */
export const KIND_STAGES: { readonly [K in ActivityKind]: ComponentType<KindStageProps<K>> } = {
  discussion: lazyStage(() => import('./DiscussionStage').then((module) => module.DiscussionStage)),
  sort: lazyStage(() => import('./SortStage').then((module) => module.SortStage)),
  map: lazyStage(() => import('./MapStage').then((module) => module.MapStage)),
  vote: lazyStage(() => import('./VoteStage').then((module) => module.VoteStage)),
  reflection: lazyStage(() => import('./ReflectionStage').then((module) => module.ReflectionStage)),
  scale: lazyStage(() => import('./ScaleStage').then((module) => module.ScaleStage)),
  commitments: lazyStage(() => import('./CommitmentsStage').then((module) => module.CommitmentsStage)),
  break: lazyStage(() => import('./BreakStage').then((module) => module.BreakStage)),
};

/** Starts fetching every kind's stage while the page connects, so a live activity does not wait for its stage's code. */
export function preloadKindStages(): void {
  for (const load of loaders) void load();
}
