import * as duckdb from "npm:@duckdb/duckdb-wasm";
import {Bool, type DataType, Float64, Int32, Int64, Table, tableToIPC, Utf8, vectorFromArray} from "npm:apache-arrow";
import {decompress} from "npm:fzstd";
import {html} from "npm:htl";
import {explainSqlError} from "./sql-error-text.js";
import {parquetMetadata, parquetReadObjects} from "npm:hyparquet";

/**
 * The SQL console's pieces (/consulta, the only page that loads DuckDB-wasm).
 *
 * One engine: DuckDB-wasm's "eh" build (WebAssembly exceptions, which every current browser runs), with
 * its worker, both served by the site itself (Framework's npm cache, seeded from node_modules). The console
 * does not use Framework's `DuckDBClient`, which would publish the older "mvp" build too (40 MB more in
 * `dist/`).
 *
 * Tables come from the site's data archive (`data/registro.zip`: every published table, so a new derived
 * table is queryable with no edit here). DuckDB's own Parquet reader is an extension that DuckDB-wasm
 * downloads from extensions.duckdb.org (it is not built in: no network, no Parquet), so each Parquet member
 * is decoded with hyparquet (the pure-JS reader the other pages use), turned into an Arrow table with the
 * types its Parquet schema declares, and handed to DuckDB as Arrow IPC, which DuckDB ingests with no
 * extension. No parquet-wasm in the browser.
 */

const number = new Intl.NumberFormat("es-MX");

/** The DuckDB-wasm build the console runs (the files are published by the build with this module). */
const ENGINE = {
  wasm: import.meta.resolve("npm:@duckdb/duckdb-wasm/dist/duckdb-eh.wasm"),
  worker: import.meta.resolve("npm:@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js")
};

/** Decompressors hyparquet needs for the codec loaders/publish/parquet.ts writes (ZSTD only). */
const COMPRESSORS = {
  ZSTD: (input: Uint8Array, outputLength: number) => decompress(input, new Uint8Array(outputLength))
};

/** How many rows of a result the page draws; the CSV has them all. */
export const SHOWN_ROWS = 500;

/** A result row: column name → value (numbers, text, booleans, dates, nested values or null). */
type Row = Record<string, unknown>;

/** A query result as plain rows and its column names in order. */
export interface QueryResult {
  columns: string[];
  rows: Row[];
}

/** The status line of the loading steps, with a progress bar. */
export interface LoadingStatus extends HTMLDivElement {
  /** Changes the message and, when `total` is given, the bar. */
  update(message: string, done?: number, total?: number): void;
  /** Ends the loading: the message stays, the bar goes. */
  finish(message: string): void;
}

/**
 * A status line for the loading steps (role="status": read out when it changes) with a progress bar.
 * `update(text, done, total)` changes it; `finish(text)` ends it.
 */
export function loadingStatus(): LoadingStatus {
  const text: HTMLSpanElement = html`<span>Preparando la consola…</span>`;
  const bar = html<HTMLProgressElement>`<progress max="1" value="0" aria-label="Avance de la carga"></progress>`;
  const node = html<LoadingStatus>`<div class="carga" role="status" aria-live="polite">${bar} ${text}</div>`;
  node.update = (message, done, total) => {
    text.textContent = message;
    if (total) {
      bar.max = total;
      bar.value = done ?? 0;
    }
  };
  node.finish = (message) => {
    text.textContent = message;
    bar.remove();
    node.classList.add("lista");
  };
  return node;
}

/** The Arrow type of a Parquet column, from its physical type (as loaders/publish/parquet.ts writes them). */
function arrowTypeOf(table: string, column: {name: string; type?: string}): DataType {
  switch (column.type) {
    case "BOOLEAN":
      return new Bool();
    case "INT32":
      return new Int32();
    case "INT64":
      return new Int64();
    case "FLOAT":
    case "DOUBLE":
      return new Float64();
    case "BYTE_ARRAY":
      return new Utf8();
    default:
      throw new Error(
        `${table}.parquet: la columna «${column.name}» es de tipo ${column.type ?? "desconocido"}; la consola lee BOOLEAN, INT32, INT64, DOUBLE y texto`
      );
  }
}

/**
 * One Parquet table as Arrow IPC (stream format), columns in the file's order with the types its schema
 * declares (INT32 → Int32, INT64 → Int64, DOUBLE → Float64, BOOLEAN → Bool, text → Utf8), nulls kept.
 * Throws, naming the table and column, on a type the published tables do not use.
 *
 * @param table the table's name (for messages)
 * @param buffer the `.parquet` file's bytes
 */
export async function parquetToArrowIpc(table: string, buffer: ArrayBuffer): Promise<Uint8Array> {
  const metadata = parquetMetadata(buffer);
  // schema[0] is the root; the published tables are flat, one element per column.
  const columns = metadata.schema.slice(1).map((c) => ({name: c.name, type: arrowTypeOf(table, c)}));
  const rows = (await parquetReadObjects({file: buffer, compressors: COMPRESSORS})) as Row[];
  const vectors = Object.fromEntries(
    columns.map((c) => [c.name, vectorFromArray(rows.map((r) => r[c.name] ?? null) as never[], c.type)])
  );
  return tableToIPC(new Table(vectors), "stream");
}

