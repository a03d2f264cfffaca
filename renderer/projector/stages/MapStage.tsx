import { useMemo } from 'react';
import { QUADRANT_ORDER, mapNotes, quadrantName } from '../../../shared/kinds/map';
import type { MapActivity, SessionState } from '../../../shared/session/types';
import { MapPlot } from './MapPlot';
import { StageFrame } from './StageFrame';
import './mapStage.css';

/** One end of an axis, outside the map: what the axis measures, then the end's name with an arrow pointing its way. */
function AxisEnd({ place, text, caption, arrow }: { place: 'top' | 'bottom' | 'left' | 'right'; text: string; caption: string; arrow: string }) {
  const arrowFirst = place !== 'right';
  return (
    <p className={`pmap-end pmap-end-${place}`} data-testid="presenter-map-end" data-end={place}>
      {caption ? <span className="pmap-axis-caption">{caption}:</span> : null}
      <span className="pmap-end-text" data-testid="presenter-map-end-text">
        {arrowFirst ? (
          <span className="pmap-arrow" aria-hidden="true">
            {arrow}
          </span>
        ) : null}
        {text}
        {arrowFirst ? null : (
          <span className="pmap-arrow" aria-hidden="true">
            {arrow}
          </span>
        )}
      </span>
    </p>
  );
}

/**
 * Map: a 2-D grid or a 1-D spectrum with the placed notes as chips at their points. The axis ends and the
 * quadrant names sit outside the map (names by their corners), so that they never hide a note or are hidden by one.
 */
export function MapStage({ session, activity }: { session: SessionState; activity: MapActivity }) {
  const placed = useMemo(() => mapNotes(session, activity, { includeHidden: false }).placed, [session, activity]);
  const { x, y } = activity;
  return (
    <StageFrame activity={activity} timer={session.timers[activity.id] ?? null} density="kind">
      <div className="pmap" data-dimensions={y ? '2' : '1'} data-testid="presenter-map">
        {y ? <AxisEnd place="top" text={y.to} caption={y.label} arrow="▲" /> : null}
        {y
          ? QUADRANT_ORDER.map((quadrant) => (
              <p key={quadrant} className="pmap-quadrant" data-quadrant={quadrant} data-testid="presenter-map-quadrant">
                {quadrantName(activity, quadrant)}
              </p>
            ))
          : null}
        <MapPlot activity={activity} notes={placed} />
        {y ? <AxisEnd place="bottom" text={y.from} caption={y.label} arrow="▼" /> : null}
        <AxisEnd place="left" text={x.from} caption={x.label} arrow="◀" />
        <AxisEnd place="right" text={x.to} caption={x.label} arrow="▶" />
      </div>
    </StageFrame>
  );
}
