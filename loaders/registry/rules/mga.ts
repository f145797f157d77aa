import type {Problem} from "../../problems.js";
import {MGA_IDENTITIES, MGA_PUNTAJES} from "../../../metrics/model/vocabulary.js";
import {repairDoubleEncoding} from "../../text-faults.js";
import {tableFile, type Row} from "../../../metrics/model/schema.js";
import {problemAt, unreadableCell, type Rule} from "./types.js";

/** A published count of sujetos obligados that an edition's imported rows fall short of. */
export interface MgaShortfall {
  edicion: number;
  /** "nacional", "federal", or the INEGI key of a state. */
  scope: string;
  /** The smallest count any source published for that scope (fewer rows than every source reports is a shortfall). */
  published: number;
  /** Index in `mga_reportados` of the row that published it. */
  reportedIndex: number;
  fuente_id: string;
  imported: number;
}

/** "en todo el país", "del ámbito federal", "de la entidad 14": a shortfall's scope in words. */
export function scopeText(scope: string): string {
  return scope === "nacional"
    ? "en todo el país"
    : scope === "federal"
      ? "del ámbito federal"
      : `de la entidad ${scope}`;
}

/**
 * Where an edition's imported sujetos obligados are fewer than the published count (`mga_reportados`,
 * indicador `sujetos_obligados`): in the whole country, in the federal scope and in each state for which a
 * count was published. When sources disagree, the smallest published count is the one compared, so that
 * only a file short of what every source reports is a shortfall. An edition with no published count
 * cannot be checked and gives nothing.
 */
export function mgaShortfalls(
  edicion: number,
  sujetos: readonly Pick<Row<"mga_sujetos">, "edicion" | "nivel" | "clave_inegi">[],
  reportados: readonly Pick<
    Row<"mga_reportados">,
    "edicion" | "ambito" | "clave_inegi" | "indicador" | "valor" | "fuente_id"
  >[]
): MgaShortfall[] {
  const smallest = new Map<string, {value: number; index: number}>();
  reportados.forEach((r, index) => {
    if (r.edicion !== edicion || r.indicador !== "sujetos_obligados" || r.valor === null || r.ambito === null) return;
    const scope = r.ambito === "estatal" ? r.clave_inegi : r.ambito;
    if (scope === null) return;
    const now = smallest.get(scope);
    if (!now || r.valor < now.value) smallest.set(scope, {value: r.valor, index});
  });
  const rows = sujetos.filter((s) => s.edicion === edicion);
  const count = (scope: string) =>
    rows.filter((s) => scope === "nacional" || (scope === "federal" ? s.nivel === "federal" : s.clave_inegi === scope))
      .length;
  const out: MgaShortfall[] = [];
  for (const [scope, {value, index}] of [...smallest].sort(([a], [b]) =>
    a === "nacional" ? -1 : b === "nacional" ? 1 : a.localeCompare(b)
  )) {
    const imported = count(scope);
    if (imported < value)
      out.push({
        edicion,
        scope,
        published: value,
        reportedIndex: index,
        fuente_id: reportados[index].fuente_id,
        imported
      });
  }
  return out;
}

const SCORE_INDICATORS = new Set<string>(MGA_PUNTAJES);

/**
 * The Métrica tables hold together: a reported figure names a state exactly when its scope is
 * "estatal", scores lie in 0–1 and counts are whole; every imported subject is federal exactly when it has
 * no state, its identities hold within its edition's recorded tolerance, and each edition in
 * `mga_sujetos` has its provenance row in `mga_importaciones` with the right row count. An edition whose
 * rows fall short of the published count of sujetos obligados ({@link mgaShortfalls}) is marked
 * `parcial = si`, and only such an edition is. A repaired name's `sujeto_publicado` is what the repair
 * started from: repairing it gives `sujeto`.
 */
