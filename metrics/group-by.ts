/** Groups values by a key, keeping their order within each group and the order keys first appear in. */
export function groupBy<T, K>(values: Iterable<T>, key: (value: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const v of values) {
    const k = key(v);
    const g = groups.get(k);
    if (g) g.push(v);
    else groups.set(k, [v]);
  }
  return groups;
}

/**
 * Groups values by several keys at once — (state, ejercicio, kind), say — without building a composite
 * string key per value: one nested `Map` level per key. Groups come in the order their combination of keys
 * first appears, each keeping the order of its values, like {@link groupBy} on the joined key.
 *
 * @example groupByKeys(hitos, (h) => h.clave_inegi, (h) => h.ejercicio) // [[hitos of 01, ejercicio 1], …]
 */
export function groupByKeys<T>(values: Iterable<T>, ...keys: ((value: T) => unknown)[]): T[][] {
  const root = new Map<unknown, unknown>();
  const groups: T[][] = [];
  const last = keys.length - 1;
  for (const v of values) {
    let level = root;
    for (let k = 0; k < last; k++) {
      const key = keys[k](v);
      let next = level.get(key) as Map<unknown, unknown> | undefined;
      if (!next) {
        next = new Map();
        level.set(key, next);
      }
      level = next;
    }
    const key = keys[last](v);
    const group = level.get(key) as T[] | undefined;
    if (group) group.push(v);
    else {
      const created = [v];
      level.set(key, created);
      groups.push(created);
    }
  }
  return groups;
}
