import { useMemo } from 'react';
import { projectedNotes } from '../../../shared/session/selectors';
import type { DiscussionActivity, Note, SessionState } from '../../../shared/session/types';
import { ProjectorNotes } from '../ProjectorNotes';
import { projectorPage } from '../fit/projectorPage';
import { StageFrame } from './StageFrame';

/** Up to this many notes (and this much text), the prompt keeps its large size. */
const FEW_NOTES = 12;
const FEW_NOTES_CHARS = 480;

/** How crowded the stage is: decides how much room the heading gives up to the notes. */
function stageDensity(notes: readonly Note[]): 'none' | 'few' | 'many' {
  if (notes.length === 0) return 'none';
  const chars = notes.reduce((sum, note) => sum + note.text.length, 0);
  return notes.length <= FEW_NOTES && chars <= FEW_NOTES_CHARS ? 'few' : 'many';
}

/** Discussion: the prompt and the room's notes, auto-fitted, newest always shown. */
export function DiscussionStage({ session, activity }: { session: SessionState; activity: DiscussionActivity }) {
  const notes = useMemo(() => projectedNotes(session, activity.id), [session, activity.id]);
  const density = stageDensity(notes);
  return (
    <StageFrame activity={activity} timer={session.timers[activity.id] ?? null} density={density}>
      <ProjectorNotes notes={notes} layoutKey={`${activity.id}|${density}|${activity.prompt}|${activity.title}`} page={projectorPage(session, activity.id)} />
    </StageFrame>
  );
}
