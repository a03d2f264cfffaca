import type { KindNames } from '../kindDefinition';

/** What a sort is called: the control window says what it does, the report keeps it short. */
export const sortNames: KindNames = { control: 'Sort into columns', report: 'Sort' };
