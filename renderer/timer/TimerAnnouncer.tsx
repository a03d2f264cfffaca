import { useEffect, useRef, useState } from 'react';
import type { TimerReading } from '../../shared/session/timer';
import { timerAnnouncement } from './timerAnnouncements';

/**
 * A polite live region, invisible on screen, that tells a screen reader about
 * the timer at sensible moments (started, paused, the last minutes, time up),
 * never every second. `activityId` starts a fresh history, so moving to
 * another activity is not announced as a jump of the clock.
 */
export function TimerAnnouncer({ activityId, reading, testId, overtimeShown = true }: { activityId: string; reading: TimerReading; testId: string; overtimeShown?: boolean }) {
  const previous = useRef<{ activityId: string; reading: TimerReading } | null>(null);
  const [message, setMessage] = useState('');
  useEffect(() => {
    const last = previous.current?.activityId === activityId ? previous.current.reading : null;
    previous.current = { activityId, reading };
    const said = timerAnnouncement(last, reading, { overtimeShown });
    if (said !== null) setMessage(said);
  }, [activityId, reading, overtimeShown]);
  return (
    <p className="visually-hidden" role="status" aria-live="polite" aria-atomic="true" data-testid={testId}>
      {message}
    </p>
  );
}
