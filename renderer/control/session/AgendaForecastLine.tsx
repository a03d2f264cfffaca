import { useEffect, useState } from 'react';
import type { AgendaForecast } from '../../../shared/session/agendaForecast';

/** How often the finish time is redrawn while nothing else changes (a paused timer still lets the clock move on). */
const CLOCK_REFRESH_MS = 15_000;

/** "12 min over", "3 min early" or "on time", to the nearest minute. */
export function overrunInWords(overMs: number): string {
  const minutes = Math.round(overMs / 60_000);
  if (minutes === 0) return 'on time';
  return minutes > 0 ? `${minutes} min over` : `${-minutes} min early`;
}

/**
 * Under the agenda, once the session has begun: when it will end at this pace and how that compares with the plan
 * ("At this pace you finish at 11:47, 12 min over"), so the facilitator can cut or stretch while there is time to.
 */
export function AgendaForecastLine({ forecast }: { forecast: AgendaForecast }) {
  const [localNow, setLocalNow] = useState(() => Date.now());
  useEffect(() => {
    const id = setInterval(() => setLocalNow(Date.now()), CLOCK_REFRESH_MS);
    return () => clearInterval(id);
  }, []);
  if (!forecast.started) return null;
  const finish = new Date(Math.max(localNow, Date.now()) + forecast.remainingMs).toLocaleTimeString([], { hour: 'numeric', minute: '2-digit' });
  const over = Math.round(forecast.overMs / 60_000);
  return (
    <p className="agenda-forecast" data-testid="agenda-forecast" data-over={over > 0 || undefined}>
      At this pace you finish at <strong>{finish}</strong>, {overrunInWords(forecast.overMs)}.
    </p>
  );
}
