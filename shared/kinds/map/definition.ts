import { defineKind, noProblems } from '../kindDefinition';
import { checkMapWorkshop } from './checks';
import { mapNames } from './names';
import { mapSection } from './report';
import { mapStoredSchema, mapWorkshopSchema } from './schema';

/** Map: notes placed on a 1-D spectrum or a 2-D grid. */
export const mapKind = defineKind({
  kind: 'map',
  names: mapNames,
  stored: mapStoredSchema,
  workshop: mapWorkshopSchema,
  takesNotes: true,
  run: null,
  checkWorkshop: checkMapWorkshop,
  checkStored: noProblems,
  report: mapSection,
});
