import { useRef, useState } from 'react';
import type { DragEvent, KeyboardEvent } from 'react';
import { neighbourColumn, notesByColumn } from '../../../../shared/kinds/sort';
import type { Note, SessionState, SortActivity, SortColumn } from '../../../../shared/session/types';
import { noteById } from '../../../../shared/session/noteTable';
import { InlineError } from '../../../ui/InlineError';
import { CaptureBox } from '../../notes/CaptureBox';
import { NoteItem } from '../../notes/NoteItem';
import { notesCountText } from '../../notes/notesCount';
import { shortenNote, useNoteCommands } from '../../notes/useNoteCommands';
import { Announcer, useAnnouncement } from '../common/Announcer';
import { BoardHead } from '../common/BoardHead';
import { useFocusFollow } from '../common/useFocusFollow';
import { ALT_LABEL, ColumnPicker } from './ColumnPicker';
import { NOTE_DRAG_TYPE, captureColumnShortcut, sortCardAction } from './sortKeys';
import './sortBoard.css';

const HINT_ID = 'sort-card-hint';

/** A sort activity's board: its columns with their notes and counts, cards moved by ← → or by drag, and capture straight into a column. */
export function SortBoard({ activity, session }: { activity: SortActivity; session: SessionState }) {
  const groups = notesByColumn(session, activity, { includeHidden: true });
  const [chosenColumn, setCaptureColumn] = useState(activity.columns[0]?.id ?? '');
  const captureColumn = activity.columns.some((column) => column.id === chosenColumn) ? chosenColumn : (activity.columns[0]?.id ?? '');
  const [dropColumn, setDropColumn] = useState<string | null>(null);
  const [message, announce] = useAnnouncement();
  const { action } = useNoteCommands();
  const boardRef = useRef<HTMLDivElement>(null);
  const { follow, cancel, onBoardKeyDown } = useFocusFollow(boardRef);
  const total = groups.reduce((sum, group) => sum + group.notes.length, 0);
  const hidden = groups.reduce((sum, group) => sum + group.notes.filter((note) => note.hidden).length, 0);

  const moveNote = async (note: Note, column: SortColumn, keepFocus: boolean) => {
    if (note.columnId === column.id) return;
    if (keepFocus) follow(note.id, column.id);
    const done = await action.run({ type: 'note.move', noteId: note.id, columnId: column.id });
    if (done) announce(`Moved “${shortenNote(note.text)}” to ${column.label}.`);
    else cancel(note.id);
  };

  const onCardKey = (note: Note, event: KeyboardEvent<HTMLLIElement>) => {
    const wanted = sortCardAction(event);
    if (!wanted) return;
    event.preventDefault();
    if (wanted.kind === 'focus') {
      const sibling = wanted.direction === 1 ? event.currentTarget.nextElementSibling : event.currentTarget.previousElementSibling;
      if (sibling instanceof HTMLElement) sibling.focus();
      return;
    }
    const target = neighbourColumn(activity, note.columnId, wanted.direction);
    if (!target) return announce(`“${shortenNote(note.text)}” is already in the ${wanted.direction === 1 ? 'last' : 'first'} column.`);
    void moveNote(note, target, true);
  };

  const onDrop = (column: SortColumn, event: DragEvent<HTMLElement>) => {
    event.preventDefault();
    setDropColumn(null);
    const note = noteById(session.notes, event.dataTransfer.getData(NOTE_DRAG_TYPE));
    if (note && note.activityId === activity.id) void moveNote(note, column, false);
  };

  const pickerIndex = Math.max(0, activity.columns.findIndex((column) => column.id === captureColumn));
  return (
    <section className="panel work-panel sort-board" aria-labelledby="board-title" data-testid="sort-board">
      <BoardHead
        id="board-title"
        title="Sort board"
        count={notesCountText(total, hidden)}
        countTestId="notes-count"
        howTo={
          <span id={HINT_ID}>
            Move a note: Tab to it and press <kbd>←</kbd> <kbd>→</kbd>, or drag it. <kbd>↑</kbd> <kbd>↓</kbd> go between notes.
          </span>
        }
      />
      <div className="sort-columns" ref={boardRef} tabIndex={-1} onKeyDown={onBoardKeyDown} style={{ gridTemplateColumns: `repeat(${groups.length}, minmax(0, 1fr))` }}>
        {groups.map(({ column, notes }, index) => (
          <section
            key={column.id}
            className={`sort-column${dropColumn === column.id ? ' is-drop-target' : ''}`}
            aria-labelledby={`column-${column.id}`}
            data-testid="sort-column"
            data-column-id={column.id}
            onDragOver={(event) => {
              if (!event.dataTransfer.types.includes(NOTE_DRAG_TYPE)) return;
              event.preventDefault();
              event.dataTransfer.dropEffect = 'move';
              setDropColumn(column.id);
            }}
            onDragLeave={(event) => {
              if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setDropColumn((current) => (current === column.id ? null : current));
            }}
            onDrop={(event) => onDrop(column, event)}
          >
            <header className="sort-column-head">
              <h3 id={`column-${column.id}`} className="sort-column-title">
                <span className="sort-column-number" aria-hidden="true">
                  {index + 1}
                </span>
                {column.label}
              </h3>
              <span className="sort-column-count" data-testid="sort-column-count" aria-label={`${notes.length} ${notes.length === 1 ? 'note' : 'notes'} in ${column.label}`}>
                {notes.length}
              </span>
              {column.description ? <p className="sort-column-description">{column.description}</p> : null}
            </header>
            <ol className="sort-column-notes" data-zone={column.id} aria-labelledby={`column-${column.id}`}>
              {notes.length === 0 ? <li className="sort-column-empty">Drop notes here</li> : null}
              {notes.map((note) => (
                <NoteItem
                  key={note.id}
                  note={note}
                  className="note-compact"
                  card={{
                    hintId: HINT_ID,
                    onKeyDown: (event) => onCardKey(note, event),
                    onDragStart: (event) => {
                      event.dataTransfer.setData(NOTE_DRAG_TYPE, note.id);
                      event.dataTransfer.setData('text/plain', note.text);
                      event.dataTransfer.effectAllowed = 'move';
                    },
                    onDragEnd: () => setDropColumn(null),
                  }}
                />
              ))}
            </ol>
          </section>
        ))}
      </div>
      <InlineError prefix="Could not move the note" error={action.error} />
      <Announcer message={message} />
      <CaptureBox
        activityId={activity.id}
        details={() => ({ columnId: captureColumn })}
        above={<ColumnPicker columns={activity.columns} value={captureColumn} onChange={setCaptureColumn} />}
        placeholder={`Type a note for ${activity.columns[pickerIndex]?.label ?? 'this column'} and press Enter`}
        hint={
          <>
            Enter adds it to the chosen column; <kbd>{ALT_LABEL}1</kbd>–<kbd>{ALT_LABEL}{activity.columns.length}</kbd> picks the column while you type.
          </>
        }
        onInputKeyDown={(event) => {
          const index = captureColumnShortcut(event, activity.columns.length);
          const column = index === null ? undefined : activity.columns[index];
          if (!column) return;
          event.preventDefault();
          setCaptureColumn(column.id);
        }}
      />
    </section>
  );
}
