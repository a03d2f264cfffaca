/**
 * Where the control → presenter latency goes, hop by hop, for one capture at
 * a time (run: `npx tsx bench/latencyBreakdown.ts [notes...] [--samples N] [--discussion]`).
 *
 * The pages record marks only because this script sets `window.__groundworkLatency`
 * before they load (renderer/transport/latencyMarks.ts); the server prints its
 * own moments only with GROUNDWORK_LATENCY_LOG=1 (electron/server/latencyLog.ts).
 * Times are wall-clock ms (performance.timeOrigin + now) in every process, so
 * the two hops that cross processes also carry the clocks' small disagreement.
 */
import type { Page } from '@playwright/test';
import type { RunningServer } from '../tests/e2e/support/browserModeServer';
import { openBenchPages, submitCapture } from './benchPages';
import { percentiles } from './stats';
import { watchForNote } from './syncLatency';

const WARMUP = 10;
const DISCUSSION = process.argv.includes('--discussion');

interface Mark {
  name: string;
  at: number;
}

/** The hops, in order: each from the previous moment to this one. */
const HOPS = [
  ['call-sent', 'control: submit → WebSocket send'],
  ['host:call-received', 'wire: control → host'],
  ['host:viewPatch-sent', 'host: call received → room view patch pushed'],
  ['message-received', 'wire: host → presenter'],
  ['message-parsed:viewPatch', 'presenter: JSON parse + validate'],
  ['store-applied', 'presenter: reducer + store'],
  ['stage-render', 'presenter: React until stage renders'],
  ['stage-committed', 'presenter: stage render + commit'],
  ['stage-fitted', 'presenter: fit text'],
  ['shown', 'presenter: until DOM observer sees it'],
] as const;

function firstAfter(marks: readonly Mark[], name: string, after: number): Mark | undefined {
  return marks.find((mark) => mark.name === name && mark.at >= after);
}

async function takeMarks(page: Page): Promise<Mark[]> {
  return page.evaluate<Mark[]>('(() => { const log = window.__groundworkLatency ?? []; window.__groundworkLatency = []; return log; })()');
}

/** Measures `samples` captures with `preloadedNotes` notes already in the activity; prints p50/p99 per hop. */
async function breakdown(preloadedNotes: number, samples: number): Promise<void> {
  process.env.GROUNDWORK_LATENCY_LOG = '1';
  const hostMarks: Mark[] = [];
  let partial = '';
  const readHostLog = (server: RunningServer): void => {
    server.process.stderr?.on('data', (chunk: Buffer) => {
      const lines = (partial + chunk.toString()).split('\n');
      partial = lines.pop() ?? '';
      for (const line of lines) {
        const match = /^groundwork-latency (\S+) (\S+) (\S+)$/.exec(line);
        // Only the presenter's push counts for the event; the control window's reply and push are beside the point.
        if (match && (match[1] === 'call-received' ? match[2] === 'control' : match[2] === 'presenter')) hostMarks.push({ name: `host:${match[1] ?? ''}`, at: Number(match[3]) });
      }
    });
  };
  const { control, presenter, capture, close } = await openBenchPages({
    preloadedNotes,
    discussion: DISCUSSION,
    initScript: 'window.__groundworkLatency = [];',
    onServer: readHostLog,
  });
  try {
    const hops: number[][] = HOPS.map(() => []);
    const totals: number[] = [];
    for (let i = 0; i < samples + WARMUP; i++) {
      const text = `Latency probe ${i}`;
      const seen = watchForNote(presenter, text);
      seen.catch(() => undefined);
      await capture.fill(text);
      await takeMarks(presenter);
      await takeMarks(control);
      const sentAt = await submitCapture(control);
      const shownAt = await seen;
      const controlMarks = await takeMarks(control);
      const presenterMarks = [...(await takeMarks(presenter))];
      const parsed = firstAfter(presenterMarks, 'message-parsed:viewPatch', sentAt);
      // The receive mark of that same message is the last one before its parse mark.
      const received = parsed ? presenterMarks.filter((mark) => mark.name === 'message-received' && mark.at <= parsed.at).pop() : undefined;
      const moments: (number | undefined)[] = [sentAt];
      let previous = sentAt;
      for (const [name] of HOPS) {
        let mark: Mark | undefined;
        if (name === 'call-sent') mark = firstAfter(controlMarks, name, previous);
        // The host's clock may trail the page's a little: look from just before the submit.
        else if (name.startsWith('host:')) mark = firstAfter(hostMarks, name, name === 'host:call-received' ? sentAt - 5 : previous);
        else if (name === 'message-received') mark = received;
        else if (name === 'message-parsed:viewPatch') mark = parsed;
        else if (name === 'shown') mark = { name, at: shownAt };
        else mark = firstAfter(presenterMarks, name, previous);
        moments.push(mark?.at);
        if (mark) previous = mark.at;
      }
      if (i < WARMUP) continue;
      totals.push(shownAt - sentAt);
      for (let hop = 0; hop < HOPS.length; hop++) {
        const from = moments[hop];
        const to = moments[hop + 1];
        if (from !== undefined && to !== undefined) hops[hop]?.push(to - from);
      }
    }
    console.log(`\n${preloadedNotes.toLocaleString('en')} notes in a ${DISCUSSION ? 'discussion' : 'sort'}, ${samples} samples`);
    HOPS.forEach(([, label], hop) => {
      const values = hops[hop] ?? [];
      const figures = percentiles(values);
      console.log(`  ${label.padEnd(42)} p50 ${figures.p50.toFixed(2).padStart(7)} ms   p99 ${figures.p99.toFixed(2).padStart(7)} ms   (${values.length})`);
    });
    const total = percentiles(totals);
    console.log(`  ${'total: submit → presenter DOM'.padEnd(42)} p50 ${total.p50.toFixed(2).padStart(7)} ms   p99 ${total.p99.toFixed(2).padStart(7)} ms`);
  } finally {
    await close();
  }
}

const samplesFlag = process.argv.indexOf('--samples');
const samples = samplesFlag >= 0 ? Number(process.argv[samplesFlag + 1]) : 60;
const counts = process.argv
  .slice(2)
  .filter((arg, index, all) => arg !== '--samples' && all[index - 1] !== '--samples')
  .map(Number)
  .filter((n) => Number.isInteger(n) && n >= 0);
for (const notes of counts.length > 0 ? counts : [0, 1000]) await breakdown(notes, samples);
