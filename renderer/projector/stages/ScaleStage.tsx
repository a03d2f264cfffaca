import { useMemo, useRef } from 'react';
import type { CSSProperties } from 'react';
import { scaleDistributions, scalePoints } from '../../../shared/kinds/scale';
import type { ScaleDistribution } from '../../../shared/kinds/scale';
import type { ScaleActivity, SessionState } from '../../../shared/session/types';
import { useFit } from '../fit/useFit';
import { useScreenAspect } from '../fit/useScreenAspect';
import { formatMean } from '../../../shared/util/formatMean';
import { barShares, countWithUnit, distributionGrid, meanOffset } from '../layout/bars';
import { StageFrame } from './StageFrame';
import './scaleStage.css';

/** Largest statement text. */
function maxStatementSize(width: number, height: number): number {
  return Math.min(height * 0.05, width * 0.03);
}

/** Scale: what the ends mean, then for each statement how many people gave each point (bars with counts) and the mean. */
export function ScaleStage({ session, activity }: { session: SessionState; activity: ScaleActivity }) {
  const distributions = useMemo(() => scaleDistributions(session, activity), [session, activity]);
  const points = scalePoints(activity);
  // One scale for every chart, so that statements compare at a glance.
  const largest = Math.max(0, ...distributions.flatMap((distribution) => distribution.counts));
  const rootRef = useRef<HTMLDivElement>(null);
  // The shape of the projected screen (not of the window: in the preview they differ).
  const grid = distributionGrid(distributions.length, useScreenAspect(rootRef));
  const signature = `${grid.columns}x${grid.rows}|${distributions.map((d) => `${d.statement.id}:${d.statement.text}:${d.counts.join(',')}`).join('|')}`;
  useFit(rootRef, signature, { maxSize: maxStatementSize, layouts: [''], foldFrom: 'end', noun: { one: 'statement', many: 'statements' } });
  return (
    <StageFrame activity={activity} timer={session.timers[activity.id] ?? null} density="kind">
      <ScaleLegend activity={activity} />
      <div
        className="pscale pfit"
        ref={rootRef}
        style={{ '--columns': grid.columns, '--rows': grid.rows, '--points': points.length } as CSSProperties}
        data-testid="presenter-scale"
      >
        {distributions.map((distribution) => (
          <Distribution key={distribution.statement.id} distribution={distribution} activity={activity} points={points} largest={largest} />
        ))}
      </div>
    </StageFrame>
  );
}

/** What the ends of the scale mean, once for every statement: "1 = Not yet … 5 = A real strength". */
function ScaleLegend({ activity }: { activity: ScaleActivity }) {
  if (!activity.minLabel && !activity.maxLabel) return null;
  return (
    <p className="pscale-legend" data-testid="presenter-scale-legend">
      {activity.minLabel ? (
        <span data-testid="presenter-scale-min">
          <strong>{activity.min}</strong> = {activity.minLabel}
        </span>
      ) : null}
      {activity.minLabel && activity.maxLabel ? <span aria-hidden="true">…</span> : null}
      {activity.maxLabel ? (
        <span data-testid="presenter-scale-max">
          <strong>{activity.max}</strong> = {activity.maxLabel}
        </span>
      ) : null}
    </p>
  );
}

function Distribution({ distribution, activity, points, largest }: { distribution: ScaleDistribution; activity: ScaleActivity; points: number[]; largest: number }) {
  const shares = barShares([...distribution.counts, largest]).slice(0, -1);
  const { mean, total } = distribution;
  return (
    <section className="pscale-item" data-fit-box="" data-testid="presenter-scale-statement" aria-label={distribution.statement.text}>
      <h2 className="pscale-statement pfit-clampable">{distribution.statement.text}</h2>
      <div className="pscale-chart">
        {distribution.counts.map((count, index) => (
          <div key={index} className="pscale-col" style={{ '--share': shares[index] ?? 0 } as CSSProperties}>
            <span className="pscale-count" data-testid="presenter-scale-count">
              {count}
            </span>
            <span className="pscale-bar" aria-hidden="true" />
          </div>
        ))}
        {mean !== null ? <span className="pscale-mean-mark" style={{ left: `${(meanOffset(mean, activity.min, activity.max) * 100).toFixed(2)}%` }} aria-hidden="true" /> : null}
      </div>
      <div className="pscale-points" aria-hidden="true">
        {points.map((point) => (
          <span key={point}>{point}</span>
        ))}
      </div>
      <p className="pscale-mean" data-testid="presenter-scale-mean">
        {mean === null ? 'No ratings yet' : `Mean ${formatMean(mean)} · ${countWithUnit(total, 'person', 'people')}`}
      </p>
    </section>
  );
}
