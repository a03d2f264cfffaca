import { scaleDistributions, scalePoints, scaleRun } from '../../../../shared/kinds/scale';
import { phoneRaters, phoneRatingCounts } from '../../../../shared/phones/phoneBallots';
import { own } from '../../../../shared/util/own';
import type { ScaleActivity, SessionState } from '../../../../shared/session/types';
import { useHostAction } from '../../../app/useHostAction';
import { InlineError } from '../../../ui/InlineError';
import { useSessionCommands } from '../../session/useSessionCommands';
import { BoardHead } from '../common/BoardHead';
import { CountField } from '../common/CountField';
import { formatMean } from '../../../../shared/util/formatMean';
import './scaleBoard.css';

/** A scale's board: for every statement, how many people gave each point (− / + / typed), with the running total and mean. */
export function ScaleBoard({ activity, session }: { activity: ScaleActivity; session: SessionState }) {
  const commands = useSessionCommands();
  const setCount = useHostAction((statementId: string, point: number, count: number) =>
    commands.send({ type: 'scale.setCount', activityId: activity.id, statementId, point, count }),
  );
  const points = scalePoints(activity);
  // Bars, totals and means count everyone; each box holds only the hands the facilitator counted (phones are added beside it).
  const distributions = scaleDistributions(session, activity);
  const counted = scaleRun(session, activity.id).counts;
  const fromPhones = phoneRatingCounts(session, activity.id, activity.min, activity.max);
  const raters = phoneRaters(session, activity.id);

  return (
    <section className="panel work-panel scale-board" aria-labelledby="board-title" data-testid="scale-board">
      <BoardHead
        id="board-title"
        title="Scale"
        count={
          <>
            {activity.min} = {activity.minLabel || 'lowest'} · {activity.max} = {activity.maxLabel || 'highest'}
            {raters > 0 ? ` · ${raters} ${raters === 1 ? 'phone' : 'phones'} answered` : ''}
          </>
        }
        howTo={
          <>
            Read out each statement, count the hands (or fingers) for each point and enter them: <kbd>+</kbd> / <kbd>−</kbd> or <kbd>↑</kbd> / <kbd>↓</kbd> in a box, or type the number and
            press <kbd>Enter</kbd>.
          </>
        }
      />
      <ol className="scale-statements">
        {distributions.map(({ statement, counts, total, mean }, statementIndex) => {
          const most = Math.max(1, ...counts);
          return (
            <li key={statement.id} className="scale-statement" data-testid="scale-statement" data-statement-id={statement.id}>
              <div className="scale-statement-head">
                <h3 className="scale-statement-text" id={`statement-${statement.id}`}>
                  <span className="scale-statement-number">{statementIndex + 1}.</span> {statement.text}
                </h3>
                <p className="scale-summary" data-testid="scale-summary">
                  <span>
                    {total} {total === 1 ? 'person' : 'people'}
                  </span>
                  <span aria-hidden="true"> · </span>
                  <span>mean {formatMean(mean)}</span>
                </p>
              </div>
              <div className="scale-points" role="group" aria-labelledby={`statement-${statement.id}`}>
                {points.map((point, index) => {
                  const count = counts[index] ?? 0;
                  const byHand = own(counted, statement.id)?.[index] ?? 0;
                  const byPhone = own(fromPhones, statement.id)?.[index] ?? 0;
                  const end = point === activity.min ? activity.minLabel : point === activity.max ? activity.maxLabel : '';
                  return (
                    <div key={point} className="scale-point" data-testid="scale-point" data-point={point}>
                      <div className="scale-point-body">
                        <span className="scale-point-label">
                          <span className="scale-point-number">{point}</span>
                          {end ? (
                            <span className="scale-point-end" title={end}>
                              {end}
                            </span>
                          ) : null}
                        </span>
                        <span className="scale-bar" aria-hidden="true">
                          <span className="scale-bar-fill" style={{ height: `${(count / most) * 100}%` }} />
                        </span>
                        <CountField
                          compact
                          count={byHand}
                          label={`People who gave ${point}${end ? ` (${end})` : ''} for “${statement.text}”`}
                          onCommit={(next) => setCount.run(statement.id, point, next)}
                          testId="scale-count"
                        />
                        {byPhone > 0 ? (
                          <span className="scale-phone-count" data-testid="scale-phone-count" title={`${byPhone} from phones, added to the bar`}>
                            +{byPhone} 📱
                          </span>
                        ) : null}
                      </div>
                    </div>
                  );
                })}
              </div>
            </li>
          );
        })}
      </ol>
      <InlineError prefix="Count not saved" error={setCount.error} />
    </section>
  );
}
