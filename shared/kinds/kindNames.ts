import { breakNames } from './break/names';
import { commitmentsNames } from './commitments/names';
import { discussionNames } from './discussion/names';
import type { KindNames } from './kindDefinition';
import { mapNames } from './map/names';
import { reflectionNames } from './reflection/names';
import type { ActivityKind } from './registry';
import { scaleNames } from './scale/names';
import { sortNames } from './sort/names';
import { voteNames } from './vote/names';

/**
 * What each kind is called, for the windows: the same names the registry's definitions hold, without their schemas
 * (the windows load no zod). Keyed by kind, so a kind missing here fails typecheck; a test checks it equals the registry.
 */
export const KIND_NAMES: Readonly<Record<ActivityKind, KindNames>> = {
  discussion: discussionNames,
  sort: sortNames,
  map: mapNames,
  vote: voteNames,
  reflection: reflectionNames,
  scale: scaleNames,
  commitments: commitmentsNames,
  break: breakNames,
};
