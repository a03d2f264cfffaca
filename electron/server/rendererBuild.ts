import { spawn } from 'node:child_process';
import { promises as fsp } from 'node:fs';
import path from 'node:path';

/** Where the renderer is built from and to. */
export interface RendererBuildPaths {
  projectRoot: string;
  /** Default `<projectRoot>/dist/renderer`. */
  outDir?: string;
}

/** Newest modification time of any file under a folder (0 when missing). */
async function newestMtime(folder: string): Promise<number> {
  let newest = 0;
  let entries;
  try {
    entries = await fsp.readdir(folder, { withFileTypes: true, recursive: true });
  } catch {
    return 0;
  }
  for (const entry of entries) {
    if (!entry.isFile()) continue;
    const stats = await fsp.stat(path.join(entry.parentPath, entry.name)).catch(() => null);
    if (stats && stats.mtimeMs > newest) newest = stats.mtimeMs;
  }
  return newest;
}

/** Whether dist/renderer is missing or older than any file in renderer/ or shared/. */
export async function rendererBuildIsStale(paths: RendererBuildPaths): Promise<boolean> {
  const outDir = paths.outDir ?? path.join(paths.projectRoot, 'dist', 'renderer');
  const built = await Promise.all(['control.html', 'presenter.html', 'phone.html'].map((name) => fsp.stat(path.join(outDir, name)).catch(() => null)));
  if (built.some((stats) => stats === null)) return true;
  const builtAt = Math.min(...built.map((stats) => stats?.mtimeMs ?? 0));
  const sources = await Promise.all(['renderer', 'shared'].map((folder) => newestMtime(path.join(paths.projectRoot, folder))));
  const config = await fsp.stat(path.join(paths.projectRoot, 'vite.config.ts')).then((stats) => stats.mtimeMs, () => 0);
  return Math.max(config, ...sources) > builtAt;
}

/** Builds the renderer with `npx vite build` when it is stale. Build output goes to stderr; `signal` stops the build. */
export async function ensureRendererBuilt(paths: RendererBuildPaths, log: (line: string) => void, signal?: AbortSignal): Promise<void> {
  if (!(await rendererBuildIsStale(paths))) return;
  log('Building the renderer (npx vite build)…');
  await new Promise<void>((resolve, reject) => {
    const child = spawn('npx', ['vite', 'build'], { cwd: paths.projectRoot, stdio: ['ignore', 2, 2], shell: process.platform === 'win32', signal });
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`The renderer build failed (vite exited with ${code ?? 'a signal'}).`))));
  });
}
