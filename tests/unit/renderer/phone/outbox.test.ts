import { describe, expect, it } from 'vitest';
import {
  addToOutbox,
  itemsToSend,
  itemsToShow,
  loadOutbox,
  markGot,
  markRefused,
  markRetry,
  MAX_SENT_KEPT,
  noteMessageOf,
  outboxKey,
  removeFromOutbox,
  saveOutbox,
} from '../../../../renderer/phone/outbox';
import type { NewNote, OutboxItem } from '../../../../renderer/phone/outbox';
import { memoryStore } from '../../../../renderer/phone/pageStorage';

const note = (id: string, activityId = 'a1', extra: Partial<NewNote> = {}): NewNote => ({ id, activityId, text: 'Note ' + id, activityTitle: 'Activity ' + activityId, ...extra });

function outboxOf(...ids: string[]): OutboxItem[] {
  return ids.reduce<OutboxItem[]>((items, id) => addToOutbox(items, note(id)), []);
}

describe('the outbox', () => {
  it('adds a note on its way, in the order written, and ignores a second note with the same id', () => {
    let items = outboxOf('n1', 'n2');
    items = addToOutbox(items, { ...note('n1'), text: 'changed' });
    expect(items.map((item) => [item.id, item.state, item.text])).toEqual([
      ['n1', 'sending', 'Note n1'],
      ['n2', 'sending', 'Note n2'],
    ]);
  });

  it('never changes the list it is given', () => {
    const items = outboxOf('n1', 'n2');
    const before = JSON.stringify(items);
    markGot(items, 'n1');
    markRefused(items, 'n2', 'No');
    removeFromOutbox(items, 'n1');
    addToOutbox(items, note('n3'));
    expect(JSON.stringify(items)).toBe(before);
  });

  it('marks a note sent when the host has it, and a got for an unknown note changes nothing', () => {
    const items = markGot(outboxOf('n1', 'n2'), 'n1');
    expect(items.map((item) => item.state)).toEqual(['sent', 'sending']);
    expect(markGot(items, 'nope')).toEqual(items);
  });

  it('keeps a refused note with its text and the host sentence, and sends it again only when retried', () => {
    let items = markRefused(outboxOf('n1'), 'n1', 'That activity is not open to phones.');
    expect(items[0]).toMatchObject({ id: 'n1', text: 'Note n1', state: 'refused', message: 'That activity is not open to phones.' });
    expect(itemsToSend(items)).toEqual([]);
    items = markRetry(items, 'n1');
    expect(items[0]).toEqual({ ...note('n1'), state: 'sending' });
    expect(itemsToSend(items).map((item) => item.id)).toEqual(['n1']);
  });

  it('does not undo a sent note on a late refusal, and retries only refused notes', () => {
    const sent = markGot(outboxOf('n1'), 'n1');
    expect(markRefused(sent, 'n1', 'Too late')[0]?.state).toBe('sent');
    expect(markRetry(sent, 'n1')[0]?.state).toBe('sent');
  });

  it('clears the host sentence when a refused note is finally taken', () => {
    const items = markGot(markRefused(outboxOf('n1'), 'n1', 'No'), 'n1');
    expect(items[0]).toEqual({ ...note('n1'), state: 'sent' });
  });

  it('removes a note', () => {
    expect(removeFromOutbox(outboxOf('n1', 'n2', 'n3'), 'n2').map((item) => item.id)).toEqual(['n1', 'n3']);
  });

  it(`keeps only the newest ${MAX_SENT_KEPT} sent notes, and every unsent one however many`, () => {
    let items: OutboxItem[] = [];
    for (let index = 0; index < 60; index += 1) {
      items = addToOutbox(items, note('s' + index));
      items = markGot(items, 's' + index);
      if (index % 10 === 0) items = addToOutbox(items, note('u' + index));
    }
    const sent = items.filter((item) => item.state === 'sent').map((item) => item.id);
    expect(sent).toHaveLength(MAX_SENT_KEPT);
    expect(sent[0]).toBe('s10');
    expect(sent[sent.length - 1]).toBe('s59');
    expect(itemsToSend(items).map((item) => item.id)).toEqual(['u0', 'u10', 'u20', 'u30', 'u40', 'u50']);
  });

  it('sends unsent notes in the order written, refused ones excepted', () => {
    let items = outboxOf('n1', 'n2', 'n3', 'n4');
    items = markGot(items, 'n2');
    items = markRefused(items, 'n3', 'No');
    expect(itemsToSend(items).map((item) => item.id)).toEqual(['n1', 'n4']);
  });

  it('lists newest first: every note of the activity on screen, and only the unsent notes of others', () => {
    let items = [note('old-sent', 'a0'), note('old-waiting', 'a0'), note('old-refused', 'a0'), note('here-sent'), note('here-waiting'), note('here-refused')].reduce<OutboxItem[]>(
      (list, next) => addToOutbox(list, next),
      [],
    );
    items = markGot(markGot(items, 'old-sent'), 'here-sent');
    items = markRefused(markRefused(items, 'old-refused', 'No'), 'here-refused', 'No');
    expect(itemsToShow(items, 'a1').map((item) => item.id)).toEqual(['here-refused', 'here-waiting', 'here-sent', 'old-refused', 'old-waiting']);
    // Between activities: unsent notes only.
    expect(itemsToShow(items, null).map((item) => item.id)).toEqual(['here-refused', 'here-waiting', 'old-refused', 'old-waiting']);
  });

  it('turns an item into the note message with only the fields it has', () => {
    const [plain, sorted] = [note('n1'), note('n2', 'a1', { columnId: 'c2', name: 'Ana' })].map((next) => addToOutbox([], next)[0] as OutboxItem);
    expect(noteMessageOf(plain as OutboxItem)).toEqual({ t: 'note', id: 'n1', activityId: 'a1', text: 'Note n1' });
    expect(noteMessageOf(sorted as OutboxItem)).toEqual({ t: 'note', id: 'n2', activityId: 'a1', text: 'Note n2', columnId: 'c2', name: 'Ana' });
    expect(Object.keys(noteMessageOf(markRefused([plain as OutboxItem], 'n1', 'No')[0] as OutboxItem))).not.toContain('message');
  });
});

describe('the outbox in storage', () => {
  it('comes back as it was saved, per room', () => {
    const store = memoryStore();
    const items = markRefused(markGot(outboxOf('n1', 'n2', 'n3'), 'n1'), 'n2', 'No');
    saveOutbox(store, 'K7PX', items);
    expect(loadOutbox(store, 'K7PX')).toEqual(items);
    expect(loadOutbox(store, 'AB23')).toEqual([]);
    expect(store.entries.has(outboxKey('K7PX'))).toBe(true);
  });

  it('leaves nothing behind once empty', () => {
    const store = memoryStore();
    saveOutbox(store, 'K7PX', outboxOf('n1'));
    saveOutbox(store, 'K7PX', []);
    expect(store.entries.size).toBe(0);
  });

  it('reads damaged storage as an empty outbox, keeping the items it can read', () => {
    const store = memoryStore();
    store.set(outboxKey('K7PX'), '{not json');
    expect(loadOutbox(store, 'K7PX')).toEqual([]);
    store.set(outboxKey('K7PX'), JSON.stringify({ id: 'n1' }));
    expect(loadOutbox(store, 'K7PX')).toEqual([]);
    const good = outboxOf('n1')[0];
    store.set(outboxKey('K7PX'), JSON.stringify([null, 7, { id: 'x', state: 'lost' }, { ...good, columnId: 3 }, good]));
    expect(loadOutbox(store, 'K7PX')).toEqual([good]);
  });
});
