import {html} from "npm:htl";

/** Folder of the stable addresses (written by scripts/stable-downloads.ts after the build), from a page at the site's root. */
export const DOWNLOADS = "./descargas/";

const number = new Intl.NumberFormat("es-MX");
const decimal = new Intl.NumberFormat("es-MX", {maximumFractionDigits: 1});

/** A size in bytes for people: «812 B», «26.3 kB», «1.6 MB» (decimal units, as file managers show). */
export function formatBytes(bytes) {
  if (bytes < 1000) return `${number.format(bytes)} B`;
  if (bytes < 1e6) return `${decimal.format(bytes / 1e3)} kB`;
  return `${decimal.format(bytes / 1e6)} MB`;
}

/**
 * The list of downloads, `descargas/indice.json`: generated after the build from the site's data archive
 * (every published table, the dictionary, the archive itself), so no page keeps a list of tables. Returns
 * null where it does not exist (Framework's preview server, `npm run dev`: the step runs only in `npm run build`).
 *
 * @returns {Promise<null | {fecha_construccion: string, fecha_registro: string|null, archivo: {archivo: string, bytes: number}, construccion: {archivo: string, bytes: number}, tablas: Array<{tabla: string, filas: number, csv: {archivo: string, bytes: number}, parquet: {archivo: string, bytes: number}}>}>}
 */
export async function loadDownloadIndex() {
  const response = await fetch(`${DOWNLOADS}indice.json`);
  if (!response.ok) return null;
  return response.json();
}

/** Text with `code` spans (as the data dictionary writes column names) rendered as <code>, escaped. */
export function withCode(text) {
  return String(text ?? "")
    .split("`")
    .map((part, k) => (k % 2 ? html`<code>${part}</code>` : part));
}

/** What to say where the list of downloads does not exist (preview server). */
export function noDownloadIndex() {
  return html`<p class="aviso">La lista de descargas se genera al construir el sitio (<code>npm run build</code>); el servidor de vista previa (<code>npm run dev</code>) no la tiene.</p>`;
}

/** The link to the whole archive, with its size and what it holds. */
export function archiveLink(index) {
  return html`<p class="descarga-todo"><a href=${DOWNLOADS + index.archivo.archivo} download>Descargar todo en un archivo ZIP</a> (${formatBytes(index.archivo.bytes)}): las ${number.format(index.tablas.length)} tablas en CSV y en Parquet, con el diccionario y <a href=${DOWNLOADS + index.construccion.archivo}><code>construccion.json</code></a> (de dónde vienen los datos, cuándo se construyeron y cuántas filas tiene cada tabla). Dirección estable: <code>descargas/${index.archivo.archivo}</code>.</p>`;
}

/**
 * Every published table with its kind, description, columns, row count and its two files with their size,
 * at their stable addresses (`descargas/<tabla>.csv`, `.parquet`), from the download index and the data
 * dictionary (one row per column of every table). Text from the data goes through htl, which escapes it.
 *
 * @param {NonNullable<Awaited<ReturnType<typeof loadDownloadIndex>>>} index
 * @param {Array<{tabla: string, clase: string, columna: string, descripcion_tabla: string}>} dictionary
 */
export function downloadsTable(index, dictionary) {
  const info = new Map();
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
