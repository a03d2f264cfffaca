import { currentActivity } from '../../../shared/session/selectors';
import type { SessionState } from '../../../shared/session/types';
import { assertNever } from '../../../shared/util/assertNever';
import { CommitmentsStage } from './CommitmentsStage';
import { DiscussionStage } from './DiscussionStage';
import { MapStage } from './MapStage';
import { ReflectionStage } from './ReflectionStage';
import { ScaleStage } from './ScaleStage';
import { SortStage } from './SortStage';
import { VoteStage } from './VoteStage';

/** The projected stage for the current activity, laid out for its kind. A new activity starts a fresh layout. */
export function KindStage({ session }: { session: SessionState }) {
  const activity = currentActivity(session);
  switch (activity.kind) {
    case 'discussion':
      return <DiscussionStage key={activity.id} session={session} activity={activity} />;
    case 'sort':
      return <SortStage key={activity.id} session={session} activity={activity} />;
    case 'map':
      return <MapStage key={activity.id} session={session} activity={activity} />;
    case 'vote':
      return <VoteStage key={activity.id} session={session} activity={activity} />;
    case 'reflection':
      return <ReflectionStage key={activity.id} session={session} activity={activity} />;
    case 'scale':
      return <ScaleStage key={activity.id} session={session} activity={activity} />;
    case 'commitments':
      return <CommitmentsStage key={activity.id} session={session} activity={activity} />;
    default:
      return assertNever(activity, 'activity kind');
  }
}
