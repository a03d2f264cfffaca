import { inlineText } from '../../report/markdownText';
import { noteBullet, noteNumbered } from '../../report/noteItems';
import { countOf } from '../../report/reportFormat';
import type { ReportBlocks } from '../../report/reportFormat';
import { notesForActivity } from '../../session/selectors';
import type { SessionState } from '../../session/types';
import { phoneVoters } from '../../phones/phoneBallots';
import { rankedVotes, totalDots, voteRun } from './index';
import type { VoteTally } from './index';
import type { ReportAudience } from '../../report/reportAudience';
import type { VoteActivity } from './schema';

/** The options as a numbered list, most dots first. */
function rankedList(ranked: readonly VoteTally[]): string {
  return ranked.map(({ option, count }, index) => noteNumbered(index + 1, option, `: **${countOf(count, 'dot')}**`)).join('\n');
}

/**
 * Vote in the report: the options ranked by dots. The facilitator's record also says whether the room ever saw the
 * results, how many phones voted and which options were taken off the projector after they got dots.
 */
export function voteSection(session: SessionState, activity: VoteActivity, audience: ReportAudience): ReportBlocks {
  const ranked = rankedVotes(session, activity);
  const dots = totalDots(ranked);
  const { counts, revealed } = voteRun(session, activity.id);
  const everyOption = [...(activity.optionsFrom ? notesForActivity(session, activity.optionsFrom) : []), ...notesForActivity(session, activity.id)];
  const hiddenOptions = everyOption.filter((note) => note.hidden && (counts[note.id] ?? 0) > 0);
  if (dots === 0 && hiddenOptions.length === 0) return ['No dots were entered.'];
  const source = activity.optionsFrom ? session.agenda.find((candidate) => candidate.id === activity.optionsFrom) : undefined;
  const voters = phoneVoters(session, activity.id);
  const options = source ? [`options from “${inlineText(source.title)}”`] : [];
  if (audience === 'client') {
    return [[`${countOf(dots, 'dot')} placed`, `${countOf(activity.dotsPerPerson, 'dot')} per person`, ...options].join(', ') + '.', rankedList(ranked)];
  }
  const facts = [
    countOf(dots, 'dot') + ' placed',
    ...(voters > 0 ? [`${countOf(voters, 'phone')} voted`] : []),
    `${countOf(activity.dotsPerPerson, 'dot')} per person`,
    ...options,
  ];
  return [
    `${facts.join(' · ')}.`,
    ...(activity.hideResultsUntilRevealed && !revealed ? ['*The results were never revealed to the room.*'] : []),
    rankedList(ranked),
    ...(hiddenOptions.length > 0
      ? ['Options taken off the projector after they got dots:', hiddenOptions.map((note) => noteBullet(note, `: **${countOf(counts[note.id] ?? 0, 'dot')}**`)).join('\n')]
      : []),
  ];
}
