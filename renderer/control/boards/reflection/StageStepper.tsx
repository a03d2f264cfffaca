import { REFLECTION_STAGES, REFLECTION_STAGE_LABELS } from '../../../../shared/kinds/reflection';
import type { ReflectionActivity, ReflectionStage } from '../../../../shared/session/types';
import { formatMinutes } from '../../../ui/format';

/** How long a stage is planned for, in words. */
export function stagePlan(activity: ReflectionActivity, stage: ReflectionStage): string {
  if (stage === 'writing') return formatMinutes(activity.writingMinutes);
  if (stage === 'pairs') return formatMinutes(activity.pairMinutes);
  return 'no countdown';
}

/** The three stages of a reflection as steps: where the room is now, and a click (or Enter) to go to any of them. */
export function StageStepper({ activity, stage, onGo, disabled }: { activity: ReflectionActivity; stage: ReflectionStage; onGo: (stage: ReflectionStage) => void; disabled: boolean }) {
  const currentIndex = REFLECTION_STAGES.indexOf(stage);
  return (
    <ol className="stage-stepper" aria-label="Stages" data-testid="stage-stepper">
      {REFLECTION_STAGES.map((candidate, index) => {
        const current = candidate === stage;
        const state = current ? 'current' : index < currentIndex ? 'done' : 'upcoming';
        return (
          <li key={candidate} className={`stage-step stage-${state}`}>
            <button
              type="button"
              className="stage-button"
              aria-current={current ? 'step' : undefined}
              data-testid="stage-step"
              data-stage={candidate}
              onClick={() => onGo(candidate)}
              disabled={disabled && !current}
            >
              <span className="stage-index" aria-hidden="true">
                {state === 'done' ? '✓' : index + 1}
              </span>
              <span className="stage-text">
                <span className="stage-name">{REFLECTION_STAGE_LABELS[candidate]}</span>
                <span className="stage-plan">
                  {stagePlan(activity, candidate)}
                  {current ? ' · now' : ''}
                </span>
              </span>
            </button>
          </li>
        );
      })}
    </ol>
  );
}
