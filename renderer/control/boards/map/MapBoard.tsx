import { useRef, useState } from 'react';
import type { DragEvent, KeyboardEvent } from 'react';
import { MAP_CENTRE, mapNotes, nudgePosition } from '../../../../shared/kinds/map';
import type { MapActivity, MapPosition, Note, SessionState } from '../../../../shared/session/types';
import { noteById } from '../../../../shared/session/noteTable';
import { useAppStore } from '../../../store/hooks';
import { InlineError } from '../../../ui/InlineError';
import { CaptureBox } from '../../notes/CaptureBox';
import { NoteItem } from '../../notes/NoteItem';
import { shortenNote, useNoteCommands } from '../../notes/useNoteCommands';
import { Announcer, useAnnouncement } from '../common/Announcer';
import { BoardHead } from '../common/BoardHead';
import { useFocusFollow } from '../common/useFocusFollow';
import { NOTE_DRAG_TYPE } from '../sort/sortKeys';
import { MapCanvas } from './MapCanvas';
import { describePosition, mapKeyNudge, positionFromPoint } from './mapGeometry';
import { useMapDrag } from './useMapDrag';
import './mapBoard.css';

const HINT_ID = 'map-note-hint';

/** A map activity's board: the grid or spectrum with its notes, the notes still to place, and capture (new notes wait to be placed). */
export function MapBoard({ activity, session }: { activity: MapActivity; session: SessionState }) {
  const oneDimensional = activity.y === null;
  const { placed, unplaced } = mapNotes(session, activity, { includeHidden: true });
  const { action } = useNoteCommands();
  const [message, announce] = useAnnouncement();
  const [dropZone, setDropZone] = useState<'map' | 'tray' | null>(null);
  const boardRef = useRef<HTMLDivElement>(null);
  const plotRef = useRef<HTMLDivElement>(null);
  const { follow, cancel, onBoardKeyDown } = useFocusFollow(boardRef);
  const store = useAppStore();
  /** Positions sent and not yet answered, so quick key presses build on each other. */
  const sent = useRef(new Map<string, { position: MapPosition | null; seq: number }>());
  const sendCount = useRef(0);

  const latestPosition = (note: Note): MapPosition | null => {
    const waiting = sent.current.get(note.id);
    if (waiting) return waiting.position;
    const latest = store.getState().session;
    return (latest ? noteById(latest.notes, note.id) : undefined)?.position ?? note.position;
  };

  const place = async (note: Note, position: MapPosition | null, tell: boolean) => {
    const seq = ++sendCount.current;
    sent.current.set(note.id, { position, seq });
    const done = await action.run({ type: 'note.place', noteId: note.id, position });
    if (sent.current.get(note.id)?.seq === seq) sent.current.delete(note.id);
    if (!done) cancel(note.id);
    if (done && tell) announce(`“${shortenNote(note.text)}”: ${position ? describePosition(activity, position) : 'back with the notes to place'}.`);
    return done;
  };
  const { drag, handlersFor } = useMapDrag(plotRef, oneDimensional, (noteId, position) => {
    const note = noteById(session.notes, noteId);
    return note ? place(note, position, false) : Promise.resolve(false);
  });

  const onNoteKey = (note: Note, event: KeyboardEvent<HTMLLIElement>, zone: 'map' | 'tray' | 'placed') => {
    const nudge = mapKeyNudge(event, oneDimensional);
    if (!nudge) {
      if (event.key === 'ArrowUp' || event.key === 'ArrowDown') event.preventDefault();
      return;
    }
    event.preventDefault();
    if (zone === 'tray') follow(note.id, 'map');
    void place(note, nudgePosition(latestPosition(note), nudge.dx, nudge.dy, oneDimensional), true);
  };

  const noteFromDrag = (event: DragEvent<HTMLElement>): Note | null => {
    const note = noteById(session.notes, event.dataTransfer.getData(NOTE_DRAG_TYPE));
    return note && note.activityId === activity.id ? note : null;
  };
  const acceptDrag = (zone: 'map' | 'tray') => (event: DragEvent<HTMLElement>) => {
    if (!event.dataTransfer.types.includes(NOTE_DRAG_TYPE)) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = 'move';
    setDropZone(zone);
  };
  const dragCard = (note: Note) => ({
    onDragStart: (event: DragEvent<HTMLLIElement>) => {
      event.dataTransfer.setData(NOTE_DRAG_TYPE, note.id);
      event.dataTransfer.setData('text/plain', note.text);
      event.dataTransfer.effectAllowed = 'move';
    },
    onDragEnd: () => setDropZone(null),
  });

  return (
    <section className="panel work-panel map-board" aria-labelledby="board-title" data-testid="map-board">
      <BoardHead
        id="board-title"
        title={oneDimensional ? 'Spectrum' : 'Map'}
        count={
          <>
            {placed.length} placed · {unplaced.length} to place
          </>
        }
        countTestId="map-counts"
        howTo={
          <span id={HINT_ID}>
            Place a note: Tab to it and press {oneDimensional ? <><kbd>←</kbd> <kbd>→</kbd></> : <><kbd>←</kbd> <kbd>→</kbd> <kbd>↑</kbd> <kbd>↓</kbd></>} (<kbd>Shift</kbd> for big steps), or drag it onto the map.
          </span>
        }
      />
      <div className="map-layout" ref={boardRef} tabIndex={-1} onKeyDown={onBoardKeyDown}>
        <MapCanvas
          activity={activity}
          placed={placed}
          plotRef={plotRef}
          drag={drag}
          hintId={HINT_ID}
          chipHandlers={handlersFor}
          onChipKey={(note, event) => onNoteKey(note, event, 'map')}
          dropping={dropZone === 'map'}
          onDragOverPlot={acceptDrag('map')}
          onDragLeavePlot={() => setDropZone(null)}
          onDropNote={(event) => {
            event.preventDefault();
            setDropZone(null);
            const note = noteFromDrag(event);
            if (!note) return;
            const box = event.currentTarget.getBoundingClientRect();
            void place(note, positionFromPoint(box, event.clientX, event.clientY, oneDimensional), false);
          }}
        />
        <div className="map-side">
          <section
            className={`map-tray${dropZone === 'tray' ? ' is-drop-target' : ''}`}
            aria-labelledby="map-tray-title"
            data-testid="map-tray"
            onDragOver={acceptDrag('tray')}
            onDragLeave={(event) => {
              if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setDropZone(null);
            }}
            onDrop={(event) => {
              event.preventDefault();
              setDropZone(null);
              const note = noteFromDrag(event);
              if (note?.position) void place(note, null, false);
            }}
          >
            <h3 id="map-tray-title" className="map-side-title">
              To place <span className="map-side-count">{unplaced.length}</span>
            </h3>
            <ol className="map-list" data-zone="tray">
              {unplaced.length === 0 ? <li className="map-list-empty">New notes wait here until you place them.</li> : null}
              {unplaced.map((note) => (
                <NoteItem
                  key={note.id}
                  note={note}
                  className="note-compact"
                  card={{ hintId: HINT_ID, onKeyDown: (event) => onNoteKey(note, event, 'tray'), ...dragCard(note) }}
                  actions={
                    <button
                      type="button"
                      className="btn btn-small"
                      data-testid="map-place"
                      aria-label={`Place in the middle: ${shortenNote(note.text)}`}
                      onClick={() => {
                        follow(note.id, 'map');
                        void place(note, MAP_CENTRE, true);
                      }}
                    >
                      Place
                    </button>
                  }
                />
              ))}
            </ol>
          </section>
          <section className="map-placed" aria-labelledby="map-placed-title">
            <h3 id="map-placed-title" className="map-side-title">
              Placed <span className="map-side-count">{placed.length}</span>
            </h3>
            <ol className="map-list" data-zone="placed">
              {placed.length === 0 ? <li className="map-list-empty">Nothing on the map yet.</li> : null}
              {placed.map((note) => (
                <NoteItem
                  key={note.id}
                  note={note}
                  className="note-compact"
                  card={{ hintId: HINT_ID, onKeyDown: (event) => onNoteKey(note, event, 'placed'), ...dragCard(note) }}
                  detail={
                    <span className="map-position" data-testid="map-position">
                      {note.position ? describePosition(activity, note.position) : ''}
                    </span>
                  }
                  actions={
                    <button
                      type="button"
                      className="btn btn-small btn-quiet"
                      data-testid="map-unplace"
                      aria-label={`Take off the map: ${shortenNote(note.text)}`}
                      onClick={() => {
                        follow(note.id, 'tray');
                        void place(note, null, true);
                      }}
                    >
                      Take off
                    </button>
                  }
                />
              ))}
            </ol>
          </section>
        </div>
      </div>
      <InlineError prefix="Could not place the note" error={action.error} />
      <Announcer message={message} />
      <CaptureBox activityId={activity.id} hint="Enter adds it to “To place”; then put it on the map." />
    </section>
  );
}
