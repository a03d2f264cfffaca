import { inlineText, tableCell } from '../../report/markdownText';
import { countOf } from '../../report/reportFormat';
import { formatMean } from '../../util/formatMean';
import type { ReportBlocks } from '../../report/reportFormat';
import type { SessionState } from '../../session/types';
import { scaleDistributions, scalePoints } from './index';
import type { ScaleActivity } from './schema';

/** Scale in the report: per statement, how many people gave each point, with the mean and the number of people. */
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
