import type { ActivityKind } from './registry';

/**
 * What phones may send into an activity of a kind: `notes` (a sort's into a column, a map's to its tray, a reflection's
 * shared highlight, a commitment), `ballot` (their dots on a vote's options), `rating` (a point per statement of a
 * scale), or `none` (the room answers aloud).
 */
export type PhoneAnswers = 'notes' | 'ballot' | 'rating' | 'none';

/**
 * What phones may send per kind, for the host and the windows alike (no schemas, so the windows may read it). Keyed by
 * kind, so a new kind fails typecheck until it says what phones do in it.
 */
export const PHONE_ANSWERS: Readonly<Record<ActivityKind, PhoneAnswers>> = {
  discussion: 'notes',
  sort: 'notes',
  map: 'notes',
  vote: 'ballot',
  reflection: 'notes',
  scale: 'rating',
  commitments: 'notes',
  break: 'none',
};
