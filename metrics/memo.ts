/**
 * Caches a function of a registry's tables on the identity of those tables: a validated registry is never
 * changed, and several metrics start from the same intermediate result (resolved milestones, phase
 * evidence, progress groups), so each is computed once per registry instead of once per metric. Keys are
 * held weakly, so a registry that is dropped is not kept alive. Results are shared: treat them as
 * read-only.
 */
export function memoizeOnTables<I, R>(
  tablesOf: (input: I) => readonly object[],
  compute: (input: I) => R
): (input: I) => R {
  const root = new WeakMap<object, unknown>();
  return (input) => {
    const keys = tablesOf(input);
    let level: WeakMap<object, unknown> = root;
    for (let k = 0; k < keys.length - 1; k++) {
      let next = level.get(keys[k]) as WeakMap<object, unknown> | undefined;
      if (!next) {
        next = new WeakMap();
        level.set(keys[k], next);
      }
      level = next;
    }
    const last = keys[keys.length - 1];
    if (level.has(last)) return level.get(last) as R;
    const result = compute(input);
    level.set(last, result);
    return result;
  };
}
