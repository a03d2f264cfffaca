import type { KindNames } from '../kindDefinition';

/** What a commitments activity is called. */
export const commitmentsNames: KindNames = { control: 'Commitments', report: 'Commitments' };
