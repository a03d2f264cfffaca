import type { Workshop } from './types';
import { managementAndLeadershipWorkshop } from './managementAndLeadership';

/** The workshops that ship with Groundwork. */
export const builtInWorkshops: readonly Workshop[] = [managementAndLeadershipWorkshop];

/** Finds a built-in workshop by id. */
export function findBuiltInWorkshop(id: string): Workshop | undefined {
  return builtInWorkshops.find((workshop) => workshop.id === id);
}
