import { useMemo, useRef } from 'react';
import { REFLECTION_STAGES, REFLECTION_STAGE_LABELS, reflectionRun } from '../../../shared/kinds/reflection';
import { projectedNotes } from '../../../shared/session/selectors';
import type { ReflectionActivity, ReflectionStage as Stage, SessionState } from '../../../shared/session/types';
import { projectorPage } from '../fit/projectorPage';
import { useFit } from '../fit/useFit';
import { ProjectorTimer } from '../ProjectorTimer';
import { FoldMore } from './FoldMore';
import { StageFrame } from './StageFrame';
import './reflectionStage.css';

/** What the room is asked to do in each stage, as the projector says it. */
const STAGE_HEADINGS: Readonly<Record<Stage, string>> = {
  writing: REFLECTION_STAGE_LABELS.writing,
  pairs: 'Share with a partner',
  sharing: REFLECTION_STAGE_LABELS.sharing,
};

/** Writing prompts are the body of the writing stage; in pairs they are a reminder, set smaller. */
function maxPromptSize(stage: Stage) {
  return (width: number, height: number) => (stage === 'writing' ? Math.min(height * 0.075, width * 0.042) : Math.min(height * 0.05, width * 0.028));
}

/** Highlights shared with the room. */
function maxHighlightSize(width: number, height: number): number {
  return Math.min(height * 0.055, width * 0.032);
}

/**
 * Reflection: silent writing (prompts large, the stage countdown big), then pairs (the prompts smaller, the
 * countdown), then the highlights the room shares, named only when the facilitator added a name.
 */
export function ReflectionStage({ session, activity }: { session: SessionState; activity: ReflectionActivity }) {
  const run = reflectionRun(session, activity);
  const sharing = run.stage === 'sharing';
  return (
    <StageFrame activity={activity} timer={sharing ? (session.timers[activity.id] ?? null) : null} density="kind">
      <div className="prefl" data-stage={run.stage} data-testid="presenter-reflection">
        <StageSteps current={run.stage} />
        {sharing ? (
          <Highlights session={session} activity={activity} />
        ) : (
          <div className="prefl-work">
            <div className="prefl-main">
              <h2 className="prefl-heading" data-testid="presenter-reflection-heading">
                {STAGE_HEADINGS[run.stage]}
              </h2>
              <Prompts key={run.stage} prompts={activity.prompts} stage={run.stage} />
            </div>
            <div className="prefl-clock">
              <ProjectorTimer key={run.stage} timer={run.stageTimer} variant="hero" />
            </div>
          </div>
        )}
      </div>
    </StageFrame>
  );
}

/** Where the reflection is: the three stages in order, the current one marked in words and weight, not colour alone. */
function StageSteps({ current }: { current: Stage }) {
  return (
    <ol className="prefl-steps" aria-label="Reflection stages">
      {REFLECTION_STAGES.map((stage, index) => (
        <li key={stage} className="prefl-step" aria-current={stage === current ? 'step' : undefined} data-testid="presenter-reflection-step">
          <span className="prefl-step-n" aria-hidden="true">
            {index + 1}
          </span>
          <span className="prefl-step-name">{REFLECTION_STAGE_LABELS[stage]}</span>
        </li>
      ))}
    </ol>
  );
}

function Prompts({ prompts, stage }: { prompts: readonly string[]; stage: Stage }) {
  const rootRef = useRef<HTMLDivElement>(null);
  useFit(rootRef, `${stage}|${prompts.join('\u0000')}`, { maxSize: maxPromptSize(stage), layouts: [''], foldFrom: 'end', noun: { one: 'prompt', many: 'prompts' } });
  return (
    <div className="prefl-prompts pfit" ref={rootRef}>
      <div className="prefl-prompt-box" data-fit-box="">
        <ol className="prefl-prompt-list">
          {prompts.map((prompt, index) => (
            <li key={index} className="prefl-prompt" data-fit-item="" data-testid="presenter-reflection-prompt">
              <span className="pfit-clampable">{prompt}</span>
            </li>
          ))}
        </ol>
        <FoldMore />
      </div>
    </div>
  );
}

function Highlights({ session, activity }: { session: SessionState; activity: ReflectionActivity }) {
  const notes = useMemo(() => projectedNotes(session, activity.id), [session, activity.id]);
  const rootRef = useRef<HTMLDivElement>(null);
  const signature = notes.map((note) => `${note.id}@${note.updatedAt}`).join(',');
  useFit(rootRef, signature, { maxSize: maxHighlightSize, layouts: ['1', '2'], foldFrom: 'start', noun: { one: 'highlight', many: 'highlights' }, page: projectorPage(session, activity.id) });
  return (
    <div className="prefl-highlights pfit" ref={rootRef}>
      <div className="prefl-highlight-box" data-fit-box="">
        <FoldMore />
        <ol className="prefl-highlight-list" aria-label={STAGE_HEADINGS.sharing}>
          {notes.map((note) => (
            <li key={note.id} className="pcard prefl-highlight" data-fit-item="" data-testid="presenter-note">
              <span className="pcard-text pfit-clampable">{note.text}</span>
              {note.attribution ? (
                <span className="prefl-by" data-testid="presenter-highlight-by">
                  — {note.attribution}
                </span>
              ) : null}
            </li>
          ))}
        </ol>
      </div>
    </div>
  );
}
