import { defineKind } from '../kindDefinition';
import { checkScaleStored, checkScaleWorkshop } from './checks';
import { scaleNames } from './names';
import { scaleSection } from './report';
import { scaleRunSchema, scaleStoredSchema, scaleWorkshopSchema } from './schema';

/** Scale: statements rated from `min` to `max`, entered as a count of people per point. */
export const scaleKind = defineKind({
  kind: 'scale',
  names: scaleNames,
  stored: scaleStoredSchema,
  workshop: scaleWorkshopSchema,
  takesNotes: true,
  run: {
    schema: scaleRunSchema,
    initial: (activity) => ({ kind: 'scale', counts: Object.fromEntries(activity.statements.map((statement) => [statement.id, Array<number>(activity.max - activity.min + 1).fill(0)])) }),
  },
  checkWorkshop: checkScaleWorkshop,
  checkStored: checkScaleStored,
  report: scaleSection,
});
