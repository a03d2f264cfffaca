import { useMemo, useRef } from 'react';
import type { CSSProperties, ReactNode, RefObject } from 'react';
import { rankedVotes, totalDots, voteOptions, voteRun } from '../../../shared/kinds/vote';
import type { SessionState, VoteActivity } from '../../../shared/session/types';
import { useFit } from '../fit/useFit';
import { barShares, countWithUnit, sharedRanks } from '../layout/bars';
import { foldText } from '../fit/foldText';
import { FoldMore } from './FoldMore';
import { StageFrame } from './StageFrame';
import './voteStage.css';

/** Largest option text: options are the body of the screen. */
function maxOptionSize(width: number, height: number): number {
  return Math.min(height * 0.06, width * 0.034);
}

/** What a vote's fitted items are. */
const OPTION_NOUN = { one: 'option', many: 'options' };

/** Vote: before the reveal, the options and how many dots each person has; after it, a ranked bar chart with counts. */
export function VoteStage({ session, activity }: { session: SessionState; activity: VoteActivity }) {
  const revealed = voteRun(session, activity.id).revealed;
  return (
    <StageFrame activity={activity} timer={session.timers[activity.id] ?? null} density="kind">
      {revealed ? <VoteResults session={session} activity={activity} /> : <VoteOptions session={session} activity={activity} />}
    </StageFrame>
  );
}

/** The vote screen in either state: a line on top, then the fitted list with its "+N more" line. */
function VotePanel({ state, line, lineTestId, fitRef, children }: { state: 'hidden' | 'revealed'; line: ReactNode; lineTestId: string; fitRef: RefObject<HTMLDivElement | null>; children: ReactNode }) {
  return (
    <div className="pvote" data-state={state} data-testid="presenter-vote">
      <p className="pvote-instruction" data-testid={lineTestId}>
        {line}
      </p>
      <div className="pvote-body pfit" ref={fitRef}>
        <div className="pvote-box" data-fit-box="">
          {children}
          <FoldMore />
        </div>
      </div>
    </div>
  );
}

function VoteOptions({ session, activity }: { session: SessionState; activity: VoteActivity }) {
  const options = useMemo(() => voteOptions(session, activity), [session, activity]);
  const rootRef = useRef<HTMLDivElement>(null);
  const signature = options.map((option) => `${option.id}@${option.updatedAt}`).join(',');
  useFit(rootRef, signature, { maxSize: maxOptionSize, layouts: ['1', '2', '3'], foldFrom: 'end', noun: OPTION_NOUN });
  return (
    <VotePanel
      state="hidden"
      fitRef={rootRef}
      lineTestId="presenter-vote-instruction"
      line={
        <>
          You each have <strong>{countWithUnit(activity.dotsPerPerson, 'dot', 'dots')}</strong>: put them on the options that matter most.
        </>
      }
    >
      <ol className="pvote-options">
        {options.map((option) => (
          <li key={option.id} className="pcard pvote-option" data-fit-item="" data-testid="presenter-vote-option">
            <span className="pcard-text pfit-clampable">{option.text}</span>
          </li>
        ))}
      </ol>
    </VotePanel>
  );
}

function VoteResults({ session, activity }: { session: SessionState; activity: VoteActivity }) {
  const ranked = useMemo(() => rankedVotes(session, activity), [session, activity]);
  const shares = barShares(ranked.map((tally) => tally.count));
  const ranks = sharedRanks(ranked.map((tally) => tally.count));
  const rootRef = useRef<HTMLDivElement>(null);
  const signature = ranked.map((tally) => `${tally.option.id}@${tally.option.updatedAt}=${tally.count}`).join(',');
  // The folded options are the least voted; the line says how many dots they hold between them.
  const foldedText = (folded: number) => `${foldText(folded, OPTION_NOUN, 'end')}: ${countWithUnit(totalDots(ranked.slice(ranked.length - folded)), 'dot', 'dots')}`;
  useFit(rootRef, signature, { maxSize: maxOptionSize, layouts: [''], foldFrom: 'end', noun: OPTION_NOUN, moreText: foldedText });
  return (
    <VotePanel
      state="revealed"
      fitRef={rootRef}
      lineTestId="presenter-vote-total"
      line={
        <>
          Results: <strong>{countWithUnit(totalDots(ranked), 'dot', 'dots')}</strong> placed, most first
        </>
      }
    >
      <ol className="pvote-bars" aria-label="Options ranked by dots">
        {ranked.map((tally, index) => (
          <li
            key={tally.option.id}
            className="pvote-row"
            data-fit-item=""
            data-testid="presenter-vote-result"
            style={{ '--share': shares[index] ?? 0 } as CSSProperties}
          >
            <span className="pvote-rank" aria-label={`Rank ${ranks[index] ?? index + 1}`}>
              {ranks[index] ?? index + 1}
            </span>
            <span className="pvote-option-text pfit-clampable">{tally.option.text}</span>
            <span className="pvote-barcell">
              <span className="pvote-bar" aria-hidden="true" />
              <span className="pvote-count" data-testid="presenter-vote-count">
                {countWithUnit(tally.count, 'dot', 'dots')}
              </span>
            </span>
          </li>
        ))}
      </ol>
    </VotePanel>
  );
}
