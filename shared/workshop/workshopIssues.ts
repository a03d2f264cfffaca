import type { z } from 'zod';
import { ID_PATTERN, quoteSchema, scriptSchema } from '../kinds/activityBase';
import { axisSchema, quadrantsSchema } from '../kinds/map/schema';
import { ACTIVITY_KINDS, isActivityKind, KINDS } from '../kinds/registry';
import { statementSchema } from '../kinds/scale/schema';
import { columnSchema } from '../kinds/sort/schema';
import { workshopShape } from './workshopSchema';

/** A path inside a workshop file, as zod gives it. */
export type IssuePath = readonly PropertyKey[];

/** A problem at a place in the file, before the file name is attached. */
export interface LocatedProblem {
  path: string;
  message: string;
}

type Issue = z.core.$ZodIssue & { input?: unknown };

/** Writes a path the way a facilitator reads it: `activities[2].columns[0].label`. */
export function formatPath(path: IssuePath): string {
  let text = '';
  for (const part of path) {
    if (typeof part === 'number') text += `[${part}]`;
    else text += text === '' ? String(part) : `.${String(part)}`;
  }
  return text;
}

/** The list of kinds, as messages give it. */
export const KIND_LIST = ACTIVITY_KINDS.join(', ');

const NULLABLE_FIELDS = new Set(['y', 'quadrants', 'optionsFrom']);

const LIST_NOUNS: Record<string, [string, string]> = {
  activities: ['activity', 'activities'],
  columns: ['column', 'columns'],
  prompts: ['prompt', 'prompts'],
  statements: ['statement', 'statements'],
  options: ['option', 'options'],
  talkingPoints: ['talking point', 'talking points'],
  quotes: ['quote', 'quotes'],
  materials: ['material', 'materials'],
};

/**
 * Picks the issue to report and turns it into a sentence. A misspelt field
 * shows up twice in zod's list (the right name is missing, the wrong one is
 * unknown); the unknown one is the useful report, so it wins.
 */
export function describeFirstIssue(issues: readonly z.core.$ZodIssue[]): LocatedProblem {
  const first: Issue | undefined = issues[0];
  if (!first) return { path: '', message: 'This file does not match the workshop format.' };
  if (isMissing(first)) {
    const parent = formatPath(first.path.slice(0, -1));
    const misspelt = issues.find((issue) => issue.code === 'unrecognized_keys' && formatPath(issue.path) === parent);
    if (misspelt) return describeIssue(misspelt);
  }
  return describeIssue(first);
}

/**
 * Every issue as a sentence, in the file's order, each place once. A misspelt field's "missing" twin is left out
 * (its unknown spelling is reported, with the suggestion), and each unknown field of an object is named on its own.
 */
export function describeAllIssues(issues: readonly z.core.$ZodIssue[]): LocatedProblem[] {
  const unknownAt = new Set(issues.filter((issue) => issue.code === 'unrecognized_keys').map((issue) => formatPath(issue.path)));
  const problems: LocatedProblem[] = [];
  const said = new Set<string>();
  const add = (problem: LocatedProblem): void => {
    const key = `${problem.path}|${problem.message}`;
    if (said.has(key)) return;
    said.add(key);
    problems.push(problem);
  };
  for (const issue of issues as readonly Issue[]) {
    if (isMissing(issue) && unknownAt.has(formatPath(issue.path.slice(0, -1)))) continue;
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) add(describeUnknownKeys({ ...issue, keys: [key] }));
    } else add(describeIssue(issue));
  }
  return problems.length > 0 ? problems : [describeFirstIssue(issues)];
}

function isMissing(issue: Issue): boolean {
  return issue.code === 'invalid_type' && issue.input === undefined;
}

/** One zod issue as a path and a sentence a facilitator can act on. */
export function describeIssue(issue: Issue): LocatedProblem {
  const path = formatPath(issue.path);
  const key = issue.path[issue.path.length - 1];
  const field = typeof key === 'string' ? key : '';
  switch (issue.code) {
    case 'invalid_type':
      return { path, message: describeWrongType(issue, field) };
    case 'invalid_union':
      return describeUnion(issue, path);
    case 'unrecognized_keys':
      return describeUnknownKeys(issue);
    case 'too_small':
      return { path, message: describeTooSmall(issue, field) };
    case 'too_big':
      return { path, message: describeTooBig(issue, field) };
    case 'invalid_format':
      // Ids are the only patterned fields but one: the start time carries its own sentence.
      return { path, message: field === 'plannedStart' ? issue.message : describeBadId(issue.input) };
    case 'invalid_value':
      return { path, message: `${capitalize(describeValue(issue.input))} is not allowed here; use ${issue.values.map((value) => JSON.stringify(value)).join(' or ')}.` };
    case 'custom':
    case 'invalid_element':
    case 'invalid_key':
    case 'not_multiple_of':
      return { path, message: `${issue.message}.` };
  }
}

function describeWrongType(issue: Issue & { expected: string }, field: string): string {
  if (issue.input === undefined) return `"${field}" is missing; add it as ${expectedText(issue.expected, field)}.`;
  if (issue.expected === 'int') return `This must be a whole number, not ${numberText(issue.input)}.`;
  return `This should be ${expectedText(issue.expected, field)}, not ${describeValue(issue.input)}.`;
}

function numberText(value: unknown): string {
  return typeof value === 'number' ? String(value) : describeValue(value);
}

