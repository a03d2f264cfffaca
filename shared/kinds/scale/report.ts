import { inlineText, tableCell } from '../../report/markdownText';
import { formatMean } from '../../util/formatMean';
import type { ReportBlocks } from '../../report/reportFormat';
import type { SessionState } from '../../session/types';
import { scaleDistributions, scalePoints } from './index';
import type { ScaleActivity } from './schema';

/**
 * Scale in the report: one compact table, a row per statement with how many people gave each point, how many rated
 * it and the mean. The two ends' labels are given once, in the sentence above the table.
 */
export function scaleSection(session: SessionState, activity: ScaleActivity): ReportBlocks {
  const distributions = scaleDistributions(session, activity);
  if (distributions.every((distribution) => distribution.total === 0)) return ['No ratings were entered.'];
  const points = scalePoints(activity);
  const end = (point: number, label: string): string => (inlineText(label) ? `${point} (${inlineText(label)})` : `${point}`);
  const rows = distributions.map(({ statement, counts, total, mean }, index) => {
    const text = tableCell(statement.text) || `Statement ${index + 1}`;
    const cells = points.map((_, pointIndex) => `${counts[pointIndex] ?? 0}`);
    return `| ${text} | ${cells.join(' | ')} | ${total} | ${mean === null ? '—' : formatMean(mean)} |`;
  });
  return [
    `Rated from ${end(activity.min, activity.minLabel)} to ${end(activity.max, activity.maxLabel)}; each cell is how many people gave that rating.`,
    [`| Statement | ${points.join(' | ')} | People | Mean |`, `| --- | ${points.map(() => '---:').join(' | ')} | ---: | ---: |`, ...rows].join('\n'),
  ];
}
