import { defineKind, noProblems } from '../kindDefinition';
import { breakNames } from './names';
import { breakSection } from './report';
import { breakStoredSchema, breakWorkshopSchema } from './schema';

/** A break: an agenda item the room steps away for; the projector says how long and when they are back. No notes, no run. */
export const breakKind = defineKind({
  kind: 'break',
  names: breakNames,
  stored: breakStoredSchema,
  workshop: breakWorkshopSchema,
  takesNotes: false,
  run: null,
  // The base schema checks every field a break has; nothing spans fields.
  checkWorkshop: () => null,
  checkStored: noProblems,
  report: breakSection,
});
