import { clear, element, setText } from './dom';
import type { OutboxItem } from './outbox';
import type { PhoneActivity } from './protocol';

/** What the vote's form knows of this phone's ballot in it. */
export interface BallotInfo {
  /** The latest ballot this phone sent in the vote (on its way, taken or refused); null when none. */
  latest: OutboxItem | null;
  /** The dots the host last took from this phone (null: none). */
  sent: string[] | null;
}

/** What the vote's form asks of the page. */
export interface BallotFormActions {
  /** Sends this phone's whole ballot; returns why not, or null once it is in the outbox. */
  sendBallot(activityId: string, optionIds: string[]): string | null;
}

/** One vote's form: built again only when the vote changes or closes, so the dots being placed survive updates. */
export interface BallotForm {
  element: HTMLFormElement;
  /** Brings the form up to date: the options (they may change while the room votes), the dots, the ballot's state. */
  update(activity: PhoneActivity, info: BallotInfo): void;
}

export const VOTE_SENDING_TEXT = 'Sending your vote…';
export const VOTE_SENT_TEXT = 'Vote sent ✓ — you can change it until the results are shown.';
export const VOTE_WITHDRAWN_TEXT = 'Vote withdrawn — you can vote again until the results are shown.';
export const VOTE_CHANGED_TEXT = 'Changed on this phone only: send it to update your vote.';
export const VOTE_CLOSED_TEXT = 'The vote is closed.';

function dots(count: number): string {
  return count + (count === 1 ? ' dot' : ' dots');
}

/** The line above the options: how many dots, and that two may go on one option. */
export function dotsIntroText(count: number): string {
  return count === 1
    ? 'You have 1 dot: put it on what you see most.'
    : 'You have ' + count + ' dots: put them on what you see most (more than one on the same option if you like).';
}

interface Row {
  id: string;
  dots: HTMLElement;
  spoken: HTMLElement;
  add: HTMLButtonElement | null;
  remove: HTMLButtonElement | null;
}

function sameBallot(a: readonly string[], b: readonly string[]): boolean {
  return [...a].sort().join('\n') === [...b].sort().join('\n');
}

/**
 * Builds a vote's form: each option with "−", its dots and "+", how many are placed, and the send button. A closed
 * vote (`answer` is no longer `ballot`) shows the dots the host took, read-only.
 */
export function buildBallotForm(doc: Document, activity: PhoneActivity, info: BallotInfo, actions: BallotFormActions): BallotForm {
  const open = activity.answer === 'ballot';
  const form = element(doc, 'form', { className: 'ballot', testId: 'phone-ballot', attrs: { novalidate: '' } });
  const intro = element(doc, 'p', { className: 'mode' });
  const list = element(doc, 'ul', { className: 'options' });
  const left = element(doc, 'p', { className: 'hint', testId: 'phone-dots-left', attrs: { 'aria-live': 'polite' } });
  const send = element(doc, 'button', { className: 'button', testId: 'phone-vote-send', attrs: { type: 'submit' } });
  const said = element(doc, 'p', { className: 'vote-state', testId: 'phone-vote-state', attrs: { 'aria-live': 'polite' } });
  if (open) form.appendChild(intro);
  form.appendChild(list);
  if (open) {
    form.appendChild(left);
    form.appendChild(send);
  }
  form.appendChild(said);

  // Dots per option id, as placed on this phone: what it sent last (refused or not), so nothing placed is lost.
  const counts = new Map<string, number>();
  const place = (optionIds: readonly string[], limit: number): void => {
    counts.clear();
    optionIds.slice(0, limit).forEach((id) => counts.set(id, (counts.get(id) || 0) + 1));
  };
  const kept = (given: BallotInfo): string[] => given.sent || [];
  if (open) place(info.latest && info.latest.optionIds ? info.latest.optionIds : kept(info), activity.dots);

  let current = activity;
  let latest = info;
  let rows: Row[] = [];
  let shownOptions: string | null = null;
  let problem = '';

  const ballot = (): string[] => {
    const optionIds: string[] = [];
    for (const option of current.options) for (let dot = counts.get(option.id) || 0; dot > 0; dot -= 1) optionIds.push(option.id);
    return optionIds;
  };

  const stateText = (placed: readonly string[]): string => {
    if (!open) return VOTE_CLOSED_TEXT;
    if (problem !== '') return problem;
    const item = latest.latest;
    if (!item) return '';
    if (item.state === 'refused') return item.message || 'The room did not take this vote.';
    if (!sameBallot(placed, item.optionIds || [])) return VOTE_CHANGED_TEXT;
    if (item.state === 'sending') return VOTE_SENDING_TEXT;
    return placed.length === 0 ? VOTE_WITHDRAWN_TEXT : VOTE_SENT_TEXT;
  };

  const change = (optionId: string, by: number): void => {
    counts.set(optionId, Math.max(0, (counts.get(optionId) || 0) + by));
    problem = '';
    show();
  };

  const buildRows = (): void => {
    clear(list);
    rows = current.options.map((option) => {
      const quoted = '“' + option.text + '”';
      const row: Row = {
        id: option.id,
        dots: element(doc, 'span', { className: 'option-dots', attrs: { 'aria-hidden': 'true' } }),
        spoken: element(doc, 'span', { className: 'sr-only' }),
        add: null,
        remove: null,
      };
      const li = element(doc, 'li', { className: 'option', testId: 'phone-option', attrs: { 'data-option-id': option.id } }, [element(doc, 'span', { className: 'option-text', text: option.text })]);
      const controls = element(doc, 'span', { className: 'option-controls' });
      if (open) {
        row.remove = element(doc, 'button', { className: 'dot-button', text: '−', testId: 'phone-dot-remove', attrs: { type: 'button', 'aria-label': 'Take a dot from ' + quoted } });
        row.add = element(doc, 'button', { className: 'dot-button', text: '+', testId: 'phone-dot-add', attrs: { type: 'button', 'aria-label': 'Add a dot to ' + quoted } });
        row.remove.addEventListener('click', () => change(option.id, -1));
        row.add.addEventListener('click', () => change(option.id, 1));
        controls.appendChild(row.remove);
      }
      controls.appendChild(row.dots);
      controls.appendChild(row.spoken);
      if (row.add) controls.appendChild(row.add);
      li.appendChild(controls);
      list.appendChild(li);
      return row;
    });
  };

  function show(): void {
    if (!open) place(kept(latest), Infinity);
    const options = JSON.stringify(current.options);
    if (options !== shownOptions) {
      shownOptions = options;
      buildRows();
    }
    const placed = ballot();
    const full = placed.length >= current.dots;
    for (const row of rows) {
      const count = counts.get(row.id) || 0;
      setText(row.dots, count > 4 ? '●×' + count : '●'.repeat(count));
      setText(row.spoken, dots(count));
      if (row.add) row.add.disabled = full;
      if (row.remove) row.remove.disabled = count === 0;
    }
    setText(intro, dotsIntroText(current.dots));
    setText(left, current.options.length === 0 ? 'No options to vote on yet.' : placed.length + ' of ' + dots(current.dots) + ' placed');
    setText(send, latest.latest || latest.sent ? 'Update my vote' : 'Send my vote');
    setText(said, stateText(placed));
    said.classList.toggle('error', open && (problem !== '' || (latest.latest !== null && latest.latest.state === 'refused')));
  }

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    problem = actions.sendBallot(current.id, ballot()) || '';
    show();
  });

  show();
  return {
    element: form,
    update(next, given) {
      current = next;
      latest = given;
      show();
    },
  };
}
