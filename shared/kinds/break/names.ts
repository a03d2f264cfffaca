import type { KindNames } from '../kindDefinition';

/** What a break is called. */
export const breakNames: KindNames = { control: 'Break', report: 'Break' };