export const mgaTablesHold: Rule = (tables) => {
  const problems: Problem[] = [];
  const r = tables.mga_reportados;
  r.rows.forEach((row, k) => {
    const scopeRead = !unreadableCell(r, k, "ambito", "clave_inegi");
    if (scopeRead && row.ambito === "estatal" && row.clave_inegi === null)
      problems.push(problemAt(r, k, "clave_inegi", "la clave de la entidad, porque ambito es estatal"));
    if (scopeRead && row.ambito !== null && row.ambito !== "estatal" && row.clave_inegi !== null)
      problems.push(problemAt(r, k, "clave_inegi", `vacío, porque ambito es ${row.ambito}`));
    const v = row.valor as number | null;
    if (v !== null && SCORE_INDICATORS.has(row.indicador as string) && v > 1)
      problems.push(problemAt(r, k, "valor", "un puntaje entre 0 y 1"));
    if (v !== null && row.indicador === "sujetos_obligados" && !Number.isInteger(v))
      problems.push(problemAt(r, k, "valor", "un número entero de sujetos obligados"));
  });
  const imports = new Map(tables.mga_importaciones.rows.map((row) => [row.edicion as number, row]));
  const counts = new Map<number, number>();
  const s = tables.mga_sujetos;
  s.rows.forEach((row, k) => {
    const edicion = row.edicion as number | null;
    if (edicion === null) return;
    counts.set(edicion, (counts.get(edicion) ?? 0) + 1);
    if (!imports.has(edicion) && tables.mga_importaciones.readable)
      problems.push(
        problemAt(s, k, "edicion", "una edición registrada en mga_importaciones.csv (impórtela con npm run import:mga)")
      );
    if (
      (row.nivel === "federal") !== (row.clave_inegi === null) &&
      row.nivel !== null &&
      !unreadableCell(s, k, "clave_inegi")
    ) {
      problems.push(
        problemAt(
          s,
          k,
          "clave_inegi",
          row.nivel === "federal" ? "vacío, porque el nivel es federal" : "la clave de la entidad del sujeto obligado"
        )
      );
    }
    const publicado = row.sujeto_publicado as string | null;
    if (publicado !== null && row.sujeto !== null && repairDoubleEncoding(publicado) !== row.sujeto) {
      const repaired = repairDoubleEncoding(publicado);
      problems.push(
        problemAt(
          s,
          k,
          "sujeto_publicado",
          repaired === null
            ? "vacío: este nombre no está codificado dos veces, así que no hubo reparación"
            : `el nombre publicado de ${JSON.stringify(row.sujeto)}; reparado da ${JSON.stringify(repaired)}`
        )
      );
    }
    const tolerance = (imports.get(edicion)?.tolerancia as number | undefined) ?? 0.002;
    for (const {total, parts} of MGA_IDENTITIES) {
      const [a, b, c] = [row[total], row[parts[0]], row[parts[1]]] as (number | null)[];
      if (a === null || b === null || c === null) continue;
      if (Math.abs(a - (b + c) / 2) > tolerance + 1e-12)
        problems.push(
          problemAt(
            s,
            k,
            total,
            `${total} = (${parts[0]} + ${parts[1]})/2 = ${Math.round(((b + c) / 2) * 1e5) / 1e5} ± ${tolerance}`
          )
        );
    }
  });
  const m = tables.mga_importaciones;
  if (!s.readable) return problems;
  m.rows.forEach((row, k) => {
    const n = counts.get(row.edicion as number) ?? 0;
    if (row.filas !== null && row.filas !== n)
      problems.push(problemAt(m, k, "filas", `${n}, las filas de esa edición en mga_sujetos.csv`));
    if (row.edicion === null || row.parcial === null || !r.readable) return;
    const short = mgaShortfalls(
      row.edicion as number,
      s.rows as Row<"mga_sujetos">[],
      r.rows as Row<"mga_reportados">[]
    );
    if (row.parcial === false) {
      for (const f of short) {
        problems.push(
          problemAt(
            m,
            k,
            "parcial",
            `si: mga_sujetos.csv tiene ${f.imported} sujetos obligados ${scopeText(f.scope)} en la edición ${f.edicion} y ${tableFile("mga_reportados")} (línea ${r.cells[f.reportedIndex].valor.line}, fuente ${f.fuente_id}) dice que se publicaron ${f.published}; importe el archivo completo, o márquelo como parcial con npm run import:mga -- … --parcial`
          )
        );
      }
    } else if (short.length === 0 && hasPublishedCount(row.edicion as number, r.rows as Row<"mga_reportados">[])) {
      problems.push(
        problemAt(
          m,
          k,
          "parcial",
          `no: mga_sujetos.csv tiene todos los sujetos obligados que ${tableFile("mga_reportados")} dice que se publicaron en la edición ${row.edicion}`
        )
      );
    }
  });
  return problems;
};

function hasPublishedCount(edicion: number, reportados: readonly Row<"mga_reportados">[]): boolean {
  return reportados.some((r) => r.edicion === edicion && r.indicador === "sujetos_obligados");
}
