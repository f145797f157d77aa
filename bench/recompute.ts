import {DERIVED_TABLES} from "../metrics/tables.js";
import type {Registry} from "../metrics/model/schema.js";

/** Milliseconds each derived table took, in publication order, and the total. */
export interface RecomputeTiming {
  total: number;
  tables: {name: string; ms: number; rows: number}[];
}

/**
 * Computes every derived table from a registry once, timing each. The registry's tables are copied first:
 * the metrics cache intermediate results per table identity, and every run must start cold.
 */
export function recomputeAll(registry: Registry): RecomputeTiming {
  const fresh = Object.fromEntries(Object.entries(registry).map(([name, rows]) => [name, [...rows]])) as Registry;
  const tables = DERIVED_TABLES.map((t) => {
    const t0 = performance.now();
    const rows = t.compute(fresh).length;
    return {name: t.name, ms: performance.now() - t0, rows};
  });
  return {total: tables.reduce((a, t) => a + t.ms, 0), tables};
}

/**
 * Runs `f` `runs` times after `warmup` untimed runs; returns the runs sorted by total time. When Node runs
 * with `--expose-gc`, a full garbage collection precedes each run (untimed): each run starts from the
 * registry alone, not on top of the previous runs' tables, so the peak memory is that of one recompute.
 */
export function repeat(f: () => RecomputeTiming, runs: number, warmup = 1): RecomputeTiming[] {
  const gc = (globalThis as {gc?: () => void}).gc;
  const run = () => {
    gc?.();
    return f();
  };
  for (let k = 0; k < warmup; k++) run();
  return Array.from({length: runs}, run).sort((a, b) => a.total - b.total);
}
