import type { Store } from 'redux';

/**
 * The store as the window's components see it: its state as of the last time subscribers were told, not as of the
 * last action. Both replica stores apply a burst at once but tell subscribers once per frame (notifyOncePerFrame,
 * Redux Toolkit's autoBatchEnhancer). React reads a store's state afresh whenever a component renders for any reason
 * (its own state, a deferred pass), so with the current state one component could draw an action its siblings have
 * not heard of yet: the list of the next activity under the previous one's heading. Held to what was told, every
 * component of a frame draws the same state, and the next telling brings them all forward together. Code outside
 * React (the replicator's revision checks) keeps the store itself and its current state.
 */
export function drawnView<S extends Store>(store: S): S {
  let told = store.getState() as ReturnType<S['getState']>;
  const listeners = new Set<() => void>();
  store.subscribe(() => {
    told = store.getState() as ReturnType<S['getState']>;
    for (const listener of [...listeners]) listener();
  });
  return {
    ...store,
    getState: () => told,
    subscribe(listener: () => void) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
  };
}
