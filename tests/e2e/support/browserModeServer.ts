import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A running browser-mode Groundwork server, as the tests drive it. */
export interface RunningServer {
  controlUrl: string;
  presenterUrl: string;
  workspace: string;
  process: ChildProcess;
  /** Sends SIGTERM (the server flushes and exits) and waits for the exit. */
  stop(): Promise<void>;
  /** Sends SIGINT, as Ctrl+C in the terminal does (the server flushes and exits), and waits for the exit. */
  interrupt(): Promise<void>;
  /** Sends SIGKILL: a crash, nothing flushed. */
  kill(): Promise<void>;
}

/** Makes an empty workspace folder for one test. */
export function makeWorkspace(): string {
  return mkdtempSync(join(tmpdir(), 'groundwork-e2e-'));
}

/** How to start `serve` beyond the workspace. */
export interface StartServerOptions {
  /** The port to listen on; 0 (the default) picks a free one. */
  port?: number;
  /** More command-line options, e.g. `['--new-links']`. */
  extraArgs?: readonly string[];
}

/** Starts `serve` (on a free port unless told otherwise) and resolves once it has printed its two URLs. */
export async function startServer(workspace = makeWorkspace(), options: StartServerOptions = {}): Promise<RunningServer> {
  const args = ['--import', 'tsx', 'electron/cli/serve.ts', '--workspace', workspace, '--port', String(options.port ?? 0), ...(options.extraArgs ?? [])];
  const child = spawn(process.execPath, args, {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, NODE_OPTIONS: '' },
  });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const urls = await new Promise<{ control: string; presenter: string }>((resolve, reject) => {
    let stdout = '';
    const timer = setTimeout(() => reject(new Error(`serve did not print its URLs in time.\n${stdout}\n${stderr}`)), 120_000);
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      const control = /^Control: (\S+)$/m.exec(stdout)?.[1];
      const presenter = /^Presenter: (\S+)$/m.exec(stdout)?.[1];
      if (control && presenter) {
        clearTimeout(timer);
        resolve({ control, presenter });
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`serve exited early with code ${String(code)}.\n${stdout}\n${stderr}`));
    });
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return {
    controlUrl: urls.control,
    presenterUrl: urls.presenter,
    workspace,
    process: child,
    stop: async () => {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      await exited;
    },
    interrupt: async () => {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGINT');
      await exited;
    },
    kill: async () => {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
      await exited;
    },
  };
}
