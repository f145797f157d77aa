/**
 * Groups values by a key, keeping their order within each group and the order keys first appear in.
 * Values that come in runs of the same key (a registry lists a state's rows together) are added to the
 * run's group without looking the key up again.
 */
export function groupBy<T, K>(values: Iterable<T>, key: (value: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  let runKey: K | undefined;
  let run: T[] | undefined;
  for (const v of values) {
    const k = key(v);
    if (run !== undefined && k === runKey) {
      run.push(v);
      continue;
    }
    run = groups.get(k);
    if (run) run.push(v);
    else {
      run = [v];
      groups.set(k, run);
    }
    runKey = k;
  }
  return groups;
}

/**
 * Groups values by several keys at once — (state, ejercicio, kind), say — without building a composite
 * string key per value: one nested `Map` level per key. Groups come in the order their combination of keys
 * first appears, each keeping the order of its values, like {@link groupBy} on the joined key. A value whose
 * first keys are those of the value before it (a registry lists a state's rows together, and a plan's)
 * starts from the level those keys reached, instead of looking them up again; one whose keys are all the
 * same joins that value's group.
 *
 * @example groupByKeys(hitos, (h) => h.clave_inegi, (h) => h.ejercicio) // [[hitos of 01, ejercicio 1], …]
 */
export function groupByKeys<T>(values: Iterable<T>, ...keys: ((value: T) => unknown)[]): T[][] {
  const groups: T[][] = [];
  const last = keys.length - 1;
  // The previous value's keys, the levels they reached (levels[0] is the root, levels[k] holds key k)
  // and its group.
  const current: unknown[] = new Array(keys.length);
  const levels: Map<unknown, unknown>[] = [new Map()];
  let previous: T[] | undefined;
  for (const v of values) {
    // The first key that differs from the previous value's (all of them for the first value).
    let from = previous === undefined ? 0 : keys.length;
    for (let k = 0; k <= last; k++) {
      const key = keys[k](v);
      if (key !== current[k]) {
        if (k < from) from = k;
        current[k] = key;
      }
    }
    if (from === keys.length) {
      previous!.push(v);
      continue;
    }
    let level = levels[from];
    for (let k = from; k < last; k++) {
      let next = level.get(current[k]) as Map<unknown, unknown> | undefined;
      if (!next) {
        next = new Map();
        level.set(current[k], next);
      }
      levels[k + 1] = next;
      level = next;
    }
    let group = level.get(current[last]) as T[] | undefined;
    if (group) group.push(v);
    else {
      group = [v];
      level.set(current[last], group);
      groups.push(group);
    }
    previous = group;
  }
  return groups;
}
