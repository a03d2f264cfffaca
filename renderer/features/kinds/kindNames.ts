import type { ActivityKind } from '../../../shared/session/types';

/** What each kind of activity is called in the control window. */
export const KIND_NAMES: Readonly<Record<ActivityKind, string>> = {
  discussion: 'Discussion',
  sort: 'Sort into columns',
  map: 'Map',
  vote: 'Dot vote',
  reflection: 'Reflection',
  scale: 'Scale',
  commitments: 'Commitments',
};
