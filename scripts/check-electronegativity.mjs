#!/usr/bin/env node
// Security gate for the Electron code: runs Electronegativity over electron/
// and fails on any finding of MEDIUM severity or higher that is not listed,
// with a reason, in electronegativity-exceptions.json.
//
// How severity is found: Electronegativity's SARIF output does not carry it.
// Its `level` only says whether a finding needs manual review ("note") or not
// ("warning"). The tool's own severity (INFORMATIONAL < LOW < MEDIUM < HIGH)
// appears only in its CSV report, so the same scan is also written as CSV and
// each SARIF result is matched to its CSV row by rule, file and line. A SARIF
// result without a matching row counts as HIGH, so the gate fails closed.
//
// Electronegativity also skips files it cannot parse without saying so when
// writing a report, so every file it would scan is parsed here first with its
// own parser; a file it cannot read fails the gate.
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
// --input DIR and --exceptions FILE exist to try the gate on other code (e.g. a deliberately unsafe sample).
function option(name, fallback) {
  const index = process.argv.indexOf(name);
  return index === -1 ? fallback : path.resolve(process.argv[index + 1] ?? '');
}
const INPUT = option('--input', path.join(root, 'electron'));
const EXCEPTIONS = option('--exceptions', path.join(root, 'electronegativity-exceptions.json'));
const INPUT_LABEL = `${path.relative(root, INPUT).split(path.sep).join('/') || '.'}/`;
const SEVERITY_RANK = { INFORMATIONAL: 0, LOW: 1, MEDIUM: 2, HIGH: 3 };
const FAIL_AT = SEVERITY_RANK.MEDIUM;

function electronVersion() {
  try {
    return require('electron/package.json').version;
  } catch {
    return '45.5.0';
  }
}

function runElectronegativity(output) {
  const args = ['--no', '--', '@doyensec/electronegativity', '-i', INPUT, '-e', electronVersion(), '-o', output];
  return new Promise((resolve, reject) => {
    const child = spawn('npx', args, { cwd: root, stdio: ['ignore', 'pipe', 'pipe'], shell: process.platform === 'win32' });
    let log = '';
    child.stdout.on('data', (chunk) => (log += chunk));
    child.stderr.on('data', (chunk) => (log += chunk));
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve(log) : reject(new Error(`electronegativity exited with ${code}:\n${log}`))));
  });
}

/** Parses Electronegativity's CSV report into records (quoted fields may hold commas, newlines and doubled quotes). */
function parseCsv(text) {
  const records = [];
  let record = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const char = text[i];
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        field += '"';
        i += 1;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      record.push(field);
      field = '';
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && text[i + 1] === '\n') i += 1;
      record.push(field);
      records.push(record);
      record = [];
      field = '';
    } else field += char;
  }
  if (field !== '' || record.length > 0) {
    record.push(field);
    records.push(record);
  }
  return records.filter((fields) => fields.some((value) => value.trim() !== ''));
}

function relativeFile(file) {
  if (!file || file === 'N/A' || file === 'file:///') return 'N/A';
  const absolute = file.startsWith('file:') ? fileURLToPath(file) : path.resolve(root, file);
  return path.relative(root, absolute).split(path.sep).join('/');
}

/** Checks every file Electronegativity would scan parses with its own parser (it silently skips those that do not). */
async function unparsableFiles() {
  const base = path.dirname(require.resolve('@doyensec/electronegativity/package.json'));
  const { list_files: listFiles } = require(path.join(base, 'dist', 'util'));
  const { Parser } = require(path.join(base, 'dist', 'parser', 'parser.js'));
  const parser = new Parser(false, true);
  const problems = [];
  for (const file of await listFiles(INPUT)) {
    try {
      parser.parse(file, await readFile(file));
    } catch (error) {
      problems.push(`${relativeFile(file)}: ${error.message}`);
    }
  }
  return problems;
}

async function loadExceptions() {
  const data = JSON.parse(await readFile(EXCEPTIONS, 'utf8'));
  const list = Array.isArray(data) ? data : data.exceptions;
  if (!Array.isArray(list)) throw new Error('electronegativity-exceptions.json must hold an "exceptions" array.');
  for (const entry of list) {
    if (typeof entry?.rule !== 'string' || typeof entry.file !== 'string' || typeof entry.reason !== 'string' || entry.reason.trim().length < 10) {
      throw new Error(`every exception needs "rule", "file" and a real "reason": ${JSON.stringify(entry)}`);
    }
  }
  return list;
}

