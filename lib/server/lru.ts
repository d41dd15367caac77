// A bounded map that forgets the least recently used entry first. A Map keeps
// insertion order, so moving an entry to the end on every read is all an LRU
// of a few thousand entries needs: no dependency for it.

export type Lru<K, V> = {
  get: (key: K) => V | undefined;
  set: (key: K, value: V) => void;
  delete: (key: K) => void;
  readonly size: number;
};

export const createLru = <K, V>(maxEntries: number): Lru<K, V> => {
  if (!Number.isInteger(maxEntries) || maxEntries < 1) throw new Error("an LRU needs a positive whole size");
  const entries = new Map<K, V>();
  return {
    get: (key) => {
      if (!entries.has(key)) return undefined;
      const value = entries.get(key) as V;
      entries.delete(key);
      entries.set(key, value);
      return value;
    },
    set: (key, value) => {
      entries.delete(key);
      entries.set(key, value);
      if (entries.size > maxEntries) entries.delete(entries.keys().next().value as K);
    },
    delete: (key) => void entries.delete(key),
    get size() {
      return entries.size;
    },
  };
};
