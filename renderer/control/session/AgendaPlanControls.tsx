import type { Command } from '../../../shared/protocol/commands';
import { MAX_PLANNED_MINUTES } from '../../../shared/session/types';

/** How many minutes one press of − or + changes a plan by. */
export const PLAN_STEP_MINUTES = 5;

/** What the row of an activity still to come needs to offer its changes. */
export interface AgendaPlanControlsProps {
  activityId: string;
  title: string;
  /** Minutes it is planned for now (the workshop's, or re-planned). */
  minutes: number;
  dropped: boolean;
  /** Where it may move: the index above and below it among the activities still to come; null at either end. */
  upTo: number | null;
  downTo: number | null;
  /** Sends one change of the plan to the host. */
  change: (command: Command) => void;
  busy: boolean;
}

/** One small button of the plan row: its visible glyph, and a name that says what it does to which activity. */
function PlanButton({ testId, label, disabled, onClick, children, quiet = false }: { testId: string; label: string; disabled: boolean; onClick: () => void; children: string; quiet?: boolean }) {
  return (
    <button type="button" className={`btn btn-small${quiet ? ' btn-quiet' : ''}`} data-testid={testId} aria-label={label} disabled={disabled} onClick={onClick}>
      {children}
    </button>
  );
}

/**
 * Under an activity still to come, while the facilitator changes the plan: five minutes less or more, up or down
 * among what is still to come, and drop or bring back. Every button names its activity for a screen reader.
 */
export function AgendaPlanControls({ activityId, title, minutes, dropped, upTo, downTo, change, busy }: AgendaPlanControlsProps) {
  const fewer = Math.max(1, minutes - PLAN_STEP_MINUTES);
  const more = Math.min(MAX_PLANNED_MINUTES, minutes + PLAN_STEP_MINUTES);
  const setMinutes = (to: number) => change({ type: 'agenda.setMinutes', activityId, minutes: to });
  const moveTo = (to: number | null) => to !== null && change({ type: 'agenda.move', activityId, toIndex: to });
  return (
    <div className="agenda-plan" role="group" aria-label={`Change the plan for ${title}`} data-testid="agenda-plan">
      {dropped ? null : (
        <>
          <PlanButton testId="plan-fewer" label={`Plan ${fewer} min for ${title}`} disabled={busy || fewer === minutes} onClick={() => setMinutes(fewer)}>
            {`−${PLAN_STEP_MINUTES}`}
          </PlanButton>
          <PlanButton testId="plan-more" label={`Plan ${more} min for ${title}`} disabled={busy || more === minutes} onClick={() => setMinutes(more)}>
            {`+${PLAN_STEP_MINUTES}`}
          </PlanButton>
        </>
      )}
      <PlanButton testId="plan-up" label={`Move ${title} earlier`} disabled={busy || upTo === null} onClick={() => moveTo(upTo)}>
        ↑
      </PlanButton>
      <PlanButton testId="plan-down" label={`Move ${title} later`} disabled={busy || downTo === null} onClick={() => moveTo(downTo)}>
        ↓
      </PlanButton>
      <PlanButton
        testId="plan-drop"
        label={dropped ? `Bring back ${title}` : `Drop ${title}`}
        disabled={busy}
        onClick={() => change({ type: 'agenda.setSkipped', activityId, skipped: !dropped })}
        quiet
      >
        {dropped ? 'Bring back' : 'Drop'}
      </PlanButton>
    </div>
  );
}
