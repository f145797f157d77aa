import type {Problem} from "../../problems.js";
import {SCHEMA, tableFile, type TableName} from "../../../metrics/model/schema.js";
import type {ReadTable} from "../table-read.js";
import {problemAt, type Rule} from "./types.js";

/** One correction of `correcciones`: what the transcription says and what the document says there. */
export interface Correction {
  readonly transcripcion: string;
  readonly lectura: string | null;
}

const WORD_CHAR = /[\p{L}\p{N}_]/u;

/**
 * Every occurrence of `from` in `text` replaced by `to`; when `from` begins (ends) with a letter or digit,
 * only where the text does not continue it on that side, so "vy" is corrected as a word and not inside
 * "envy".
 */
function replaceWhole(text: string, from: string, to: string): string {
  const startsWord = WORD_CHAR.test(from[0]);
  const endsWord = WORD_CHAR.test(from[from.length - 1]);
  let out = "";
  let i = 0;
  for (let k = text.indexOf(from); k >= 0; k = text.indexOf(from, k + 1)) {
    if (k < i) continue;
    const before = k > 0 ? text[k - 1] : "";
    const after = text[k + from.length] ?? "";
    if ((startsWord && WORD_CHAR.test(before)) || (endsWord && WORD_CHAR.test(after))) continue;
    out += text.slice(i, k) + to;
    i = k + from.length;
  }
  return out + text.slice(i);
}

/**
 * The reading of a transcribed text: each correction applied in order (`transcripcion` → `lectura`, an empty
 * `lectura` deletes), each as a whole word when it begins or ends with a letter or digit.
 */
export function readingOf(text: string, corrections: readonly Correction[]): string {
  let out = text;
  for (const c of corrections) out = replaceWhole(out, c.transcripcion, c.lectura ?? "");
  return out;
}

/** Tables whose text cells may quote a transcription (the values of `transcripciones.tabla`). */
export const TRANSCRIBED_TABLES = SCHEMA.transcripciones.columns[0].values as readonly TableName[];

/**
 * The column of `fuentes` ids that gives the source of a text column: `fuente_id_x` for `cita_x` (and for
 * `nombre` of `planes`, `fuente_id_nombre`), `codificacion_fuente_id` for `codificacion_cita`, otherwise the
 * row's `fuente_id` (in `fuentes`, the source itself); null when the table has none.
 */
export function sourceColumnOf(table: TableName, column: string): string | null {
  const names = new Set<string>(SCHEMA[table].columns.map((c) => c.name));
  if (column.startsWith("cita_") && names.has(`fuente_id_${column.slice(5)}`)) return `fuente_id_${column.slice(5)}`;
  if (table === "planes" && column === "nombre") return "fuente_id_nombre";
  if (column === "codificacion_cita") return "codificacion_fuente_id";
  return names.has("fuente_id") ? "fuente_id" : null;
}

/** The text columns of a table that hold the project's or a source's words (not ids, not verbatim copies). */
function textColumns(table: TableName): string[] {
  return SCHEMA[table].columns
    .filter((c) => c.type === "text" && !("verbatim" in c && c.verbatim))
    .map((c) => c.name)
    .filter((c) => sourceColumnOf(table, c) !== null);
}

/** The key of row k of a read table, as `transcripciones.fila` writes it: the key's raw cells joined by " | ". */
export function rowKey(table: ReadTable, k: number): string {
  return SCHEMA[table.name].key.map((c) => table.cells[k][c].raw).join(" | ");
}

/**
 * Texts read from an OCR transcription read as the document. Each correction (`correcciones`) is a real
 * change, recorded once per source. Each `transcripciones` row names an existing text cell, and that cell is
 * exactly its transcription with its source's corrections applied (and differs from it). No text cell whose
 * source has corrections still holds one of the errors they correct: its reading is itself.
 */
