import type {Problem} from "../../problems.js";
import {discardedIds} from "../../../metrics/model/decisions.js";
import {problemAt, type Rule} from "./types.js";

/**
 * A progress rating (`avances`) rates a compromiso the project uses — not a row that a decision sets aside
 * as a second name of another — and gives a change of level ("from limited to substantial") only as a pair:
 * `nivel_desde` needs the level reached (`nivel`) and differs from it.
 */
export const progressIsRated: Rule = (tables) => {
  const problems: Problem[] = [];
  const a = tables.avances;
  if (!a.readable) return problems;
  const discarded = discardedIds(
    tables.decisiones.rows as {tabla: unknown; ids_en_conflicto: unknown; id_usado: unknown}[],
    "compromisos"
  );
  const usedFor = new Map<string, string>();
  for (const d of tables.decisiones.rows)
    if (d.tabla === "compromisos" && typeof d.ids_en_conflicto === "string")
      for (const id of d.ids_en_conflicto.split(";").map((s) => s.trim())) usedFor.set(id, String(d.id_usado));
  a.rows.forEach((row, k) => {
    const id = row.compromiso_id as string | null;
    if (id !== null && discarded.has(id))
      problems.push(
        problemAt(
          a,
          k,
          "compromiso_id",
          `el compromiso que usa el proyecto (${usedFor.get(id)}): una decisión deja de lado ${id} como otro nombre del mismo`
        )
      );
    if (row.nivel_desde !== null && row.nivel === null)
      problems.push(
        problemAt(a, k, "nivel", "el nivel de llegada, porque nivel_desde da el de partida de un cambio de nivel")
      );
    if (row.nivel_desde !== null && row.nivel_desde === row.nivel)
      problems.push(
        problemAt(a, k, "nivel_desde", "vacío o un nivel distinto de nivel: un cambio va de un nivel a otro")
      );
  });
  return problems;
};
