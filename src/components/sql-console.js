import {html} from "npm:htl";
import {tableFromIPC} from "npm:apache-arrow";
import initParquet, {readParquet} from "npm:parquet-wasm";

/**
 * The SQL console's pieces (/consulta, the only page that loads DuckDB-wasm).
 *
 * Tables come from the site's data archive (`data/registro.zip`: every published table, so a new derived
 * table is queryable with no edit here), read from Parquet into Arrow (parquet-wasm, initialised once) and handed
 * to DuckDB, which ingests Arrow without any extension: DuckDB's own Parquet reader is an extension that
 * duckdb-wasm would download from extensions.duckdb.org (observablehq.config.ts turns extensions off).
 * DuckDB-wasm, its worker and wasm are served by the site itself (Framework's npm cache, seeded from
 * node_modules), so the console works with no network.
 */

const number = new Intl.NumberFormat("es-MX");

/** parquet-wasm, initialised once for all the tables (Framework's `.parquet()` would fetch and compile its
 * 4.9 MB wasm again for every file). The wasm is published by the build with this module. */
let parquetReady;
async function parquetToArrow(buffer) {
  parquetReady ??= initParquet(import.meta.resolve("npm:parquet-wasm/esm/parquet_wasm_bg.wasm"));
  await parquetReady;
  return tableFromIPC(readParquet(new Uint8Array(buffer)).intoIPCStream());
}

/** How many rows of a result the page draws; the CSV has them all. */
export const SHOWN_ROWS = 500;

/**
 * A status line for the loading steps (role="status": read out when it changes) with a progress bar.
 * `update(text, done, total)` changes it; `finish(text)` ends it.
 */
export function loadingStatus() {
  const text = html`<span>Preparando la consola…</span>`;
  const bar = html`<progress max="1" value="0" aria-label="Avance de la carga"></progress>`;
  const node = html`<div class="carga" role="status" aria-live="polite">${bar} ${text}</div>`;
  node.update = (message, done, total) => {
    text.textContent = message;
    if (total) {
      bar.max = total;
      bar.value = done;
    }
  };
  node.finish = (message) => {
    text.textContent = message;
    bar.remove();
    node.classList.add("lista");
  };
  return node;
}

/**
 * Opens DuckDB with every table of the archive (one table per `.parquet` member, named after it).
 *
 * @param {{DuckDBClient: any, archive: any, status: ReturnType<typeof loadingStatus>}} options
 *   Framework's DuckDBClient, the archive's FileAttachment, the status line to report progress to
 * @returns {Promise<{db: any, tables: string[]}>}
 */
export async function openDatabase({DuckDBClient, archive, status}) {
  status.update("Descargando las tablas (registro.zip)…", 0, 1);
  const zip = await archive.zip();
  const members = zip.filenames.filter((n) => n.endsWith(".parquet")).sort();
  const tables = members.map((n) => n.slice(0, -".parquet".length));
  const total = members.length + 1;
  let done = 0;
  let engine = "cargando el motor SQL DuckDB-wasm (unos 35 MB, desde este mismo sitio)";
  const report = () => status.update(`Tablas leídas: ${done} de ${members.length}; ${engine}…`, done, total);
  report();
  const sources = Object.fromEntries(
    members.map((name, k) => [
      tables[k],
      zip
        .file(name)
        .arrayBuffer()
        .then(parquetToArrow)
        .then((table) => {
          done++;
          report();
          return table;
        })
    ])
  );
  const db = await DuckDBClient.of(sources);
  engine = "motor listo";
  status.update(`Tablas cargadas: ${members.length}`, total, total);
  return {db, tables};
}

/** Rows and column names of a DuckDB (Arrow) result, values as plain JavaScript (BigInt → Number). */
export function resultRows(table) {
  const columns = table.schema.fields.map((f) => f.name);
  const rows = table.toArray().map((r) => {
    const o = r.toJSON();
    for (const c of columns) if (typeof o[c] === "bigint") o[c] = Number(o[c]);
    return o;
  });
  return {columns, rows};
}

/** A cell value as text: dates as ISO dates, lists and structures as JSON, null as null. */
function cellText(value) {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return Number.isNaN(+value) ? "" : value.toISOString().replace(/T00:00:00\.000Z$/, "");
  if (typeof value === "object") return JSON.stringify(value, (_, v) => (typeof v === "bigint" ? Number(v) : v));
  return String(value);
}

/**
 * A result as an accessible table: a caption saying how many rows and columns (and how many are drawn),
 * column headers, numbers right-aligned, empty values as «sin dato». Text goes through htl (escaped).
 *
 * @param {{columns: string[], rows: Record<string, any>[]}} result
 */
export function resultTable({columns, rows}) {
  const shown = rows.slice(0, SHOWN_ROWS);
  const numeric = new Set(
    columns.filter(
      (c) => rows.some((r) => typeof r[c] === "number") && rows.every((r) => r[c] === null || typeof r[c] === "number")
    )
  );
  return html`<table class="resultado">
    <caption>Resultado: ${number.format(rows.length)} ${rows.length === 1 ? "fila" : "filas"}, ${columns.length} ${columns.length === 1 ? "columna" : "columnas"}${rows.length > shown.length ? `; se muestran las primeras ${number.format(shown.length)} (el CSV las trae todas)` : ""}.</caption>
    <thead><tr>${columns.map((c) => html`<th scope="col" class=${numeric.has(c) ? "num" : ""}>${c}</th>`)}</tr></thead>
    <tbody>${shown.map(
      (r) =>
        html`<tr>${columns.map((c) => {
          const t = cellText(r[c]);
          return html`<td class=${numeric.has(c) ? "num" : ""}>${t === null ? html`<span class="sin-dato">sin dato</span>` : t}</td>`;
        })}</tr>`
    )}</tbody>
  </table>`;
}

