import {html} from "npm:htl";

/** Folder of the stable addresses (written by scripts/stable-downloads.ts after the build), from a page at the site's root. */
export const DOWNLOADS = "./descargas/";

const number = new Intl.NumberFormat("es-MX");
const decimal = new Intl.NumberFormat("es-MX", {maximumFractionDigits: 1});

/** A file at its stable address, and its size in bytes. */
export interface DownloadFile {
  archivo: string;
  bytes: number;
}

/** `descargas/indice.json`: every published table's files and row count, the whole archive and `construccion.json`. */
export interface DownloadIndex {
  fecha_construccion: string;
  fecha_registro: string | null;
  archivo: DownloadFile;
  construccion: DownloadFile;
  tablas: {tabla: string; filas: number; csv: DownloadFile; parquet: DownloadFile}[];
}

/** The fields of a row of the data dictionary (`diccionario`) the list of downloads reads. */
export interface DictionaryTableRow {
  tabla: string;
  clase: string;
  columna: string;
  descripcion_tabla: string;
}

/** A size in bytes for people: «812 B», «26.3 kB», «1.6 MB» (decimal units, as file managers show). */
export function formatBytes(bytes: number): string {
  if (bytes < 1000) return `${number.format(bytes)} B`;
  if (bytes < 1e6) return `${decimal.format(bytes / 1e3)} kB`;
  return `${decimal.format(bytes / 1e6)} MB`;
}

/**
 * The list of downloads, `descargas/indice.json`: generated after the build from the site's data archive
 * (every published table, the dictionary, the archive itself), so no page keeps a list of tables. Returns
 * null where it does not exist (Framework's preview server, `npm run dev`: the step runs only in `npm run build`).
 */
export async function loadDownloadIndex(): Promise<DownloadIndex | null> {
  const response = await fetch(`${DOWNLOADS}indice.json`);
  if (!response.ok) return null;
  return (await response.json()) as DownloadIndex;
}

/** Text with `code` spans (as the data dictionary writes column names) rendered as <code>, escaped. */
export function withCode(text: string | null | undefined): (string | Node)[] {
  return String(text ?? "")
    .split("`")
    .map((part, k) => (k % 2 ? html`<code>${part}</code>` : part));
}

/** What to say where the list of downloads does not exist (the preview server, which does not write it). */
export function noDownloadIndex(): HTMLElement {
  return html`<p class="aviso">La lista de descargas se genera al construir el sitio: esta vista previa no la tiene.</p>`;
}

/** The link to the whole archive, with its size and what it holds. */
export function archiveLink(index: DownloadIndex): HTMLElement {
  return html`<p class="descarga-todo"><a href=${DOWNLOADS + index.archivo.archivo} download>Descargar todo en un archivo ZIP</a> (${formatBytes(index.archivo.bytes)}): las ${number.format(index.tablas.length)} tablas en CSV y en Parquet, con el diccionario y <a href=${DOWNLOADS + index.construccion.archivo}>la ficha de la construcción</a> (de dónde vienen los datos, cuándo se construyeron y cuántas filas tiene cada tabla). Dirección estable, la misma en cada construcción.</p>`;
}

/**
 * Every published table with its kind, description, columns, row count and its two files with their size,
 * at their stable addresses (`descargas/<tabla>.csv`, `.parquet`), from the download index and the data
 * dictionary (one row per column of every table). Text from the data goes through htl, which escapes it.
 *
 * @param index from {@link loadDownloadIndex}
 * @param dictionary rows of `diccionario`
 */
export function downloadsTable(index: DownloadIndex, dictionary: readonly DictionaryTableRow[]): HTMLElement {
  const info = new Map<string, {clase: string; descripcion: string; columnas: number}>();
  for (const d of dictionary) {
    const t = info.get(d.tabla) ?? {clase: d.clase, descripcion: d.descripcion_tabla, columnas: 0};
    t.columnas++;
    info.set(d.tabla, t);
  }
  return html`<table class="descargas">
    <thead><tr><th scope="col">Tabla</th><th scope="col">Clase</th><th scope="col">Qué contiene</th><th scope="col" class="num">Filas</th><th scope="col">Descargar</th></tr></thead>
    <tbody>${index.tablas.map((f) => {
      const t = info.get(f.tabla);
      const description =
        t?.descripcion ??
        (f.tabla === "diccionario"
          ? "Una fila por columna de cada tabla publicada: tipo, si es obligatoria, valores permitidos y descripción."
          : null);
      return html`<tr id=${`descarga-${f.tabla}`}>
        <th scope="row"><code>${f.tabla}</code></th>
        <td>${t?.clase ?? (f.tabla === "diccionario" ? "diccionario" : html`<span class="sin-dato">sin dato</span>`)}</td>
        <td>${description ? withCode(description) : html`<span class="sin-dato">sin descripción en el diccionario</span>`}${t ? html` <small>(${t.columnas} columnas)</small>` : ""}</td>
        <td class="num">${number.format(f.filas)}</td>
        <td class="archivos"><a href=${DOWNLOADS + f.csv.archivo} download aria-label=${`${f.tabla} en CSV, ${formatBytes(f.csv.bytes)}`}>CSV</a> <small>${formatBytes(f.csv.bytes)}</small><br><a href=${DOWNLOADS + f.parquet.archivo} download aria-label=${`${f.tabla} en Parquet, ${formatBytes(f.parquet.bytes)}`}>Parquet</a> <small>${formatBytes(f.parquet.bytes)}</small></td>
      </tr>`;
    })}</tbody>
  </table>`;
}
