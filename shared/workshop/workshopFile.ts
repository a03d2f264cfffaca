import type { WorkshopFileProblem } from '../protocol/verbs';
import type { Workshop } from './types';
import { checkAgenda, checkWorkshop } from './workshopChecks';
import { findJsonMistake } from './jsonMistake';
import { closestKey, describeAllIssues, describeValue } from './workshopIssues';
import type { LocatedProblem } from './workshopIssues';
import { WORKSHOP_FORMAT_VERSION, toWorkshop, workshopActivitySchema, workshopFileSchema } from './workshopSchema';

/** How workshop files are named: `<anything>.workshop.json`. */
export const WORKSHOP_FILE_SUFFIX = '.workshop.json';
/** Largest workshop file Groundwork reads (1 MB). */
export const MAX_WORKSHOP_FILE_BYTES = 1024 * 1024;

/** The outcome of reading a workshop file: the whole workshop, or its problems (all of them; `problem` is the first) and nothing else. */
export type ParsedWorkshopFile = { ok: true; workshop: Workshop } | { ok: false; problem: WorkshopFileProblem; problems: WorkshopFileProblem[] };

/** The failed outcome for these problems of a file (at least one). */
function failed(fileName: string, problems: readonly { path: string; message: string }[]): ParsedWorkshopFile {
  const all = problems.map(({ path, message }) => ({ file: fileName, path, message }));
  const first = all[0] ?? { file: fileName, path: '', message: 'This file does not match the workshop format.' };
  return { ok: false, problem: first, problems: all.length > 0 ? all : [first] };
}

/** Whether a file name is that of a workshop file. */
export function isWorkshopFileName(name: string): boolean {
  return name.toLowerCase().endsWith(WORKSHOP_FILE_SUFFIX) && name.length > WORKSHOP_FILE_SUFFIX.length;
}

/**
 * Reads a workshop file's text. Never throws and never half-loads: either
 * every activity is valid, or every problem found comes back, each with its
 * place in the file and a sentence saying how to fix it (a JSON mistake stops
 * the reading, so it comes alone).
 */
export function parseWorkshopFile(text: string, fileName: string): ParsedWorkshopFile {
  const json = readWorkshopJson(text);
  return json.ok ? parseWorkshopData(json.value, fileName) : failed(fileName, [{ path: '', message: json.message }]);
}

/**
 * The JSON value in a workshop file's text (a byte-order mark skipped), or the sentence saying why there is none: too
 * large, empty, or a JSON mistake located by line and column. The loader and the builder read files through it.
 */
export function readWorkshopJson(text: string): { ok: true; value: unknown } | { ok: false; message: string } {
  const bytes = utf8Length(text);
  if (bytes > MAX_WORKSHOP_FILE_BYTES) return { ok: false, message: tooLargeMessage(bytes) };
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  if (body.trim() === '') return { ok: false, message: 'The file is empty.' };
  try {
    return { ok: true, value: JSON.parse(body) };
  } catch {
    return { ok: false, message: describeJsonError(body) };
  }
}

/** Validates an already-parsed workshop document (the same checks as `parseWorkshopFile`, minus the text ones). */
export function parseWorkshopData(raw: unknown, fileName: string): ParsedWorkshopFile {
  const fail = (message: string, path = ''): ParsedWorkshopFile => failed(fileName, [{ path, message }]);
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return fail(`This is not a Groundwork workshop file: it should be one JSON object in { }, not ${describeValue(raw)}.`);
  }
  const version = (raw as { groundworkWorkshop?: unknown }).groundworkWorkshop;
  if (version === undefined) {
    const guess = Object.keys(raw).find((key) => closestKey(key, ['groundworkWorkshop']) !== null);
    const didYouMean = guess === undefined ? '' : `; did you mean "groundworkWorkshop" where the file has "${guess}"?`;
    return fail(`This is not a Groundwork workshop file: it needs "groundworkWorkshop": ${WORKSHOP_FORMAT_VERSION} as its first field${didYouMean || '.'}`);
  }
  if (typeof version === 'number' && Number.isInteger(version) && version > WORKSHOP_FORMAT_VERSION) {
    return fail(`This file uses workshop format ${version}, which needs a newer Groundwork (this version reads format ${WORKSHOP_FORMAT_VERSION}). Update Groundwork to use it.`, 'groundworkWorkshop');
  }
  if (version !== WORKSHOP_FORMAT_VERSION) {
    return fail(`This should be ${WORKSHOP_FORMAT_VERSION} (the workshop format version), not ${describeValue(version)}.`, 'groundworkWorkshop');
  }
  const parsed = workshopFileSchema.safeParse(raw, { reportInput: true });
  if (!parsed.success) return failed(fileName, [...describeAllIssues(parsed.error.issues), ...crossChecksOfSoundActivities(raw)]);
  const workshop = toWorkshop(parsed.data);
  const crossProblems = checkWorkshop(workshop);
  if (crossProblems.length > 0) return failed(fileName, crossProblems);
  return { ok: true, workshop };
}

/** The cross-field checks of the activities that pass the schema on their own, when the file as a whole does not. */
function crossChecksOfSoundActivities(raw: object): LocatedProblem[] {
  const activities = (raw as { activities?: unknown }).activities;
  if (!Array.isArray(activities)) return [];
  const sound = activities.map((activity: unknown) => {
    const parsed = workshopActivitySchema.safeParse(activity);
    return parsed.success ? parsed.data : null;
  });
  const ids = activities.map((activity: unknown) => (typeof activity === 'object' && activity !== null ? (activity as { id?: unknown }).id : undefined));
  return checkAgenda(sound, ids);
}

/** One sentence naming the file, the place inside it and the problem, e.g. for an error toast. */
export function describeWorkshopProblem(problem: WorkshopFileProblem): string {
  const where = problem.path === '' ? `"${problem.file}"` : `"${problem.file}", at ${problem.path}`;
  return `${where}: ${problem.message}`;
}

/** A JSON mistake as one sentence with its line and column (shared/workshop/jsonMistake.ts). */
export function describeJsonError(text: string): string {
  const mistake = findJsonMistake(text);
  if (!mistake) return 'This is not valid JSON; look for a missing comma, quote or bracket.';
  return `This is not valid JSON at line ${mistake.line}, column ${mistake.column}: ${mistake.hint}`;
}

function utf8Length(text: string): number {
  let bytes = 0;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff) {
      bytes += 4;
      index++;
    } else bytes += 3;
  }
  return bytes;
}

/** The message for a file over the size limit, e.g. "The file is 2.4 MB; …". */
export function tooLargeMessage(bytes: number): string {
  const size = (bytes / MAX_WORKSHOP_FILE_BYTES).toFixed(1);
  return `The file is ${size === '1.0' ? 'just over 1' : size} MB; a workshop file can be at most 1 MB.`;
}
