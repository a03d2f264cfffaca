/** One upgrade step: takes a document of version N, returns version N+1. */
export type Migration = (document: unknown) => { ok: true; document: unknown } | { ok: false; problem: string };

interface SessionV0 {
  schemaVersion: 0;
  savedAt: number;
  session: Record<string, unknown> & { notes?: unknown };
}

/**
 * Version 0 was the prototype format: notes were a plain array, there was no
 * presenter state and no reset history. Version 1 normalises notes by id.
 */
function v0ToV1(document: unknown): ReturnType<Migration> {
  const v0 = document as Partial<SessionV0>;
  const session = v0.session;
  if (typeof session !== 'object' || session === null) return { ok: false, problem: '"session" is missing' };
  if (!Array.isArray(session.notes)) return { ok: false, problem: '"session.notes" should be a list' };
  const notes = session.notes as { id?: unknown }[];
  const ids = notes.map((note) => String(note.id));
  const entities = Object.fromEntries(notes.map((note) => [String(note.id), { hidden: false, deletedAt: null, ...note }]));
  return {
    ok: true,
    document: {
      app: 'groundwork',
      schemaVersion: 1,
      savedAt: v0.savedAt,
      session: { ...session, notes: { ids, entities }, timersBeforeReset: {}, presenter: { blackout: false } },
    },
  };
}

/**
 * Version 1 knew only discussions, with the script as one text. Version 2
 * adds activity kinds: the script becomes {say, watchFor, shortGroup,
 * largeGroup} (the old text is kept as "say"), notes gain their kind fields
 * (all empty for a discussion) and the session gains `runs`. The presenter's
 * `blackout` flag becomes `screen` (black or live) with no freeze or message,
 * and `settings` starts with the timer-end sound off.
 */
function v1ToV2(document: unknown): ReturnType<Migration> {
  const v1 = document as { session?: unknown };
  const session = v1.session as { agenda?: unknown; notes?: { entities?: unknown }; presenter?: { blackout?: unknown } } | undefined;
  if (typeof session !== 'object' || session === null) return { ok: false, problem: '"session" is missing' };
  if (!Array.isArray(session.agenda)) return { ok: false, problem: '"session.agenda" should be a list' };
  const entities = session.notes?.entities;
  if (typeof entities !== 'object' || entities === null) return { ok: false, problem: '"session.notes.entities" is missing' };
  const agenda = (session.agenda as unknown[]).map((activity) => {
    if (typeof activity !== 'object' || activity === null) return activity;
    const { script } = activity as { script?: unknown };
    const structured = typeof script === 'string' ? { say: script, watchFor: '', shortGroup: '', largeGroup: '' } : script;
    return { ...activity, script: structured };
  });
  const notes = Object.fromEntries(
    Object.entries(entities as Record<string, unknown>).map(([noteId, note]) => [
      noteId,
      typeof note === 'object' && note !== null ? { columnId: null, position: null, attribution: null, commitment: null, ...note } : note,
    ]),
  );
  return {
    ok: true,
    document: {
      ...v1,
      schemaVersion: 2,
      session: { ...session, agenda, notes: { ...session.notes, entities: notes }, runs: {}, presenter: presenterFromV1(session.presenter), settings: { timerEndSound: false } },
    },
  };
}

/** Version 1's presenter was one `blackout` flag; version 2 says which screen the room sees. */
function presenterFromV1(presenter: { blackout?: unknown } | undefined): { screen: 'live' | 'black'; theme: 'dark'; frozenActivityId: null; message: null } {
  return { screen: presenter?.blackout === true ? 'black' : 'live', theme: 'dark', frozenActivityId: null, message: null };
}

/** Ordered upgrades: `migrations[n]` turns version n into n + 1. */
export const migrations: readonly Migration[] = [v0ToV1, v1ToV2];
