import { defineKind, noProblems } from '../kindDefinition';
import { commitmentsNames } from './names';
import { commitmentsSection } from './report';
import { commitmentsStoredSchema, commitmentsWorkshopSchema } from './schema';

/** Commitments: each person's next step as who / what / by when. */
export const commitmentsKind = defineKind({
  kind: 'commitments',
  names: commitmentsNames,
  stored: commitmentsStoredSchema,
  workshop: commitmentsWorkshopSchema,
  takesNotes: true,
  run: null,
  checkWorkshop: () => null,
  checkStored: noProblems,
  report: commitmentsSection,
});
