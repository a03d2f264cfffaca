import type { KindNames } from '../kindDefinition';

/** What a dot vote is called. */
export const voteNames: KindNames = { control: 'Dot vote', report: 'Dot vote' };
