import {parseCsv, type CsvRecord} from "./csv-parse.js";
import {readCell} from "./cell.js";
import type {CellValue} from "../../metrics/model/schema.js";
import {decodeUtf8} from "./utf8.js";
import {withShapeHints} from "./file-shape.js";
import type {Problem} from "../problems.js";
import {tableDef, type TableName} from "../../metrics/model/schema.js";

/** Where a cell came from, for messages about rules that span rows or tables. */
export interface CellPosition {
  readonly line: number;
  readonly column: number;
  readonly raw: string;
}

/** A table read from CSV: typed rows and, beside each row, the position of each of its cells. */
export interface ReadTable {
  readonly name: TableName;
  readonly file: string;
  readonly rows: Record<string, CellValue>[];
  readonly cells: Record<string, CellPosition>[];
  /** Beside each row, the columns whose cell could not be read (their value in `rows` is null, but they are
   * not empty: rules must not report them again as empty, see {@link unreadableCell}). */
  readonly invalid: Set<string>[];
  /** False when some of the file could not be read as rows (encoding, header, truncation, a line with the
   * wrong number of fields, an invalid key): rules that look into it — above all, references to it from
   * other tables — are skipped, so that one broken file does not drown its real problems in echoes. */
  readable: boolean;
}

/**
 * Reads one registry table from its bytes: strict UTF-8, RFC 4180 CSV, the exact header of the schema
 * (no missing, unknown or repeated columns), the right number of fields on every line, every cell of its
 * declared type and duplicate keys. Returns the table and every problem found (never stops at the first).
 */
export function readTable(name: TableName, bytes: Uint8Array, file: string): {table: ReadTable; problems: Problem[]} {
  const def = tableDef(name);
  const table: ReadTable = {name, file, rows: [], cells: [], invalid: [], readable: false};
  const decoded = decodeUtf8(bytes, file);
  if ("problem" in decoded) return {table, problems: [decoded.problem]};
  const {records, problems} = parseCsv(decoded.text, file);
  table.readable = problems.length === 0;
  if (records.length === 0) {
    problems.push({
      file,
      line: 1,
      column: 1,
      value: "",
      expected: withShapeHints(`la fila de encabezado: ${def.columns.map((c) => c.name).join(",")}`, decoded.text)
    });
    return {table, problems};
  }
  const [header, ...body] = records;
  const expectedHeader = def.columns.map((c) => c.name);
  const headerOk =
    header.fields.length === expectedHeader.length && header.fields.every((f, k) => f === expectedHeader[k]);
  if (!headerOk) {
    const k = expectedHeader.findIndex((name, j) => header.fields[j] !== name);
    const at = k < 0 ? expectedHeader.length : k;
    problems.push({
      file,
      line: header.line,
      column: header.positions[Math.min(at, header.positions.length - 1)].column,
      value: header.fields[at] ?? "(fin de línea)",
      expected: withShapeHints(
        `el encabezado ${expectedHeader.join(",")} (columna ${at + 1}: ${expectedHeader[at] ?? "ninguna más"})`,
        decoded.text
      )
    });
    table.readable = false;
    return {table, problems};
  }
  const seenKeys = new Map<string, number>();
  for (const [k, record] of body.entries()) {
    if (isEmptyRecord(record)) {
      // One problem per run of empty rows, at its first line; the rows themselves are skipped.
      if (k > 0 && isEmptyRecord(body[k - 1])) continue;
      let last = k;
      while (last + 1 < body.length && isEmptyRecord(body[last + 1])) last++;
      problems.push({
        file,
        line: record.line,
        column: 1,
        value: record.fields.join(","),
        expected: emptyRowsExpected(last - k + 1, body[last].line)
      });
      continue;
    }
    if (record.fields.length !== def.columns.length) {
      const last = record.positions[record.positions.length - 1];
      problems.push({
        file,
        line: record.line,
        column: last.column,
        value: `${record.fields.length} campos`,
        expected: fieldCountExpected(
          record.fields.length,
          def.columns.map((c) => c.name)
        )
      });
      table.readable = false;
      continue;
    }
    const row: Record<string, CellValue> = {};
    const cells: Record<string, CellPosition> = {};
    const invalid = new Set<string>();
    def.columns.forEach((column, k) => {
      const raw = record.fields[k];
      const pos = record.positions[k];
      cells[column.name] = {line: pos.line, column: pos.column, raw};
      const read = readCell(raw, column);
      if ("expected" in read) {
        problems.push({
          file,
          line: pos.line,
          column: pos.column,
          field: column.name,
          value: raw,
          expected: read.expected
        });
        row[column.name] = null;
        invalid.add(column.name);
        if (def.key.includes(column.name)) table.readable = false;
      } else {
        row[column.name] = read.value;
      }
    });
    const key = def.key.map((c) => row[c]).join("\u0000");
    const first = seenKeys.get(key);
    if (first !== undefined) {
      const keyCol = def.key[0];
      problems.push({
        file,
        line: record.line,
        column: cells[keyCol].column,
        field: def.key.join("+"),
        value: def.key.map((c) => cells[c].raw).join(" + "),
        expected: `un identificador único; ya aparece en la línea ${first}`
      });
    } else {
      seenKeys.set(key, record.line);
    }
    table.rows.push(row);
    table.cells.push(cells);
    table.invalid.push(invalid);
  }
  return {table, problems};
}

/**
 * What a line with the wrong number of fields should have had. A short line names the columns it lacks:
 * spreadsheet exporters often drop a row's trailing empty fields.
 */
export function fieldCountExpected(found: number, columns: readonly string[]): string {
  const n = columns.length;
  if (found > n)
    return `${n} campos separados por comas, como el encabezado (¿sobra una coma? un texto con comas va entre comillas)`;
  const missing = columns.slice(found);
  const which =
    missing.length === 1
      ? `falta el último, ${missing[0]}`
      : `faltan los ${missing.length} últimos, ${missing.join(", ")}`;
  return `${n} campos separados por comas, como el encabezado; ${which} (¿el programa que exportó el archivo quitó los campos vacíos del final, falta una coma o el archivo está truncado?)`;
}

/**
 * True for a record with no value at all: every field empty or only spaces (a line of bare commas, what a
 * spreadsheet leaves when rows are deleted, `;;;` when it saves with another separator, or a line of
 * spaces), whatever its number of fields.
 */
export function isEmptyRecord(record: CsvRecord): boolean {
  return record.fields.every((f) => EMPTY_FIELD.test(f));
}

/** A field with nothing in it but spaces, tabs or the `;` a spreadsheet set to another separator leaves. */
const EMPTY_FIELD = /^[\s;]*$/;

/**
 * What a run of `count` empty rows ending at line `lastLine` is reported as, once, at its first line: a
 * "fila vacía" that probably stayed from deleting rows in a spreadsheet.
 */
export function emptyRowsExpected(count: number, lastLine: number): string {
  const run =
    count === 1
      ? ""
      : count === 2
        ? `, y lo es también la siguiente (línea ${lastLine})`
        : `, y lo son también las ${count - 1} siguientes, hasta la línea ${lastLine}`;
  return `una fila con datos: ésta es una fila vacía (sin ningún valor)${run}; probablemente quedó de borrar filas en una hoja de cálculo: ${count === 1 ? "bórrela" : "bórrelas"}`;
}
