import type { KindNames } from '../kindDefinition';

/** What a map is called. */
export const mapNames: KindNames = { control: 'Map', report: 'Map' };
