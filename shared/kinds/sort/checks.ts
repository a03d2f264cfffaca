import type { WorkshopCheckContext } from '../kindDefinition';
import type { LocatedProblem } from '../../workshop/workshopIssues';
import { firstDuplicate } from '../../util/firstDuplicate';
import type { SortActivity } from './schema';

/** A sort in a workshop file: each column has its own id. */
export function checkSortWorkshop(activity: SortActivity, { at }: WorkshopCheckContext): LocatedProblem | null {
  const duplicate = firstDuplicate(activity.columns.map((column) => column.id));
  if (duplicate < 0) return null;
  const id = activity.columns[duplicate]?.id ?? '';
  return { path: `${at}.columns[${duplicate}].id`, message: `"${id}" is already the id of another column of this sort; give each column its own id.` };
}
