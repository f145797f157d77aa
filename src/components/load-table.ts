import {decompress} from "npm:fzstd";
import {parquetReadObjects} from "npm:hyparquet";
import type {CoverageCell} from "../lib/coverage.js";
import type {DerivedTotal} from "../lib/derived-totals.js";
import type {LatestMilestone} from "../lib/latest-milestone.js";
import type {Row} from "../lib/model/schema.js";
import type {MonthlyPhase} from "../lib/monthly-phases.js";
import type {NationalPanorama} from "../lib/national-panorama.js";

/** Rows of the published tables the national pages read, typed from the library's own declarations. */
export type Entidad = Row<"entidades">;
export type Fuente = Row<"fuentes">;
export type Hito = Row<"hitos">;
export type Decision = Row<"decisiones">;
export type {CoverageCell, DerivedTotal, LatestMilestone, MonthlyPhase, NationalPanorama};

/** `construccion.json`: where this build's data came from and when (loaders/publish/site-archive.ts). */
export interface Construccion {
  origen: string;
  url: string | null;
  aviso: string | null;
  fecha_registro: string | null;
  fecha_construccion: string;
}

/** Decompressors hyparquet needs for the codecs loaders/publish/parquet.ts writes (ZSTD only). */
const COMPRESSORS = {
  ZSTD: (input: Uint8Array, outputLength: number) => decompress(input, new Uint8Array(outputLength))
};

/**
 * Loads one published table as plain rows (`[{columna: valor, …}]`, nulls kept, integers and numbers as
 * numbers, text and dates as strings — the shapes of the library's row types, named by `T`), without
 * Framework's parquet-wasm (4.8 MB of wasm) and apache-arrow: hyparquet is a small pure-JS Parquet reader
 * and fzstd its ZSTD decoder (≈75 KB together).
 *
 * Pages pass the file's address: `await loadTable(FileAttachment("data/registro/fases_mensuales.parquet").href)`.
 * Two reasons for `.href`: Framework only publishes files named literally in a page's `FileAttachment("…")`
 * call, and a bare `FileAttachment("….parquet")` (no member access) makes Framework preload apache-arrow and
 * parquet-wasm for the page (it guesses the reader from the extension), which is the weight this avoids.
 * This is the one place that knows how a table is stored, so the data source can change here alone.
 *
 * @throws Error (in Spanish) when the file cannot be fetched.
 */
export async function loadTable<T extends object = Record<string, unknown>>(href: string): Promise<T[]> {
  const response = await fetch(href);
  if (!response.ok) throw new Error(`No se pudo leer ${href}: ${response.status} ${response.statusText}`);
  return (await parquetReadObjects({file: await response.arrayBuffer(), compressors: COMPRESSORS})) as T[];
}
