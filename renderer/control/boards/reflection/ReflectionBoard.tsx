import { useState } from 'react';
import { REFLECTION_STAGES, REFLECTION_STAGE_LABELS, reflectionRun } from '../../../../shared/kinds/reflection';
import { notesForActivity } from '../../../../shared/session/selectors';
import type { ReflectionActivity, ReflectionStage, SessionState } from '../../../../shared/session/types';
import { useHostAction } from '../../../app/useHostAction';
import { InlineError } from '../../../ui/InlineError';
import { CaptureBox } from '../../notes/CaptureBox';
import { focusCaptureTarget } from '../../notes/captureFocus';
import { NoteItem } from '../../notes/NoteItem';
import { useSessionCommands } from '../../session/useSessionCommands';
import { BoardHead } from '../common/BoardHead';
import { AttributionEditor } from './AttributionEditor';
import { StageStepper } from './StageStepper';
import { StageTimer } from './StageTimer';
import './reflectionBoard.css';

/** A reflection's board: the writing prompts, the stages (writing, pairs, sharing) with each stage's countdown, and the highlights shared with the room. */
export function ReflectionBoard({ activity, session }: { activity: ReflectionActivity; session: SessionState }) {
  const commands = useSessionCommands();
  const run = reflectionRun(session, activity);
  const goTo = useHostAction((stage: ReflectionStage) => commands.send({ type: 'reflection.setStage', activityId: activity.id, stage }));
  const highlights = notesForActivity(session, activity.id);
  const [name, setName] = useState('');
  const nextStage = REFLECTION_STAGES[REFLECTION_STAGES.indexOf(run.stage) + 1];
  const sharing = run.stage === 'sharing';

  return (
    <section className="panel work-panel reflection-board" aria-labelledby="board-title" data-testid="reflection-board" data-stage={run.stage}>
      <BoardHead id="board-title" title="Reflection" count={<>Stage: {REFLECTION_STAGE_LABELS[run.stage]}</>} />
      <div className="reflection-top">
        <div className="reflection-prompts">
          <h3 className="reflection-subtitle">Writing prompts</h3>
          <ol className="reflection-prompt-list" data-testid="reflection-prompts">
            {activity.prompts.map((prompt, index) => (
              <li key={index}>{prompt}</li>
            ))}
          </ol>
        </div>
        <div className="reflection-stages">
          <StageStepper activity={activity} stage={run.stage} onGo={(stage) => void goTo.run(stage)} disabled={goTo.pending} />
          {sharing ? (
            <p className="stage-note">No countdown here: take highlights until the room is done, then move on.</p>
          ) : (
            <StageTimer activityId={activity.id} timer={run.stageTimer} stageName={REFLECTION_STAGE_LABELS[run.stage]} />
          )}
          {nextStage ? (
            <button type="button" className="btn btn-large stage-next" data-testid="stage-next" onClick={() => void goTo.run(nextStage)} disabled={goTo.pending}>
              Next stage: {REFLECTION_STAGE_LABELS[nextStage]} →
            </button>
          ) : null}
          <InlineError prefix="Could not change the stage" error={goTo.error} />
        </div>
      </div>
      <section className="reflection-highlights" aria-labelledby="highlights-title">
        <div className="panel-head">
          <h3 id="highlights-title" className="reflection-subtitle">
            Highlights shared with the room
          </h3>
          <span className="board-count" data-testid="highlights-count">
            {highlights.length}
          </span>
        </div>
        <ol className="note-list highlight-list" aria-labelledby="highlights-title">
          {highlights.length === 0 ? (
            <li className="notes-empty">{sharing ? 'Nothing shared yet. Capture what people choose to share.' : 'Highlights are captured in the last stage, after the pairs.'}</li>
          ) : null}
          {highlights.map((note) => (
            <NoteItem key={note.id} note={note} detail={<AttributionEditor note={note} />} />
          ))}
        </ol>
        {sharing ? (
          <CaptureBox
            activityId={activity.id}
            label="What did they share?"
            placeholder="Type a highlight and press Enter"
            hint={<>Anonymous unless you add a name. Add one only if the person asks to be named.</>}
            details={() => (name.trim() ? { attribution: name } : {})}
            onCaptured={() => {
              setName('');
              // Enter in the name box sends the highlight; the next one is typed in the text box, not the name box.
              focusCaptureTarget();
            }}
            beside={
              <span className="highlight-name">
                <label className="visually-hidden" htmlFor="highlight-name">
                  Name (optional)
                </label>
                <input
                  id="highlight-name"
                  className="input capture-input"
                  value={name}
                  onChange={(event) => setName(event.target.value)}
                  placeholder="Name (optional)"
                  autoComplete="off"
                  data-testid="highlight-name"
                />
              </span>
            }
          />
        ) : (
          <p className="stage-note">
            The room is {run.stage === 'writing' ? 'writing on their own' : 'sharing in pairs'}. When they are ready, move on to “{REFLECTION_STAGE_LABELS.sharing}” to capture what they choose to share.
          </p>
        )}
      </section>
    </section>
  );
}
