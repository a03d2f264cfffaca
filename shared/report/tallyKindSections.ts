import { scaleDistributions, scalePoints } from '../kinds/scale';
import { rankedVotes, totalDots, voteRun } from '../kinds/vote';
import { notesForActivity } from '../session/selectors';
import type { ScaleActivity, SessionState, VoteActivity } from '../session/types';
import { inlineText, tableCell } from './markdownText';
import { noteBullet, noteNumbered } from './noteItems';
import type { ReportBlocks } from './noteKindSections';
import { formatMean } from '../util/formatMean';
import { countOf } from './reportFormat';

/** Vote: the options ranked by dots, and whether the room ever saw the results. */
export function voteSection(session: SessionState, activity: VoteActivity): ReportBlocks {
  const ranked = rankedVotes(session, activity);
  const dots = totalDots(ranked);
  const { counts, revealed } = voteRun(session, activity.id);
  const everyOption = [...(activity.optionsFrom ? notesForActivity(session, activity.optionsFrom) : []), ...notesForActivity(session, activity.id)];
  const hiddenOptions = everyOption.filter((note) => note.hidden && (counts[note.id] ?? 0) > 0);
  if (dots === 0 && hiddenOptions.length === 0) return ['No dots were entered.'];
  const source = activity.optionsFrom ? session.agenda.find((candidate) => candidate.id === activity.optionsFrom) : undefined;
  const facts = [
    countOf(dots, 'dot') + ' placed',
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

/** Scale: per statement, how many people gave each point, with the mean and the number of people. */
export function scaleSection(session: SessionState, activity: ScaleActivity): ReportBlocks {
  const distributions = scaleDistributions(session, activity);
  if (distributions.every((distribution) => distribution.total === 0)) return ['No ratings were entered.'];
  const points = scalePoints(activity);
  const minLabel = tableCell(activity.minLabel);
  const maxLabel = tableCell(activity.maxLabel);
  const pointLabel = (point: number): string => {
    const label = point === activity.min ? minLabel : point === activity.max ? maxLabel : '';
    return label ? `${point} (${label})` : `${point}`;
  };
  const blocks: ReportBlocks = [`Rated from ${pointLabel(activity.min)} to ${pointLabel(activity.max)}.`];
  distributions.forEach(({ statement, counts, total, mean }, index) => {
    blocks.push(`**${inlineText(statement.text) || `Statement ${index + 1}`}**`);
    if (total === 0) {
      blocks.push('No ratings were entered for this statement.');
      return;
    }
    const rows = points.map((point, pointIndex) => `| ${pointLabel(point)} | ${counts[pointIndex] ?? 0} |`);
    blocks.push(['| Rating | People |', '| --- | ---: |', ...rows].join('\n'));
    blocks.push(`Mean **${mean === null ? '—' : formatMean(mean)}** from ${countOf(total, 'person', 'people')}.`);
  });
  return blocks;
}
