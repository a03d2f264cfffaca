import type { Activity } from '../session/types';
import type { Method } from './methodLibrary';
import { workshopActivitySchema } from './workshopSchema';

/**
 * A library method as an activity of a session, under the id given, read through the workshop file's schema (so its
 * defaults are a workshop file's); `optionsFrom` sets where a dot vote takes its options from.
 */
export function methodActivity(method: Method, id: string, optionsFrom: string | null = null): Activity {
  return workshopActivitySchema.parse({ id, ...method.activity, ...(method.votesOnEarlierNotes ? { optionsFrom } : {}) });
}
