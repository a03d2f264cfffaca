import type { KindNames } from '../kindDefinition';

/** What a reflection is called. */
export const reflectionNames: KindNames = { control: 'Reflection', report: 'Reflection' };
