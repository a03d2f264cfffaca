import { describe, expect, it } from 'vitest';
import { loadSentBallot, MAX_BALLOTS_KEPT, saveSentBallot } from '../../../../renderer/phone/ballots';
import {
  addBallot,
  addRating,
  addToOutbox,
  isAnswer,
  isBallot,
  isRating,
  itemsToSend,
  itemsToShow,
  latestBallot,
  latestRating,
  loadOutbox,
  markGot,
  markRefused,
  markRetry,
  MAX_SENT_KEPT,
  messageOf,
  outboxKey,
  removeFromOutbox,
  saveOutbox,
} from '../../../../renderer/phone/outbox';
import type { NewNote, OutboxItem } from '../../../../renderer/phone/outbox';
import { memoryStore } from '../../../../renderer/phone/pageStorage';
import { isPoints, loadSentRating, pointOf, pointsFrom, samePoints, saveSentRating } from '../../../../renderer/phone/ratings';
import { phoneMessageSchema } from '../../../../shared/phones/phoneProtocol';

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
    expect(messageOf(plain as OutboxItem)).toEqual({ t: 'note', id: 'n1', activityId: 'a1', text: 'Note n1' });
    expect(messageOf(sorted as OutboxItem)).toEqual({ t: 'note', id: 'n2', activityId: 'a1', text: 'Note n2', columnId: 'c2', name: 'Ana' });
    expect(Object.keys(messageOf(markRefused([plain as OutboxItem], 'n1', 'No')[0] as OutboxItem))).not.toContain('message');
  });

  it('carries a commitment\'s "by when" into its note message', () => {
    const item = addToOutbox([], note('n1', 'a1', { name: 'Ana', byWhen: 'Friday' }))[0] as OutboxItem;
    const message = messageOf(item);
    expect(message).toEqual({ t: 'note', id: 'n1', activityId: 'a1', text: 'Note n1', name: 'Ana', byWhen: 'Friday' });
    expect(phoneMessageSchema.safeParse(message).success).toBe(true);
  });

  it('retries a refused named note with the name given now, and leaves an anonymous one without a name', () => {
    const named = markRefused(addToOutbox([], note('n1', 'a1', { name: 'Ana' })), 'n1', '“Ana” is already someone else’s name in this room.');
    expect(markRetry(named, 'n1', 'Calm Otter')[0]).toMatchObject({ state: 'sending', name: 'Calm Otter' });
    expect(markRetry(named, 'n1', '')[0]).toMatchObject({ state: 'sending', name: 'Ana' });
    expect(markRetry(named, 'n1')[0]).toMatchObject({ state: 'sending', name: 'Ana' });
    const anonymous = markRefused(outboxOf('n2'), 'n2', 'No');
    expect(markRetry(anonymous, 'n2', 'Calm Otter')[0]).not.toHaveProperty('name');
    expect(markRetry(markGot(named, 'n1'), 'n1', 'Calm Otter')[0]).toMatchObject({ state: 'sent', name: 'Ana' });
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
    store.set(outboxKey('K7PX'), JSON.stringify([null, 7, { id: 'x', state: 'lost' }, { ...good, columnId: 3 }, { ...good, byWhen: 5 }, good]));
    expect(loadOutbox(store, 'K7PX')).toEqual([good]);
  });
});

