import { defineKind, noProblems } from '../kindDefinition';
import { discussionNames } from './names';
import { discussionSection } from './report';
import { discussionStoredSchema, discussionWorkshopSchema } from './schema';

/** Open discussion: a prompt and notes captured live. */
export const discussionKind = defineKind({
  kind: 'discussion',
  names: discussionNames,
  stored: discussionStoredSchema,
  workshop: discussionWorkshopSchema,
  takesNotes: true,
  run: null,
  checkWorkshop: () => null,
  checkStored: noProblems,
  report: discussionSection,
});
