import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** Gzipped size of every JavaScript file the renderer build emits (control and presenter share chunks, counted once). */
export function rendererGzipKB(distDir = 'dist/renderer'): { total: number; files: Record<string, number> } {
  const files: Record<string, number> = {};
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (name.endsWith('.js')) files[path] = gzipSync(readFileSync(path), { level: 9 }).length / 1024;
    }
  };
  walk(distDir);
  const total = Object.values(files).reduce((sum, size) => sum + size, 0);
  return { total: Math.round(total * 10) / 10, files };
}

/** The JavaScript files a built page loads before it runs: its entry script and the chunks its HTML preloads. */
export function upFrontChunks(page: string, distDir = 'dist/renderer'): string[] {
  const html = readFileSync(join(distDir, page), 'utf8');
  return [...new Set([...html.matchAll(/(?:src|href)="\.\/([^"]+\.js)"/g)].map((match) => match[1] ?? ''))];
}

/** The page's entry script (the one `<script src>` of the built HTML). */
export function entryChunk(page: string, distDir = 'dist/renderer'): string {
  const html = readFileSync(join(distDir, page), 'utf8');
  const entry = /<script[^>]*\ssrc="\.\/([^"]+\.js)"/.exec(html)?.[1];
  if (!entry) throw new Error(`${page} has no entry script`);
  return entry;
}

/** Every chunk a page can ever load from `start`: what it imports, statically or on demand, and so on. Paths under distDir. */
export function reachableChunks(start: readonly string[], distDir = 'dist/renderer'): Set<string> {
  const reached = new Set<string>();
  const waiting = [...start];
  for (let file = waiting.pop(); file !== undefined; file = waiting.pop()) {
    if (reached.has(file)) continue;
    reached.add(file);
    const code = readFileSync(join(distDir, file), 'utf8');
    // Chunks sit side by side in assets/ and name each other "./name.js" (from"./x.js", import("./x.js")).
    for (const match of code.matchAll(/["'`]\.\/([\w~.-]+\.js)["'`]/g)) waiting.push(join(dirname(file), match[1] ?? ''));
  }
  return reached;
}

/**
 * Gzipped JavaScript each page loads before it runs: its entry script and the chunks its HTML preloads (shared chunks
 * count for each page that loads them), read from the built `control.html`, `presenter.html` and `phone.html`.
 */
export function pageGzipKB(distDir = 'dist/renderer'): { control: number; presenter: number; phone: number } {
  const ofPage = (page: string): number => {
    const total = upFrontChunks(page, distDir).reduce((sum, file) => sum + gzipSync(readFileSync(join(distDir, file)), { level: 9 }).length / 1024, 0);
    return Math.round(total * 10) / 10;
  };
  return { control: ofPage('control.html'), presenter: ofPage('presenter.html'), phone: ofPage('phone.html') };
}
