import { reflectionRun } from '../kinds/reflection';
import type { Command } from '../protocol/commands';
import type { SessionState } from './types';

/** Which countdown the room sees for the current activity: a reflection's writing or pairs stage has its own. */
export type RoomTimer = { kind: 'activity'; activityId: string } | { kind: 'stage'; activityId: string };

/** The timer the room can see now, the one the timer key acts on. */
export function roomTimer(session: SessionState): RoomTimer {
  const activityId = session.currentActivityId;
  const activity = session.agenda.find((candidate) => candidate.id === activityId);
  if (activity?.kind === 'reflection' && reflectionRun(session, activity).stage !== 'sharing') return { kind: 'stage', activityId };
  return { kind: 'activity', activityId };
}

/** The command that starts the room's timer, or pauses it if it runs. */
export function toggleRoomTimerCommand(session: SessionState): Command {
  const target = roomTimer(session);
  const { activityId } = target;
  if (target.kind === 'stage') {
    const activity = session.agenda.find((candidate) => candidate.id === activityId);
    const running = activity?.kind === 'reflection' && reflectionRun(session, activity).stageTimer.startedAt !== null;
    return { type: 'reflection.setStageTimerRunning', activityId, running: !running };
  }
  const timer = Object.hasOwn(session.timers, activityId) ? session.timers[activityId] : undefined;
  return { type: timer?.startedAt != null ? 'timer.pause' : 'timer.start', activityId };
}
