import { blockText, inlineText } from '../../report/markdownText';
import { HIDDEN_MARK } from '../../report/reportFormat';
import type { ReportBlocks } from '../../report/reportFormat';
import type { SessionState } from '../../session/types';
import { commitmentsFor } from './index';
import type { CommitmentsActivity } from './schema';

/** Commitments in the report: a checklist, `- [ ] **Who** — what (by when)`. */
export function commitmentsSection(session: SessionState, activity: CommitmentsActivity): ReportBlocks {
  const commitments = commitmentsFor(session, activity.id, { includeHidden: true });
  if (commitments.length === 0) return ['No commitments were captured.'];
  const lines = commitments.map(({ note, who, what, byWhen }) => {
    const name = inlineText(who);
    const step = blockText(what, '  ') || '*(no step written)*';
    const by = inlineText(byWhen);
    return `- [ ] ${name ? `**${name}** — ` : ''}${step}${by ? ` (by ${by})` : ''}${note.hidden ? HIDDEN_MARK : ''}`;
  });
  return [lines.join('\n')];
}
