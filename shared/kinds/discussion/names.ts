import type { KindNames } from '../kindDefinition';

/** What a discussion is called. */
export const discussionNames: KindNames = { control: 'Discussion', report: 'Discussion' };
