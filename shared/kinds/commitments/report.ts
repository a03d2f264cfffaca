import { blockText, inlineText } from '../../report/markdownText';
import { HIDDEN_MARK } from '../../report/reportFormat';
import type { ReportBlocks } from '../../report/reportFormat';
import type { SessionState } from '../../session/types';
import { commitmentsFor } from './index';
import type { CommitmentsActivity } from './schema';

/** An empty ballot box (U+2610). */
const CHECKBOX = '☐';

/**
 * Commitments in the report: a checklist, `- ☐ **Who** — what (by when)`. The box is a character, not a task-list
 * marker, so it reads as a checklist in every viewer and on paper, not only where task lists are drawn.
 */
export function commitmentsSection(session: SessionState, activity: CommitmentsActivity): ReportBlocks {
  const commitments = commitmentsFor(session, activity.id, { includeHidden: true });
  if (commitments.length === 0) return ['No commitments were captured.'];
  const lines = commitments.map(({ note, who, what, byWhen }) => {
    const name = inlineText(who);
    const step = blockText(what, '  ') || '*(no step written)*';
    const by = inlineText(byWhen);
    return `- ${CHECKBOX} ${name ? `**${name}** — ` : ''}${step}${by ? ` (by ${by})` : ''}${note.hidden ? HIDDEN_MARK : ''}`;
  });
  return [lines.join('\n')];
}