describe('ballots in the outbox', () => {
  const ballot = (id: string, optionIds: string[], activityId = 'v1') => ({ id, activityId, text: '', optionIds, activityTitle: 'Vote ' + activityId });

  it('keeps only the latest ballot per vote, whatever became of the older one, and leaves notes and other votes alone', () => {
    let items = addBallot(outboxOf('n1'), ballot('b1', ['o1']));
    items = addBallot(items, ballot('c1', ['o9'], 'v2'));
    items = addBallot(items, ballot('b2', ['o1', 'o1']));
    expect(items.map((item) => item.id)).toEqual(['n1', 'c1', 'b2']);
    items = addBallot(markGot(items, 'b2'), ballot('b3', ['o2']));
    expect(items.map((item) => [item.id, item.state])).toEqual([
      ['n1', 'sending'],
      ['c1', 'sending'],
      ['b3', 'sending'],
    ]);
    items = addBallot(markRefused(items, 'b3', 'No'), ballot('b4', []));
    expect(items.map((item) => item.id)).toEqual(['n1', 'c1', 'b4']);
    expect(latestBallot(items, 'v1')).toMatchObject({ id: 'b4', optionIds: [], state: 'sending' });
    expect(latestBallot(items, 'v3')).toBeUndefined();
    expect(latestBallot(items, 'a1')).toBeUndefined();
    expect(itemsToSend(items).map((item) => item.id)).toEqual(['n1', 'c1', 'b4']);
  });

  it('turns a ballot into the ballot message the host accepts', () => {
    const [item] = addBallot([], ballot('b1', ['o1', 'o1', 'o2']));
    const message = messageOf(item as OutboxItem);
    expect(message).toEqual({ t: 'ballot', id: 'b1', activityId: 'v1', optionIds: ['o1', 'o1', 'o2'] });
    expect(phoneMessageSchema.safeParse(message).success).toBe(true);
    expect(messageOf(addBallot([], ballot('b2', []))[0] as OutboxItem)).toEqual({ t: 'ballot', id: 'b2', activityId: 'v1', optionIds: [] });
  });

  it('keeps every sent ballot however many notes were sent since', () => {
    let items = markGot(addBallot([], ballot('b1', ['o1'])), 'b1');
    for (let index = 0; index < MAX_SENT_KEPT + 5; index += 1) items = markGot(addToOutbox(items, note('s' + index)), 's' + index);
    expect(latestBallot(items, 'v1')).toMatchObject({ id: 'b1', state: 'sent' });
    expect(items.filter((item) => item.state === 'sent' && !isBallot(item))).toHaveLength(MAX_SENT_KEPT);
  });

  it('lists no ballot of the vote on screen (its form shows it), and the unsent ballots of others as items', () => {
    let items = addBallot(addBallot(outboxOf('n1'), ballot('b1', ['o1'])), ballot('c1', ['o1'], 'v2'));
    items = addBallot(markGot(items, 'c1'), ballot('d1', ['o1'], 'v3'));
    expect(itemsToShow(items, 'v1').map((item) => item.id)).toEqual(['d1', 'n1']);
    expect(itemsToShow(items, 'a1').map((item) => item.id)).toEqual(['d1', 'b1', 'n1']);
  });

  it('comes back from storage, and damaged option ids are skipped', () => {
    const store = memoryStore();
    const items = addBallot(outboxOf('n1'), ballot('b1', ['o1', 'o2']));
    saveOutbox(store, 'K7PX', items);
    expect(loadOutbox(store, 'K7PX')).toEqual(items);
    store.set(outboxKey('K7PX'), JSON.stringify([{ ...items[1], optionIds: [1] }, { ...items[1], optionIds: 'o1' }, items[0]]));
    expect(loadOutbox(store, 'K7PX')).toEqual([items[0]]);
  });
});

describe('the ballots the host took', () => {
  it('are kept per room and vote; an empty one forgets the vote', () => {
    const store = memoryStore();
    expect(loadSentBallot(store, 'K7PX', 'v1')).toBeNull();
    saveSentBallot(store, 'K7PX', 'v1', ['o1', 'o1']);
    saveSentBallot(store, 'K7PX', 'v2', ['o3']);
    saveSentBallot(store, 'K7PX', 'v1', ['o2']);
    expect(loadSentBallot(store, 'K7PX', 'v1')).toEqual(['o2']);
    expect(loadSentBallot(store, 'K7PX', 'v2')).toEqual(['o3']);
    expect(loadSentBallot(store, 'AB23', 'v1')).toBeNull();
    saveSentBallot(store, 'K7PX', 'v1', []);
    saveSentBallot(store, 'K7PX', 'v2', []);
    expect(loadSentBallot(store, 'K7PX', 'v1')).toBeNull();
    expect(store.entries.size).toBe(0);
  });

  it(`keep the last ${MAX_BALLOTS_KEPT} votes, and read damaged storage as none`, () => {
    const store = memoryStore();
    for (let index = 0; index <= MAX_BALLOTS_KEPT; index += 1) saveSentBallot(store, 'K7PX', 'v' + index, ['o1']);
    expect(loadSentBallot(store, 'K7PX', 'v0')).toBeNull();
    expect(loadSentBallot(store, 'K7PX', 'v1')).toEqual(['o1']);
    store.set('groundwork.phone.ballots.K7PX', '{oops');
    expect(loadSentBallot(store, 'K7PX', 'v1')).toBeNull();
    store.set('groundwork.phone.ballots.K7PX', JSON.stringify([['v1', [2]], ['v2', ['o1']], 'v3']));
    expect(loadSentBallot(store, 'K7PX', 'v1')).toBeNull();
    expect(loadSentBallot(store, 'K7PX', 'v2')).toEqual(['o1']);
  });
});

