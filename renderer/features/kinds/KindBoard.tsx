import type { Activity, SessionState } from '../../../shared/session/types';
import { assertNever } from '../../../shared/util/assertNever';
import { NotesPanel } from '../notes/NotesPanel';
import { CommitmentsBoard } from './commitments/CommitmentsBoard';
import { MapBoard } from './map/MapBoard';
import { ReflectionBoard } from './reflection/ReflectionBoard';
import { ScaleBoard } from './scale/ScaleBoard';
import { SortBoard } from './sort/SortBoard';
import { VoteBoard } from './vote/VoteBoard';
import './kinds.css';

/** The current activity's working board in the control window: where the facilitator captures and arranges what the room says. */
export function KindBoard({ activity, session }: { activity: Activity; session: SessionState }) {
  switch (activity.kind) {
    case 'discussion':
      return <NotesPanel />;
    case 'sort':
      return <SortBoard activity={activity} session={session} />;
    case 'map':
      return <MapBoard activity={activity} session={session} />;
    case 'vote':
      return <VoteBoard activity={activity} session={session} />;
    case 'reflection':
      return <ReflectionBoard activity={activity} session={session} />;
    case 'scale':
      return <ScaleBoard activity={activity} session={session} />;
    case 'commitments':
      return <CommitmentsBoard activity={activity} session={session} />;
    default:
      return assertNever(activity, 'activity kind');
  }
}
