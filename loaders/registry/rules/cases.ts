import type {Problem} from "../../problems.js";
import {problemAt, unreadableCell, type Rule} from "./types.js";

/**
 * A good practice tied to a compromiso says which source ties it (`cita_compromiso`), and the compromiso
 * is one of the same state's.
 */
export const casesMatchCommitments: Rule = (tables) => {
  const problems: Problem[] = [];
  const c = tables.casos;
  if (!c.readable) return problems;
  const states = new Map(tables.compromisos.rows.map((r) => [r.compromiso_id as string, r.clave_inegi as string]));
  c.rows.forEach((row, k) => {
    if (unreadableCell(c, k, "compromiso_id", "cita_compromiso")) return;
    if (row.compromiso_id !== null && row.cita_compromiso === null)
      problems.push(
        problemAt(c, k, "cita_compromiso", "qué fuente liga el caso con el compromiso (columna cita_compromiso)")
      );
    if (row.compromiso_id === null && row.cita_compromiso !== null)
      problems.push(problemAt(c, k, "cita_compromiso", "vacío, porque compromiso_id está vacío"));
    const state = row.compromiso_id === null ? undefined : states.get(row.compromiso_id as string);
    if (state !== undefined && state !== row.clave_inegi)
      problems.push(
        problemAt(
          c,
          k,
          "compromiso_id",
          `un compromiso de la entidad ${row.clave_inegi}; ${row.compromiso_id} es de ${state}`
        )
      );
  });
  return problems;
};
