/**
 * The value a record holds under a key as its own property, never one it inherits: an id from outside such as
 * "constructor" or "__proto__" must find nothing, not Object.prototype's members. Use for every lookup by an id
 * that came over a link or from a file.
 */
export function own<T>(record: Readonly<Partial<Record<string, T>>>, key: string): T | undefined {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}
