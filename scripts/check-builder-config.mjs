#!/usr/bin/env node
// Validates electron-builder.yml offline, with electron-builder's own loader
// (getConfig) and schema validation (validateConfiguration) from app-builder-lib,
// then checks what Groundwork relies on (entry point packaged, file association).
// Usage: node scripts/check-builder-config.mjs [--config path/to/electron-builder.yml]
import { existsSync, readdirSync } from 'node:fs';
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

/**
 * The files `files` picks from the built tree (dist/, dist-electron/, package.json), as electron-builder would put
 * them into app.asar besides the production dependencies (none: checked above). Null before a build.
 */
function listPackagedFiles(config) {
  if (!existsSync(path.join(root, 'dist-electron')) || !existsSync(path.join(root, 'dist'))) return null;
  const patterns = [config.files ?? []].flat().flatMap((entry) => (typeof entry === 'string' ? [entry] : entry.from || entry.to ? [] : [entry.filter ?? []].flat()));
  const walk = (folder) =>
    readdirSync(path.join(root, folder), { withFileTypes: true }).flatMap((entry) => {
      const relative = `${folder}/${entry.name}`;
      return entry.isDirectory() ? walk(relative) : [relative];
    });
  const candidates = ['package.json', ...walk('dist'), ...walk('dist-electron')];
  return candidates.filter((file) => filesInclude(patterns, file));
}

/** Whether a `files` pattern list includes a path (the `dir/**`, `!dir/**\/*.map` and exact forms used here). */
function filesInclude(patterns, relative) {
  let included = false;
  for (const raw of patterns) {
    const negated = raw.startsWith('!');
    const pattern = negated ? raw.slice(1) : raw;
    const mapRule = /^(.*)\/\*\*\/\*\.map$/.exec(pattern);
    const matches = mapRule ? relative.startsWith(`${mapRule[1]}/`) && relative.endsWith('.map') : pattern.endsWith('/**') ? relative.startsWith(pattern.slice(0, -2)) : pattern === relative;
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
  if (packageJson.productName !== 'Groundwork') problems.push('package.json productName must be "Groundwork" (the app\'s name in the macOS menu and its settings folder).');
  if (typeof packageJson.homepage !== 'string' || !/^https?:\/\//.test(packageJson.homepage)) problems.push('package.json needs a homepage URL (the deb package requires it).');
  const authorEmail = typeof packageJson.author === 'object' ? packageJson.author?.email : /<([^>]+)>/.exec(packageJson.author ?? '')?.[1];
  if (!authorEmail) problems.push('package.json author needs an email (the deb package\'s maintainer).');
  const runtimeDependencies = Object.keys(packageJson.dependencies ?? {});
  if (runtimeDependencies.length > 0) {
    problems.push(`package.json "dependencies" would be copied into app.asar although main.cjs and the renderer bundle them: ${runtimeDependencies.join(', ')} (make them devDependencies).`);
  }
  const fuses = config.electronFuses ?? {};
  const wantedFuses = { runAsNode: false, enableNodeOptionsEnvironmentVariable: false, enableNodeCliInspectArguments: false, enableCookieEncryption: false, enableEmbeddedAsarIntegrityValidation: true, onlyLoadAppFromAsar: true, resetAdHocDarwinSignature: true };
  for (const [fuse, wanted] of Object.entries(wantedFuses)) if (fuses[fuse] !== wanted) problems.push(`electronFuses.${fuse} must be ${wanted}.`);
  if (![config.linux?.executableArgs ?? []].flat().includes('--ozone-platform=x11')) problems.push('linux.executableArgs must include --ozone-platform=x11 (Wayland ignores window positions).');
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

const packaged = listPackagedFiles(config);
if (packaged) {
  const strays = packaged.filter((file) => file.split('/').includes('node_modules'));
  if (strays.length > 0) fail(`the package would hold node_modules copies of bundled code:\n  - ${strays.slice(0, 10).join('\n  - ')}`);
  console.log(`check-builder-config: app.asar would hold ${packaged.length} files (${[...new Set(packaged.map((file) => file.split('/').slice(0, 2).join('/')))].join(', ')}), no node_modules.`);
}

console.log(`check-builder-config: ${path.relative(root, configPath)} is valid (electron-builder ${api.version} schema, Groundwork rules).`);
