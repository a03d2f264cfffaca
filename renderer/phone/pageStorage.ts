/** The few storage calls the phone page makes: localStorage in the page, a map in tests. */
export interface KeyValueStore {
  get(key: string): string | null;
  set(key: string, value: string): void;
  remove(key: string): void;
}

/**
 * localStorage that never throws. Old Safari refuses every write in private browsing, some browsers block storage
 * outright, and a full quota throws: the page then keeps what it could not write in memory for this visit, so a note
 * is never lost between the Send button and the socket.
 */
export function safeStore(open: () => Storage): KeyValueStore {
  // Keys whose last write failed: memory holds the newer value, storage a stale one (or none).
  const memory = new Map<string, string>();
  const storage = (): Storage | null => {
    try {
      return open();
    } catch {
      return null;
    }
  };
  return {
    get(key) {
      const kept = memory.get(key);
      if (kept !== undefined) return kept;
      try {
        const store = storage();
        return store ? store.getItem(key) : null;
      } catch {
        return null;
      }
    },
    set(key, value) {
      try {
        const store = storage();
        if (!store) throw new Error('no storage');
        store.setItem(key, value);
        memory.delete(key);
      } catch {
        memory.set(key, value);
      }
    },
    remove(key) {
      memory.delete(key);
      try {
        const store = storage();
        if (store) store.removeItem(key);
      } catch {
        // Nothing to do: the key is gone from memory, and storage we cannot reach holds nothing we will read.
      }
    },
  };
}

/** A store in memory only, for tests and for pages without storage. */
export function memoryStore(): KeyValueStore & { entries: Map<string, string> } {
  const entries = new Map<string, string>();
  return {
    entries,
    get: (key) => {
      const value = entries.get(key);
      return value === undefined ? null : value;
    },
    set: (key, value) => {
      entries.set(key, value);
    },
    remove: (key) => {
      entries.delete(key);
    },
  };
}
