import type {Problem} from "../../problems.js";
import {MILESTONE_ORDER} from "../../../metrics/model/vocabulary.js";
import {keptMilestones} from "./conflicts.js";
import {problemAt, type Rule} from "./types.js";

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
          problems.push(
            problemAt(
              t,
              b.k,
              "fecha_max",
              `una fecha no anterior a ${before} (${a.id}, desde ${a.min}, línea ${t.cells[a.k].hito_id.line}): ${after} no puede ocurrir antes que ${before} en el mismo ejercicio`
            )
          );
        }
      }
    }
  }
  for (const a of valid) {
    if (a.min === null) continue;
    for (const b of valid) {
      if (b.clave === a.clave && b.tipo === a.tipo && b.ejercicio > a.ejercicio && b.max < a.min) {
        problems.push(
          problemAt(
            t,
            b.k,
            "fecha_max",
            `una fecha no anterior al ${a.tipo} del ejercicio ${a.ejercicio} (${a.id}, desde ${a.min}, línea ${t.cells[a.k].hito_id.line})`
          )
        );
      }
    }
  }
  return problems;
};
