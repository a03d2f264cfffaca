import { inlineText } from '../../report/markdownText';
import { noteList } from '../../report/noteItems';
import { countOf } from '../../report/reportFormat';
import type { ReportBlocks } from '../../report/reportFormat';
import type { SessionState } from '../../session/types';
import { notesByColumn } from './index';
import type { SortActivity } from './schema';

/** Sort in the report: a subsection per column with its count and notes. */
export function sortSection(session: SessionState, activity: SortActivity): ReportBlocks {
  const columns = notesByColumn(session, activity, { includeHidden: true });
  if (columns.every((column) => column.notes.length === 0)) return ['No notes were sorted.'];
  return columns.flatMap(({ column, notes }, index) => {
    const label = inlineText(column.label) || `Column ${index + 1}`;
    const description = inlineText(column.description);
    return [
      `### ${label}: ${countOf(notes.length, 'note')}`,
      ...(description ? [`*${description}*`] : []),
      notes.length === 0 ? 'No notes in this column.' : noteList(notes),
    ];
  });
}
