import { createTimer } from '../../session/timer';
import { own } from '../../util/own';
import type { TimerState } from '../../session/timer';
import type { ReflectionActivity, ReflectionRun, ReflectionStage, SessionState } from '../../session/types';

/** The stages of a reflection in the order they are run. */
export const REFLECTION_STAGES: readonly ReflectionStage[] = ['writing', 'pairs', 'sharing'];

/** What each stage is called on both windows. */
export const REFLECTION_STAGE_LABELS: Readonly<Record<ReflectionStage, string>> = {
  writing: 'Silent writing',
  pairs: 'Share in pairs',
  sharing: 'Highlights for the room',
};

/** A fresh countdown for a stage: its planned minutes, or 0 for the sharing stage, which has none. */
export function stageTimerFor(activity: Pick<ReflectionActivity, 'writingMinutes' | 'pairMinutes'>, stage: ReflectionStage): TimerState {
  const minutes = stage === 'writing' ? activity.writingMinutes : stage === 'pairs' ? activity.pairMinutes : 0;
  return createTimer(minutes * 60_000);
}

/** How a reflection starts: the writing stage, its countdown not yet started. */
export function startingReflectionRun(activity: Pick<ReflectionActivity, 'writingMinutes' | 'pairMinutes'>): ReflectionRun {
  return { kind: 'reflection', stage: 'writing', stageTimer: stageTimerFor(activity, 'writing') };
}

/** The reflection's run state; a not-yet-started writing stage if the session lacks it. */
export function reflectionRun(session: SessionState, activity: ReflectionActivity): ReflectionRun {
  const run = own(session.runs, activity.id);
  return run?.kind === 'reflection' ? run : startingReflectionRun(activity);
}
