import {rowsToCsv} from "../../metrics/model/csv.js";
import {DICTIONARY_COLUMNS, dictionaryRows, outputTables} from "./outputs.js";
import {toParquet} from "./parquet.js";
import type {Provenance} from "../registry/registry-source.js";
import type {Registry} from "../../metrics/model/schema.js";

/** One file of a publication: its name and its bytes. */
export interface PublishedFile {
  readonly name: string;
  readonly bytes: Uint8Array;
}

/**
 * Byte order mark written at the start of every published CSV: Excel on Windows opens a CSV without it as
 * Windows-1252 and breaks every accent ("MÃ©xico"); with it, Excel reads UTF-8. Every CSV reader the project
 * and its users rely on (its own, d3-dsv via the browser's TextDecoder, pandas, R) skips it.
 */
export const CSV_BOM = "\uFEFF";

/** The file that says where a publication's data came from and when, and how many rows each table has. */
export const PROVENANCE_FILE = "construccion.json";

/**
 * The files the project publishes from a validated registry: each table as Parquet (and as CSV when
 * `csv` is true, UTF-8 with a BOM so Excel reads its accents, and no cell that could run as a formula: see
 * `rowsToCsv`), the data dictionary, and `construccion.json` saying where the data came from and when.
 * Everything is built in memory first, so a failure leaves nothing half-written.
 */
export function publishedFiles(registry: Registry, provenance: Provenance, {csv}: {csv: boolean}): PublishedFile[] {
  const tables = outputTables(registry);
  const dictionary = {name: "diccionario", columns: DICTIONARY_COLUMNS, rows: dictionaryRows(tables)};
  const encoder = new TextEncoder();
  const files: PublishedFile[] = [];
  for (const t of [...tables, dictionary]) {
    files.push({name: `${t.name}.parquet`, bytes: toParquet(t.columns, t.rows)});
    if (csv) files.push({name: `${t.name}.csv`, bytes: encoder.encode(CSV_BOM + rowsToCsv(t.columns, t.rows))});
  }
  const counts = Object.fromEntries(tables.map((t) => [t.name, t.rows.length]));
  files.push({
    name: PROVENANCE_FILE,
    bytes: encoder.encode(`${JSON.stringify({...provenance, filas: counts}, null, 2)}\n`)
  });
  return files;
}
