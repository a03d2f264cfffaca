import type { ReactNode } from 'react';

/** The heading row of a kind's board: its name, a count or state on the right, and one line on how to use it. */
export function BoardHead({ id, title, aside, howTo }: { id: string; title: string; aside?: ReactNode; howTo?: ReactNode }) {
  return (
    <div className="board-head">
      <div className="panel-head">
        <h2 id={id} className="panel-label">
          {title}
        </h2>
        {aside}
      </div>
      {howTo ? <p className="board-howto">{howTo}</p> : null}
    </div>
  );
}
