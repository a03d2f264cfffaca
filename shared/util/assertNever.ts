/** Marks a switch as exhaustive: TypeScript fails the build when a case is missing. */
export function assertNever(value: never, context = 'value'): never {
  throw new Error(`Unexpected ${context}: ${JSON.stringify(value)}`);
}
