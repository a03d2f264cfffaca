import { defineKind } from '../kindDefinition';
import { checkVoteStored, checkVoteWorkshop } from './checks';
import { voteNames } from './names';
import { voteSection } from './report';
import { voteRunSchema, voteStoredSchema, voteWorkshopSchema } from './schema';

/** Dot vote: options with a tally of dots, revealed to the room when the facilitator chooses. */
export const voteKind = defineKind({
  kind: 'vote',
  names: voteNames,
  stored: voteStoredSchema,
  workshop: voteWorkshopSchema,
  takesNotes: true,
  run: { schema: voteRunSchema, initial: (activity) => ({ kind: 'vote', counts: {}, revealed: !activity.hideResultsUntilRevealed }) },
  checkWorkshop: checkVoteWorkshop,
  checkStored: checkVoteStored,
  report: voteSection,
});
