import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isTempFileName } from '../../../electron/files/atomicWrite';
import { parseSessionFile } from '../../../shared/session/sessionFile';
import { bundleEntry, startLineChild } from '../../durability/childRunner';
import { makeTempDir } from '../helpers/tempDir';
import { noteIds, noteIn } from '../../support/noteTables';

/**
 * The kill test: a child process runs the real host and captures notes
 * without pause; it prints "ACK <rev> <notes>" only once the host has
 * reported the save covering them as done. The parent kills it with SIGKILL
 * at a random moment, then checks the file the child was saving: it parses,
 * it holds every acknowledged note (notes are numbered, so nothing may be
 * missing in between either), and the next start leaves no temporary file.
 * The next child finds the session reopened by itself at start-up, so every
 * trial also checks that resuming brings back exactly what is on disk.
 *
 * 200 trials in `npm test`; `npm run test:durability` runs 1,000
 * (GROUNDWORK_KILL_TRIALS). Trials run in two lanes at once, each lane on
 * its own folders, which are replaced every 10 trials.
 */
const TRIALS = Number(process.env.GROUNDWORK_KILL_TRIALS ?? 200);
const LANES = 2;
const TRIALS_PER_FOLDER = 10;
/** A kill lands at a random moment up to this long after the child starts capturing. */
const MAX_KILL_DELAY_MS = 80;

interface TrialFigures {
  acked: number;
  onDisk: number;
  lost: number;
  tempsLeftByKill: number;
}

let root: { dir: string; cleanup: () => Promise<void> };
let script: string;

beforeAll(async () => {
  root = await makeTempDir('groundwork-kill-');
  script = await bundleEntry(path.resolve(import.meta.dirname, '../../durability/killChild.ts'));
}, 60_000);

afterAll(async () => {
  await root.cleanup();
  await rm(path.dirname(script), { recursive: true, force: true });
});

async function tempFilesIn(folders: string[]): Promise<string[]> {
  const found: string[] = [];
  for (const folder of folders) {
    const names = await readdir(folder).catch(() => [] as string[]);
    found.push(...names.filter(isTempFileName).map((name) => path.join(folder, name)));
  }
  return found;
}

/** The numbered notes a file holds; fails unless they are exactly n1, n2, … nM. */
async function notesInFile(file: string): Promise<number> {
  const parsed = parseSessionFile(await readFile(file, 'utf8'));
  if (!parsed.ok) throw new Error(`${file} does not parse after a kill: ${parsed.problem}`);
  const texts = noteIds(parsed.session.notes).map((id) => noteIn(parsed.session.notes, id)?.text);
  texts.forEach((text, index) => {
    if (text !== `n${index + 1}`) throw new Error(`${file}: note ${index + 1} is "${String(text)}", expected "n${index + 1}"`);
  });
  return texts.length;
}

async function runLane(lane: number, trials: number, figures: TrialFigures[]): Promise<void> {
  let folder = '';
  let onDisk = 0;
  for (let trial = 0; trial < trials; trial++) {
    const fresh = trial % TRIALS_PER_FOLDER === 0;
    const round = Math.floor(trial / TRIALS_PER_FOLDER);
    if (fresh) {
      if (folder) await rm(folder, { recursive: true, force: true });
      folder = path.join(root.dir, `lane${lane}-${round}`);
      await mkdir(path.join(folder, 'workspace'), { recursive: true });
    }
    const workspace = path.join(folder, 'workspace');
    const dataDir = path.join(folder, 'data');
    // Alternate desktop and browser mode, and named files and untitled sessions (recovery folder), by folder.
    const mode = round % 2 === 0 ? 'desktop' : 'browser';
    const kind = (round + lane) % 3 === 2 ? 'untitled' : 'named';
    const args = ['--workspace', workspace, '--data', dataDir, '--mode', mode, '--kind', kind, ...(fresh ? [] : ['--expect-resume'])];
    const child = startLineChild(script, args);
    const ready = (await child.waitFor('READY ')).split(' ');
    const startNotes = Number(ready[1]);
    const file = ready.slice(2).join(' ');
    if (!fresh) expect(startNotes, 'the next start reopens exactly what the killed child left on disk').toBe(onDisk);
    expect(await tempFilesIn([workspace, dataDir, path.join(dataDir, 'recovery')]), 'no temp file survives the next start').toEqual([]);

    child.child.stdin.write('go\n');
    await new Promise((resolve) => setTimeout(resolve, Math.random() * MAX_KILL_DELAY_MS));
    child.child.kill('SIGKILL');
    const exit = await child.exited;
    const errors = child.lines.filter((line) => line.startsWith('ERROR'));
    expect(errors, child.stderr()).toEqual([]);
    expect(exit.signal).toBe('SIGKILL');

    const acked = Math.max(startNotes, ...child.lines.filter((line) => line.startsWith('ACK ')).map((line) => Number(line.split(' ')[2])));
    onDisk = await notesInFile(file);
    const tempsLeftByKill = (await tempFilesIn([workspace, dataDir, path.join(dataDir, 'recovery')])).length;
    figures.push({ acked, onDisk, lost: Math.max(0, acked - onDisk), tempsLeftByKill });
    expect(onDisk, `trial ${trial} of lane ${lane}: the file must hold every acknowledged note`).toBeGreaterThanOrEqual(acked);
  }
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

describe('kill -9 at random moments', () => {
  it(
    `loses no acknowledged note in ${TRIALS} trials`,
    async () => {
      const started = performance.now();
      const figures: TrialFigures[] = [];
      const perLane = Array.from({ length: LANES }, (_, lane) => Math.floor(TRIALS / LANES) + (lane < TRIALS % LANES ? 1 : 0));
      await Promise.all(perLane.map((trials, lane) => runLane(lane, trials, figures)));
      const seconds = (performance.now() - started) / 1000;
      const lost = figures.map((figure) => figure.lost);
      const ahead = figures.map((figure) => figure.onDisk - figure.acked);
      const summary = {
        trials: figures.length,
        seconds: Math.round(seconds * 10) / 10,
        notesLostVsAcked: { min: Math.min(...lost), median: median(lost), max: Math.max(...lost) },
        notesOnDiskBeyondLastAck: { median: median(ahead), max: Math.max(...ahead) },
        killsThatLeftATempFile: figures.filter((figure) => figure.tempsLeftByKill > 0).length,
        acknowledgedNotes: figures.reduce((sum, figure) => sum + figure.acked, 0),
      };
      console.log(`kill test: ${JSON.stringify(summary)}`);
      await mkdir('.tmp', { recursive: true });
      await writeFile('.tmp/durability-kill.json', `${JSON.stringify(summary, null, 2)}\n`);
      expect(figures).toHaveLength(TRIALS);
      expect(summary.notesLostVsAcked.max).toBe(0);
    },
    Math.max(120_000, TRIALS * 2_000),
  );
});
