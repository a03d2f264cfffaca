import type { ReactNode } from 'react';
import type { TimerState } from '../../../shared/session/timer';
import type { Activity } from '../../../shared/session/types';
import { ProjectorTimer } from '../ProjectorTimer';
import './kindStage.css';

/** A prompt longer than this is set a little smaller when the content needs the room. */
const LONG_PROMPT_CHARS = 110;

/** How the heading sizes itself: discussion by how crowded its notes are; the other kinds keep it compact. */
export type StageDensity = 'none' | 'few' | 'many' | 'kind';

/** The projected stage (no landmark of its own: the page that draws it owns the `main`): the activity's title and prompt, its timer in the corner, and the kind's layout below. */
export function StageFrame({ activity, timer, density, children }: { activity: Activity; timer: TimerState | null; density: StageDensity; children: ReactNode }) {
  const promptLength = activity.prompt.length > LONG_PROMPT_CHARS ? 'long' : 'short';
  return (
    <div className="stage" data-kind={activity.kind} data-density={density} data-prompt-length={promptLength} data-testid="presenter-stage">
      <header className="stage-head">
        <div className="stage-heading">
          <h1 className="stage-title" data-testid="presenter-title">
            {activity.title}
          </h1>
          {activity.prompt ? (
            <p className="stage-prompt" data-testid="presenter-prompt">
              {activity.prompt}
            </p>
          ) : null}
        </div>
        {timer ? <ProjectorTimer timer={timer} announceFor={activity.id} /> : null}
      </header>
      {children}
    </div>
  );
}
