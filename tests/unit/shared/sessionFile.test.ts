import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CURRENT_SCHEMA_VERSION, parseSessionFile, serializeSessionFile } from '../../../shared/session/sessionFile';
import { commandToEvent } from '../../../shared/protocol/commandToEvent';
import { commandSchema } from '../../../shared/protocol/commands';
import type { Command } from '../../../shared/protocol/commands';
import { sessionReducer } from '../../../shared/session/sessionSlice';
import type { SessionState } from '../../../shared/session/types';
import { notesForActivity } from '../../../shared/session/selectors';
import { newSession } from './sessionFixtures';
import { noteIds, noteIn } from '../../support/noteTables';

const fixture = path.resolve(import.meta.dirname, '../../fixtures/session-v0.groundwork');

function played(): SessionState {
  const commands: Command[] = [
    { type: 'timer.start', activityId: 'opening' },
    { type: 'note.capture', activityId: 'opening', text: 'Managers keep the lights on' },
    { type: 'note.capture', activityId: 'opening', text: 'Leaders: "why" – not "how" ✨' },
    { type: 'note.setHidden', noteId: 'n2', hidden: true },
    { type: 'activity.next' },
    { type: 'timer.adjust', activityId: 'administration-vs-influence', deltaMs: 120_000 },
    { type: 'timer.reset', activityId: 'opening' },
    { type: 'presenter.setBlackout', blackout: true },
  ];
  let n = 0;
  return commands.reduce<SessionState>((state, command, i) => {
    const outcome = commandToEvent(state, commandSchema.parse(command), { now: 2_000_000 + i * 1000, newId: () => `n${++n}` });
    if (!outcome.ok || !outcome.event) throw new Error('setup failed');
    return sessionReducer(state, outcome.event) as SessionState;
  }, newSession());
}

describe('session file round trip', () => {
  it('a played session reads back exactly as written', () => {
    const session = played();
    const parsed = parseSessionFile(serializeSessionFile(session, 3_000_000));
    expect(parsed).toEqual({ ok: true, session, savedAt: 3_000_000, migratedFrom: null });
  });
});

describe('bad session files are refused with a reason', () => {
  const good = JSON.parse(serializeSessionFile(played(), 3_000_000)) as { session: Record<string, unknown> & { agenda: unknown[] } };
  const variant = (change: (document: typeof good) => void): string => {
    const copy = structuredClone(good);
    change(copy);
    return JSON.stringify(copy);
  };

  it.each<[string, string, string | RegExp]>([
    ['empty', '', 'the file is empty'],
    ['only whitespace', '  \n ', 'the file is empty'],
    ['not JSON', 'Meeting notes, Tuesday', /^it is not valid JSON \(.*\); it may be truncated or not a Groundwork file$/],
    ['truncated', serializeSessionFile(played(), 1).slice(0, 200), /^it is not valid JSON .* truncated/],
    ['a JSON list', '[1,2,3]', 'it is not a Groundwork session file (expected a JSON object)'],
    ['no version', '{"app":"groundwork"}', 'it has no valid "schemaVersion", so it is not a Groundwork session file'],
    [
      'newer version',
      variant((d) => Object.assign(d, { schemaVersion: 7 })),
      `it was written by a newer Groundwork (schema version 7; this version reads up to ${CURRENT_SCHEMA_VERSION}). Update Groundwork to open it`,
    ],
    ['wrong type of title', variant((d) => Object.assign(d.session.meta as object, { title: 42 })), /^"session\.meta\.title" invalid input: expected string/i],
    ['empty agenda', variant((d) => (d.session.agenda = [])), /^"session\.agenda" /],
    ['current activity missing', variant((d) => (d.session.currentActivityId = 'gone')), '"session.currentActivityId" names an activity that is not in the agenda'],
    [
      'note listed but missing',
      variant((d) => ((d.session.notes as { ids: string[] }).ids.push('ghost'))),
      `"session.notes.ids.${(good.session.notes as { ids: string[] }).ids.length}" names note "ghost", which is missing`,
    ],
  ])('%s', (_name, text, problem) => {
    const parsed = parseSessionFile(text);
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    if (typeof problem === 'string') expect(parsed.problem).toBe(problem);
    else expect(parsed.problem).toMatch(problem);
  });
});

