import { z } from 'zod';
import type { SessionState, StoredSession } from './types';
import { sessionFromStored, storedSessionChunks } from './storedSession';
import { utf8Bytes, utf8Text } from '../util/utf8';
import { sessionStateSchema } from './sessionSchema';
import { migrations } from './migrations';
import { jsonShapeProblem } from './jsonShape';

/** The schema version this build writes. */
export const CURRENT_SCHEMA_VERSION = 2;
export { SESSION_FILE_EXTENSION } from './sessionFileName';
/** Largest session file Groundwork will read. */
export const MAX_SESSION_FILE_BYTES = 50 * 1024 * 1024;

/** The outer shape of a session file on disk (schema version 2: activity kinds, structured scripts, runs). */
export interface SessionFile {
  app: 'groundwork';
  schemaVersion: typeof CURRENT_SCHEMA_VERSION;
  savedAt: number;
  session: StoredSession;
}

const fileSchema = z.object({
  app: z.literal('groundwork'),
  schemaVersion: z.literal(CURRENT_SCHEMA_VERSION),
  savedAt: z.number().finite().nonnegative(),
  session: sessionStateSchema,
});

/** Result of reading a session file's text. `migratedFrom` is set when an older version was upgraded in memory. */
export type ParsedSessionFile =
  | { ok: true; session: SessionState; savedAt: number; migratedFrom: number | null }
  | { ok: false; problem: string };

/** Turns a session into the text written to disk. */
export function serializeSessionFile(session: SessionState, savedAt: number): string {
  return utf8Text(sessionFileChunks(session, savedAt));
}

/**
 * The text written to disk as UTF-8 pieces, to be written one after the other (`serializeSessionFile` is their text).
 * The notes' pieces are kept from save to save (storedSession.ts), so a save after one change encodes that change.
 */
export function sessionFileChunks(session: SessionState, savedAt: number): Uint8Array[] {
  const head: Omit<SessionFile, 'session'> = { app: 'groundwork', schemaVersion: CURRENT_SCHEMA_VERSION, savedAt };
  return [utf8Bytes(`${JSON.stringify(head).slice(0, -1)},"session":`), ...storedSessionChunks(session), CLOSE_OBJECT];
}

const CLOSE_OBJECT = utf8Bytes('}');

/**
 * Reads a session file's text. Never throws: every problem comes back as a
 * sentence naming what is wrong and where, fit to show the facilitator.
 */
export function parseSessionFile(text: string): ParsedSessionFile {
  if (text.trim() === '') return { ok: false, problem: 'the file is empty' };
  // Bound what JSON.parse may build before it builds it: a hostile file could otherwise take seconds and gigabytes.
  const shapeProblem = jsonShapeProblem(text);
  if (shapeProblem !== null) return { ok: false, problem: shapeProblem };
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    if (endsTooEarly(text, detail)) return { ok: false, problem: 'it is not valid JSON because it ends too early: it looks truncated (cut off while being saved or copied)' };
    return { ok: false, problem: `it is not valid JSON (${detail}); it may be truncated or not a Groundwork file` };
  }
  return parseSessionDocument(raw);
}

/** Whether a JSON syntax error is at the very end of the text, i.e. the text stops part-way through. */
function endsTooEarly(text: string, detail: string): boolean {
  if (/end of JSON input/i.test(detail)) return true;
  const position = /at position (\d+)/.exec(detail)?.[1];
  return position !== undefined && Number(position) >= text.trimEnd().length;
}

/** Validates an already-parsed document, applying migrations from older schema versions. */
export function parseSessionDocument(raw: unknown): ParsedSessionFile {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return { ok: false, problem: 'it is not a Groundwork session file (expected a JSON object)' };
  const version = (raw as { schemaVersion?: unknown }).schemaVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 0) {
    return { ok: false, problem: 'it has no valid "schemaVersion", so it is not a Groundwork session file' };
  }
  if (version > CURRENT_SCHEMA_VERSION) {
    return { ok: false, problem: `it was written by a newer Groundwork (schema version ${version}; this version reads up to ${CURRENT_SCHEMA_VERSION}). Update Groundwork to open it` };
  }
  let document: unknown = raw;
  for (let from = version; from < CURRENT_SCHEMA_VERSION; from++) {
    const migrate = migrations[from];
    if (!migrate) return { ok: false, problem: `there is no upgrade from schema version ${from}` };
    const upgraded = migrate(document);
    if (!upgraded.ok) return { ok: false, problem: `it could not be upgraded from schema version ${from}: ${upgraded.problem}` };
    document = upgraded.document;
  }
  const parsed = fileSchema.safeParse(document);
  if (!parsed.success) return { ok: false, problem: describeIssue(parsed.error.issues[0]) };
  return { ok: true, session: sessionFromStored(parsed.data.session), savedAt: parsed.data.savedAt, migratedFrom: version === CURRENT_SCHEMA_VERSION ? null : version };
}

function describeIssue(issue: z.core.$ZodIssue | undefined): string {
  if (!issue) return 'it does not match the session format';
  const where = issue.path.length === 0 ? 'the file' : `"${issue.path.map(String).join('.')}"`;
  return `${where} ${issue.message.charAt(0).toLowerCase()}${issue.message.slice(1)}`;
}
