import { useMemo } from 'react';
import { newestNotesOf } from '../../../shared/session/newestNotes';
import type { NewestNotes } from '../../../shared/session/newestNotes';
import type { DiscussionActivity, SessionState } from '../../../shared/session/types';
import { ProjectorNotes } from '../ProjectorNotes';
import { projectorPage } from '../fit/projectorPage';
import { StageFrame } from './StageFrame';

/** Up to this many notes (and this much text), the prompt keeps its large size. */
const FEW_NOTES = 12;
const FEW_NOTES_CHARS = 480;

/** How crowded the stage is: decides how much room the heading gives up to the notes. */
function stageDensity(notes: NewestNotes): 'none' | 'few' | 'many' {
  if (notes.count === 0) return 'none';
  if (notes.count > FEW_NOTES) return 'many';
  const chars = notes.newest(FEW_NOTES).reduce((sum, note) => sum + note.text.length, 0);
  return chars <= FEW_NOTES_CHARS ? 'few' : 'many';
}

/** Discussion: the prompt and the room's notes, auto-fitted, newest always shown. */
export function DiscussionStage({ session, activity }: { session: SessionState; activity: DiscussionActivity }) {
  // The stage's table holds only the notes the room sees (roomView), so they are read as they are, newest first: a
  // crowded discussion draws its newest few dozen without turning thousands into an array on every render.
  const notes = useMemo(() => newestNotesOf(session.notes, activity.id), [session.notes, activity.id]);
  const density = stageDensity(notes);
  return (
    <StageFrame activity={activity} timer={session.timers[activity.id] ?? null} density={density}>
      <ProjectorNotes notes={notes} layoutKey={`${activity.id}|${density}|${activity.prompt}|${activity.title}`} page={projectorPage(session, activity.id)} />
    </StageFrame>
  );
}
