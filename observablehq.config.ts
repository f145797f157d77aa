// Observable Framework 1.13 configuration — https://observablehq.com/framework/config
//
// The site must build and run with no network beyond the npm registry at install time (no CDN):
// - `npm run build` / `npm run dev` first run scripts/seed-framework-cache.mjs, which fills
//   src/.observablehq/cache/_npm/ from node_modules (see the comment at the top of that script).
// - No Google Fonts (`globalStylesheets: []`); the built-in theme's CSS is bundled from node_modules.
// - No DuckDB extensions downloaded from extensions.duckdb.org (`duckdb.extensions`).
// - `.ts` data loaders run through tsx from node_modules.
// - Telemetry: the npm scripts set OBSERVABLE_TELEMETRY_DISABLE=1.

/** Build date shown in the footer, in Spanish (Node ships full ICU). */
const fechaDeConstruccion = new Date().toLocaleDateString("es-MX", {
  year: "numeric",
  month: "long",
  day: "numeric",
  timeZone: "America/Mexico_City"
});

export default {
  title: "Tablero de Gobierno Abierto Local",
  root: "src",
  // scripts/build-site.ts builds into a temporary folder and renames it to dist/ only on success.
  output: process.env.TABLERO_OUTPUT || "dist",

  // Framework 1.13 has no `lang` option: render.js writes a bare `<html>`. This inline script sets
  // <html lang="es-MX"> before the body is parsed, so screen readers, hyphenation and the browser's
  // translation prompt see Spanish. (The static HTML files themselves still have no lang attribute.)
  // The empty data: icon stops browsers from requesting /favicon.ico (a 404 on most hosts); replace
  // it with a real icon file when there is one.
  head: `<script>document.documentElement.lang = "es-MX";</script><link rel="icon" href="data:,">`,

  // Placeholder: pages are added here as they are written (name shown in the sidebar, path without .md).
  pages: [
    { name: "Fases y semáforo", path: "/fases" },
    { name: "Métrica de Gobierno Abierto", path: "/metrica" },
    { name: "Datos", path: "/datos" }
  ],

  // Built-in themes only (light + dark following the system setting); no outside host needed.
  theme: ["air", "near-midnight"],
  globalStylesheets: [],

  toc: { label: "En esta página" },
  // Framework 1.13 writes the pager's "Previous page" / "Next page" in English: the sidebar is enough.
  pager: false,
  footer: `Tablero de Gobierno Abierto Local · Datos de los ejercicios locales de Gobierno Abierto en México · Generado el ${fechaDeConstruccion}.`,

  // Full-text search: the index is built at build time and searched in the browser (minisearch is
  // bundled by Framework from node_modules), so it works offline. Its placeholder text ("Search")
  // is hard-coded in English by Framework 1.13.
  search: true,

  // DuckDB-wasm in the browser: do not install/load the json and parquet extensions (they would be
  // downloaded from extensions.duckdb.org at build time and are not needed: Parquet files are read
  // with FileAttachment(…).parquet() into Arrow and handed to DuckDBClient.of({tabla: arrowTable})).
  duckdb: { extensions: { json: null, parquet: null } },

  // Run TypeScript data loaders with the tsx installed in node_modules (no global tsx needed).
  interpreters: { ".ts": ["node", "--import", "tsx"] }
};