function expectedText(expected: string, field: string): string {
  const orNull = NULLABLE_FIELDS.has(field) ? ' or null' : '';
  switch (expected) {
    case 'string':
      return `text in quotes${orNull}`;
    case 'number':
      return 'a number';
    case 'int':
      return 'a whole number';
    case 'boolean':
      return 'true or false';
    case 'array':
      return 'a list in [ ]';
    case 'object':
      return `an object in { }${orNull}`;
    default:
      return expected;
  }
}

/** Names a JSON value briefly, e.g. `text ("ten")`, `the number 5`, `a list`. */
export function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (typeof value === 'string') return `text (${JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value)})`;
  if (typeof value === 'number') return `the number ${String(value)}`;
  if (typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'an object';
  return typeof value;
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function describeUnion(issue: Issue, path: string): LocatedProblem {
  const kind = (issue.input as { kind?: unknown } | undefined)?.kind;
  if (kind === undefined) return { path, message: `"kind" is missing; use one of ${KIND_LIST}.` };
  if (typeof kind !== 'string') return { path, message: `${capitalize(describeValue(kind))} is not an activity kind; use one of ${KIND_LIST}.` };
  return { path, message: `"${kind}" is not an activity kind; use one of ${KIND_LIST}.` };
}

function describeUnknownKeys(issue: Issue & { keys: string[] }): LocatedProblem {
  const unknown = issue.keys[0] ?? '';
  const context = objectContext(issue.path, issue.input);
  const path = formatPath([...issue.path, unknown]);
  const suggestion = closestKey(unknown, context.keys);
  if (suggestion) return { path, message: `"${unknown}" is not a field of ${context.name}; did you mean "${suggestion}"?` };
  return { path, message: `"${unknown}" is not a field of ${context.name}; check the spelling. The fields are: ${context.keys.join(', ')}.` };
}

function objectContext(path: IssuePath, input: unknown): { name: string; keys: string[] } {
  const last = path[path.length - 1];
  const parent = path[path.length - 2];
  if (path.length === 0) return { name: 'a workshop', keys: Object.keys(workshopShape) };
  if (path.length === 2 && parent === 'activities') {
    const kind = (input as { kind?: unknown } | undefined)?.kind;
    if (isActivityKind(kind)) return { name: `a ${kind} activity`, keys: Object.keys(KINDS[kind].workshop.shape) };
    return { name: 'an activity', keys: [] };
  }
  if (last === 'script') return { name: 'a script', keys: Object.keys(scriptSchema.shape) };
  if (parent === 'columns') return { name: 'a sort column', keys: Object.keys(columnSchema.shape) };
  if (parent === 'statements') return { name: 'a scale statement', keys: Object.keys(statementSchema.shape) };
  if (parent === 'quotes') return { name: 'a quote', keys: Object.keys(quoteSchema.shape) };
  if (last === 'x' || last === 'y') return { name: 'a map axis', keys: Object.keys(axisSchema.shape) };
  if (last === 'quadrants') return { name: 'the quadrants', keys: Object.keys(quadrantsSchema.shape) };
  return { name: 'this object', keys: [] };
}

/** The allowed field an unknown one was most likely meant to be: same letters ignoring case, or at most two edits away. */
export function closestKey(unknown: string, keys: readonly string[]): string | null {
  let best: string | null = null;
  let bestDistance = 3;
  for (const key of keys) {
    const distance = key.toLowerCase() === unknown.toLowerCase() ? 0 : editDistance(unknown.toLowerCase(), key.toLowerCase());
    if (distance < bestDistance) {
      best = key;
      bestDistance = distance;
    }
  }
  return best;
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution));
    }
    previous = current;
  }
  return previous[b.length] ?? Math.max(a.length, b.length);
}

function countOf(field: string, count: number): string {
  const [one, many] = LIST_NOUNS[field] ?? ['entry', 'entries'];
  return `${count} ${count === 1 ? one : many}`;
}

function describeTooSmall(issue: Issue & { origin: string; minimum: number | bigint }, field: string): string {
  const minimum = Number(issue.minimum);
  if (issue.origin === 'string') return 'This is empty; write something here.';
  if (issue.origin === 'array') {
    const has = Array.isArray(issue.input) ? issue.input.length : 0;
    return `This needs at least ${countOf(field, minimum)}; it has ${has === 0 ? 'none' : has}.`;
  }
  return `This must be at least ${minimum}, not ${numberText(issue.input)}.`;
}

function describeTooBig(issue: Issue & { origin: string; maximum: number | bigint }, field: string): string {
  const maximum = Number(issue.maximum);
  if (issue.origin === 'string') {
    const length = typeof issue.input === 'string' ? issue.input.length : 0;
    return `This text is ${length} characters long; the most allowed here is ${maximum}.`;
  }
  if (issue.origin === 'array') {
    const has = Array.isArray(issue.input) ? issue.input.length : 0;
    return `This has ${countOf(field, has)}; the most allowed is ${maximum}.`;
  }
  return `This must be at most ${maximum}, not ${numberText(issue.input)}.`;
}

/** Explains a bad id and suggests one that would work. */
export function describeBadId(value: unknown): string {
  const text = typeof value === 'string' ? value : '';
  const suggestion = text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  const example = suggestion !== '' && ID_PATTERN.test(suggestion) && suggestion !== text ? ` (e.g. "${suggestion}")` : '';
  return `${JSON.stringify(text)} is not a usable id; use lowercase letters, digits and dashes, starting with a letter or digit${example}.`;
}
