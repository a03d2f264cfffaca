import { clear, element } from './dom';
import { isAnswer, isBallot } from './outbox';
import type { OutboxItem } from './outbox';
import type { PhoneActivity } from './protocol';

/** What the list's buttons do. */
export interface ItemListActions {
  retry(id: string): void;
  remove(id: string): void;
}

const STATE_TEXT: Record<OutboxItem['state'], string> = { sending: 'Sending…', sent: 'Sent ✓', refused: 'Not sent' };

function itemElement(doc: Document, item: OutboxItem, activity: PhoneActivity | null, actions: ItemListActions): HTMLLIElement {
  // A ballot or rating is listed only once the room has left its activity, still unsent: one line, naming it.
  const answer = isAnswer(item);
  const what = isBallot(item) ? 'vote' : answer ? 'answers' : 'note';
  const text = answer ? 'Your ' + what + ' in “' + item.activityTitle + '”' : item.text;
  const li = element(doc, 'li', { className: 'note', testId: 'phone-item', attrs: { 'data-state': item.state } }, [element(doc, 'p', { className: 'note-text', text })]);
  const meta = element(doc, 'p', { className: 'note-meta' }, [element(doc, 'span', { className: 'note-state', text: STATE_TEXT[item.state] })]);
  if (activity && item.activityId === activity.id) {
    const column = activity.columns.filter((candidate) => candidate.id === item.columnId)[0];
    if (column) meta.appendChild(element(doc, 'span', { text: ' · ' + column.label }));
    if (item.byWhen) meta.appendChild(element(doc, 'span', { text: ' · by ' + item.byWhen }));
  } else if (!answer) {
    // A note from an activity the room has left says where it goes, so it is not taken for an answer to this one.
    meta.appendChild(element(doc, 'span', { text: ' · for “' + item.activityTitle + '”' }));
  }
  li.appendChild(meta);
  if (item.state === 'refused') {
    li.appendChild(element(doc, 'p', { className: 'error', text: item.message || 'The room did not take ' + (what === 'answers' ? 'these answers.' : 'this ' + what + '.') }));
    const retry = element(doc, 'button', { className: 'button button-small', text: 'Try again', testId: 'phone-retry', attrs: { type: 'button' } });
    const remove = element(doc, 'button', { className: 'button button-small button-quiet', text: 'Remove', testId: 'phone-remove', attrs: { type: 'button' } });
    retry.addEventListener('click', () => actions.retry(item.id));
    remove.addEventListener('click', () => actions.remove(item.id));
    li.appendChild(element(doc, 'div', { className: 'note-actions' }, [retry, remove]));
  }
  return li;
}

/** Fills the "Your notes" list with these items (already newest first). */
export function renderItems(doc: Document, list: HTMLElement, items: readonly OutboxItem[], activity: PhoneActivity | null, actions: ItemListActions): void {
  clear(list);
  for (const item of items) list.appendChild(itemElement(doc, item, activity, actions));
}
