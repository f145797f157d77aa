import type {Problem} from "../../problems.js";
import {ENTITY_CODES} from "../entity-codes.js";
import {problemAt, type Rule} from "./types.js";

/**
 * `entidades` holds the 32 entities exactly once each, and each INEGI key carries its own ISO 3166-2:MX
 * code (e.g. "05" ↔ "MX-COA").
 */
export const entityCodesMatch: Rule = (tables) => {
  const t = tables.entidades;
  const problems: Problem[] = [];
  const seen = new Set<string>();
  t.rows.forEach((row, k) => {
    const clave = row.clave_inegi as string | null;
    if (clave === null) return;
    seen.add(clave);
    const iso = ENTITY_CODES.get(clave);
    if (iso && row.iso_3166_2 !== iso)
      problems.push(problemAt(t, k, "iso_3166_2", `${iso}, el código ISO 3166-2 de la clave ${clave}`));
  });
  const missing = [...ENTITY_CODES.keys()].filter((c) => !seen.has(c));
  if (missing.length > 0 && t.rows.length > 0 && t.readable) {
    const lastLine = t.cells[t.cells.length - 1].clave_inegi.line;
    problems.push({
      file: t.file,
      line: lastLine + 1,
      column: 1,
      field: "clave_inegi",
      value: "(fin del archivo)",
      expected: `las 32 entidades; faltan las claves ${missing.join(", ")}`
    });
  }
  return problems;
};