/** RFC 4180 CSV of a result, UTF-8 with a BOM (as the published tables), empty fields for nulls. */
export function resultCsv({columns, rows}) {
  const field = (v) => {
    const t = cellText(v);
    if (t === null) return "";
    return /[",\r\n]/.test(t) ? `"${t.replace(/"/g, '""')}"` : t;
  };
  return `\uFEFF${[columns.map(field).join(","), ...rows.map((r) => columns.map((c) => field(r[c])).join(","))].join("\r\n")}\r\n`;
}

/** A download link for a result's CSV (a blob: address made in the browser; nothing is sent anywhere). */
export function resultDownload(result, name = "consulta.csv") {
  const url = URL.createObjectURL(new Blob([resultCsv(result)], {type: "text/csv;charset=utf-8"}));
  return html`<a class="descarga-resultado" href=${url} download=${name}>Descargar el resultado en CSV</a> <small>(${number.format(result.rows.length)} filas; UTF-8 con BOM, se abre bien en Excel)</small>`;
}

/**
 * The tables the console has, each with its columns and types (from DuckDB's DESCRIBE), collapsible.
 *
 * @param {any} db Framework's DuckDBClient
 * @param {string[]} tables
 */
export async function schemaList(db, tables) {
  const described = await Promise.all(tables.map(async (t) => ({t, columns: await db.describeColumns({table: t})})));
  return html`<ul class="esquema">${described.map(
    ({t, columns}) => html`<li><details><summary><code>${t}</code> <small>(${columns.length} columnas)</small></summary>
      <p>${columns.map((c, k) => html`${k ? ", " : ""}<code>${c.name}</code> <small>${c.databaseType}</small>`)}</p>
    </details></li>`
  )}</ul>`;
}

/**
 * The query form: the example questions (each a button that loads its query and runs it), the SQL text
 * area and the run button (or Ctrl + Enter). Its `value` is `{sql, ejemplo}` — `ejemplo` the id of the
 * example when the text is exactly that example's — and it fires `input` on each run (Framework's `view`).
 *
 * @param {ReadonlyArray<{id: string, pregunta: string, nota: string, sql: string}>} examples
 * @param {{sql: string}} initial
 */
export function queryForm(examples, {sql}) {
  const exampleOf = (text) => examples.find((e) => e.sql.trim() === text.trim())?.id ?? null;
  const textarea = html`<textarea id="texto-sql" name="sql" rows="12" spellcheck="false" autocapitalize="off" autocomplete="off" aria-describedby="nota-ejemplo"></textarea>`;
  textarea.value = sql;
  const note = html`<p class="nota-ejemplo" id="nota-ejemplo"></p>`;
  const buttons = examples.map(
    (e) => html`<li><button type="button" class="ejemplo" data-ejemplo=${e.id}>${e.pregunta}</button></li>`
  );
  const form = html`<form class="consola">
    <fieldset class="ejemplos"><legend>Ejemplos: preguntas que responde el registro (se ejecutan al elegirlas)</legend>
      <ul>${buttons}</ul>
    </fieldset>
    <label for="texto-sql" class="etiqueta-sql">Consulta SQL (DuckDB)</label>
    ${textarea}
    ${note}
    <div class="acciones"><button type="submit" class="ejecutar">Ejecutar consulta</button> <small>o Ctrl + Enter en el texto</small></div>
  </form>`;
  const mark = () => {
    const id = exampleOf(textarea.value);
    for (const li of buttons) {
      const b = li.querySelector("button");
      if (b.dataset.ejemplo === id) b.setAttribute("aria-current", "true");
      else b.removeAttribute("aria-current");
    }
    const e = examples.find((x) => x.id === id);
    note.textContent = e
      ? `${e.pregunta} ${e.nota}`
      : "Consulta propia: las tablas se llaman como en las descargas (lista abajo).";
  };
  const run = () => {
    form.value = {sql: textarea.value, ejemplo: exampleOf(textarea.value)};
    mark();
    form.dispatchEvent(new Event("input", {bubbles: true}));
  };
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    run();
  });
  form.addEventListener("click", (event) => {
    const b = event.target.closest("button.ejemplo");
    if (!b) return;
    textarea.value = examples.find((e) => e.id === b.dataset.ejemplo).sql;
    run();
  });
  textarea.addEventListener("keydown", (event) => {
    if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      run();
    }
  });
  textarea.addEventListener("input", (event) => event.stopPropagation());
  form.addEventListener("input", (event) => event.target !== form && event.stopPropagation());
  form.value = {sql, ejemplo: exampleOf(sql)};
  mark();
  return form;
}

/** Keeps the query in the address: `?ejemplo=<id>` for an example as written, `?sql=<text>` otherwise. */
export function keepQueryInAddress({sql, ejemplo}) {
  const url = new URL(location.href);
  url.searchParams.delete("sql");
  url.searchParams.delete("ejemplo");
  if (ejemplo) url.searchParams.set("ejemplo", ejemplo);
  else url.searchParams.set("sql", sql);
  history.replaceState(history.state, "", url);
}
