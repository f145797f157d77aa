import {parquetReadObjects} from "npm:hyparquet";
import {decompress} from "npm:fzstd";

/** Decompressors hyparquet needs for the codecs loaders/publish/parquet.ts writes (ZSTD only). */
const COMPRESSORS = {ZSTD: (input, outputLength) => decompress(input, new Uint8Array(outputLength))};

/**
 * Loads one published table as plain rows (`[{columna: valor, …}]`, nulls kept, integers and numbers as
 * numbers, text and dates as strings) — the same rows `(await file.parquet()).toArray().map((r) => r.toJSON())`
 * gives, without Framework's parquet-wasm (4.8 MB of wasm) and apache-arrow: hyparquet is a small pure-JS
 * Parquet reader and fzstd its ZSTD decoder (≈75 KB together).
 *
 * Pages pass the file's address: `await loadTable(FileAttachment("data/registro/fases_mensuales.parquet").href)`.
 * Two reasons for `.href`: Framework only publishes files named literally in a page's `FileAttachment("…")`
 * call, and a bare `FileAttachment("….parquet")` (no member access) makes Framework preload apache-arrow and
 * parquet-wasm for the page (it guesses the reader from the extension), which is the weight this avoids.
 * This is the one place that knows how a table is stored, so the data source can change here alone.
 *
 * @param {string} href address of a published `.parquet` table
 * @returns {Promise<Array<Record<string, any>>>}
 */
export async function loadTable(href) {
  const response = await fetch(href);
  if (!response.ok) throw new Error(`No se pudo leer ${href}: ${response.status} ${response.statusText}`);
  return parquetReadObjects({file: await response.arrayBuffer(), compressors: COMPRESSORS});
}
