import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
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

/**
 * Gzipped JavaScript each page loads before it runs: its entry script and the chunks its HTML preloads (shared chunks
 * count for each page that loads them), read from the built `control.html`, `presenter.html` and `phone.html`.
 */
export function pageGzipKB(distDir = 'dist/renderer'): { control: number; presenter: number; phone: number } {
  const ofPage = (page: string): number => {
    const html = readFileSync(join(distDir, page), 'utf8');
    const scripts = [...html.matchAll(/(?:src|href)="\.\/([^"]+\.js)"/g)].map((match) => match[1] ?? '');
    const total = [...new Set(scripts)].reduce((sum, file) => sum + gzipSync(readFileSync(join(distDir, file)), { level: 9 }).length / 1024, 0);
    return Math.round(total * 10) / 10;
  };
  return { control: ofPage('control.html'), presenter: ofPage('presenter.html'), phone: ofPage('phone.html') };
}
