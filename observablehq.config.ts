import {readFileSync} from "node:fs";
import {shippedStates} from "./src/components/states.js";

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

/** Content-Security-Policy of every page: scripts, styles, data and images from this site's own host only. */
const CSP = [
  "default-src 'self'",
  // Framework's pages run inline module scripts; arquero (Métrica page) compiles its expressions with Function.
  "script-src 'self' 'unsafe-inline' 'unsafe-eval'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'"
].join("; ");

/** The 32 states of the shipped registry, for the state pages (`dynamicPaths`) and the sidebar. */
const states = shippedStates((file) => readFileSync(file, "utf8"));

export default {
  title: "Tablero de Gobierno Abierto Local",
  root: "src",
  // scripts/build-site.ts builds into a temporary folder and renames it to dist/ only on success.
  output: process.env.TABLERO_OUTPUT || "dist",

  // Framework 1.13 has no `lang` option and writes a bare `<html>`: scripts/localize-site.ts (run by
  // `npm run build`) writes <html lang="es-MX"> into every built page, with Framework's other English
  // strings. The inline script below does the same for `npm run dev`, where that step does not run.
  // - Content-Security-Policy: only this site's own host (Framework's pages need inline scripts/styles).
  // - `<html class="con-js">` says scripts run: with JavaScript off, a page can show what only its HTML holds
  //   and hide what only scripts draw (src/components/tablero.css, `.solo-sin-js`).
  // - With JavaScript off, the cells' loading marks (↻) are hidden: what the HTML holds (the home's first view,
  //   scripts/prerender.ts) is the page.
  // - The empty data: icon stops browsers from requesting /favicon.ico (a 404 on most hosts).
  // - On narrow screens Framework keeps the menu open over the next page after a link in it is chosen:
  //   choosing one closes it (and forgets the "open" state Framework keeps in sessionStorage).
  head: `<meta http-equiv="Content-Security-Policy" content="${CSP}">
<script>document.documentElement.lang = "es-MX";
document.documentElement.classList.add("con-js");
addEventListener("click", (event) => {
  if (!event.target.closest?.("#observablehq-sidebar a") || matchMedia("(min-width: calc(640px + 6rem + 272px))").matches) return;
  const toggle = document.getElementById("observablehq-sidebar-toggle");
  if (toggle) (toggle.checked = false), (toggle.indeterminate = true);
  sessionStorage.removeItem("observablehq-sidebar");
});</script><link rel="icon" href="data:,">
<noscript><style>observablehq-loading{display:none}</style></noscript>`,

  // Links end in `.html` (`./fases.html`), so the built site works on any static server, with no rewrite
  // of `/fases` to `/fases.html` (`python3 -m http.server` from dist/ included).
  preserveExtension: true,

  // Pages of the sidebar (name shown, path without .md); the home page is "Panorama nacional".
  pages: [
    {name: "Fases y semáforo", path: "/fases"},
    {name: "Línea de tiempo", path: "/linea-de-tiempo"},
    {name: "Comparar entidades", path: "/comparar"},
    {name: "Compromisos", path: "/compromisos"},
    {name: "Métrica de Gobierno Abierto", path: "/metrica"},
    {name: "Metas de grupo", path: "/metas"},
    {name: "Casos de buenas prácticas", path: "/casos"},
    {name: "Consulta SQL", path: "/consulta"},
    {name: "Metodología y datos", path: "/metodologia"},
    {name: "Datos", path: "/datos"},
    {name: "Reporte para imprimir", path: "/reporte"},
    // One page per state (src/estados/[clave].md.js), folded away: the map and the tables lead there too.
    {
      name: "Entidades",
      collapsible: true,
      open: false,
      pages: states.map((e) => ({name: e.nombreCorto, path: `/estados/${e.clave}`}))
    }
  ],

  // Built-in themes only (light + dark following the system setting); no outside host needed.
  theme: ["air", "near-midnight"],
  globalStylesheets: [],

  toc: {label: "En esta página"},
  // Framework 1.13 writes the pager's "Previous page" / "Next page" in English: the sidebar is enough.
  pager: false,
  footer: `Tablero de Gobierno Abierto Local · Datos: registro de los ejercicios locales de Gobierno Abierto en México (fuentes citadas en cada fila; <a href="./datos.html">tablas y fuentes</a>) · Sitio generado el ${fechaDeConstruccion}.`,

  // One page per state, /estados/01 … /estados/32 (src/estados/[clave].md.js writes each one's Markdown).
  dynamicPaths: states.map((e) => `/estados/${e.clave}`),

  // Full-text search: the index is built at build time and searched in the browser (minisearch is
  // bundled by Framework from node_modules), so it works offline. Each state's page is indexed under its
  // name (front matter `title`, `index: true`, and `keywords` with and without accents: Framework strips
  // accents from the query and from the page's text, not from its title or keywords).
  search: true,

  // DuckDB-wasm: do not install/load the json and parquet extensions (they would be downloaded from
  // extensions.duckdb.org at build time). The SQL console (src/components/sql-console.ts) loads one DuckDB
  // build itself and hands it Arrow tables decoded from the Parquet files with hyparquet.
  duckdb: {extensions: {json: null, parquet: null}},

  // Run TypeScript data loaders with the tsx installed in node_modules (no global tsx needed).
  interpreters: {".ts": ["node", "--import", "tsx"]}
};
