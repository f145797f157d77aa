import {html} from "npm:htl";

/** Text with `code` spans (as the data dictionary writes column names) rendered as <code>, escaped. */
function withCode(text) {
  return text.split("`").map((part, k) => (k % 2 ? html`<code>${part}</code>` : part));
}

/**
 * Every published table with its kind, description, number of columns and download links, from the data
 * dictionary (one row per column of every table). Text from the data goes through htl, which escapes it.
 *
 * @param {Array<{tabla: string, csv: string, parquet: string}>} files addresses of each table's files (`FileAttachment(…).href`)
 * @param {Array<{tabla: string, clase: string, columna: string, descripcion_tabla: string}>} dictionary
 */
export function downloadsTable(files, dictionary) {
  const info = new Map();
  for (const d of dictionary) {
    const t = info.get(d.tabla) ?? {clase: d.clase, descripcion: d.descripcion_tabla, columnas: 0};
    t.columnas++;
    info.set(d.tabla, t);
  }
  return html`<table class="descargas">
    <thead><tr><th scope="col">Tabla</th><th scope="col">Clase</th><th scope="col">Qué contiene</th><th scope="col">Descargar</th></tr></thead>
    <tbody>${files.map((f) => {
      const t = info.get(f.tabla);
      return html`<tr>
        <th scope="row"><code>${f.tabla}</code></th>
        <td>${t?.clase ?? (f.tabla === "diccionario" ? "diccionario" : "")}</td>
        <td>${withCode(t?.descripcion ?? "Una fila por columna de cada tabla publicada: tipo, si es obligatoria, valores permitidos y descripción.")}${t ? html` <small>(${t.columnas} columnas)</small>` : ""}</td>
        <td><a href=${f.csv} download>CSV</a> · <a href=${f.parquet} download>Parquet</a></td>
      </tr>`;
    })}</tbody>
  </table>`;
}
