import type { ReactNode } from 'react';
import { rankedVotes, totalDots, voteRun, voteTallies, writtenOptions } from '../../../../shared/kinds/vote';
import { phoneDots, phoneVoters } from '../../../../shared/phones/phoneBallots';
import { notesForActivity, projectedNotes } from '../../../../shared/session/selectors';
import type { Note, SessionState, VoteActivity } from '../../../../shared/session/types';
import { useHostAction } from '../../../app/useHostAction';
import { InlineError } from '../../../ui/InlineError';
import { CaptureBox } from '../../notes/CaptureBox';
import { NoteItem } from '../../notes/NoteItem';
import { useSessionCommands } from '../../session/useSessionCommands';
import { BoardHead } from '../common/BoardHead';
import { CountField } from '../common/CountField';
import { VoteRanking } from './VoteRanking';
import { VoteReveal } from './VoteReveal';
import './voteBoard.css';

/** A vote's board: each option with its dots (− / + / typed; ↑ ↓ + − in the box), the reveal switch, the ranking, and a box to add options. */
export function VoteBoard({ activity, session }: { activity: VoteActivity; session: SessionState }) {
  const commands = useSessionCommands();
  const setCount = useHostAction((optionId: string, count: number) => commands.send({ type: 'vote.setCount', activityId: activity.id, optionId, count }));
  const run = voteRun(session, activity.id);
  const earlier = activity.optionsFrom ? projectedNotes(session, activity.optionsFrom) : [];
  const written = writtenOptions(activity);
  const own = notesForActivity(session, activity.id);
  const source = activity.optionsFrom ? session.agenda.find((candidate) => candidate.id === activity.optionsFrom) : undefined;
  const dots = totalDots(voteTallies(session, activity));
  const people = activity.dotsPerPerson > 0 ? Math.round(dots / activity.dotsPerPerson) : 0;
  const optionCount = earlier.length + written.length + own.length;

  const fromPhones = phoneDots(session, activity.id);
  const voters = phoneVoters(session, activity.id);
  // The box holds the dots the facilitator counted in the room; the phones' dots are added beside it, never typed over.
  const countFor = (option: Note) => (
    <>
      <CountField count={run.counts[option.id] ?? 0} label={`Dots for ${option.text}`} onCommit={(count) => setCount.run(option.id, count)} testId="vote-count" />
      {fromPhones[option.id] ? (
        <span className="vote-phone-dots" data-testid="vote-phone-dots" title={`${fromPhones[option.id]} from phones, added to the count`}>
          +{fromPhones[option.id]} 📱
        </span>
      ) : null}
    </>
  );

  return (
    <section className="panel work-panel vote-board" aria-labelledby="board-title" data-testid="vote-board">
      <BoardHead
        id="board-title"
        title="Dot vote"
        count={
          <>
            {activity.dotsPerPerson} {activity.dotsPerPerson === 1 ? 'dot' : 'dots'} per person · {dots} {dots === 1 ? 'dot' : 'dots'} entered
            {dots > 0 ? ` (about ${people} ${people === 1 ? 'person' : 'people'})` : ''}
            {voters > 0 ? ` · ${voters} ${voters === 1 ? 'phone' : 'phones'} voted` : ''}
          </>
        }
        countTestId="vote-total"
        howTo={
          <>
            Enter each option’s dots: <kbd>+</kbd> <kbd>−</kbd> (or <kbd>↑</kbd> <kbd>↓</kbd>) in its box, or type the number and press <kbd>Enter</kbd>.
          </>
        }
      />
      <VoteReveal activityId={activity.id} revealed={run.revealed} />
      <div className="vote-layout">
        <div className="vote-options">
          <h3 className="vote-subtitle" id="vote-options-title">
            Options <span className="map-side-count">{optionCount}</span>
          </h3>
          <ol className="vote-list" aria-labelledby="vote-options-title" data-testid="vote-options">
            {optionCount === 0 ? <li className="vote-empty">No options yet: add them below.</li> : null}
            {earlier.map((option) => (
              <FixedOption key={option.id} option={option} source={source ? `from “${source.title}”` : null} count={countFor(option)} />
            ))}
            {written.map((option) => (
              <FixedOption key={option.id} option={option} source={null} count={countFor(option)} />
            ))}
            {own.map((option) => (
              <NoteItem key={option.id} note={option} className="vote-option" trailing={option.hidden ? null : countFor(option)} />
            ))}
          </ol>
          <InlineError prefix="Count not saved" error={setCount.error} />
        </div>
        <VoteRanking tallies={rankedVotes(session, activity)} revealed={run.revealed} />
      </div>
      <CaptureBox activityId={activity.id} label="Add an option" placeholder="Type an option and press Enter" hint="It joins the options on the projector at once." />
    </section>
  );
}

/** An option the vote does not own (from an earlier activity, or written in the workshop): its text and its count, nothing to edit here. */
function FixedOption({ option, source, count }: { option: Note; source: string | null; count: ReactNode }) {
  return (
    <li className="note vote-option" data-testid="vote-option">
      <div className="note-body">
        <p className="note-text" data-testid="vote-option-text">
          {option.text}
        </p>
        {source ? <span className="badge badge-muted">{source}</span> : null}
      </div>
      <span className="note-actions">{count}</span>
    </li>
  );
}
