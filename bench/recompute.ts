import {DERIVED_TABLES} from "../metrics/tables.js";
import type {Registry} from "../metrics/model/schema.js";

/** Milliseconds each derived table took, in publication order, and the total. */
export interface RecomputeTiming {
  total: number;
  tables: {name: string; ms: number; rows: number}[];
}

/** Per source registry, the one object {@link withFreshTables} hands to every run. */
const copies = new WeakMap<Registry, Registry>();

/**
 * Calls `f` with the registry's tables freshly copied (the metrics cache intermediate results per table
 * identity, so every run starts cold), in the same object at every run, and puts the source tables back
 * after it, so the copies and all that was cached on them can be collected before the next run. A new
 * object per run would be built anew after the full collection between runs, with a new hidden class, and
 * V8 would throw away what it had learnt about every function that reads the registry: the measure would
 * then include V8 relearning the registry's shape at each run, which no program that keeps its registry does.
 */
function withFreshTables<T>(registry: Registry, f: (fresh: Registry) => T): T {
  let copy = copies.get(registry);
  if (!copy) {
    copy = {...registry};
    copies.set(registry, copy);
  }
  const tables = copy as Record<keyof Registry, unknown[]>;
  const names = Object.keys(registry) as (keyof Registry)[];
  for (const name of names) tables[name] = [...registry[name]];
  try {
    return f(copy);
  } finally {
    for (const name of names) tables[name] = registry[name];
  }
}

/**
 * Computes every derived table from a registry once, timing each, on fresh copies of its tables
 * ({@link withFreshTables}): every run starts cold.
 */
export function recomputeAll(registry: Registry): RecomputeTiming {
  return withFreshTables(registry, (fresh) => {
    const tables = DERIVED_TABLES.map((t) => {
      const t0 = performance.now();
      const rows = t.compute(fresh).length;
      return {name: t.name, ms: performance.now() - t0, rows};
    });
    return {total: tables.reduce((a, t) => a + t.ms, 0), tables};
  });
}

/** What {@link repeat} measured: every run in the order it ran (warm-up first), and the timed runs sorted. */
export interface Repeated {
  /** Total milliseconds of every run, warm-up runs included, in the order they ran. */
  inOrder: number[];
  /** The timed runs (after the warm-up), sorted by total time. */
  sorted: RecomputeTiming[];
}

/**
 * Runs `f` `warmup` times, then `runs` times timed. When Node runs with `--expose-gc`, a full garbage
 * collection precedes each run (untimed): each run starts from the registry alone, not on top of the
 * previous runs' tables, so the peak memory is that of one recompute. The warm-up lets V8 compile the
 * metrics' functions first: the first runs of a process are slower while it does (the first one is the
 * cost of a process that recomputes once), so the timed runs measure the recompute itself.
 */
export function repeat(f: () => RecomputeTiming, runs: number, warmup: number): Repeated {
  const gc = (globalThis as {gc?: () => void}).gc;
  const run = () => {
    gc?.();
    return f();
  };
  const inOrder: number[] = [];
  for (let k = 0; k < warmup; k++) inOrder.push(run().total);
  const timed = Array.from({length: runs}, run);
  inOrder.push(...timed.map((t) => t.total));
  return {inOrder, sorted: timed.sort((a, b) => a.total - b.total)};
}
