import { describeNoteLength } from './noteLength';

/** A live "1,850 / 2,000" under a note box, shown only near or over the limit; red and worded when over. */
export function NoteLengthCounter({ id, length, testId }: { id: string; length: number; testId: string }) {
  const view = describeNoteLength(length);
  if (!view.show) return null;
  return (
    <p id={id} className={`note-counter${view.over ? ' is-over' : ''}`} data-testid={testId} data-over={view.over || undefined}>
      {view.text}
    </p>
  );
}