describe('ratings in the outbox', () => {
  const rating = (id: string, points: Record<string, number>, activityId = 's1') => ({ id, activityId, text: '', points, activityTitle: 'Scale ' + activityId });

  it('keeps only the latest rating per scale, whatever became of the older one, and leaves notes, ballots and other scales alone', () => {
    let items = addBallot(addRating(outboxOf('n1'), rating('r1', { st1: 3 })), { id: 'b1', activityId: 's1', text: '', optionIds: ['o1'], activityTitle: 'Vote' });
    items = addRating(items, rating('q1', { st9: 1 }, 's2'));
    items = addRating(items, rating('r2', { st1: 4, st2: 0 }));
    expect(items.map((item) => item.id)).toEqual(['n1', 'b1', 'q1', 'r2']);
    items = addRating(markGot(items, 'r2'), rating('r3', { st2: 5 }));
    items = addRating(markRefused(items, 'r3', 'No'), rating('r4', {}));
    expect(items.map((item) => [item.id, item.state])).toEqual([
      ['n1', 'sending'],
      ['b1', 'sending'],
      ['q1', 'sending'],
      ['r4', 'sending'],
    ]);
    expect(latestRating(items, 's1')).toMatchObject({ id: 'r4', points: {}, state: 'sending' });
    expect(latestRating(items, 's3')).toBeUndefined();
    expect(latestBallot(items, 's1')).toMatchObject({ id: 'b1' });
    expect(items.map((item) => [isRating(item), isBallot(item), isAnswer(item)])).toEqual([
      [false, false, false],
      [false, true, true],
      [true, false, true],
      [true, false, true],
    ]);
    expect(itemsToSend(items).map((item) => item.id)).toEqual(['n1', 'b1', 'q1', 'r4']);
  });

  it('turns a rating into the rating message the host accepts', () => {
    const message = messageOf(addRating([], rating('r1', { st1: 0, st2: 5 }))[0] as OutboxItem);
    expect(message).toEqual({ t: 'rating', id: 'r1', activityId: 's1', points: { st1: 0, st2: 5 } });
    expect(phoneMessageSchema.safeParse(message).success).toBe(true);
    const withdrawn = messageOf(addRating([], rating('r2', {}))[0] as OutboxItem);
    expect(withdrawn).toEqual({ t: 'rating', id: 'r2', activityId: 's1', points: {} });
    expect(phoneMessageSchema.safeParse(withdrawn).success).toBe(true);
  });

  it('keeps every sent rating however many notes were sent since, and lists only unsent ratings of scales off screen', () => {
    let items = markGot(addRating([], rating('r1', { st1: 2 })), 'r1');
    for (let index = 0; index < MAX_SENT_KEPT + 5; index += 1) items = markGot(addToOutbox(items, note('s' + index)), 's' + index);
    expect(latestRating(items, 's1')).toMatchObject({ id: 'r1', state: 'sent' });
    items = addRating(addRating(outboxOf('n1'), rating('r1', { st1: 2 })), rating('q1', { st1: 1 }, 's2'));
    items = addRating(markGot(items, 'q1'), rating('p1', { st1: 1 }, 's3'));
    expect(itemsToShow(items, 's1').map((item) => item.id)).toEqual(['p1', 'n1']);
    expect(itemsToShow(items, 'a1').map((item) => item.id)).toEqual(['p1', 'r1', 'n1']);
  });

  it('comes back from storage, and damaged points are skipped', () => {
    const store = memoryStore();
    const items = addRating(outboxOf('n1'), rating('r1', { st1: 1, st2: 4 }));
    saveOutbox(store, 'K7PX', items);
    expect(loadOutbox(store, 'K7PX')).toEqual(items);
    const damaged = [{ st1: '1' }, { st1: 1.5 }, ['st1'], null, 'st1'].map((points) => ({ ...items[1], points }));
    store.set(outboxKey('K7PX'), JSON.stringify([...damaged, items[0]]));
    expect(loadOutbox(store, 'K7PX')).toEqual([items[0]]);
  });
});

