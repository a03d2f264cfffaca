import { noteList } from '../../report/noteItems';
import type { ReportBlocks } from '../../report/reportFormat';
import { notesForActivity } from '../../session/selectors';
import type { SessionState } from '../../session/types';
import type { DiscussionActivity } from './schema';

/** Discussion in the report: the notes as a list. */
export function discussionSection(session: SessionState, activity: DiscussionActivity): ReportBlocks {
  const notes = notesForActivity(session, activity.id);
  return notes.length === 0 ? ['No notes were captured.'] : [noteList(notes)];
}
