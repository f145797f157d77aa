import {rowsToCsv} from "./csv-write.js";
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
 * The files the project publishes from a validated registry: each table as Parquet (and as CSV when
 * `csv` is true), the data dictionary, and `construccion.json` saying where the data came from and when.
 * Everything is built in memory first, so a failure leaves nothing half-written.
 */
export function publishedFiles(registry: Registry, provenance: Provenance, {csv}: {csv: boolean}): PublishedFile[] {
  const tables = outputTables(registry);
  const dictionary = {name: "diccionario", columns: DICTIONARY_COLUMNS, rows: dictionaryRows(tables)};
  const encoder = new TextEncoder();
  const files: PublishedFile[] = [];
  for (const t of [...tables, dictionary]) {
    files.push({name: `${t.name}.parquet`, bytes: toParquet(t.columns, t.rows)});
    if (csv) files.push({name: `${t.name}.csv`, bytes: encoder.encode(rowsToCsv(t.columns, t.rows))});
  }
  const counts = Object.fromEntries(tables.map((t) => [t.name, t.rows.length]));
  files.push({name: "construccion.json", bytes: encoder.encode(JSON.stringify({...provenance, filas: counts}, null, 2) + "\n")});
  return files;
}