/** The console's database: runs a query, describes a table's columns. */
export interface Database {
  /** Runs one SQL text; rejects with DuckDB's error. */
  query(sql: string): Promise<ArrowResult>;
  /** Each column of a table with the type DuckDB gives it. */
  describeColumns(table: string): Promise<{name: string; databaseType: string}[]>;
}

/** What the console reads of a DuckDB (Arrow) result. */
export interface ArrowResult {
  schema: {fields: {name: string}[]};
  toArray(): {toJSON(): Row}[];
}

/** Framework's ZIP archive (`FileAttachment("….zip").zip()`): member names and their bytes. */
export interface ZipArchive {
  filenames: string[];
  file(name: string): {arrayBuffer(): Promise<ArrayBuffer>};
}

/**
 * Opens DuckDB with every table of the archive (one table per `.parquet` member, named after it). The engine
 * (its worker and wasm) and the archive download at the same time; the status line says how far each is.
 *
 * @param options the archive (`FileAttachment("data/registro.zip")`), the status line to report progress to
 * @returns the database and the names of its tables, sorted
 */
export async function openDatabase({
  archive,
  status
}: {
  archive: {zip(): Promise<ZipArchive>};
  status: LoadingStatus;
}): Promise<{db: Database; tables: string[]}> {
  let engine = "cargando el motor SQL DuckDB-wasm desde este mismo sitio";
  let tablesText = "descargando las tablas (registro.zip)";
  let done = 0;
  let total = 1;
  const report = () =>
    status.update(
      `${tablesText}; ${engine}…`.replace(/^./, (c) => c.toUpperCase()),
      done,
      total
    );
  report();

  const opening = (async () => {
    const worker = new Worker(ENGINE.worker);
    const db = new duckdb.AsyncDuckDB(new duckdb.VoidLogger(), worker);
    await db.instantiate(ENGINE.wasm, null, (p) => {
      if (p.bytesTotal > 0) {
        engine = `motor SQL: ${Math.round((100 * p.bytesLoaded) / p.bytesTotal)} % descargado`;
        report();
      }
    });
    await db.open({query: {castBigIntToDouble: true}});
    engine = "motor SQL listo";
    report();
    return db;
  })();

  const zip = await archive.zip();
  const members = zip.filenames.filter((n) => n.endsWith(".parquet")).sort();
  const tables = members.map((n) => n.slice(0, -".parquet".length));
  total = members.length + 1;
  const report2 = () => {
    tablesText = `tablas leídas: ${done} de ${members.length}`;
    report();
  };
  report2();
  const ipcs = members.map(async (name, k) => {
    const ipc = await parquetToArrowIpc(tables[k], await zip.file(name).arrayBuffer());
    done++;
    report2();
    return ipc;
  });
  const db = await opening;
  const connection = await db.connect();
  for (const [k, table] of tables.entries())
    await connection.insertArrowFromIPCStream(await ipcs[k], {name: table, schema: "main", create: true});
  done = total;
  status.update(`Tablas cargadas: ${members.length}`, total, total);

  await connection.close();

  const database: Database = {
    // One connection per query, as Framework's DuckDBClient does: a failed query leaves nothing behind.
    query: async (sql) => {
      const c = await db.connect();
      try {
        return (await c.query(sql)) as unknown as ArrowResult;
      } finally {
        await c.close();
      }
    },
    describeColumns: async (table) =>
      (await database.query(`DESCRIBE "${table.replace(/"/g, '""')}"`))
        .toArray()
        .map((r) => r.toJSON())
        .map((c) => ({name: String(c.column_name), databaseType: String(c.column_type)}))
  };
  return {db: database, tables};
}

/** Rows and column names of a DuckDB (Arrow) result, values as plain JavaScript (BigInt → Number). */
export function resultRows(table: ArrowResult): QueryResult {
  const columns = table.schema.fields.map((f) => f.name);
  const rows = table.toArray().map((r) => {
    const o = r.toJSON();
    for (const c of columns) if (typeof o[c] === "bigint") o[c] = Number(o[c]);
    return o;
  });
  return {columns, rows};
}

/** A cell value as text: dates as ISO dates, lists and structures as JSON, null as null. */
function cellText(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return Number.isNaN(+value) ? "" : value.toISOString().replace(/T00:00:00\.000Z$/, "");
  if (typeof value === "object") return JSON.stringify(value, (_, v) => (typeof v === "bigint" ? Number(v) : v));
  return String(value);
}

/**
 * A result as an accessible table: a caption saying how many rows and columns (and how many are drawn),
 * column headers, numbers right-aligned, empty values as «sin dato». Text goes through htl (escaped).
 */
