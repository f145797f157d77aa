import type {Problem} from "../../problems.js";
import type {HitoTipo} from "../../../metrics/model/schema.js";
import {keptMilestones} from "./conflicts.js";
import {problemAt, type Rule} from "./types.js";

/**
 * Which milestone must not come before which, within one state's ejercicio: the process goes
 * Declaratoria → sensibilización → instalación del STL → mesas → publicación del PAL → evaluación / cierre.
 * Sensibilización may come before or after the Declaratoria, so the two are not ordered. Evaluation and
 * close are not ordered against each other either (a results report may be presented at the close).
 */
const DIRECT: readonly (readonly [HitoTipo, HitoTipo])[] = [
  ["declaratoria", "instalacion_stl"],
  ["sensibilizacion", "instalacion_stl"],
  ["instalacion_stl", "mesas"],
  ["instalacion_stl", "publicacion_pal"],
  ["mesas", "publicacion_pal"],
  ["publicacion_pal", "evaluacion"],
  ["publicacion_pal", "cierre"]
];

/** The transitive closure of DIRECT: every (earlier, later) pair of kinds. */
export const MILESTONE_ORDER: readonly (readonly [HitoTipo, HitoTipo])[] = (() => {
  const pairs = new Set(DIRECT.map(([a, b]) => `${a}>${b}`));
  let grew = true;
  while (grew) {
    grew = false;
    for (const p of [...pairs]) {
      const [a, b] = p.split(">");
      for (const q of [...pairs]) {
        const [c, d] = q.split(">");
        if (b === c && !pairs.has(`${a}>${d}`)) {
          pairs.add(`${a}>${d}`);
          grew = true;
        }
      }
    }
  }
  return [...pairs].map((p) => p.split(">") as [HitoTipo, HitoTipo]);
})();

/**
 * Milestones of one state and ejercicio are in process order, and a later ejercicio's milestone of a kind
 * does not lie wholly before the earlier ejercicio's. With interval dates, a pair is out of order only when
 * the later milestone's last possible day precedes the earlier one's first possible day. Rows that a
 * decision sets aside are not compared.
 */
export const milestonesInOrder: Rule = (tables) => {
  const t = tables.hitos;
  const problems: Problem[] = [];
  const valid = keptMilestones(tables);
  for (const [before, after] of MILESTONE_ORDER) {
    for (const a of valid) {
      if (a.tipo !== before || a.min === null) continue;
      for (const b of valid) {
        if (b.tipo !== after || b.clave !== a.clave || b.ejercicio !== a.ejercicio) continue;
        if (b.max < a.min) {
          problems.push(problemAt(t, b.k, "fecha_max", `una fecha no anterior a ${before} (${a.id}, desde ${a.min}, línea ${t.cells[a.k].hito_id.line}): ${after} no puede ocurrir antes que ${before} en el mismo ejercicio`));
        }
      }
    }
  }
  for (const a of valid) {
    if (a.min === null) continue;
    for (const b of valid) {
      if (b.clave === a.clave && b.tipo === a.tipo && b.ejercicio > a.ejercicio && b.max < a.min) {
        problems.push(problemAt(t, b.k, "fecha_max", `una fecha no anterior al ${a.tipo} del ejercicio ${a.ejercicio} (${a.id}, desde ${a.min}, línea ${t.cells[a.k].hito_id.line})`));
      }
    }
  }
  return problems;
};
