import type { Method } from '../../../shared/workshop/methodLibrary';
import type { WorkshopTemplate } from '../../../shared/workshop/workshopTemplates';

/**
 * The workshop the builder edits, as its file holds it: plain JSON, before defaults and checks, so a draft with
 * problems can be held, shown and saved, and a file opened from disk is written back with only what changed.
 */
export type WorkshopDocument = Record<string, unknown>;
/** One activity of a workshop document, as the file writes it. */
export type ActivityDocument = Record<string, unknown>;
/** Where a value sits in a document: keys and list indexes, e.g. `['activities', 2, 'title']`. */
export type FieldPath = readonly (string | number)[];

/** The workshop format version the builder writes. Kept here, not imported, so the page does not load the schemas. */
const FORMAT_VERSION = 1;
/** Kinds whose notes a dot vote can take as its options (the nearest earlier one is chosen). */
const VOTE_SOURCE_KINDS: readonly unknown[] = ['discussion', 'sort', 'map'];

/** A new, empty workshop: the facilitator gives it a title and adds activities from the library. */
export function blankWorkshop(): WorkshopDocument {
  return { groundworkWorkshop: FORMAT_VERSION, id: 'new-workshop', title: '', summary: '', source: '', plannedStart: '09:00', availableMinutes: 60, activities: [] };
}

/**
 * A new workshop from a template: its methods as activities (each added as "+ Add an activity" adds it, so a dot vote
 * votes on the nearest earlier activity that collects ideas) and its time available. Unknown method ids are skipped.
 */
export function workshopFromTemplate(template: WorkshopTemplate, methodById: (id: string) => Method | undefined): WorkshopDocument {
  let document: WorkshopDocument = { ...blankWorkshop(), title: template.name, id: idFromText(template.name, 'new-workshop'), summary: template.summary, availableMinutes: template.availableMinutes };
  for (const id of template.methodIds) {
    const method = methodById(id);
    if (!method) continue;
    const activities = activitiesOf(document);
    document = { ...document, activities: [...activities, activityFromMethod(method, document, activities.length)] };
  }
  return document;
}

/** A copy of a workshop to change, under a new title and id (the original is left as it is). */
export function copyOfWorkshop(original: WorkshopDocument): WorkshopDocument {
  const copy = structuredClone(original);
  const title = typeof original.title === 'string' && original.title !== '' ? `${original.title} (copy)` : 'Copy of a workshop';
  return { ...copy, title, id: idFromText(title, 'workshop') };
}

/** The activities of a document; an empty list when the field is missing or not a list. */
export function activitiesOf(document: WorkshopDocument): ActivityDocument[] {
  const activities = document.activities;
  return Array.isArray(activities) ? activities.filter(isRecord) : [];
}

/** The value at a path, or undefined when any step is missing. */
export function getAt(value: unknown, path: FieldPath): unknown {
  let current = value;
  for (const key of path) {
    if (typeof key === 'number' ? !Array.isArray(current) : !isRecord(current)) return undefined;
    const container = current as Record<string | number, unknown>;
    if (!Object.hasOwn(container, key)) return undefined;
    current = container[key];
  }
  return current;
}

/** A copy of the document with the value at a path replaced (undefined removes an object's field); parts not on the path keep their identity. */
export function setAt<T>(value: T, path: FieldPath, next: unknown): T {
  const [key, ...rest] = path;
  if (key === undefined) return next as T;
  if (typeof key === 'number') {
    const list = Array.isArray(value) ? [...(value as unknown[])] : [];
    list[key] = setAt(list[key], rest, next);
    return list as T;
  }
  const record: Record<string, unknown> = isRecord(value) ? { ...value } : {};
  const child = setAt(record[key], rest, next);
  if (child === undefined) delete record[key];
  else record[key] = child;
  return record as T;
}

/** The same path written as the file loader names places, e.g. `activities[2].columns[0].label`. */
export function pathText(path: FieldPath): string {
  let text = '';
  for (const key of path) text += typeof key === 'number' ? `[${key}]` : text === '' ? key : `.${key}`;
  return text;
}

/** Moves an item of a list from one place to another. */
export function moveItem<T>(list: readonly T[], from: number, to: number): T[] {
  const next = [...list];
  const [item] = next.splice(from, 1);
  if (item === undefined) return next;
  next.splice(Math.max(0, Math.min(to, next.length)), 0, item);
  return next;
}

/** A list without the item at an index. */
export function withoutItem<T>(list: readonly T[], index: number): T[] {
  return list.filter((_, at) => at !== index);
}

/**
 * A library method as a new activity for this workshop, to go at `atIndex`: a fresh id, and for a dot vote the
 * nearest earlier activity that collects ideas (none: the checks then say what the vote lacks).
 */
export function activityFromMethod(method: Method, document: WorkshopDocument, atIndex: number): ActivityDocument {
  const activities = activitiesOf(document);
  const activity: ActivityDocument = { id: freeId(method.id, activities), ...structuredClone(method.activity) };
  if (method.votesOnEarlierNotes) {
    const source = activities.slice(0, atIndex).reverse().find((candidate) => VOTE_SOURCE_KINDS.includes(candidate.kind));
    activity.optionsFrom = typeof source?.id === 'string' ? source.id : null;
  }
  return activity;
}

/** An id made from a base that no item of the list has yet: `base`, else `base-2`, `base-3`… */
export function freeId(base: string, items: readonly Record<string, unknown>[]): string {
  const taken = new Set(items.map((item) => item.id));
  if (!taken.has(base)) return base;
  let n = 2;
  while (taken.has(`${base}-${n}`)) n++;
  return `${base}-${n}`;
}

/** An id in the file's form (lowercase letters, digits and dashes) made from a title. */
export function idFromText(text: string, fallback: string): string {
  const slug = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 48)
    .replace(/-+$/g, '');
  return slug === '' ? fallback : slug;
}

/** The file name a new workshop is saved under, from its title. */
export function suggestedFileName(document: WorkshopDocument): string {
  const title = typeof document.title === 'string' ? document.title : '';
  return `${idFromText(title, 'new-workshop')}.workshop.json`;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