export const readingsAreRecorded: Rule = (tables) => {
  const problems: Problem[] = [];
  const fixes = tables.correcciones;
  const bySource = new Map<string, {c: Correction; k: number}[]>();
  const seen = new Map<string, number>();
  fixes.rows.forEach((row, k) => {
    const fuente = row.fuente_id as string | null;
    const from = row.transcripcion as string | null;
    if (fuente === null || from === null) return;
    const key = `${fuente}\u0000${from}`;
    if (seen.has(key))
      problems.push(
        problemAt(
          fixes,
          k,
          "transcripcion",
          `una sola corrección por texto y fuente; ya está en la línea ${seen.get(key)}`
        )
      );
    seen.set(key, fixes.cells[k].transcripcion.line);
    if (row.lectura === from) problems.push(problemAt(fixes, k, "lectura", "un texto distinto de la transcripción"));
    if (row.lectura === null && row.clase !== "nota")
      problems.push(problemAt(fixes, k, "lectura", "lo que dice el documento (sólo una nota se quita sin lectura)"));
    const list = bySource.get(fuente) ?? [];
    list.push({c: {transcripcion: from, lectura: row.lectura as string | null}, k});
    bySource.set(fuente, list);
  });
  const correctionsOf = (fuente: unknown) =>
    typeof fuente === "string" ? (bySource.get(fuente) ?? []).map((x) => x.c) : [];

  const t = tables.transcripciones;
  const recorded = new Set<string>();
  t.rows.forEach((row, k) => {
    const name = row.tabla as TableName | null;
    if (name === null || row.fila === null || row.columna === null || row.transcripcion === null) return;
    const target = tables[name];
    if (!target.readable) return;
    const column = row.columna as string;
    if (!textColumns(name).includes(column)) {
      problems.push(
        problemAt(t, k, "columna", `una columna de texto de ${tableFile(name)}: ${textColumns(name).join(", ")}`)
      );
      return;
    }
    const index = target.rows.findIndex((_, j) => rowKey(target, j) === row.fila);
    if (index < 0) {
      problems.push(
        problemAt(t, k, "fila", `la clave de una fila de ${tableFile(name)} (${SCHEMA[name].key.join(" | ")})`)
      );
      return;
    }
    recorded.add(`${name}\u0000${index}\u0000${column}`);
    const cell = target.rows[index][column];
    const source = target.rows[index][sourceColumnOf(name, column)!];
    const reading = readingOf(row.transcripcion as string, correctionsOf(source));
    if (reading === row.transcripcion)
      problems.push(
        problemAt(t, k, "transcripcion", `un texto con algún error que corrija correcciones.csv para ${String(source)}`)
      );
    else if (reading !== cell)
      problems.push(
        problemAt(
          t,
          k,
          "transcripcion",
          `el texto que, con las correcciones de ${String(source)}, da el de ${tableFile(name)}:${target.cells[index][column].line} (${column}); da ${JSON.stringify(reading.slice(0, 120))}`
        )
      );
  });

  for (const name of TRANSCRIBED_TABLES) {
    const target = tables[name];
    for (const column of textColumns(name)) {
      const sourceColumn = sourceColumnOf(name, column)!;
      target.rows.forEach((row, k) => {
        const text = row[column];
        const list = bySource.get(row[sourceColumn] as string);
        if (typeof text !== "string" || list === undefined) return;
        const hit = list.find(({c}) => readingOf(text, [c]) !== text);
        if (hit === undefined) return;
        const fix = tables.correcciones.rows[hit.k];
        problems.push(
          problemAt(
            target,
            k,
            column,
            `la lectura del documento: el texto conserva «${fix.transcripcion}», que correcciones.csv (línea ${fixes.cells[hit.k].transcripcion.line}) corrige ${fix.lectura === null ? "quitándolo" : `como «${fix.lectura}»`}${recorded.has(`${name}\u0000${k}\u0000${column}`) ? "" : "; el texto tal como se transcribió va en transcripciones.csv"}`
          )
        );
      });
    }
  }
  return problems;
};
