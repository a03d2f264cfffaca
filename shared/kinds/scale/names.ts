import type { KindNames } from '../kindDefinition';

/** What a scale is called. */
export const scaleNames: KindNames = { control: 'Scale', report: 'Scale' };
