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

/** Ordered upgrades: `migrations[n]` turns version n into n + 1. */
export const migrations: readonly Migration[] = [v0ToV1];