export function resultTable({columns, rows}: QueryResult): HTMLTableElement {
  const shown = rows.slice(0, SHOWN_ROWS);
  const numeric = new Set(
    columns.filter(
      (c) => rows.some((r) => typeof r[c] === "number") && rows.every((r) => r[c] === null || typeof r[c] === "number")
    )
  );
  return html<HTMLTableElement>`<table class="resultado">
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
export function resultCsv({columns, rows}: QueryResult): string {
  const field = (v: unknown) => {
    const t = cellText(v);
    if (t === null) return "";
    return /[",\r\n]/.test(t) ? `"${t.replace(/"/g, '""')}"` : t;
  };
  return `\uFEFF${[columns.map(field).join(","), ...rows.map((r) => columns.map((c) => field(r[c])).join(","))].join("\r\n")}\r\n`;
}

/** A download link for a result's CSV (a blob: address made in the browser; nothing is sent anywhere). */
export function resultDownload(result: QueryResult, name = "consulta.csv"): HTMLElement {
  const url = URL.createObjectURL(new Blob([resultCsv(result)], {type: "text/csv;charset=utf-8"}));
  return html`<a class="descarga-resultado" href=${url} download=${name}>Descargar el resultado en CSV</a> <small>(${number.format(result.rows.length)} filas; UTF-8 con BOM, se abre bien en Excel)</small>`;
}

/** The tables the console has, each with its columns and types (from DuckDB's DESCRIBE), collapsible. */
export async function schemaList(db: Database, tables: readonly string[]): Promise<HTMLUListElement> {
  const described = await Promise.all(tables.map(async (t) => ({t, columns: await db.describeColumns(t)})));
  return html<HTMLUListElement>`<ul class="esquema">${described.map(
    ({t, columns}) => html`<li><details><summary><code>${t}</code> <small>(${columns.length} columnas)</small></summary>
      <p>${columns.map((c, k) => html`${k ? ", " : ""}<code>${c.name}</code> <small>${c.databaseType}</small>`)}</p>
    </details></li>`
  )}</ul>`;
}

/** One example query of the console (src/components/sql-examples.ts). */
export interface Example {
  id: string;
  pregunta: string;
  nota: string;
  sql: string;
}

/** What the query form holds: the SQL text, and the example's id when the text is exactly that example's. */
export interface QueryRequest {
  sql: string;
  ejemplo: string | null;
}

/**
 * The query form: the example questions (each a button that loads its query and runs it), the SQL text
 * area and the run button (or Ctrl + Enter). Its `value` is `{sql, ejemplo}` — `ejemplo` the id of the
 * example when the text is exactly that example's — and it fires `input` on each run (Framework's `view`).
 */
export function queryForm(examples: readonly Example[], {sql}: {sql: string}): HTMLFormElement & {value: QueryRequest} {
  const exampleOf = (text: string) => examples.find((e) => e.sql.trim() === text.trim())?.id ?? null;
  const textarea = html<HTMLTextAreaElement>`<textarea id="texto-sql" name="sql" rows="12" spellcheck="false" autocapitalize="off" autocomplete="off" aria-describedby="nota-ejemplo"></textarea>`;
  textarea.value = sql;
  const note = html<HTMLParagraphElement>`<p class="nota-ejemplo" id="nota-ejemplo"></p>`;
  const buttons = examples.map(
    (e) => html<HTMLButtonElement>`<button type="button" class="ejemplo" data-ejemplo=${e.id}>${e.pregunta}</button>`
  );
  const form = html<HTMLFormElement & {value: QueryRequest}>`<form class="consola">
    <fieldset class="ejemplos"><legend>Ejemplos: preguntas que responde el registro (se ejecutan al elegirlas)</legend>
      <ul>${buttons.map((b) => html`<li>${b}</li>`)}</ul>
    </fieldset>
    <label for="texto-sql" class="etiqueta-sql">Consulta SQL (DuckDB)</label>
    ${textarea}
    ${note}
    <div class="acciones"><button type="submit" class="ejecutar">Ejecutar consulta</button> <small>o Ctrl + Enter en el texto</small></div>
  </form>`;
  const mark = () => {
    const id = exampleOf(textarea.value);
    for (const b of buttons) {
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
  for (const b of buttons)
    b.addEventListener("click", () => {
      const example = examples.find((e) => e.id === b.dataset.ejemplo);
      if (!example) return;
      textarea.value = example.sql;
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
export function keepQueryInAddress({sql, ejemplo}: QueryRequest): void {
  const url = new URL(location.href);
  url.searchParams.delete("sql");
  url.searchParams.delete("ejemplo");
  if (ejemplo) url.searchParams.set("ejemplo", ejemplo);
  else url.searchParams.set("sql", sql);
  history.replaceState(history.state, "", url);
}

/**
 * A failed query explained in Spanish ({@link explainSqlError}: what went wrong and what to try), with
 * DuckDB's own message folded below it, unchanged.
 *
 * @param error what the query threw
 * @param tables the tables the console loaded (listed when a table does not exist)
 */
export function sqlErrorNotice(error: unknown, tables: readonly string[]): HTMLElement {
  const e = explainSqlError(String((error as {message?: unknown})?.message ?? error), tables);
  return html`<div class="aviso error-sql" role="alert">
    <p><strong>${e.titulo}.</strong> ${e.explicacion}</p>
    <details class="tecnico"><summary>Mensaje original de DuckDB</summary><pre>${e.original}</pre></details>
  </div>`;
}
