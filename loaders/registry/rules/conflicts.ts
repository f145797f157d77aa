import type {Problem} from "../../problems.js";
import {tableFile} from "../../../metrics/model/schema.js";
import {disjoint} from "../../../metrics/model/dates.js";
import {ONCE_PER_EJERCICIO, type HitoTipo} from "../../../metrics/model/vocabulary.js";
import {discardedIds} from "../../../metrics/model/decisions.js";
import {problemAt, type Rule} from "./types.js";

/**
 * When sources disagree, the registry keeps both rows and says which one it uses. Each decision names at
 * least two existing rows of its table, and the row it uses is one of them. Once the rows that decisions
 * set aside are removed, the milestones left of a kind that happens once per ejercicio (same state and
 * ejercicio) must agree: two of them whose dates cannot both hold need a decision.
 */
export const conflictsAreDecided: Rule = (tables) => {
  const problems: Problem[] = [];
  const d = tables.decisiones;
  d.rows.forEach((row, k) => {
    const tabla = row.tabla as "hitos" | "compromisos" | null;
    const raw = row.ids_en_conflicto as string | null;
    if (tabla === null || raw === null || !tables[tabla].readable) return;
    const ids = raw.split(";").map((s) => s.trim());
    const idColumn = tabla === "hitos" ? "hito_id" : "compromiso_id";
    const known = new Set(tables[tabla].rows.map((r) => r[idColumn]));
    if (ids.length < 2)
      problems.push(problemAt(d, k, "ids_en_conflicto", 'al menos dos identificadores separados por ";"'));
    for (const id of ids)
      if (!known.has(id))
        problems.push(
          problemAt(
            d,
            k,
            "ids_en_conflicto",
            `identificadores que existan en ${tableFile(tabla)}; no existe ${JSON.stringify(id)}`
          )
        );
    if (row.id_usado !== null && !ids.includes(row.id_usado as string))
      problems.push(problemAt(d, k, "id_usado", `uno de los ids en conflicto: ${ids.join(", ")}`));
  });
  const t = tables.hitos;
  const rows = keptMilestones(tables);
  for (let i = 0; i < rows.length; i++) {
    const a = rows[i];
    if (!ONCE_PER_EJERCICIO.includes(a.tipo)) continue;
    for (let j = i + 1; j < rows.length; j++) {
      const b = rows[j];
      if (b.tipo !== a.tipo || b.clave !== a.clave || b.ejercicio !== a.ejercicio) continue;
      if (disjoint(a, b)) {
        problems.push(
          problemAt(
            t,
            b.k,
            "fecha_max",
            `una fila en decisiones.csv que diga cuál se usa: esta fecha contradice ${a.id} (línea ${t.cells[a.k].hito_id.line}) para el mismo ${a.tipo}`
          )
        );
      }
    }
  }
  return problems;
};

/** A milestone row reduced to what the cross-row rules compare, with its index in the read table. */
export interface MilestoneRef {
  k: number;
  id: string;
  clave: string;
  ejercicio: number;
  tipo: HitoTipo;
  min: string | null;
  max: string;
}

/**
 * The milestone rows the project uses: complete rows (every compared cell valid) that no decision sets
 * aside. Rows a decision sets aside are kept in the registry as a record, but are not held to the rules
 * that compare milestones with each other.
 */
export function keptMilestones(tables: Parameters<Rule>[0]): MilestoneRef[] {
  const discarded = discardedIds(
    tables.decisiones.rows as {tabla: unknown; ids_en_conflicto: unknown; id_usado: unknown}[],
    "hitos"
  );
  return tables.hitos.rows
    .map((r, k) => ({
      k,
      id: r.hito_id as string,
      clave: r.clave_inegi as string,
      ejercicio: r.ejercicio as number,
      tipo: r.tipo as HitoTipo,
      min: r.fecha_min as string | null,
      max: r.fecha_max as string
    }))
    .filter(
      (r) =>
        r.id !== null &&
        r.clave !== null &&
        r.ejercicio !== null &&
        r.tipo !== null &&
        r.max !== null &&
        !discarded.has(r.id)
    );
}
