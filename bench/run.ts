import { existsSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { rendererGzipKB } from './rendererSize';
import { measureSaveTime } from './saveTime';
import { measureSyncLatency } from './syncLatency';

const SAMPLES = 200;
const jsonFlag = process.argv.indexOf('--json');
const jsonPath = jsonFlag >= 0 ? process.argv[jsonFlag + 1] : undefined;

function line(label: string, value: string, budget: string): void {
  console.log(`${label.padEnd(44)} ${value.padEnd(30)} budget ${budget}`);
}

if (!existsSync('dist/renderer/control.html')) spawnSync('npx', ['vite', 'build', '--logLevel', 'warn'], { stdio: 'inherit' });

console.log(`Groundwork benchmark (${SAMPLES} samples each)\n`);
const sync0 = await measureSyncLatency(0, SAMPLES);
line('control → presenter latency, 0 notes', `p50 ${sync0.p50} ms, p99 ${sync0.p99} ms`, 'p50 ≤ 8 ms, p99 ≤ 16 ms');
const sync1000 = await measureSyncLatency(1000, SAMPLES);
line('control → presenter latency, 1,000 notes', `p50 ${sync1000.p50} ms, p99 ${sync1000.p99} ms`, 'p50 ≤ 8 ms, p99 ≤ 16 ms');
const save1000 = await measureSaveTime(1000, SAMPLES);
line('save, 1,000 notes, fsync included', `p50 ${save1000.p50} ms, p99 ${save1000.p99} ms`, 'p50 ≤ 15 ms');
line('  file size, 1,000 notes', `${(save1000.bytes / 1024).toFixed(1)} kB`, '-');
const size = rendererGzipKB();
line('renderer JavaScript, gzipped (all bundles)', `${size.total} kB`, '≤ 120 kB');

if (jsonPath) {
  const figures = {
    syncLatencyMs: { notes0: { p50: sync0.p50, p99: sync0.p99 }, notes1000: { p50: sync1000.p50, p99: sync1000.p99 } },
    saveMs: { notes1000: { p50: save1000.p50, p99: save1000.p99 } },
    rendererGzipKB: { total: size.total },
    samples: SAMPLES,
    sessionFileBytes: { notes1000: save1000.bytes },
  };
  writeFileSync(jsonPath, `${JSON.stringify(figures, null, 2)}\n`);
  console.log(`\nWrote ${jsonPath}`);
}
