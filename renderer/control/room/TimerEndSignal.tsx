import { useEffect, useRef } from 'react';
import { readTimer } from '../../../shared/session/timer';
import { useHostNow } from '../../timer/useHostNow';
import { useAppSelector } from '../../store/hooks';
import { playTimerEndTone } from './timerEndTone';

/**
 * Plays the timer-end tone in the control window when the current activity's running timer crosses 0:00,
 * if the session asks for it. Once per crossing: not again on every redraw, nor for a timer opened already past zero.
 */
export function TimerEndSignal() {
  const on = useAppSelector((state) => state.session?.settings.timerEndSound ?? false);
  const activityId = useAppSelector((state) => state.session?.currentActivityId ?? null);
  const timer = useAppSelector((state) => (state.session ? state.session.timers[state.session.currentActivityId] : undefined));
  const running = timer?.startedAt != null;
  const now = useHostNow(on && running);
  const remaining = timer ? readTimer(timer, now).remainingMs : null;
  const last = useRef<{ activityId: string | null; remaining: number | null }>({ activityId: null, remaining: null });

  useEffect(() => {
    const before = last.current;
    last.current = { activityId, remaining };
    if (!on || !running || remaining === null || before.activityId !== activityId || before.remaining === null) return;
    if (before.remaining > 0 && remaining <= 0) playTimerEndTone();
  }, [on, running, activityId, remaining]);

  return null;
}
