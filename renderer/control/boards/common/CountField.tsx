import { useId, useRef, useState } from 'react';
import type { KeyboardEvent } from 'react';
import { countKeyStep, parseCount, stepCount } from './countInput';

/** Props of a count box with − and + buttons. */
export interface CountFieldProps {
  count: number;
  /** The accessible name, e.g. "Dots for Micromanagement". */
  label: string;
  /** Sends the new count to the host; resolves to whether it was accepted. */
  onCommit: (count: number) => Promise<boolean>;
  testId?: string;
  /** Smaller buttons for dense grids. */
  compact?: boolean;
}

/** Enter in a count box moves to the next count box of the board, as in a spreadsheet column. */
function focusNextCount(input: HTMLInputElement): boolean {
  const board = input.closest('.work-panel') ?? document;
  const counts = Array.from(board.querySelectorAll<HTMLInputElement>('input.count-input'));
  const next = counts[counts.indexOf(input) + 1];
  next?.focus();
  return next !== undefined;
}

/**
 * A count the facilitator enters: − and + buttons around a number box. In the
 * box, ↑ / + and ↓ / − step the count at once; typed digits are sent on Enter
 * (which moves on to the next count) or when the box loses the focus, and Escape puts the stored count back.
 */
export function CountField({ count, label, onCommit, testId, compact }: CountFieldProps) {
  const [draft, setDraft] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  /** The count last sent and not yet confirmed, so quick presses build on each other. */
  const [sent, setSent] = useState<number | null>(null);
  const problemId = useId();
  const latestCommit = useRef(0);
  const shown = sent ?? count;

  const commit = async (next: number) => {
    setDraft(null);
    setProblem(null);
    if (next === shown) return;
    setSent(next);
    const commitNumber = ++latestCommit.current;
    await onCommit(next);
    // The host's event arrives before its reply, so the stored count is up to date by now.
    if (commitNumber === latestCommit.current) setSent(null);
  };

  const commitDraft = async () => {
    if (draft === null) return;
    const parsed = parseCount(draft);
    if (!parsed.ok) return setProblem(parsed.problem);
    await commit(parsed.count);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    const step = countKeyStep(event.key);
    if (step !== null && !event.ctrlKey && !event.metaKey && !event.altKey) {
      event.preventDefault();
      const parsed = draft === null ? ({ ok: true, count: shown } as const) : parseCount(draft);
      void commit(stepCount(parsed.ok ? parsed.count : shown, step));
      return;
    }
    if (event.key === 'Enter') {
      event.preventDefault();
      // Leaving the box sends the typed count (onBlur); the last box of the board sends it here.
      if (!focusNextCount(event.currentTarget)) void commitDraft();
    } else if (event.key === 'Escape' && draft !== null) {
      event.preventDefault();
      setDraft(null);
      setProblem(null);
    }
  };

  const size = compact ? ' count-field-compact' : '';
  const minus = (
    <button type="button" className="btn btn-small count-step" aria-label={`One less: ${label}`} disabled={shown <= 0} onClick={() => void commit(stepCount(shown, -1))} data-testid="count-minus">
      −
    </button>
  );
  const plus = (
    <button type="button" className="btn btn-small count-step" aria-label={`One more: ${label}`} onClick={() => void commit(stepCount(shown, 1))} data-testid="count-plus">
      +
    </button>
  );
  const input = (
    <input
      className="input count-input"
      type="text"
      inputMode="numeric"
      autoComplete="off"
      aria-label={label}
      aria-invalid={problem ? true : undefined}
      aria-describedby={problem ? problemId : undefined}
      value={draft ?? String(shown)}
      onChange={(event) => {
        setDraft(event.target.value);
        setProblem(null);
      }}
      onFocus={(event) => event.target.select()}
      onBlur={() => void commitDraft()}
      onKeyDown={onKeyDown}
      data-testid="count-input"
    />
  );
  return (
    <span className={`count-field${size}`} data-testid={testId}>
      {minus}
      {input}
      {plus}
      {problem ? (
        <span id={problemId} className="inline-error count-problem" role="alert">
          {problem}
        </span>
      ) : null}
    </span>
  );
}
