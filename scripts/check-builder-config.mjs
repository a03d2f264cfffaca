#!/usr/bin/env node
// Validates electron-builder.yml offline, with electron-builder's own loader
// (getConfig) and schema validation (validateConfiguration) from app-builder-lib,
// then checks what Groundwork relies on (entry point packaged, file association).
// Usage: node scripts/check-builder-config.mjs [--config path/to/electron-builder.yml]
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

function fail(message) {
  console.error(`check-builder-config: ${message}`);
  process.exit(1);
}

function configPathFromArgs(argv) {
  const index = argv.indexOf('--config');
  if (index === -1) return path.join(root, 'electron-builder.yml');
  const value = argv[index + 1];
  if (!value) fail('--config needs a path.');
  return path.resolve(value);
}

/** Loads electron-builder's config API from app-builder-lib, resolved next to the installed electron-builder. */
function loadBuilderApi() {
  const require = createRequire(import.meta.url);
  let builderManifest;
  try {
    builderManifest = require.resolve('electron-builder/package.json');
  } catch {
    fail('electron-builder is not installed (npm install).');
  }
  const fromBuilder = createRequire(builderManifest);
  let config;
  let util;
  try {
    config = fromBuilder('app-builder-lib/out/util/config/config');
    util = fromBuilder('builder-util');
  } catch (error) {
    fail(`could not load electron-builder's configuration API (app-builder-lib/out/util/config/config): ${error.message}`);
  }
  if (typeof config.getConfig !== 'function' || typeof config.validateConfiguration !== 'function' || typeof util.DebugLogger !== 'function') {
    fail('this electron-builder no longer exports getConfig/validateConfiguration where expected; update scripts/check-builder-config.mjs.');
  }
  const version = fromBuilder('app-builder-lib/package.json').version;
  return { getConfig: config.getConfig, validateConfiguration: config.validateConfiguration, DebugLogger: util.DebugLogger, version };
}

/** Whether a glob pattern list from `files` would include a given relative path (only the simple `dir/**` and exact forms used here). */
function filesInclude(patterns, relative) {
  let included = false;
  for (const raw of patterns) {
    const negated = raw.startsWith('!');
    const pattern = negated ? raw.slice(1) : raw;
    const matches = pattern.endsWith('/**') ? relative.startsWith(pattern.slice(0, -2)) : pattern === relative;
    if (matches) included = !negated;
  }
  return included;
}

function checkGroundworkRules(config, packageJson) {
  const problems = [];
  if (config.productName !== 'Groundwork') problems.push('productName must be "Groundwork".');
  if (!config.appId) problems.push('appId is missing.');
  if (config.directories?.output !== 'release') problems.push('directories.output must be "release".');
  // getConfig normalises `files` into FileSet objects ({ filter: [...] }); plain strings are accepted too.
  const files = [config.files ?? []]
    .flat()
    .flatMap((entry) => (typeof entry === 'string' ? [entry] : entry.from || entry.to ? [] : [entry.filter ?? []].flat()));
  const main = packageJson.main;
  for (const needed of ['package.json', main, 'dist-electron/preload.cjs', 'dist/renderer/control.html', 'dist/renderer/presenter.html']) {
    if (!filesInclude(files, needed)) problems.push(`files does not include ${needed}.`);
  }
  const associations = [config.fileAssociations ?? []].flat();
  const session = associations.find((entry) => [entry.ext].flat().includes('groundwork'));
  if (!session) problems.push('no fileAssociations entry for the .groundwork extension.');
  else if (session.mimeType !== 'application/x-groundwork+json') problems.push('the .groundwork association needs mimeType application/x-groundwork+json.');
  const linuxTargets = [config.linux?.target ?? []].flat().map((target) => (typeof target === 'string' ? target : target.target));
  for (const target of ['AppImage', 'deb']) if (!linuxTargets.includes(target)) problems.push(`linux.target lacks ${target}.`);
  return problems;
}

const configPath = configPathFromArgs(process.argv.slice(2));
if (!existsSync(configPath)) fail(`${configPath} does not exist.`);
const api = loadBuilderApi();
const packageJson = JSON.parse(await readFile(path.join(root, 'package.json'), 'utf8'));

let config;
try {
  config = await api.getConfig(root, configPath, null);
  await api.validateConfiguration(config, new api.DebugLogger(false));
} catch (error) {
  fail(`${path.relative(root, configPath)} is not a valid electron-builder ${api.version} configuration:\n${error.message}`);
}

const problems = checkGroundworkRules(config, packageJson);
if (problems.length > 0) fail(`${path.relative(root, configPath)} is valid for electron-builder but not for Groundwork:\n  - ${problems.join('\n  - ')}`);

console.log(`check-builder-config: ${path.relative(root, configPath)} is valid (electron-builder ${api.version} schema, Groundwork rules).`);
