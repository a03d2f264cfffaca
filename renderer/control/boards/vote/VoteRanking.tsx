import type { VoteTally } from '../../../../shared/kinds/vote';

/** The options ranked by dots, as bars: what the room sees once the results are revealed. */
export function VoteRanking({ tallies, revealed }: { tallies: readonly VoteTally[]; revealed: boolean }) {
  const most = Math.max(1, ...tallies.map((tally) => tally.count));
  return (
    <section className="vote-ranking" aria-labelledby="vote-ranking-title" data-testid="vote-ranking">
      <h3 id="vote-ranking-title" className="vote-subtitle">
        Ranking
      </h3>
      <p className="vote-ranking-note">{revealed ? 'On the projector now.' : 'The room sees this once you reveal the results.'}</p>
      {/* Focusable so a keyboard user can scroll a long ranking (axe: scrollable-region-focusable). */}
      <ol className="vote-ranking-list" tabIndex={0} aria-labelledby="vote-ranking-title">
        {tallies.map((tally, index) => (
          <li key={tally.option.id} className="vote-ranking-item" data-testid="vote-ranking-item">
            <span className="vote-rank" aria-hidden="true">
              {index + 1}
            </span>
            <span className="vote-ranking-text" title={tally.option.text}>
              {tally.option.text}
            </span>
            <span className="vote-ranking-count">
              {tally.count}
              <span className="visually-hidden"> {tally.count === 1 ? 'dot' : 'dots'}</span>
            </span>
            <span className="vote-bar" aria-hidden="true">
              <span className="vote-bar-fill" style={{ width: `${(tally.count / most) * 100}%` }} />
            </span>
          </li>
        ))}
      </ol>
    </section>
  );
}
