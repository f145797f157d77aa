/**
 * Post-build step of `npm run build` (scripts/build-site.ts): publishes every table at a STABLE address.
 *
 * Framework names the files it publishes after their content (`_file/data/registro/hitos.03b87957.csv`),
 * so a link to a table changes with every change of the data. People who cite or script a download need
 * the same URL from one build to the next. This step takes the site's data archive as Framework built it
 * (`_file/data/registro.<hash>.zip`, the output of src/data/registro.zip.ts: every published table as CSV
 * and Parquet, the dictionary and `construccion.json`) and writes, under `descargas/`:
 *
 * - every member of the archive under its own name (`descargas/hitos.csv`, `descargas/hitos.parquet`, …,
 *   `descargas/construccion.json`), byte for byte (the CSVs keep their UTF-8 BOM);
 * - the archive itself as `descargas/registro.zip`;
 * - the licence texts: `descargas/LICENCIA.md` (data, CC BY 4.0, from `data/LICENCIA.md`) and
 *   `descargas/LICENSE.txt` (code, MIT, from `LICENSE`);
 * - `descargas/indice.json`: the list the site's pages render (generated from the archive, so a new
 *   derived table needs no edit anywhere): for each table its name, its files with their size in bytes,
 *   and its row count (counted in its CSV and checked against `construccion.json` `filas`).
 *
 * It also keeps `_file/data/registro/` complete: before this step existed, a page named every table's file
 * literally, so Framework published them all there (`<tabla>.<hash>.csv`); now pages name only what they
 * read, and this step adds the missing members under the name Framework would give them (the first 8 hex
 * digits of the SHA-256 of the content), so scripts and tests that read the built tables there still
 * find every one.
 *
 * The build fails here, with the reason, if the archive is missing, a count disagrees or a CSV has a cell
 * that would run as a formula in a spreadsheet.
 */
import {createHash} from "node:crypto";
import {copyFile, mkdir, readdir, readFile, writeFile} from "node:fs/promises";
import {join} from "node:path";
import JSZip from "jszip";
import {runsAsFormula} from "../metrics/model/formula.js";
import {quoteValue} from "../loaders/problems.js";
import {parseCsv} from "../loaders/registry/csv-parse.js";

const ROOT = new URL("..", import.meta.url).pathname;

/** The folder of the stable addresses, relative to the site's root. */
export const DOWNLOADS_DIR = "descargas";

/** One table in `descargas/indice.json`. */
export interface DownloadEntry {
  tabla: string;
  filas: number;
  csv: {archivo: string; bytes: number};
  parquet: {archivo: string; bytes: number};
}

/** `descargas/indice.json`. */
export interface DownloadIndex {
  fecha_construccion: string;
  fecha_registro: string | null;
  archivo: {archivo: string; bytes: number};
  construccion: {archivo: string; bytes: number};
  tablas: DownloadEntry[];
}

/**
 * Records of a CSV, header excluded (quoted fields may hold commas and line breaks). Fails if any cell
 * could run as a formula in Excel or LibreOffice (see `metrics/model/formula.ts`): the publication writes such
 * text with an apostrophe in front, so one here means something reached the archive another way.
 */
function csvRows(bytes: Uint8Array, name: string): number {
  const text = new TextDecoder().decode(bytes).replace(/^\uFEFF/, "");
  const {records, problems} = parseCsv(text, name);
  if (problems.length) throw new Error(`${name}: CSV ilegible (línea ${problems[0].line}: ${problems[0].expected})`);
  for (const r of records) {
    const k = r.fields.findIndex(runsAsFormula);
    if (k >= 0)
      throw new Error(
        `${name}:${r.positions[k].line}:${r.positions[k].column}: la celda ${quoteValue(r.fields[k])} se ejecutaría como fórmula en Excel o LibreOffice; la publicación debe escribirla con un apóstrofo delante (metrics/model/csv.ts)`
      );
  }
  return Math.max(0, records.length - 1);
}

