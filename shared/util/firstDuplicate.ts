/** The index of the first entry that repeats an earlier one, or -1 when every entry is unique. */
export function firstDuplicate(ids: readonly string[]): number {
  return ids.findIndex((id, index) => ids.indexOf(id) !== index);
}
