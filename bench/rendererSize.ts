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
