import { inlineText } from '../../report/markdownText';
import { noteBullet, noteNumbered } from '../../report/noteItems';
import { countOf } from '../../report/reportFormat';
import type { ReportBlocks } from '../../report/reportFormat';
import { notesForActivity } from '../../session/selectors';
import type { SessionState } from '../../session/types';
import { phoneVoters } from '../../phones/phoneBallots';
import { rankedVotes, totalDots, voteRun } from './index';
import type { VoteActivity } from './schema';

/** Vote in the report: the options ranked by dots, and whether the room ever saw the results. */
export function voteSection(session: SessionState, activity: VoteActivity): ReportBlocks {
  const ranked = rankedVotes(session, activity);
  const dots = totalDots(ranked);
  const { counts, revealed } = voteRun(session, activity.id);
  const everyOption = [...(activity.optionsFrom ? notesForActivity(session, activity.optionsFrom) : []), ...notesForActivity(session, activity.id)];
  const hiddenOptions = everyOption.filter((note) => note.hidden && (counts[note.id] ?? 0) > 0);
  if (dots === 0 && hiddenOptions.length === 0) return ['No dots were entered.'];
  const source = activity.optionsFrom ? session.agenda.find((candidate) => candidate.id === activity.optionsFrom) : undefined;
  const voters = phoneVoters(session, activity.id);
  const facts = [
    countOf(dots, 'dot') + ' placed',
    ...(voters > 0 ? [`${countOf(voters, 'phone')} voted`] : []),
    `${countOf(activity.dotsPerPerson, 'dot')} per person`,
    ...(source ? [`options from “${inlineText(source.title)}”`] : []),
  ];
  return [
    `${facts.join(' · ')}.`,
    ...(activity.hideResultsUntilRevealed && !revealed ? ['*The results were never revealed to the room.*'] : []),
    ranked.map(({ option, count }, index) => noteNumbered(index + 1, option, `: **${countOf(count, 'dot')}**`)).join('\n'),
    ...(hiddenOptions.length > 0
      ? ['Options taken off the projector after they got dots:', hiddenOptions.map((note) => noteBullet(note, `: **${countOf(counts[note.id] ?? 0, 'dot')}**`)).join('\n')]
      : []),
  ];
}
