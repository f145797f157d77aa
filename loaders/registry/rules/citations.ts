import type {Problem} from "../../problems.js";
import {SCHEMA} from "../../../metrics/model/schema.js";
import {problemAt, unreadableCell, type Rule} from "./types.js";

/** Fact columns of `entidades` and the columns that must cite them. */
const CITED_FACTS = [
  {value: "participa", source: "fuente_id_participa", quote: "cita_participa"},
  {value: "anio_inicio", source: "fuente_id_anio_inicio", quote: "cita_anio_inicio"},
  {value: "grupo_inai", source: "fuente_id_grupo_inai", quote: "cita_grupo_inai"}
] as const;

/** Columns of `compromisos` that code its quality: any of them filled needs the coding's source. */
const CODED = SCHEMA.compromisos.columns.map((col) => col.name).filter((n) => /^(calidad|relevancia|irm)_/.test(n));

/**
 * No fact without its source: each filled fact of `entidades` has its `fuente_id_*` and `cita_*`, and no
 * source is given for a fact left empty. Each source in `fuentes` can be found again: it has a URL (or
 * repository path) or a seed file name, and its title carries no [brackets] (a title the project wrote is
 * marked in `titulo_atribuido`). A compromiso with any quality column coded cites the coding's
 * source (`codificacion_fuente_id`, `codificacion_cita`). A fact whose cell could not be read is not
 * judged (its own problem says what is wrong).
 */
export const factsAreCited: Rule = (tables) => {
  const problems: Problem[] = [];
  const t = tables.entidades;
  t.rows.forEach((row, k) => {
    for (const f of CITED_FACTS) {
      if (unreadableCell(t, k, f.value)) continue;
      if (row[f.value] !== null) {
        for (const c of [f.source, f.quote]) {
          if (row[c] === null) problems.push(problemAt(t, k, c, `la fuente del dato ${f.value} (columna ${c})`));
        }
      } else {
        for (const c of [f.source, f.quote]) {
          if (row[c] !== null) problems.push(problemAt(t, k, c, `vacío, porque ${f.value} está vacío`));
        }
      }
    }
  });
  const c = tables.compromisos;
  c.rows.forEach((row, k) => {
    if (unreadableCell(c, k, ...CODED)) return;
    const coded = CODED.some((col) => row[col] !== null);
    for (const col of ["codificacion_fuente_id", "codificacion_cita"] as const) {
      if (coded && row[col] === null)
        problems.push(problemAt(c, k, col, `la fuente de la codificación de calidad (columna ${col})`));
      if (!coded && row[col] !== null)
        problems.push(
          problemAt(c, k, col, "vacío, porque el compromiso no tiene ninguna columna de calidad codificada")
        );
    }
  });
  const s = tables.fuentes;
  s.rows.forEach((row, k) => {
    if (row.url === null && row.archivo === null)
      problems.push(
        problemAt(s, k, "url", "una URL, una ruta de repositorio o (en archivo) el nombre del documento semilla")
      );
    if (/^\[.*\]$/s.test(String(row.titulo)))
      problems.push(
        problemAt(s, k, "titulo", "el título sin corchetes: si lo escribió el proyecto, titulo_atribuido = si")
      );
  });
  return problems;
};
