// `npm run check-workshop -- FILE...`: every problem of each workshop file, in the same words as the app, so a file
// written by hand can be checked before it is copied into the workshop folder. Exits 1 when any file has a problem.
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { findJsonMistake } from '../shared/workshop/jsonMistake';
import { parseWorkshopFile } from '../shared/workshop/workshopFile';

const files = process.argv.slice(2);
if (files.length === 0) {
  console.error('Usage: npm run check-workshop -- FILE.workshop.json [MORE.workshop.json ...]');
  process.exit(2);
}

let withProblems = 0;
for (const file of files) {
  const lines = checkFile(file);
  if (lines.length > 0) withProblems += 1;
  for (const line of lines) console.log(line);
}
console.log(withProblems === 0 ? `All ${files.length} ${files.length === 1 ? 'file is' : 'files are'} usable workshops.` : `${withProblems} of ${files.length} ${files.length === 1 ? 'file has' : 'files have'} problems.`);
process.exit(withProblems === 0 ? 0 : 1);

/** The problems of one file as printed lines (none when it is a usable workshop, which gets one line of its own). */
function checkFile(file: string): string[] {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    return [`${file}: cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)}).`];
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return [`${file}: this file is not UTF-8 text; save it again as UTF-8.`];
  }
  const parsed = parseWorkshopFile(text, basename(file));
  if (parsed.ok) {
    const minutes = parsed.workshop.activities.reduce((sum, activity) => sum + activity.plannedMinutes, 0);
    console.log(`${file}: ok, ${parsed.workshop.activities.length} activities, ${minutes} minutes.`);
    return [];
  }
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const mistake = findJsonMistake(body);
  if (mistake) {
    // The engine's own reason too, as an editor or another tool would show it.
    return parsed.problems.map((problem) => `${file}:${mistake.line}:${mistake.column}: ${problem.message} (JSON.parse: ${jsonParseReason(body)})`);
  }
  return parsed.problems.map((problem) => `${file}: ${problem.path === '' ? '' : `${problem.path}: `}${problem.message}`);
}

function jsonParseReason(text: string): string {
  try {
    JSON.parse(text);
    return 'no error';
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}
