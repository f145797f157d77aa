import type {Registry, Row} from "./model/schema.js";
import {happensOncePerEjercicio} from "./model/vocabulary.js";
import {dayNumber} from "./model/dates.js";
import {discardedIds} from "./model/decisions.js";
import {groupBy, groupByKeys} from "./group-by.js";
import {memoizeOnTables} from "./memo.js";

/** One milestone as the project uses it: the chosen row and how many sources back it. */
export interface ResolvedMilestone {
  readonly hito: Row<"hitos">;
  /** Distinct sources among the rows kept for this milestone (after decisions). */
  readonly fuentes: number;
}

/** Width of a date interval in days; an open lower end ("a más tardar") is infinitely wide. */
export function intervalWidthDays(h: Pick<Row<"hitos">, "fecha_min" | "fecha_max">): number {
  if (h.fecha_min === null) return Infinity;
  return dayNumber(h.fecha_max) - dayNumber(h.fecha_min);
}

/**
 * The milestones the project uses, one per state, ejercicio and kind.
 *
 * Method: rows discarded by a `decisiones` row (every id in `ids_en_conflicto` but `id_usado`) are
 * dropped. For a kind that happens once per ejercicio (Declaratoria, STL, PAL, cierre), the remaining rows
 * agree (validation guarantees their intervals overlap), and the narrowest interval — the most precise
 * source — is used; between two "a más tardar" bounds, the earlier one, which says more. For kinds that
 * can happen several times (sensibilización, mesas, evaluación), the row with the latest `fecha_max` (the
 * most recent occurrence) is used. `fuentes` counts the distinct sources
 * of the rows kept. Empty input gives an empty list. Computed once per registry ({@link memoizeOnTables}):
 * treat the result as read-only.
 */
export const resolveMilestones = memoizeOnTables(
  (r: Pick<Registry, "hitos" | "decisiones">) => [r.hitos, r.decisiones],
  resolve
);

/**
 * {@link resolveMilestones} grouped by state (`clave_inegi` → its milestones, in the order of
 * `resolveMilestones`), computed once per registry for the tables that read a state's milestones together:
 * read-only (a caller that sorts copies first).
 */
export const resolvedByState = memoizeOnTables(
  (r: Pick<Registry, "hitos" | "decisiones">) => [r.hitos, r.decisiones],
  (r): Map<string, ResolvedMilestone[]> => groupBy(resolveMilestones(r), (m) => m.hito.clave_inegi)
);

function resolve(registry: Pick<Registry, "hitos" | "decisiones">): ResolvedMilestone[] {
  const discarded = discardedIds(registry.decisiones, "hitos");
  const groups = groupByKeys(
    discarded.size === 0 ? registry.hitos : registry.hitos.filter((h) => !discarded.has(h.hito_id)),
    (h) => h.clave_inegi,
    (h) => h.ejercicio,
    (h) => h.tipo
  );
  const resolved: ResolvedMilestone[] = [];
  for (const rows of groups) {
    const once = happensOncePerEjercicio(rows[0].tipo);
    let best = rows[0];
    for (let k = 1; k < rows.length; k++) {
      const b = rows[k];
      if (once ? morePrecise(b, best) : b.fecha_max > best.fecha_max) best = b;
    }
    resolved.push({hito: best, fuentes: distinctSources(rows)});
  }
  return resolved;
}

/** How many distinct `fuente_id` the rows of one milestone have (a few rows are compared pairwise, without a set). */
function distinctSources(rows: readonly Row<"hitos">[]): number {
  if (rows.length > 16) return new Set(rows.map((r) => r.fuente_id)).size;
  let distinct = 0;
  for (let k = 0; k < rows.length; k++) {
    let seen = false;
    for (let j = 0; j < k && !seen; j++) seen = rows[j].fuente_id === rows[k].fuente_id;
    if (!seen) distinct++;
  }
  return distinct;
}

/** True when interval `a` pins the date down more than `b`: narrower, or as wide but ending earlier. */
function morePrecise(a: Row<"hitos">, b: Row<"hitos">): boolean {
  const wa = intervalWidthDays(a);
  const wb = intervalWidthDays(b);
  return wa !== wb ? wa < wb : a.fecha_max < b.fecha_max;
}
