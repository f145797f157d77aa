import type {Problem} from "../../problems.js";
import {problemAt, type Rule} from "./types.js";

/** A milestone's interval, and a target's period, are in order: `fecha_min` is not after `fecha_max`. */
export const intervalsInOrder: Rule = (tables) => {
  const problems: Problem[] = [];
  for (const t of [tables.hitos, tables.metas]) {
    t.rows.forEach((row, k) => {
      if (row.fecha_min !== null && row.fecha_max !== null && (row.fecha_min as string) > (row.fecha_max as string)) {
        problems.push(problemAt(t, k, "fecha_min", `una fecha no posterior a fecha_max (${row.fecha_max})`));
      }
    });
  }
  return problems;
};
