import { defineKind, noProblems } from '../kindDefinition';
import { checkSortWorkshop } from './checks';
import { sortNames } from './names';
import { sortSection } from './report';
import { sortStoredSchema, sortWorkshopSchema } from './schema';

/** Sort: notes sorted into 2 to 4 named columns. */
export const sortKind = defineKind({
  kind: 'sort',
  names: sortNames,
  stored: sortStoredSchema,
  workshop: sortWorkshopSchema,
  takesNotes: true,
  run: null,
  checkWorkshop: checkSortWorkshop,
  checkStored: noProblems,
  report: sortSection,
});
