import { Suspense } from 'react';
import type { ComponentType } from 'react';
import { currentActivity } from '../../../shared/session/selectors';
import type { Activity, SessionState } from '../../../shared/session/types';
import { KIND_STAGES } from './kindStages';

/** The projected stage for the current activity, laid out for its kind. A new activity starts a fresh layout. */
export function KindStage({ session }: { session: SessionState }) {
  const activity = currentActivity(session);
  // KIND_STAGES is keyed by kind, so the stage under `activity.kind` takes this activity; TypeScript cannot follow that through the union.
  const Stage = KIND_STAGES[activity.kind] as ComponentType<{ session: SessionState; activity: Activity }>;
  // Stages load on demand (kindStages.ts); until this kind's code is in, the stage is empty rather than the screen.
  return (
    <Suspense fallback={null}>
      <Stage key={activity.id} session={session} activity={activity} />
    </Suspense>
  );
}
