import { spawn } from 'node:child_process';
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { build } from 'esbuild';
import { NODE_BUNDLE } from '../../scripts/esbuild-node.mjs';

/**
 * The real `serve` command (electron/cli/serve.ts, unchanged) bundled into a
 * throw-away project folder, so a test can start, signal, kill and crash it
 * in about 0.3 s. The folder holds a stand-in `dist/renderer` (the tests talk
 * to the host over its WebSocket, not through pages), so serve does not
 * rebuild the renderer.
 */
export interface ServeBundle {
  /** The bundled serve script. */
  script: string;
  /** A preload that turns SIGUSR2 into an uncaught exception in the host process (a crash, injected from outside). */
  crashPreload: string;
  root: string;
}

/** Bundles serve.ts into `<tmp>/electron/cli/serve.mjs` beside a stand-in renderer build. */
export async function bundleServe(projectRoot: string): Promise<ServeBundle> {
  const root = await mkdtemp(path.join(os.tmpdir(), 'groundwork-serve-'));
  const script = path.join(root, 'electron', 'cli', 'serve.mjs');
  await build({
    entryPoints: [path.join(projectRoot, 'electron', 'cli', 'serve.ts')],
    bundle: true,
    ...NODE_BUNDLE,
    format: 'esm',
    target: 'node20',
    outfile: script,
    logLevel: 'warning',
    banner: { js: "import { createRequire as __gwRequire } from 'node:module'; const require = __gwRequire(import.meta.url);" },
  });
  const rendererDir = path.join(root, 'dist', 'renderer');
  await mkdir(rendererDir, { recursive: true });
  for (const page of ['control.html', 'presenter.html', 'phone.html']) await writeFile(path.join(rendererDir, page), '<!doctype html><title>stand-in</title>');
  const crashPreload = path.join(root, 'crash-on-sigusr2.cjs');
  await writeFile(crashPreload, "process.on('SIGUSR2', () => { throw new Error('Injected crash: an uncaught exception in the host process.'); });\n");
  return { script, crashPreload, root };
}

/** A running serve process. */
export interface ServeProcess {
  controlUrl: string;
  presenterUrl: string;
  /** Sends a signal ('SIGUSR2' crashes it when started with `crashable`). */
  signal(signal: NodeJS.Signals): void;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  stderr(): string;
}

/** Starts serve on a workspace and data folder; resolves once it has printed its two URLs. */
export async function startServe(bundle: ServeBundle, options: { workspace: string; dataDir: string; port?: number | null; crashable?: boolean }): Promise<ServeProcess> {
  const preload = options.crashable ? ['--require', bundle.crashPreload] : [];
  // port null: no --port at all, as `npm run serve -- --workspace DIR` is typed.
  const port = options.port === null ? [] : ['--port', String(options.port ?? 0)];
  const args = [...preload, bundle.script, '--workspace', options.workspace, '--data-dir', options.dataDir, ...port];
  const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, NODE_OPTIONS: '' } });
  let stdout = '';
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.once('close', (code, signal) => resolve({ code, signal })));
  const urls = await new Promise<{ control: string; presenter: string }>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`serve did not print its URLs in time.\n${stdout}\n${stderr}`)), 30_000);
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      const control = /^Control: (\S+)$/m.exec(stdout)?.[1];
      const presenter = /^Presenter: (\S+)$/m.exec(stdout)?.[1];
      if (!control || !presenter) return;
      clearTimeout(timer);
      resolve({ control, presenter });
    });
    void exited.then(({ code }) => {
      clearTimeout(timer);
      reject(new Error(`serve exited early with code ${String(code)}.\n${stdout}\n${stderr}`));
    });
  });
  return { controlUrl: urls.control, presenterUrl: urls.presenter, signal: (signal) => child.kill(signal), exited, stderr: () => stderr };
}
