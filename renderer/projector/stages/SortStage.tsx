import { memo, useMemo, useRef } from 'react';
import type { CSSProperties } from 'react';
import { notesByColumn } from '../../../shared/kinds/sort';
import type { SessionState, SortActivity } from '../../../shared/session/types';
import { projectorPage } from '../fit/projectorPage';
import { useFit } from '../fit/useFit';
import { countWithUnit } from '../layout/bars';
import { FoldMore } from './FoldMore';
import { StageFrame } from './StageFrame';
import './sortStage.css';

/** Largest note size in a sort column: below the column labels. */
function maxNoteSize(width: number, height: number): number {
  return Math.min(height * 0.05, width * 0.028);
}

/** One projected card; memoised so that a new note does not re-render every card before it. */
const SortCard = memo(function SortCard({ text }: { text: string }) {
  return (
    <li className="pcard" data-fit-item="" data-testid="presenter-note">
      <span className="pcard-text pfit-clampable">{text}</span>
    </li>
  );
});

/** Sort: the columns side by side, each with its label, description, count and notes (oldest fold first). */
export function SortStage({ session, activity }: { session: SessionState; activity: SortActivity }) {
  const groups = useMemo(() => notesByColumn(session, activity, { includeHidden: false }), [session, activity]);
  const rootRef = useRef<HTMLDivElement>(null);
  const page = projectorPage(session, activity.id);
  const frame = `${activity.id}|${page}|${groups.map(({ column }) => `${column.id}:${column.label}:${column.description}`).join('|')}`;
  const boxes = groups.map(({ notes }) => notes.map((note) => `${note.id}@${note.updatedAt}`));
  const signature = `${frame}|${boxes.map((keys) => keys.join(',')).join('|')}`;
  useFit(rootRef, signature, { maxSize: maxNoteSize, layouts: [''], foldFrom: 'start', noun: { one: 'note', many: 'notes' }, page, growth: { frame, boxes } });
  return (
    <StageFrame activity={activity} timer={session.timers[activity.id] ?? null} density="kind">
      <div className="psort pfit" ref={rootRef} style={{ '--columns': Math.max(1, groups.length) } as CSSProperties}
        data-columns={groups.length}
        data-testid="presenter-sort">
        {groups.map(({ column, notes }, index) => (
          <section key={column.id} className="psort-col" data-accent={index % 4} data-testid="presenter-sort-column" aria-label={column.label}>
            <header className="psort-head">
              <h2 className="psort-label" data-testid="presenter-sort-label">
                {column.label}
              </h2>
              <p className="psort-count" data-testid="presenter-sort-count" aria-label={countWithUnit(notes.length, 'note', 'notes')}>
                <span className="psort-count-n">{notes.length}</span>
                <span className="psort-count-unit">{notes.length === 1 ? 'note' : 'notes'}</span>
              </p>
              {column.description ? <p className="psort-desc">{column.description}</p> : null}
            </header>
            <div className="psort-notes" data-fit-box="">
              <FoldMore />
              <ol className="psort-list">
                {notes.map((note) => (
                  <SortCard key={note.id} text={note.text} />
                ))}
              </ol>
            </div>
          </section>
        ))}
      </div>
    </StageFrame>
  );
}
