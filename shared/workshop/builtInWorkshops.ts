import managementAndLeadershipFile from './builtin/management-and-leadership.workshop.json' with { type: 'json' };
import type { Workshop } from './types';
import { describeWorkshopProblem, parseWorkshopData } from './workshopFile';

/** Parses a workshop shipped with Groundwork through the same checks as a user's file; a bad one stops the app at start-up. */
function loadBuiltIn(data: unknown, fileName: string): Workshop {
  const parsed = parseWorkshopData(data, fileName);
  if (!parsed.ok) throw new Error(`Built-in workshop ${describeWorkshopProblem(parsed.problem)}`);
  return parsed.workshop;
}

/** "Management and Leadership: two sides of the same job", drawn from the article; the built-in workshop. */
export const managementAndLeadershipWorkshop: Workshop = loadBuiltIn(managementAndLeadershipFile, 'management-and-leadership.workshop.json');

/** The workshops that ship with Groundwork, each written as a workshop file in `builtin/`. */
export const builtInWorkshops: readonly Workshop[] = [managementAndLeadershipWorkshop];

/**
 * Each built-in workshop's file as written (before defaults), by workshop id: what the builder opens when a built-in
 * workshop is edited as a copy. Shared objects: take a copy (`builtInWorkshopDocument`) before changing anything.
 */
export const builtInWorkshopFiles: ReadonlyMap<string, Readonly<Record<string, unknown>>> = new Map([[managementAndLeadershipWorkshop.id, managementAndLeadershipFile]]);

/** Finds a built-in workshop by id. */
export function findBuiltInWorkshop(id: string): Workshop | undefined {
  return builtInWorkshops.find((workshop) => workshop.id === id);
}

/** A fresh copy of a built-in workshop's file data, free to edit; undefined for an unknown id. */
export function builtInWorkshopDocument(id: string): Record<string, unknown> | undefined {
  const data = builtInWorkshopFiles.get(id);
  // A JSON round trip is a deep copy, and the data came from JSON.
  return data === undefined ? undefined : (JSON.parse(JSON.stringify(data)) as Record<string, unknown>);
}
