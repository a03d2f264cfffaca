import type { ReactNode } from 'react';

/** Props of a board's heading row. */
export interface BoardHeadProps {
  id: string;
  title: string;
  /** The count or state shown on the right of the title. */
  count: ReactNode;
  countTestId?: string;
  /** One line on how to use the board. */
  howTo?: ReactNode;
}

/** The heading row of a kind's board: its name, a count or state on the right, and one line on how to use it. */
export function BoardHead({ id, title, count, countTestId, howTo }: BoardHeadProps) {
  return (
    <div className="board-head">
      <div className="panel-head">
        <h2 id={id} className="panel-label">
          {title}
        </h2>
        <span className="board-count" data-testid={countTestId}>
          {count}
        </span>
      </div>
      {howTo ? <p className="board-howto">{howTo}</p> : null}
    </div>
  );
}
