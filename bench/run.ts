import { existsSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { measureCaptureCostInFreshProcess } from './captureCost';
import { DURABILITY_SIZES, measureDurability } from './durability';
import { MAX_NOTES } from '../shared/session/types';
import type { DurabilityFigures } from './durability';
import { measureHostileLinks } from './hostileLinks';
import { PHONES_DEFAULTS, measurePhonesInFreshProcess } from './phones';
import { measureCrowded } from './crowdedFigures';
import { pageGzipKB, rendererGzipKB } from './rendererSize';
import { measureSaveTime } from './saveTime';
import { measureSyncLatency } from './syncLatency';
import { measureSyncFloor } from './syncFloor';

const SAMPLES = 200;
const jsonFlag = process.argv.indexOf('--json');
const jsonPath = jsonFlag >= 0 ? process.argv[jsonFlag + 1] : undefined;
// `npm run bench -- --crowded` runs only the crowded-session figures (#18): keystroke, Next, open and a burst of notes.
const crowdedOnly = process.argv.includes('--crowded');

function line(label: string, value: string, budget: string): void {
  console.log(`${label.padEnd(44)} ${value.padEnd(30)} budget ${budget}`);
}

if (!existsSync('dist/renderer/control.html')) spawnSync('npx', ['vite', 'build', '--logLevel', 'warn'], { stdio: 'inherit' });

console.log(`Groundwork benchmark (${SAMPLES} samples each)\n`);
if (crowdedOnly) {
  await measureCrowded(line, SAMPLES);
  process.exit(0);
}
const sync0 = await measureSyncLatency(0, SAMPLES);
line('control → presenter latency, 0 notes', `p50 ${sync0.inDom.p50} ms, p99 ${sync0.inDom.p99} ms`, 'p50 ≤ 8 ms, p99 ≤ 16 ms');
const sync1000 = await measureSyncLatency(1000, SAMPLES);
line('control → presenter latency, 1,000 notes', `p50 ${sync1000.inDom.p50} ms, p99 ${sync1000.inDom.p99} ms`, 'p50 ≤ 8 ms, p99 ≤ 16 ms');
// The floor: two bare pages relaying the same note over a bare WebSocket, in the same Chromium with the same clock.
const floor0 = await measureSyncFloor(0, SAMPLES);
const floor1000 = await measureSyncFloor(1000, SAMPLES);
const overFloor = (latency: number, floor: number): number => Math.round((latency / floor) * 100) / 100;
line('  floor (bare pages, bare WebSocket), 0 notes', `p50 ${floor0.inDom.p50} ms, p99 ${floor0.inDom.p99} ms`, '-');
line('  floor (bare pages, bare WebSocket), 1,000', `p50 ${floor1000.inDom.p50} ms, p99 ${floor1000.inDom.p99} ms`, '-');
line('  latency p50 / floor p50, 0 and 1,000 notes', `${overFloor(sync0.inDom.p50, floor0.inDom.p50)} and ${overFloor(sync1000.inDom.p50, floor1000.inDom.p50)}`, '≤ 2 each');
// The same notes to the frame that shows them: the floor's page lays its note out in that frame, Groundwork's
// projector before it (it fits the text before the note is in the DOM), so this compares what the room sees.
line('  drawn on the projector, 0 and 1,000 notes', `p50 ${sync0.painted.p50} and ${sync1000.painted.p50} ms`, '-');
line('  floor drawn, 0 and 1,000 notes', `p50 ${floor0.painted.p50} and ${floor1000.painted.p50} ms`, '-');
line('  drawn p50 / floor drawn p50, 0 and 1,000', `${overFloor(sync0.painted.p50, floor0.painted.p50)} and ${overFloor(sync1000.painted.p50, floor1000.painted.p50)}`, '-');
const save1000 = await measureSaveTime(1000, SAMPLES);
line('save, 1,000 notes, fsync included', `p50 ${save1000.p50} ms, p99 ${save1000.p99} ms`, 'p50 ≤ 15 ms');
line('  file size, 1,000 notes', `${(save1000.bytes / 1024).toFixed(1)} kB`, '-');
const durability = {} as Record<(typeof DURABILITY_SIZES)[number], DurabilityFigures>;
for (const notes of DURABILITY_SIZES) {
  // An edit every 20 ms on average, not waiting for saves: far faster than anyone types, so writes overlap changes.
  const figures = await measureDurability(notes, SAMPLES, 20);
  durability[notes] = figures;
  const budget = notes === 1000 ? 'p50 ≤ 50 ms, p99 ≤ 1,000 ms' : 'p99 ≤ 1,000 ms';
  line(`change → fsync'd on disk, ${notes.toLocaleString('en')} notes`, `p50 ${figures.durableMs.p50} ms, p99 ${figures.durableMs.p99} ms`, budget);
  line(`  bytes written per change, ${notes.toLocaleString('en')} notes`, `p50 ${Math.round(figures.bytesPerChange.p50).toLocaleString('en')} B`, '-');
}
const hostile = await measureHostileLinks(3000);
line('another link\'s worst wait, one link sends 3,000', `${hostile.otherLinkMaxWaitMs} ms (${hostile.otherLinkCalls} calls)`, '≤ 500 ms');
line('  of the 3,000: run / refused as too many', `${hostile.floodAccepted} / ${hostile.floodRefused}, answered in ${hostile.floodMs} ms`, '-');
// One note.capture through the real connection, in a session of 100 notes and in one filling up to the 20,000-note cap
// (it starts below it by the warm-up and the samples). The budget is that a capture costs no more as the session grows.
// Each size runs in a fresh process, so neither figure carries what the benches before it left behind.
const CAPTURE_SAMPLES = 200;
const capture100 = await measureCaptureCostInFreshProcess(100, CAPTURE_SAMPLES);
const capture20000 = await measureCaptureCostInFreshProcess(MAX_NOTES - 2 * (CAPTURE_SAMPLES + 10), CAPTURE_SAMPLES);
const captureRatio = Math.round((capture20000.p50 / capture100.p50) * 100) / 100;
line('note.capture, 100 notes', `p50 ${capture100.p50} ms, p99 ${capture100.p99} ms`, '-');
line('note.capture, 20,000 notes', `p50 ${capture20000.p50} ms, p99 ${capture20000.p99} ms`, 'p50 ≤ 2 × the one at 100');
line('  capture p50 ratio, 20,000 / 100 notes', `${captureRatio}`, 'ratio ≤ 2');
// Keystroke, Next, open and a burst of notes in the control window (1280×720), as notes pile up (#18).
const crowded = await measureCrowded(line, SAMPLES);
const size = rendererGzipKB();
line('renderer JavaScript, gzipped (all bundles)', `${size.total} kB`, '-');
const pages = pageGzipKB();
line('  loaded by the control page before it runs', `${pages.control} kB`, '≤ 120 kB');
line('  loaded by the presenter page before it runs', `${pages.presenter} kB`, '≤ 90 kB');
line('  loaded by the phone page (phones in the room)', `${pages.phone} kB`, '≤ 70 kB');
// Phones in the room (#14): simulated phones on 127.0.0.1 only, in a fresh process so its RSS and CPU are the run's own.
// They share that process with the host, so RSS and CPU are the host's and the phones' together: an upper bound.
const participants = await measurePhonesInFreshProcess();
line(
  `phones: ${participants.phones} simulated, ${participants.notesSent.toLocaleString('en')} notes in ${PHONES_DEFAULTS.seconds} s, ${participants.rejoined} rejoin`,
  `lost ${participants.lost}, duplicated ${participants.duplicated}`,
  'lost 0, duplicated 0',
);
line('  submit → projector', `p50 ${participants.submitToProjectorMs.p50} ms, p95 ${participants.submitToProjectorMs.p95} ms`, 'p95 ≤ 500 ms');
line('  host RSS delta (phones in the same process)', `${participants.hostRssDeltaMB} MB`, '≤ 150 MB');
line('  download per phone', `${participants.downloadKBps.perPhone} kB/s`, '≤ 5 kB/s');
line('  host CPU (phones in the same process)', `${participants.hostCpuMs.toLocaleString('en')} ms in ${participants.runSeconds} s`, '-');
line('  refused as too fast (sent again after 1 s)', `${participants.refusedTooFast}`, '-');

if (jsonPath) {
  const figures = {
    syncLatencyMs: {
      notes0: { p50: sync0.inDom.p50, p99: sync0.inDom.p99 },
      notes1000: { p50: sync1000.inDom.p50, p99: sync1000.inDom.p99 },
      floor: { notes0: { p50: floor0.inDom.p50, p99: floor0.inDom.p99 }, notes1000: { p50: floor1000.inDom.p50, p99: floor1000.inDom.p99 } },
      overFloor: { notes0: overFloor(sync0.inDom.p50, floor0.inDom.p50), notes1000: overFloor(sync1000.inDom.p50, floor1000.inDom.p50), budget: '≤ 2' },
      // To the frame that shows the note, Groundwork's and the floor's (see the lines above).
      painted: {
        notes0: { p50: sync0.painted.p50, p99: sync0.painted.p99 },
        notes1000: { p50: sync1000.painted.p50, p99: sync1000.painted.p99 },
        floor: { notes0: { p50: floor0.painted.p50, p99: floor0.painted.p99 }, notes1000: { p50: floor1000.painted.p50, p99: floor1000.painted.p99 } },
        overFloor: { notes0: overFloor(sync0.painted.p50, floor0.painted.p50), notes1000: overFloor(sync1000.painted.p50, floor1000.painted.p50) },
      },
    },
    saveMs: { notes1000: { p50: save1000.p50, p99: save1000.p99 } },
    rendererGzipKB: { total: size.total, controlPage: pages.control, presenterPage: pages.presenter, phonePage: pages.phone },
    hostile: { otherLinkMaxWaitMs: hostile.otherLinkMaxWaitMs, floodAccepted: hostile.floodAccepted, floodRefused: hostile.floodRefused },
    captureMs: {
      notes100: { p50: capture100.p50, p99: capture100.p99 },
      notes20000: { p50: capture20000.p50, p99: capture20000.p99 },
      ratio: captureRatio,
      budget: 'ratio ≤ 2',
    },
    keystrokeMs: crowded.keystrokeMs,
    activityChangeMs: crowded.activityChangeMs,
    openMs: crowded.openMs,
    burst: crowded.burst,
    mapPlacementMs: crowded.mapPlacementMs,
    messageCostUs: crowded.messageCostUs,
    steadyStreamCpuMsPerNote: crowded.steadyStream,
    participants: { ...participants, budget: 'lost 0, duplicated 0; submitToProjectorMs p95 ≤ 500; hostRssDeltaMB ≤ 150; downloadKBps.perPhone ≤ 5' },
    samples: SAMPLES,
    sessionFileBytes: { notes1000: save1000.bytes },
    durableMs: {
      notes10: { p50: durability[10].durableMs.p50, p99: durability[10].durableMs.p99 },
      notes1000: { p50: durability[1000].durableMs.p50, p99: durability[1000].durableMs.p99 },
      notes5000: { p50: durability[5000].durableMs.p50, p99: durability[5000].durableMs.p99 },
    },
    bytesPerChange: {
      notes10: { p50: Math.round(durability[10].bytesPerChange.p50) },
      notes1000: { p50: Math.round(durability[1000].bytesPerChange.p50) },
      notes5000: { p50: Math.round(durability[5000].bytesPerChange.p50) },
    },
  };
  writeFileSync(jsonPath, `${JSON.stringify(figures, null, 2)}\n`);
  console.log(`\nWrote ${jsonPath}`);
}
