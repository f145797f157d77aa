import type {Problem} from "../../problems.js";
import {keptMilestones} from "./conflicts.js";
import {problemAt, unreadableCell, type Rule} from "./types.js";

/** Facts of `planes` that may be empty, and the columns that must cite them when they are not. */
const CITED = [
  {values: ["nombre"], source: "fuente_id_nombre", quote: "cita_nombre"},
  {values: ["compromisos_reportados", "proactivos_reportados"], source: "fuente_id", quote: "cita"}
] as const;

/**
 * A plan is the PAL that one `publicacion_pal` milestone publishes. Each row of `planes` names, in
 * `hito_id`, a milestone of that kind for the same state and ejercicio that no decision sets aside; each
 * state and ejercicio with such a milestone has its row in `planes` (so the plans cannot drift from the
 * milestones). A name or a count is cited exactly when it is given.
 */
export const plansMatchMilestones: Rule = (tables) => {
  const problems: Problem[] = [];
  const p = tables.planes;
  const h = tables.hitos;
  if (!p.readable || !h.readable) return problems;
  const kept = keptMilestones(tables);
  const keptIds = new Set(kept.map((m) => m.id));
  const byId = new Map(h.rows.map((r) => [r.hito_id as string, r]));
  p.rows.forEach((row, k) => {
    const hito = row.hito_id === null ? undefined : byId.get(row.hito_id as string);
    if (hito) {
      if (hito.tipo !== "publicacion_pal" || hito.clave_inegi !== row.clave_inegi || hito.ejercicio !== row.ejercicio) {
        problems.push(
          problemAt(
            p,
            k,
            "hito_id",
            `un hito publicacion_pal de la entidad ${row.clave_inegi} y el ejercicio ${row.ejercicio}; ${row.hito_id} es ${hito.tipo} de ${hito.clave_inegi}, ejercicio ${hito.ejercicio}`
          )
        );
      } else if (!keptIds.has(row.hito_id as string)) {
        problems.push(
          problemAt(p, k, "hito_id", "un hito que ninguna decisión deje de lado (decisiones.csv usa otro)")
        );
      }
    }
    for (const f of CITED) {
      if (unreadableCell(p, k, ...f.values)) continue;
      const given = f.values.some((v) => row[v] !== null);
      for (const c of [f.source, f.quote]) {
        if (given && row[c] === null)
          problems.push(problemAt(p, k, c, `la fuente del dato ${f.values.join(" / ")} (columna ${c})`));
        if (!given && row[c] !== null)
          problems.push(problemAt(p, k, c, `vacío, porque ${f.values.join(" y ")} está vacío`));
      }
    }
  });
  const planned = new Set(p.rows.map((r) => `${r.clave_inegi}|${r.ejercicio}`));
  const reported = new Set<string>();
  for (const m of kept) {
    const key = `${m.clave}|${m.ejercicio}`;
    if (m.tipo !== "publicacion_pal" || planned.has(key) || reported.has(key)) continue;
    reported.add(key);
    problems.push(
      problemAt(
        h,
        m.k,
        "hito_id",
        `una fila en planes.csv para el PAL de la entidad ${m.clave}, ejercicio ${m.ejercicio}, que este hito publica`
      )
    );
  }
  return problems;
};
