/**
 * Time and memory to refuse each hostile session file (issue 11, point 5).
 * `tsx bench/hostileFiles.ts`: runs each file in a fresh child process so
 * peak memory is its own.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { hostileSessionFiles } from '../tests/support/hostileSessionFiles';

const [, , kind, file] = process.argv;
if (kind && file) {
  const { readSessionFile } = await import('../electron/host/readSessionFile');
  const started = performance.now();
  let outcome: string;
  try {
    await readSessionFile(file);
    outcome = 'OPENED';
  } catch (error) {
    outcome = error instanceof Error ? error.message : String(error);
  }
  const ms = Math.round(performance.now() - started);
  console.log(JSON.stringify({ kind, ms, maxRssMB: Math.round(process.resourceUsage().maxRSS / 1024), outcome: outcome.slice(0, 200) }));
} else {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'groundwork-hostile-'));
  try {
    for (const [name, make] of Object.entries(hostileSessionFiles)) {
      const target = path.join(dir, `${name}.groundwork`);
      writeFileSync(target, make());
      const run = spawnSync(process.execPath, [...process.execArgv, process.argv[1] ?? '', name, target], { encoding: 'utf8', timeout: 120_000 });
      console.log(run.stdout.trim() || `${name}: ${run.stderr.trim().slice(-300)}`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
