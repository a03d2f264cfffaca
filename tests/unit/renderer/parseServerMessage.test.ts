import { describe, expect, it } from 'vitest';
import { parseRoomMessage } from '../../../renderer/transport/checkServerMessage';
import { parseServerMessage } from '../../../renderer/transport/parseServerMessage';
import { findBuiltInWorkshop } from '../../../shared/workshop/builtInWorkshops';
import { createSession } from '../../../shared/workshop/createSession';
import { deepFreeze } from '../../../shared/util/deepFreeze';

const workshop = findBuiltInWorkshop('management-and-leadership');
if (!workshop) throw new Error('built-in workshop missing');
const session = createSession(workshop, { group: 'Team', date: '2026-11-28', sessionId: 's1', now: 1000 });

describe('parseServerMessage', () => {
  it('keeps every field of a save status (time and reason)', () => {
    const saved = parseServerMessage({ kind: 'status', status: { file: null, save: { state: 'saved', at: 42 } } });
    expect(saved).toEqual({ kind: 'status', status: { file: null, save: { state: 'saved', at: 42 } } });
    const failed = parseServerMessage({ kind: 'status', status: { file: null, save: { state: 'error', reason: 'Disk full', at: 1 } } });
    expect(failed?.kind === 'status' && failed.status.save).toEqual({ state: 'error', reason: 'Disk full', at: 1 });
  });

  it('keeps the undo history of a status, and drops only a history it cannot read', () => {
    const history = { undo: { step: 7, label: 'delete note “Feedback weekly”' }, redo: null };
    const status = { file: null, save: { state: 'idle' }, history };
    expect(parseServerMessage({ kind: 'status', status })).toEqual({ kind: 'status', status: { file: null, save: { state: 'idle' }, history } });
    const odd = parseServerMessage({ kind: 'status', status: { file: null, save: { state: 'idle' }, history: { undo: 'everything' } } });
    expect(odd).toEqual({ kind: 'status', status: { file: null, save: { state: 'idle' } } });
  });

  it('rejects events the session reducer does not know and malformed envelopes', () => {
    expect(parseServerMessage({ kind: 'event', rev: 1, event: { type: 'session/somethingElse', payload: {} } })).toBeNull();
    expect(parseServerMessage({ kind: 'event', rev: 1.5, event: { type: 'session/closed' } })).toBeNull();
    expect(parseServerMessage({ kind: 'nonsense' })).toBeNull();
    expect(parseServerMessage({ kind: 'event', rev: 2, event: { type: 'session/closed', payload: undefined } })).not.toBeNull();
  });

  it('takes a batch as the pushes in it, each checked as if it came alone, and refuses one that holds anything else', () => {
    const event = { kind: 'event', rev: 2, event: { type: 'session/closed', payload: undefined } };
    const status = { kind: 'status', status: { file: null, save: { state: 'saved', at: 42 } } };
    expect(parseServerMessage({ kind: 'batch', messages: [event, status] })).toEqual({ kind: 'batch', messages: [event, status] });
    // One push this window could not apply refuses the batch, as it would refuse that push alone.
    expect(parseServerMessage({ kind: 'batch', messages: [event, { kind: 'event', rev: 3, event: { type: 'session/somethingElse', payload: {} } }] })).toBeNull();
    expect(parseServerMessage({ kind: 'batch', messages: [event, { kind: 'reply', id: 1, ok: true, result: null }] })).toBeNull();
    expect(parseServerMessage({ kind: 'batch', messages: [{ kind: 'batch', messages: [event] }] })).toBeNull();
    expect(parseServerMessage({ kind: 'batch', messages: [] })).toBeNull();
    expect(parseServerMessage({ kind: 'batch', messages: event })).toBeNull();
    expect(parseRoomMessage({ kind: 'batch', messages: [event] })).toBeNull();
  });

  it('the presenter page applies no session event: its check refuses every one, and still reads views', () => {
    expect(parseRoomMessage({ kind: 'event', rev: 2, event: { type: 'session/closed', payload: undefined } })).toBeNull();
    expect(parseRoomMessage({ kind: 'view', rev: 2, view: null, hostNow: 9 })).toEqual({ kind: 'view', rev: 2, view: null, hostNow: 9 });
  });

  it('accepts a well-formed snapshot and refuses one whose current activity is missing', () => {
    const status = { file: null, save: { state: 'idle' } };
    expect(parseServerMessage({ kind: 'snapshot', snapshot: { rev: 1, session, status, hostNow: 5 } })?.kind).toBe('snapshot');
    const broken = { ...session, currentActivityId: 'nowhere' };
    expect(parseServerMessage({ kind: 'snapshot', snapshot: { rev: 1, session: broken, status, hostNow: 5 } })).toBeNull();
    expect(parseServerMessage({ kind: 'snapshot', snapshot: { rev: 1, session: null, status: { file: null }, hostNow: 5 } })).toBeNull();
  });

  it('turns a failed reply into a host error with a message', () => {
    expect(parseServerMessage({ kind: 'reply', id: 3, ok: false, error: { code: 'file', message: 'No space left' } })).toEqual({
      kind: 'reply',
      id: 3,
      ok: false,
      error: { code: 'file', message: 'No space left' },
    });
  });

  it('checks each new part of a session even after the parts around it passed (the projector remembers only frozen parts)', () => {
    const status = { file: null, save: { state: 'idle' } };
    const kept = deepFreeze(structuredClone(session));
    const accepted = (candidate: unknown) => parseServerMessage({ kind: 'snapshot', snapshot: { rev: 1, session: candidate, status, hostNow: 5 } }) !== null;
    expect(accepted(kept)).toBe(true);
    const pages: unknown[] = [...kept.notes.pages];
    pages[3] = { ...(pages[3] as object), bad: { id: 'bad', activityId: 'x', text: 7, hidden: false } };
    expect(accepted({ ...kept, notes: { ...kept.notes, pages } }), 'a note whose text is not text').toBe(false);
    expect(accepted({ ...kept, notes: { ...kept.notes, pages: kept.notes.pages.slice(1) } }), 'a note table one page short').toBe(false);
    expect(accepted({ ...kept, notes: { ...kept.notes, order: [...kept.notes.order, [42] as unknown as string[]] } }), 'an order chunk of numbers').toBe(false);
    expect(accepted({ ...kept, agenda: [{ ...kept.agenda[0], title: null }, ...kept.agenda.slice(1)] }), 'an activity without a title').toBe(false);
    expect(accepted({ ...kept, timers: { ...kept.timers, x: { plannedMs: 'soon' } } }), 'a timer that is not one').toBe(false);
    expect(accepted(kept), 'the parts that passed still pass').toBe(true);
  });

  it('checks again a part that passed unfrozen and then changed, even at the same place in a new table', () => {
    const status = { file: null, save: { state: 'idle' } };
    const kept = deepFreeze(structuredClone(session));
    const accepted = (candidate: unknown) => parseServerMessage({ kind: 'snapshot', snapshot: { rev: 1, session: candidate, status, hostNow: 5 } }) !== null;
    const loosePage: Record<string, unknown> = { ...kept.notes.pages[3] };
    const pages = Object.freeze(kept.notes.pages.map((page, index) => (index === 3 ? loosePage : page)));
    expect(accepted({ ...kept, notes: { ...kept.notes, pages } })).toBe(true);
    loosePage.bad = { id: 'bad', activityId: 'x', text: 7, hidden: false };
    expect(accepted({ ...kept, notes: { ...kept.notes, pages: Object.freeze([...pages]) } }), 'the same page object, now holding a bad note').toBe(false);
    expect(accepted({ ...kept, notes: { ...kept.notes, pages: Object.freeze([...kept.notes.pages]) } }), 'frozen pages at their places pass').toBe(true);
  });
});
