/** The ids a `decisiones` row names in `ids_en_conflicto` (separated by ";"), trimmed, in order. */
export function conflictingIds(d: {ids_en_conflicto: string}): string[] {
  return d.ids_en_conflicto.split(";").map((s) => s.trim());
}

/**
 * Each row that the `decisiones` rows set aside — every id a decision names in `ids_en_conflicto` except its
 * `id_usado` — with the decision that sets it aside (the last one, if two name it). A decision whose
 * `ids_en_conflicto` is not text names none.
 */
export function setAsideBy<D extends {ids_en_conflicto: unknown; id_usado: unknown}>(
  decisiones: readonly D[]
): Map<string, D> {
  const setAside = new Map<string, D>();
  for (const d of decisiones) {
    if (typeof d.ids_en_conflicto !== "string") continue;
    for (const id of conflictingIds({ids_en_conflicto: d.ids_en_conflicto})) if (id !== d.id_usado) setAside.set(id, d);
  }
  return setAside;
}

/**
 * The rows that a `decisiones` row sets aside: every id it names in `ids_en_conflicto` except `id_usado`.
 * They stay in the registry — the disagreement is part of the record — but the project does not use them.
 */
export function discardedIds(
  decisiones: readonly {tabla: unknown; ids_en_conflicto: unknown; id_usado: unknown}[],
  tabla: "hitos" | "compromisos"
): Set<string> {
  return new Set(setAsideBy(decisiones.filter((d) => d.tabla === tabla)).keys());
}
