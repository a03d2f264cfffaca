import { defineKind, noProblems } from '../kindDefinition';
import { checkReflectionWorkshop } from './checks';
import { startingReflectionRun } from './index';
import { reflectionNames } from './names';
import { reflectionSection } from './report';
import { reflectionRunSchema, reflectionStoredSchema, reflectionWorkshopSchema } from './schema';

/** Reflection: silent writing, then pairs, then highlights shared with the room, each stage with its own countdown. */
export const reflectionKind = defineKind({
  kind: 'reflection',
  names: reflectionNames,
  stored: reflectionStoredSchema,
  workshop: reflectionWorkshopSchema,
  takesNotes: true,
  run: { schema: reflectionRunSchema, initial: startingReflectionRun },
  checkWorkshop: checkReflectionWorkshop,
  checkStored: noProblems,
  report: reflectionSection,
});