async function main() {
  const unparsable = await unparsableFiles();
  if (unparsable.length > 0) {
    console.error(`check-electronegativity: Electronegativity cannot parse these files, so it would not check them:\n  ${unparsable.join('\n  ')}`);
    process.exit(1);
  }

  const dir = await mkdtemp(path.join(os.tmpdir(), 'groundwork-electronegativity-'));
  try {
    const sarifPath = path.join(dir, 'out.sarif');
    const csvPath = path.join(dir, 'out.csv');
    // One run after the other: two runs at once on a loaded machine once left a SARIF finding without its CSV row.
    await runElectronegativity(sarifPath);
    const sarif = JSON.parse(await readFile(sarifPath, 'utf8'));
    const results = (sarif.runs ?? []).flatMap((run) => run.results ?? []);
    // Electronegativity sometimes writes its CSV with the start of a row missing (seen: a row beginning `6","default-src…`,
    // the tail of a line number), so a finding loses its severity. Scan again, up to three times, until every SARIF
    // finding has its row; one that never does still counts as HIGH (fail closed).
    let csvRows = [];
    for (let attempt = 1; attempt <= 3; attempt += 1) {
      await rm(csvPath, { force: true });
      await runElectronegativity(csvPath);
      csvRows = parseCsv(await readFile(csvPath, 'utf8'))
        .slice(1)
        .map(([rule = '', severity = '', confidence = '', file = '', location = '']) => ({
          rule,
          severity,
          confidence,
          file: relativeFile(file),
          line: Math.max(1, Number.parseInt(location, 10) || 0),
        }));
      const hasRow = (result) => {
        const physical = result.locations?.[0]?.physicalLocation;
        const file = relativeFile(physical?.artifactLocation?.uri);
        const line = physical?.region?.startLine ?? 1;
        return csvRows.some((row) => row.rule === result.ruleId && row.file === file && row.line === line);
      };
      if (results.every(hasRow)) break;
      console.log(`  the CSV report lacked a finding's row (attempt ${attempt} of 3); scanning again`);
    }
    const findings = results.map((result) => {
      const physical = result.locations?.[0]?.physicalLocation;
      const file = relativeFile(physical?.artifactLocation?.uri);
      const line = physical?.region?.startLine ?? 1;
      // If several rows match, the most severe one counts; no row (or an unknown severity) counts as HIGH.
      const rows = csvRows.filter((candidate) => candidate.rule === result.ruleId && candidate.file === file && candidate.line === line);
      const rank = rows.length === 0 ? SEVERITY_RANK.HIGH : Math.max(...rows.map((row) => SEVERITY_RANK[row.severity] ?? SEVERITY_RANK.HIGH));
      const severity = rows.length === 0 ? 'HIGH: severity not found' : Object.keys(SEVERITY_RANK).find((name) => SEVERITY_RANK[name] === rank);
      return { rule: result.ruleId, file, line, level: result.level, severity, rank, message: result.message?.text ?? '' };
    });

    const exceptions = await loadExceptions();
    const excepted = (finding) => exceptions.find((entry) => entry.rule === finding.rule && entry.file === finding.file);
    const serious = findings.filter((finding) => finding.rank >= FAIL_AT);
    const failing = serious.filter((finding) => !excepted(finding));
    const accepted = serious.filter((finding) => excepted(finding));
    const minor = findings.filter((finding) => finding.rank < FAIL_AT);

    for (const finding of minor) console.log(`  note  ${finding.rule} (${finding.severity}) ${finding.file}:${finding.line} — ${finding.message}`);
    for (const finding of accepted) console.log(`  accepted  ${finding.rule} (${finding.severity}) ${finding.file}:${finding.line} — ${excepted(finding).reason}`);
    const unused = exceptions.filter((entry) => !serious.some((finding) => finding.rule === entry.rule && finding.file === entry.file));
    for (const entry of unused) console.log(`  unused exception: ${entry.rule} in ${entry.file} (remove it from electronegativity-exceptions.json)`);

    if (failing.length > 0) {
      console.error(`check-electronegativity: ${failing.length} finding(s) of MEDIUM severity or higher:`);
      for (const finding of failing) console.error(`  ${finding.rule} (${finding.severity}) ${finding.file}:${finding.line} — ${finding.message}`);
      console.error('Fix them, or add { "rule", "file", "reason" } to electronegativity-exceptions.json.');
      process.exit(1);
    }
    console.log(`check-electronegativity: ${INPUT_LABEL} passed (${findings.length} finding(s), none of MEDIUM severity or higher unexcepted).`);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(`check-electronegativity: ${error.message}`);
  process.exit(1);
});
