import type {Problem} from "../../problems.js";
import {MGA_IDENTITIES, MGA_PUNTAJES} from "../../../metrics/model/vocabulary.js";
import {problemAt, type Rule} from "./types.js";

const SCORE_INDICATORS = new Set<string>(MGA_PUNTAJES);

/**
 * The Métrica tables hold together: a reported figure names a state exactly when its scope is
 * "estatal", scores lie in 0–1 and counts are whole; every imported subject is federal exactly when it has
 * no state, its identities hold within its edition's recorded tolerance, and each edition in
 * `mga_sujetos` has its provenance row in `mga_importaciones` with the right row count.
 */
export const mgaTablesHold: Rule = (tables) => {
  const problems: Problem[] = [];
  const r = tables.mga_reportados;
  r.rows.forEach((row, k) => {
    if (row.ambito === "estatal" && row.clave_inegi === null) problems.push(problemAt(r, k, "clave_inegi", "la clave de la entidad, porque ambito es estatal"));
    if (row.ambito !== null && row.ambito !== "estatal" && row.clave_inegi !== null) problems.push(problemAt(r, k, "clave_inegi", `vacío, porque ambito es ${row.ambito}`));
    const v = row.valor as number | null;
    if (v !== null && SCORE_INDICATORS.has(row.indicador as string) && v > 1) problems.push(problemAt(r, k, "valor", "un puntaje entre 0 y 1"));
    if (v !== null && row.indicador === "sujetos_obligados" && !Number.isInteger(v)) problems.push(problemAt(r, k, "valor", "un número entero de sujetos obligados"));
  });
  const imports = new Map(tables.mga_importaciones.rows.map((row) => [row.edicion as number, row]));
  const counts = new Map<number, number>();
  const s = tables.mga_sujetos;
  s.rows.forEach((row, k) => {
    const edicion = row.edicion as number | null;
    if (edicion === null) return;
    counts.set(edicion, (counts.get(edicion) ?? 0) + 1);
    if (!imports.has(edicion)) problems.push(problemAt(s, k, "edicion", "una edición registrada en mga_importaciones.csv (impórtela con npm run import:mga)"));
    if ((row.nivel === "federal") !== (row.clave_inegi === null) && row.nivel !== null) {
      problems.push(problemAt(s, k, "clave_inegi", row.nivel === "federal" ? "vacío, porque el nivel es federal" : "la clave de la entidad del sujeto obligado"));
    }
    const tolerance = (imports.get(edicion)?.tolerancia as number | undefined) ?? 0.002;
    for (const {total, parts} of MGA_IDENTITIES) {
      const [a, b, c] = [row[total], row[parts[0]], row[parts[1]]] as (number | null)[];
      if (a === null || b === null || c === null) continue;
      if (Math.abs(a - (b + c) / 2) > tolerance + 1e-12) problems.push(problemAt(s, k, total, `${total} = (${parts[0]} + ${parts[1]})/2 = ${Math.round(((b + c) / 2) * 1e5) / 1e5} ± ${tolerance}`));
    }
  });
  const m = tables.mga_importaciones;
  m.rows.forEach((row, k) => {
    const n = counts.get(row.edicion as number) ?? 0;
    if (row.filas !== null && row.filas !== n) problems.push(problemAt(m, k, "filas", `${n}, las filas de esa edición en mga_sujetos.csv`));
  });
  return problems;
};
