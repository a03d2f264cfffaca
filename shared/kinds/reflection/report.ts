import { bulletItem, inlineText } from '../../report/markdownText';
import { noteList } from '../../report/noteItems';
import type { ReportBlocks } from '../../report/reportFormat';
import { notesForActivity } from '../../session/selectors';
import type { SessionState } from '../../session/types';
import type { ReflectionActivity } from './schema';

/** Reflection in the report: the writing prompts, then the highlights people chose to share (named only if the facilitator added a name). */
export function reflectionSection(session: SessionState, activity: ReflectionActivity): ReportBlocks {
  const prompts = activity.prompts.filter((prompt) => inlineText(prompt) !== '');
  const highlights = notesForActivity(session, activity.id);
  return [
    ...(prompts.length > 0 ? ['**Writing prompts**', prompts.map((prompt) => bulletItem(prompt)).join('\n')] : []),
    '**Shared highlights**',
    highlights.length === 0 ? 'No highlights were shared.' : noteList(highlights),
  ];
}