describe('points', () => {
  it('are checked, compared and read by own keys only', () => {
    expect(isPoints({ a: 1, b: 0 })).toBe(true);
    expect(isPoints({})).toBe(true);
    for (const bad of [null, [], [1], { a: '1' }, { a: 1.5 }, { a: null }, 'a']) expect(isPoints(bad), JSON.stringify(bad)).toBe(false);
    expect(samePoints({ a: 1, b: 2 }, { b: 2, a: 1 })).toBe(true);
    expect(samePoints({ a: 1 }, { a: 1, b: 2 })).toBe(false);
    expect(samePoints({ a: 1 }, { a: 2 })).toBe(false);
    expect(samePoints({}, {})).toBe(true);
    expect(pointOf({ a: 3 }, 'toString')).toBeUndefined();
    const odd = pointsFrom([['__proto__', 2], ['a', 1]]);
    expect(Object.getPrototypeOf(odd)).toBe(Object.prototype);
    expect(pointOf(odd, '__proto__')).toBe(2);
    expect(JSON.parse(JSON.stringify(odd))).toEqual(JSON.parse('{"__proto__":2,"a":1}'));
  });
});

describe('the ratings the host took', () => {
  it('are kept per room and scale; none forgets the scale', () => {
    const store = memoryStore();
    expect(loadSentRating(store, 'K7PX', 's1')).toBeNull();
    saveSentRating(store, 'K7PX', 's1', { st1: 2 });
    saveSentRating(store, 'K7PX', 's2', { st1: 5, st2: 0 });
    saveSentRating(store, 'K7PX', 's1', { st2: 3 });
    saveSentBallot(store, 'K7PX', 's1', ['o1']);
    expect(loadSentRating(store, 'K7PX', 's1')).toEqual({ st2: 3 });
    expect(loadSentRating(store, 'K7PX', 's2')).toEqual({ st1: 5, st2: 0 });
    expect(loadSentRating(store, 'AB23', 's1')).toBeNull();
    expect(loadSentBallot(store, 'K7PX', 's1')).toEqual(['o1']);
    saveSentRating(store, 'K7PX', 's1', {});
    saveSentRating(store, 'K7PX', 's2', {});
    expect(loadSentRating(store, 'K7PX', 's1')).toBeNull();
    expect(store.entries.has('groundwork.phone.ratings.K7PX')).toBe(false);
  });

  it(`keep the last ${MAX_BALLOTS_KEPT} scales, and read damaged storage as none`, () => {
    const store = memoryStore();
    for (let index = 0; index <= MAX_BALLOTS_KEPT; index += 1) saveSentRating(store, 'K7PX', 's' + index, { st1: 1 });
    expect(loadSentRating(store, 'K7PX', 's0')).toBeNull();
    expect(loadSentRating(store, 'K7PX', 's1')).toEqual({ st1: 1 });
    store.set('groundwork.phone.ratings.K7PX', '{oops');
    expect(loadSentRating(store, 'K7PX', 's1')).toBeNull();
    store.set('groundwork.phone.ratings.K7PX', JSON.stringify([['s1', { st1: 'x' }], ['s2', { st1: 4 }], ['s3', [1]], 's4']));
    expect(loadSentRating(store, 'K7PX', 's1')).toBeNull();
    expect(loadSentRating(store, 'K7PX', 's2')).toEqual({ st1: 4 });
    expect(loadSentRating(store, 'K7PX', 's3')).toBeNull();
  });
});
