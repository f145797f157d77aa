/**
 * `npm run bench:site`: how heavy and how fast each page of the built site is, in headless Chromium, from a
 * plain static server on 127.0.0.1 (test/helpers/static-server.ts: no compression, no fallback, like
 * `python3 -m http.server`). Prints figures; asserts nothing.
 *
 * Per page: requests and bytes fetched (response bodies, uncompressed, as such a server sends them), and
 * the time from navigation start to its first map or table (the page's main content drawn): median of
 * `--runs` cold loads (fresh browser context each, so nothing is cached). Then the same once more with
 * the network throttled like a slow mobile link (Chromium's DevTools emulation: 1.6 Mb/s down, 150 ms).
 *
 * Uses `dist/` when it exists (`--build` rebuilds it first with `npm run build`; `--dir CARPETA` another
 * built site). `--comprimido` serves the precompressed files beside the originals (`npm run precompress`
 * first) as nginx's `gzip_static`/`brotli_static` would: the bytes are then what travels compressed. Budget (issue 10): the home page under 1 MB fetched and its map drawn within 1 s; every
 * other page under 1.5 MB.
 */
import {spawnSync} from "node:child_process";
import {existsSync} from "node:fs";
import {resolve} from "node:path";
import type {Browser} from "playwright-core";
import {argValue} from "./lib/args.js";
import {launchChromium} from "../test/helpers/browser.js";
import {serveStatic, startServer} from "../test/helpers/static-server.js";

const root = new URL("..", import.meta.url).pathname;

/** Each page and what "its first map or table" is. */
const PAGES = [
  {path: "/", ready: "figure.mapa svg [data-clave]", what: "mapa"},
  {path: "/fases.html", ready: "table.semaforo tbody tr", what: "tabla"},
  {path: "/linea-de-tiempo.html", ready: "svg[role=img] g", what: "gráfica"},
  {path: "/comparar.html", ready: "table.ranking tbody tr", what: "tabla"},
  {path: "/compromisos.html", ready: "table.compromisos tbody tr", what: "tabla"},
  {path: "/metrica.html", ready: "figure.mapa svg [data-clave]", what: "mapa"},
  {path: "/metas.html", ready: "table.metas-resultado tbody tr", what: "tabla"},
  {path: "/casos.html", ready: "article.caso", what: "casos"},
  {path: "/datos.html", ready: "table.descargas tbody tr", what: "tabla"},
  {path: "/metodologia.html", ready: "table.descargas tbody tr", what: "tabla"},
  {path: "/reporte.html", ready: "table.estatus tbody tr", what: "tabla"},
  // The SQL console fetches DuckDB-wasm (its page states how much): outside the budget, and not timed on the
  // slow link.
  {path: "/consulta.html", ready: "table.resultado tbody tr", what: "resultado", slow: false},
  // Two of the 32 state pages (they load the same tables; Coahuila and Jalisco have the most to show).
  {path: "/estados/05.html", ready: "table.hitos-estado tbody tr", what: "tabla"},
  {path: "/estados/14.html", ready: "table.hitos-estado tbody tr", what: "tabla"}
];

const SLOW = {offline: false, latency: 150, downloadThroughput: (1.6e6 / 8) | 0, uploadThroughput: (750e3 / 8) | 0};

interface Load {
  requests: number;
  bytes: number;
  readyMs: number;
  loadedMs: number;
}

async function loadOnce(browser: Browser, url: string, ready: string, throttle: boolean): Promise<Load> {
  const context = await browser.newContext({viewport: {width: 1280, height: 900}});
  const page = await context.newPage();
  if (throttle) {
    const cdp = await context.newCDPSession(page);
    await cdp.send("Network.enable");
    await cdp.send("Network.emulateNetworkConditions", SLOW);
  }
  const sizes: Promise<number>[] = [];
  page.on("requestfinished", (request) => sizes.push(request.sizes().then((s) => s.responseBodySize)));
  await page.goto(url, {waitUntil: "commit"});
  const readyMs = await page.waitForFunction(
    (selector) => (document.querySelector(selector) ? performance.now() : 0),
    ready,
    {polling: "raf", timeout: 120_000}
  );
  await page.waitForLoadState("networkidle");
  const loadedMs = await page.evaluate(() => performance.now());
  const bytes = (await Promise.all(sizes)).reduce((a, b) => a + b, 0);
  const result = {requests: sizes.length, bytes, readyMs: (await readyMs.jsonValue()) as number, loadedMs};
  await context.close();
  return result;
}

const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const kb = (bytes: number): string => `${(bytes / 1024).toFixed(0)} KiB`;
const ms = (t: number): string => `${Math.round(t)} ms`;

const dir = resolve(root, argValue("--dir") ?? "dist");
const runs = Number(argValue("--runs") ?? 5);
if (process.argv.includes("--build") || !existsSync(dir)) {
  const built = spawnSync("npm", ["run", "build"], {cwd: root, stdio: "inherit"});
  if (built.status !== 0) process.exit(built.status ?? 1);
}

const compressed = process.argv.includes("--comprimido");
const site = compressed ? await startServer(dir, {precompressed: true}) : await serveStatic(dir);
const browser = await launchChromium();
try {
  console.log(
    `Sitio: ${dir} (servidor estático simple, ${compressed ? "con los archivos precomprimidos .br/.gz" : "sin compresión"}). ${runs} cargas en frío por página; mediana.\n`
  );
  const rows: string[][] = [
    ["página", "peticiones", "bytes", "primer mapa/tabla", "todo cargado", "4G lento: mapa/tabla", "4G lento: todo"]
  ];
  for (const p of PAGES) {
    const url = `${site.url}${p.path}`;
    const loads: Load[] = [];
    for (let k = 0; k < runs; k++) loads.push(await loadOnce(browser, url, p.ready, false));
    const slow = "slow" in p && p.slow === false ? null : await loadOnce(browser, url, p.ready, true);
    rows.push([
      p.path,
      String(median(loads.map((l) => l.requests))),
      kb(median(loads.map((l) => l.bytes))),
      `${ms(median(loads.map((l) => l.readyMs)))} (${p.what})`,
      ms(median(loads.map((l) => l.loadedMs))),
      slow ? ms(slow.readyMs) : "—",
      slow ? ms(slow.loadedMs) : "—"
    ]);
  }
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
  for (const [i, r] of rows.entries()) {
    console.log(r.map((c, j) => (j === 0 ? c.padEnd(widths[j]) : c.padStart(widths[j]))).join("  "));
    if (i === 0) console.log(widths.map((w) => "─".repeat(w)).join("  "));
  }
  console.log(
    `\nPresupuesto: inicio < 1 MB (1024 KiB) y mapa en < 1 s; las demás páginas < 1.5 MB, salvo /consulta (DuckDB-wasm). 4G lento: ${(SLOW.downloadThroughput * 8) / 1e6} Mb/s, ${SLOW.latency} ms de latencia (emulación de Chromium).`
  );
} finally {
  await browser.close();
  await site.close();
}