/** Writes `descargas/` into a built site folder; returns its index. */
export async function publishStableDownloads(site: string): Promise<DownloadIndex> {
  const dataDir = join(site, "_file/data");
  const zipName = (await readdir(dataDir).catch(() => [])).find((f) => /^registro\.[0-9a-f]+\.zip$/.test(f));
  if (!zipName)
    throw new Error(
      `No está el archivo de datos en ${dataDir} (registro.<hash>.zip): ¿alguna página enlaza FileAttachment("data/registro.zip")?`
    );
  const zipBytes = await readFile(join(dataDir, zipName));
  const zip = await JSZip.loadAsync(zipBytes);
  const out = join(site, DOWNLOADS_DIR);
  await mkdir(out, {recursive: true});

  const members = new Map<string, Uint8Array>();
  for (const name of Object.keys(zip.files).sort()) {
    if (zip.files[name].dir) continue;
    if (!/^[a-z0-9_]+\.(csv|parquet|json)$/.test(name)) throw new Error(`${zipName}: miembro inesperado «${name}»`);
    const bytes = await zip.files[name].async("uint8array");
    members.set(name, bytes);
    await writeFile(join(out, name), bytes);
  }
  await writeFile(join(out, "registro.zip"), zipBytes);
  const framework = join(dataDir, "registro");
  await mkdir(framework, {recursive: true});
  const present = await readdir(framework);
  for (const [name, bytes] of members) {
    const [base, ext] = [name.slice(0, name.lastIndexOf(".")), name.slice(name.lastIndexOf(".") + 1)];
    if (present.some((f) => f.startsWith(`${base}.`) && f.endsWith(`.${ext}`) && f.split(".").length === 3)) continue;
    const hash = createHash("sha256").update(bytes).digest("hex").slice(0, 8);
    await writeFile(join(framework, `${base}.${hash}.${ext}`), bytes);
  }
  await copyFile(join(ROOT, "data/LICENCIA.md"), join(out, "LICENCIA.md"));
  await copyFile(join(ROOT, "LICENSE"), join(out, "LICENSE.txt"));

  const construccionBytes = members.get("construccion.json");
  if (!construccionBytes) throw new Error(`${zipName}: falta construccion.json`);
  const construccion = JSON.parse(new TextDecoder().decode(construccionBytes)) as {
    fecha_construccion: string;
    fecha_registro: string | null;
    filas: Record<string, number>;
  };

  const tables = [...members.keys()].filter((n) => n.endsWith(".parquet")).map((n) => n.slice(0, -".parquet".length));
  const tablas: DownloadEntry[] = tables.map((tabla) => {
    const csv = members.get(`${tabla}.csv`);
    const parquet = members.get(`${tabla}.parquet`)!;
    if (!csv) throw new Error(`${zipName}: ${tabla}.parquet no tiene su ${tabla}.csv`);
    const filas = csvRows(csv, `${tabla}.csv`);
    const declared = construccion.filas[tabla];
    if (declared !== undefined && declared !== filas)
      throw new Error(`${tabla}.csv tiene ${filas} filas; construccion.json dice ${declared}`);
    if (declared === undefined && tabla !== "diccionario")
      throw new Error(`construccion.json no cuenta las filas de ${tabla}`);
    return {
      tabla,
      filas,
      csv: {archivo: `${tabla}.csv`, bytes: csv.length},
      parquet: {archivo: `${tabla}.parquet`, bytes: parquet.length}
    };
  });
  // Order: the order of construccion.json (registry tables, then derived ones, as published), the dictionary last.
  const order = Object.keys(construccion.filas);
  const rank = (t: string) => (order.includes(t) ? order.indexOf(t) : order.length);
  tablas.sort((a, b) => rank(a.tabla) - rank(b.tabla) || a.tabla.localeCompare(b.tabla));

  const index: DownloadIndex = {
    fecha_construccion: construccion.fecha_construccion,
    fecha_registro: construccion.fecha_registro,
    archivo: {archivo: "registro.zip", bytes: zipBytes.length},
    construccion: {archivo: "construccion.json", bytes: construccionBytes.length},
    tablas
  };
  await writeFile(join(out, "indice.json"), `${JSON.stringify(index, null, 2)}\n`);
  return index;
}
