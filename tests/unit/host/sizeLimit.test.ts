import { readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { WriteBehind } from '../../../electron/host/writeBehind';
import type { SaveState } from '../../../shared/protocol/hostStatus';
import { MAX_SESSION_FILE_BYTES } from '../../../shared/session/sessionFile';
import type { Note, SessionState, StoredSession } from '../../../shared/session/types';
import { noteTableOf } from '../../../shared/session/noteTable';
import { connectWindow, makeHost, startWorkshop } from '../helpers/hostHarness';
import type { HostHarness } from '../helpers/hostHarness';
import { notesIn } from '../../support/noteTables';

/** A note as long as a note can be, in a three-byte character: 6,000 bytes on disk. */
const BIG_TEXT = '€'.repeat(2000);
const ACTIVITY = 'opening-perceptions';

let h: HostHarness;

beforeEach(async () => {
  h = await makeHost();
});
afterEach(async () => {
  await h.cleanup();
});

/** Saves a session whose file is `bytes` long, filled with long notes, and returns its path. */
async function sessionFileOfSize(bytes: number): Promise<string> {
  await startWorkshop(h.control);
  await h.control.ok('session.saveAs', { path: 'big' });
  await h.control.ok('session.close');
  const file = path.join(h.workspace, 'big.groundwork');
  const document = JSON.parse(await readFile(file, 'utf8')) as { session: StoredSession };
  const { notes } = document.session;
  const note = (id: string, text: string) => ({ id, activityId: ACTIVITY, text, hidden: false, createdAt: 1, updatedAt: 1, deletedAt: null, columnId: null, position: null, attribution: null, commitment: null });
  let size = Buffer.byteLength(JSON.stringify(document));
  for (let i = 0; size < bytes - 14_000; i++) {
    const id = `filler-${i}`;
    notes.ids.push(id);
    notes.entities[id] = note(id, BIG_TEXT);
    size += Buffer.byteLength(JSON.stringify(notes.entities[id])) + Buffer.byteLength(JSON.stringify(id)) * 2 + 3;
  }
  // Four last notes take up the rest exactly: € is three bytes, x one.
  const last = ['filler-last-1', 'filler-last-2', 'filler-last-3', 'filler-last-4'];
  for (const id of last) {
    notes.ids.push(id);
    notes.entities[id] = note(id, '');
  }
  let rest = bytes - Buffer.byteLength(JSON.stringify(document));
  const pad = (length: number) => '€'.repeat(Math.floor(length / 3)) + 'x'.repeat(length % 3);
  last.forEach((id, index) => {
    const share = index === last.length - 1 ? rest : Math.floor(rest / (last.length - index));
    notes.entities[id] = note(id, pad(share));
    rest -= share;
  });
  const text = JSON.stringify(document);
  expect(Buffer.byteLength(text)).toBe(bytes);
  await writeFile(file, text);
  return file;
}

describe('one size limit for writing and reading', () => {
  it('refuses the note that would make the file too big to open, saying why, and everything acknowledged reopens', async () => {
    const file = await sessionFileOfSize(MAX_SESSION_FILE_BYTES - 100 * 1024);
    await h.control.ok('session.open', { path: 'big.groundwork' });
    const acknowledged: string[] = [];
    let refusal: string | null = null;
    for (let i = 0; i < 40 && refusal === null; i++) {
      const text = `${i} ${BIG_TEXT}`.slice(0, 2000);
      const outcome = await h.control.call('session.dispatch', { type: 'note.capture', activityId: ACTIVITY, text });
      if (outcome.ok) acknowledged.push(text);
      else refusal = outcome.error.message;
    }
    expect(refusal).toBe(
      'Not added: this session has reached the 50 MB a session file can hold, so Groundwork cannot save more into it. Everything up to now is kept. Export the report, then start a new session for the rest of the workshop.',
    );
    // Small changes that do not add text still work (the room's timer must not stop).
    await h.control.ok('session.dispatch', { type: 'timer.start', activityId: ACTIVITY });
    await h.host.flush();
    expect((await h.control.snapshot()).status.save.state).toBe('saved');
    expect((await stat(file)).size).toBeLessThanOrEqual(MAX_SESSION_FILE_BYTES);

    const again = connectWindow(h.restart(), 'control');
    const reopened = await again.call('session.open', { path: 'big.groundwork' });
    expect(reopened.ok ? 'opened' : reopened.error.message).toBe('opened');
    const { session } = await again.snapshot();
    const texts = notesIn(session?.notes).map((note) => note.text);
    for (const text of acknowledged) expect(texts).toContain(text);
  });

  it('the autosaver never writes a file larger than the limit, and says why', async () => {
    const session = (await (async () => {
      await startWorkshop(h.control);
      return (await h.control.snapshot()).session;
    })()) as SessionState;
    const notes: Note[] = Array.from({ length: 9000 }, (_, i) => ({ id: `n${i}`, activityId: ACTIVITY, text: BIG_TEXT, hidden: false, createdAt: 1, updatedAt: 1, deletedAt: null, columnId: null, position: null, attribution: null, commitment: null }));
    const bloated: SessionState = { ...session, notes: noteTableOf(notes) };
    const writes: string[] = [];
    const states: SaveState[] = [];
    const saver = new WriteBehind({ target: path.join(h.workspace, 'huge.groundwork'), now: () => 1, write: (target) => Promise.resolve(void writes.push(target)), onStatus: (state) => states.push(state) });
    await expect(saver.saveNow(bloated)).rejects.toThrow('Not saved: the session is 53 MB, more than the 50 MB a session file can hold. The last saved version is kept; export the report and start a new session');
    expect(writes).toEqual([]);
    expect(states.at(-1)).toMatchObject({ state: 'error' });
    await saver.close();
  });
});
