import {discardedIds} from "./model/decisions.js";
import type {Registry, Row} from "./model/schema.js";
import {groupByKeys} from "./group-by.js";
import {memoizeOnTables} from "./memo.js";

/**
 * The compromisos the project counts: all of them but those a `decisiones` row sets aside (a second
 * source's row for a compromiso already counted, or a version the project does not use). Computed once per
 * registry ({@link memoizeOnTables}); the table itself when nothing is set aside: read-only.
 */
export const usedCompromisos = memoizeOnTables(
  (r: Pick<Registry, "compromisos" | "decisiones">) => [r.compromisos, r.decisiones],
  (registry): readonly Row<"compromisos">[] => {
    const discarded = discardedIds(registry.decisiones, "compromisos");
    return discarded.size === 0
      ? registry.compromisos
      : registry.compromisos.filter((c) => !discarded.has(c.compromiso_id));
  }
);

/**
 * {@link usedCompromisos} grouped by plan — state, then ejercicio — each group in the table's order, the
 * groups in the order they first appear. Computed once per registry and shared by the tables that count
 * plans: read-only.
 */
export const usedCompromisosByPlan = memoizeOnTables(
  (r: Pick<Registry, "compromisos" | "decisiones">) => [r.compromisos, r.decisiones],
  (registry): readonly (readonly Row<"compromisos">[])[] =>
    groupByKeys(
      usedCompromisos(registry),
      (c) => c.clave_inegi,
      (c) => c.ejercicio
    )
);
