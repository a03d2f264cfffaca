#!/usr/bin/env node
// Bundles the Electron shell with esbuild:
//   electron/main.ts    -> dist-electron/main.cjs    (Node, CommonJS, only 'electron' left external)
//   electron/preload.ts -> dist-electron/preload.cjs (sandboxed preload: may only require 'electron')
// Then checks that the preload really requires nothing but 'electron', since a
// sandboxed preload cannot load anything else and would fail silently at runtime.
import { readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { NODE_BUNDLE } from './esbuild-node.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outDir = path.join(root, 'dist-electron');

// Electron 45 ships Node 22 and Chromium 140. Warnings are shown: an esbuild warning such as
// "import.meta is not available in CommonJS" means the bundle would misbehave at runtime.
const common = {
  bundle: true,
  format: 'cjs',
  external: ['electron'],
  sourcemap: 'linked',
  logLevel: 'warning',
  absWorkingDir: root,
  legalComments: 'none',
};

await rm(outDir, { recursive: true, force: true });

const mainResult = await build({
  ...common,
  entryPoints: ['electron/main.ts'],
  outfile: path.join(outDir, 'main.cjs'),
  ...NODE_BUNDLE,
  target: 'node22',
});

const preloadResult = await build({
  ...common,
  entryPoints: ['electron/preload.ts'],
  outfile: path.join(outDir, 'preload.cjs'),
  // A sandboxed preload runs in the renderer: no Node built-ins, so bundle as for a browser.
  platform: 'browser',
  target: 'chrome140',
});

if (mainResult.warnings.length + preloadResult.warnings.length > 0) {
  console.error('build-electron: esbuild warned (shown above); treating warnings as errors.');
  process.exit(1);
}

const preload = await readFile(path.join(outDir, 'preload.cjs'), 'utf8');
const required = [...preload.matchAll(/\brequire\(\s*["'`]([^"'`]+)["'`]\s*\)/g)].map((match) => match[1]);
const forbidden = required.filter((name) => name !== 'electron');
if (forbidden.length > 0) {
  console.error(`build-electron: the sandboxed preload requires ${forbidden.join(', ')}; it may only require 'electron'.`);
  process.exit(1);
}

console.log('build-electron: wrote dist-electron/main.cjs and dist-electron/preload.cjs');
