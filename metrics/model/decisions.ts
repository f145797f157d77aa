/**
 * The rows that a `decisiones` row sets aside: every id it names in `ids_en_conflicto` except `id_usado`.
 * They stay in the registry — the disagreement is part of the record — but the project does not use them.
 */
export function discardedIds(
  decisiones: readonly {tabla: unknown; ids_en_conflicto: unknown; id_usado: unknown}[],
  tabla: "hitos" | "compromisos"
): Set<string> {
  const discarded = new Set<string>();
  for (const d of decisiones) {
    if (d.tabla !== tabla || typeof d.ids_en_conflicto !== "string") continue;
    for (const id of d.ids_en_conflicto.split(";").map((s) => s.trim())) if (id !== d.id_usado) discarded.add(id);
  }
  return discarded;
}