describe('version 0 files', () => {
  it('are upgraded in memory: notes keyed by id, nothing hidden or deleted, no blackout', () => {
    const parsed = parseSessionFile(readFileSync(fixture, 'utf8'));
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.migratedFrom).toBe(0);
    expect(parsed.savedAt).toBe(1764316800000);
    const { session } = parsed;
    expect(session.meta.title).toBe('Prototype retro');
    expect(session.currentActivityId).toBe('went-well');
    expect(noteIds(session.notes)).toEqual(['n1', 'n2']);
    expect(notesForActivity(session, 'went-well').map((note) => note.text)).toEqual(['Pairing on the release']);
    expect(noteIn(session.notes, 'n1')).toMatchObject({ hidden: false, deletedAt: null });
    expect(session.timers['went-well']).toEqual({ plannedMs: 900000, adjustMs: 60000, usedMs: 120000, startedAt: null });
    expect(session.timersBeforeReset).toEqual({});
    expect(session.presenter).toEqual({ screen: 'live', theme: 'dark', frozenActivityId: null, message: null });
    expect(session.settings).toEqual({ timerEndSound: false });
  });

  it('written again, they come back as the current version with the same content', () => {
    const parsed = parseSessionFile(readFileSync(fixture, 'utf8'));
    if (!parsed.ok) throw new Error(parsed.problem);
    const again = parseSessionFile(serializeSessionFile(parsed.session, 5));
    expect(again).toEqual({ ok: true, session: parsed.session, savedAt: 5, migratedFrom: null });
  });

  it('a version 0 file without a notes list is refused', () => {
    const broken = JSON.stringify({ schemaVersion: 0, savedAt: 1, session: { notes: 'none' } });
    expect(parseSessionFile(broken)).toEqual({ ok: false, problem: 'it could not be upgraded from schema version 0: "session.notes" should be a list' });
  });
});

describe('version 1 files (written before activity kinds)', () => {
  const v1Fixture = path.join(path.dirname(fixture), 'session-v1.groundwork');

  it('open with their notes, timers and script intact, as discussions with empty kind fields', () => {
    const parsed = parseSessionFile(readFileSync(v1Fixture, 'utf8'));
    if (!parsed.ok) throw new Error(parsed.problem);
    expect(parsed.migratedFrom).toBe(1);
    const { session } = parsed;
    expect(session.agenda.every((activity) => activity.kind === 'discussion')).toBe(true);
    expect(session.agenda[0]?.script.say).toMatch(/^Welcome the group/);
    expect(session.agenda[0]?.script).toMatchObject({ watchFor: '', shortGroup: '', largeGroup: '' });
    expect(notesForActivity(session, 'opening').map((note) => [note.text, note.hidden])).toEqual([
      ['Managers keep the lights on', false],
      ['Leaders set direction', true],
    ]);
    expect(noteIn(session.notes, 'a3')).toMatchObject({ activityId: 'trust', columnId: null, position: null, attribution: null, commitment: null });
    expect(session.currentActivityId).toBe('trust');
    expect(session.timers.opening).toMatchObject({ usedMs: 640_000, startedAt: null });
    expect(session.runs).toEqual({});
  });

  it('a version 1 file without an agenda list is refused with the reason', () => {
    const broken = JSON.stringify({ app: 'groundwork', schemaVersion: 1, savedAt: 1, session: { agenda: 'none', notes: { ids: [], entities: {} } } });
    expect(parseSessionFile(broken)).toEqual({ ok: false, problem: 'it could not be upgraded from schema version 1: "session.agenda" should be a list' });
  });
});
