import {discardedIds} from "./model/decisions.js";
import type {Registry, Row} from "./model/schema.js";

/**
 * The compromisos the project counts: all of them but those a `decisiones` row sets aside (a second
 * source's row for a compromiso already counted, or a version the project does not use).
 */
export function usedCompromisos(registry: Pick<Registry, "compromisos" | "decisiones">): Row<"compromisos">[] {
  const discarded = discardedIds(registry.decisiones, "compromisos");
  return registry.compromisos.filter((c) => !discarded.has(c.compromiso_id));
}
