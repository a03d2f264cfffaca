import { spawn } from 'node:child_process';
import type { ChildProcessWithoutNullStreams } from 'node:child_process';
import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { build } from 'esbuild';
import { NODE_BUNDLE } from '../../scripts/esbuild-node.mjs';

/**
 * Bundles a TypeScript entry (and the real host code it imports) into one
 * ES module. `node --import tsx` takes about 2.5 s to start a child on this
 * machine, the bundle about 0.2 s, which is what makes hundreds of kill
 * trials affordable. The code is the same; only the loading differs.
 */
export async function bundleEntry(entry: string): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'groundwork-child-'));
  const outfile = path.join(dir, `${path.basename(entry, '.ts')}.mjs`);
  await build({
    entryPoints: [entry],
    bundle: true,
    ...NODE_BUNDLE,
    format: 'esm',
    target: 'node20',
    outfile,
    logLevel: 'warning',
    // Some bundled CommonJS code calls require() for Node built-ins.
    banner: { js: "import { createRequire as __gwRequire } from 'node:module'; const require = __gwRequire(import.meta.url);" },
  });
  return outfile;
}

/** A child process whose stdout is read line by line. */
export interface LineChild {
  child: ChildProcessWithoutNullStreams;
  lines: string[];
  /** Resolves with the first line (already seen or still to come) that starts with `prefix`. */
  waitFor: (prefix: string, timeoutMs?: number) => Promise<string>;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  stderr: () => string;
}

/** Starts `node <script> <args>` and collects its output lines. */
export function startLineChild(script: string, args: readonly string[]): LineChild {
  const child = spawn(process.execPath, [script, ...args], { stdio: ['pipe', 'pipe', 'pipe'], env: { ...process.env, NODE_OPTIONS: '' } });
  const lines: string[] = [];
  const waiters: { prefix: string; resolve: (line: string) => void }[] = [];
  let partial = '';
  let errors = '';
  child.stdout.on('data', (chunk: Buffer) => {
    partial += chunk.toString();
    const parts = partial.split('\n');
    partial = parts.pop() ?? '';
    for (const line of parts) {
      lines.push(line);
      for (const waiter of [...waiters]) {
        if (!line.startsWith(waiter.prefix)) continue;
        waiters.splice(waiters.indexOf(waiter), 1);
        waiter.resolve(line);
      }
    }
  });
  child.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.once('close', (code, signal) => resolve({ code, signal })));
  const waitFor = (prefix: string, timeoutMs = 20_000): Promise<string> => {
    const seen = lines.find((line) => line.startsWith(prefix));
    if (seen !== undefined) return Promise.resolve(seen);
    return new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no "${prefix}" line within ${timeoutMs} ms.\nstdout:\n${lines.join('\n')}\nstderr:\n${errors}`)), timeoutMs);
      const waiter = {
        prefix,
        resolve: (line: string) => {
          clearTimeout(timer);
          resolve(line);
        },
      };
      waiters.push(waiter);
      void exited.then(() => {
        if (!waiters.includes(waiter)) return;
        clearTimeout(timer);
        reject(new Error(`the child exited before printing "${prefix}".\nstdout:\n${lines.join('\n')}\nstderr:\n${errors}`));
      });
    });
  };
  return { child, lines, waitFor, exited, stderr: () => errors };
}
