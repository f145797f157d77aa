/**
 * Browser tests of the data pages: the downloads at stable addresses (/metodologia, /datos), the archive,
 * «Metodología y datos», and the SQL console (/consulta, the only page that loads DuckDB-wasm).
 * The site is the one built once per test run (test/global-setup.ts; `shippedSite()` waits for it).
 */
import {mkdir, readdir, readFile, stat} from "node:fs/promises";
import {join} from "node:path";
import JSZip from "jszip";
import type {Browser, Page} from "playwright-core";
import {afterAll, beforeAll, describe, expect, it} from "vitest";
import {publishedTableDefs} from "../loaders/publish/outputs.js";
import {fromParquet} from "../loaders/publish/parquet.js";
import {parseCsv} from "../loaders/registry/csv-parse.js";
import {axeViolations, seriousOrCritical} from "./helpers/axe.js";
import {downloadBytes, launchChromium, openPage} from "./helpers/browser.js";
import {hostileSite} from "./helpers/hostile-site.js";
import {shippedSite} from "./helpers/shipped-site.js";
import {serveStatic} from "./helpers/static-server.js";
import {capture} from "./helpers/capture.js";
import {developerText, readerText} from "./helpers/reader-text.js";

const root = new URL("..", import.meta.url).pathname;
/** Screenshots for people to look at (gitignored). */
const SHOTS = join(root, "test/output/site");

/** Every table the project publishes, and the dictionary. */
const TABLES = [...publishedTableDefs().map((t) => t.name), "diccionario"];

/** A CSV's header and records (quote-aware), without its BOM. */
function csvTable(bytes: Uint8Array): {header: string[]; rows: string[][]} {
  const text = new TextDecoder().decode(bytes).replace(/^\uFEFF/, "");
  const {records, problems} = parseCsv(text, "descarga.csv");
  expect(problems).toEqual([]);
  const [header, ...rows] = records.map((r) => [...r.fields]);
  return {header, rows};
}

const BOM = [0xef, 0xbb, 0xbf];
const startsWithBom = (bytes: Uint8Array) => BOM.every((b, i) => bytes[i] === b);

/** Waits until the console has run its query (or failed) and returns the result table's body rows' text. */
async function consoleResult(page: Page): Promise<string[][]> {
  await page.locator(".carga.lista").waitFor({timeout: 90_000});
  await page.locator("table.resultado").waitFor({timeout: 30_000});
  return page
    .locator("table.resultado tbody tr")
    .evaluateAll((trs) => trs.map((tr) => Array.from(tr.querySelectorAll("td")).map((td) => td.textContent!.trim())));
}

let browser: Browser;
let site: {url: string; close: () => Promise<void>};
let dist: string;
beforeAll(async () => {
  browser = await launchChromium();
  await mkdir(SHOTS, {recursive: true});
  dist = await shippedSite();
  site = await serveStatic(dist);
}, 180_000);
afterAll(async () => {
  await site?.close();
  await browser?.close();
});

/** The download links of a page, as addresses relative to the site's root (`/descargas/hitos.csv`). */
async function downloadLinks(page: Page): Promise<string[]> {
  const hrefs = await page.locator("a[download]").evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
  return hrefs.map((h) => {
    expect(h.startsWith(site.url), h).toBe(true);
    return h.slice(site.url.length);
  });
}

describe("downloads at stable addresses", () => {
  it("/metodologia and /datos offer every published table as CSV and Parquet and the whole archive, each at descargas/<name>, with its row count", async () => {
    const construccion = JSON.parse(await readFile(join(dist, "descargas/construccion.json"), "utf8"));
    const dictionary = csvTable(await readFile(join(dist, "descargas/diccionario.csv")));
    const [tabla, columna] = ["tabla", "columna"].map((c) => dictionary.header.indexOf(c));
    const columnsOf = (t: string) => dictionary.rows.filter((r) => r[tabla] === t).map((r) => r[columna]);
    for (const path of ["/metodologia.html", "/datos.html"]) {
      const {page, log} = await openPage(browser, `${site.url}${path}`);
      expect(log.errors, path).toEqual([]);
      const links = await downloadLinks(page);
      expect(links.sort(), path).toEqual(
        [...TABLES.flatMap((t) => [`/descargas/${t}.csv`, `/descargas/${t}.parquet`]), "/descargas/registro.zip"].sort()
      );
      // One row per table, with its row count as the page shows it (es-MX digits).
      expect(await page.locator("table.descargas tbody tr").count()).toBe(TABLES.length);
      for (const t of TABLES) {
        const shown = await page.locator(`table.descargas tr#descarga-${t} td.num`).innerText();
        const filas = t === "diccionario" ? dictionary.rows.length : construccion.filas[t];
        expect(shown, t).toBe(new Intl.NumberFormat("es-MX").format(filas));
      }
      await page.close();
    }
    // Each address answers with the table it names: CSV with a BOM, the dictionary's columns and the row count.
    for (const t of TABLES) {
      const csv = await fetch(`${site.url}/descargas/${t}.csv`);
      expect(csv.status, t).toBe(200);
      const csvBytes = new Uint8Array(await csv.arrayBuffer());
      expect(startsWithBom(csvBytes), `${t}.csv starts with a UTF-8 BOM`).toBe(true);
      const {header, rows} = csvTable(csvBytes);
      const filas = t === "diccionario" ? dictionary.rows.length : construccion.filas[t];
      expect(rows.length, t).toBe(filas);
      if (t !== "diccionario") expect(header, t).toEqual(columnsOf(t));
      const parquet = await fetch(`${site.url}/descargas/${t}.parquet`);
      expect(parquet.status, t).toBe(200);
      const parquetRows = fromParquet(new Uint8Array(await parquet.arrayBuffer()));
      expect(parquetRows.length, t).toBe(filas);
      if (t !== "diccionario" && filas > 0) expect(Object.keys(parquetRows[0]), t).toEqual(columnsOf(t));
    }
    // Accents survive: the CSV is UTF-8 (Excel reads it as such thanks to the BOM).
    const entidades = new TextDecoder().decode(
      await (await fetch(`${site.url}/descargas/entidades.csv`)).arrayBuffer()
    );
    expect(entidades).toContain("Querétaro");
  }, 120_000);

  it("the archive descargas/registro.zip holds every table (CSV and Parquet, byte for byte the single downloads) and construccion.json", async () => {
    const response = await fetch(`${site.url}/descargas/registro.zip`);
    expect(response.status).toBe(200);
    const zip = await JSZip.loadAsync(await response.arrayBuffer());
    const members = Object.keys(zip.files).filter((n) => !zip.files[n].dir);
    expect(members.sort()).toEqual(
      [...TABLES.flatMap((t) => [`${t}.csv`, `${t}.parquet`]), "construccion.json"].sort()
    );
    for (const t of ["hitos", "fases_mensuales", "diccionario"]) {
      for (const ext of ["csv", "parquet"]) {
        const inZip = await zip.files[`${t}.${ext}`].async("uint8array");
        const single = new Uint8Array(await (await fetch(`${site.url}/descargas/${t}.${ext}`)).arrayBuffer());
        expect(Buffer.from(inZip).equals(Buffer.from(single)), `${t}.${ext}`).toBe(true);
      }
    }
    // The licence texts are published beside them.
    expect(await (await fetch(`${site.url}/descargas/LICENCIA.md`)).text()).toContain("CC BY 4.0");
    expect(await (await fetch(`${site.url}/descargas/LICENSE.txt`)).text()).toContain("MIT License");
  });

  it("the addresses are the same from one build to the next: no hash in them, and a second build, on other data, offers exactly the same ones", async () => {
    const {page} = await openPage(browser, `${site.url}/metodologia.html`);
    const first = (await downloadLinks(page)).sort();
    await page.close();
    for (const link of first) expect(link, link).toMatch(/^\/descargas\/[a-z_]+\.(csv|parquet|zip)$/);
    // The run's second build (test/helpers/hostile-site.ts): the small fixture registry, not the shipped one.
    // That the same data gives the same bytes is the archive's test (test/pipeline.test.ts).
    const again = await hostileSite();
    const other = await serveStatic(again);
    try {
      const {page: second} = await openPage(browser, `${other.url}/metodologia.html`);
      const links = (
        await second
          .locator("a[download]")
          .evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname))
      ).sort();
      await second.close();
      expect(links).toEqual(first);
      expect((await readdir(join(again, "descargas"))).sort()).toEqual((await readdir(join(dist, "descargas"))).sort());
      // What does not depend on the data is the same byte for byte (construccion.json carries the build time).
      for (const f of ["diccionario.csv", "diccionario.parquet", "LICENCIA.md"]) {
        expect(
          Buffer.compare(await readFile(join(again, "descargas", f)), await readFile(join(dist, "descargas", f))),
          f
        ).toBe(0);
      }
    } finally {
      await other.close();
    }
  }, 300_000);
});

describe("Metodología y datos", () => {
  it("shows every source with its citation (attributed titles marked), the dictionary, the process, the semáforo rule, every metric's formula, coverage of the 32 states, the licences and how to cite", async () => {
    const {page, log} = await openPage(browser, `${site.url}/metodologia.html`);
    expect(log.errors).toEqual([]);
    const fuentes = csvTable(await readFile(join(dist, "descargas/fuentes.csv")));
    const [id, atribuido] = ["fuente_id", "titulo_atribuido"].map((c) => fuentes.header.indexOf(c));
    expect(await page.locator("ol.fuentes > li").count()).toBe(fuentes.rows.length);
    for (const r of fuentes.rows) {
      const item = page.locator(`ol.fuentes > li[id="fuente-${r[id]}"]`);
      expect(await item.locator(".atribuido").count(), r[id]).toBe(r[atribuido] === "si" ? 1 : 0);
    }
    // The dictionary: one section per table, each with its columns.
    const dictionary = csvTable(await readFile(join(dist, "descargas/diccionario.csv")));
    const described = new Set(dictionary.rows.map((r) => r[dictionary.header.indexOf("tabla")]));
    expect([...described].sort()).toEqual(TABLES.filter((t) => t !== "diccionario").sort());
    expect(await page.locator("details.tabla-diccionario").count()).toBe(described.size);
    expect(await page.locator("details.tabla-diccionario table.columnas tbody tr").count()).toBe(
      dictionary.rows.length
    );
    // The process in order, from the generated vocabulary.
    expect(await page.locator("ol.hitos-proceso li strong").allInnerTexts()).toEqual([
      "Declaratoria firmada",
      "Sensibilización",
      "STL instalado",
      "Mesas para el PAL",
      "PAL publicado",
      "Evaluación",
      "Cierre de ciclo"
    ]);
    // Every metric of the catalogue, with its formula; the semáforo's thresholds.
    const catalogo = csvTable(await readFile(join(dist, "descargas/catalogo_metricas.csv")));
    const formula = catalogo.header.indexOf("formula");
    expect(await page.locator("section.metrica-def").count()).toBe(catalogo.rows.length);
    const text = await page.locator("#observablehq-main").innerText();
    for (const r of catalogo.rows) expect(text).toContain(r[formula].replace(/`/g, "").slice(0, 60));
    expect(await page.locator(".semaforo-reglas").innerText()).toContain("Umbrales (amarillo/rojo, meses)");
    // Coverage of the 32 states, with up to when each record runs.
    expect(await page.locator("table.cobertura tbody tr").count()).toBe(32);
    // Licences and attributions, and the citation with the build date.
    const licencias = await page.locator(".licencias").innerText();
    for (const s of [
      "CC BY 4.0",
      "MIT",
      "@svg-maps/mexico",
      "Victor Cazanave",
      "JuveCampos/Metrica_Gob_Abierto",
      "CIDE"
    ])
      expect(licencias).toContain(s);
    expect(await page.locator("blockquote.cita-proyecto").innerText()).toMatch(
      /^Tablero de Gobierno Abierto Local \(\d{4}\)\. .*versión construida el .*\/descargas\/registro\.zip$/s
    );
    await capture(page, {path: join(SHOTS, "metodologia-completa-1280.png"), fullPage: true});
    await page.close();
  });
});

describe("the SQL console", () => {
  it("/consulta loads DuckDB-wasm from the site itself, runs the default example offline and shows its rows", async () => {
    const page = await browser.newPage({viewport: {width: 1280, height: 900}});
    const requests: string[] = [];
    const errors: string[] = [];
    page.on("request", (r) => requests.push(r.url()));
    page.on("pageerror", (e) => errors.push(e.message));
    page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
    // No network but the site: anything for another host is refused.
    await page.route("**/*", (route) =>
      route.request().url().startsWith(site.url) || route.request().url().startsWith("blob:")
        ? route.continue()
        : route.abort()
    );
    await page.goto(`${site.url}/consulta.html`);
    // Progress is shown while it loads.
    await page.locator(".carga[role=status]").waitFor();
    const rows = await consoleResult(page);
    expect(errors).toEqual([]);
    expect(requests.filter((u) => !u.startsWith(site.url) && !u.startsWith("blob:"))).toEqual([]);
    expect(
      requests.some((u) => /\/_npm\/@duckdb\/duckdb-wasm@[\d.]+\/dist\/duckdb-eh\.wasm$/.test(u)),
      "the wasm is served by the site"
    ).toBe(true);
    expect(
      requests.some((u) => /duckdb-browser-eh\.worker\.[0-9a-f]+\.js$/.test(u)),
      "the worker is served by the site"
    ).toBe(true);
    // The default example: states with an STL and no PAL on 2017-12-31, from fases_mensuales.
    const fases = csvTable(await readFile(join(dist, "descargas/fases_mensuales.csv")));
    const entidades = csvTable(await readFile(join(dist, "descargas/entidades.csv")));
    const col = (t: typeof fases, c: string) => t.header.indexOf(c);
    const name = new Map(
      entidades.rows.map((r) => [r[col(entidades, "clave_inegi")], r[col(entidades, "nombre_corto")]])
    );
    const expected = fases.rows
      .filter((r) => r[col(fases, "fecha")] === "2017-12-31" && r[col(fases, "fase")] === "stl_instalado")
      .map((r) => name.get(r[col(fases, "clave_inegi")])!);
    expect(expected.length).toBeGreaterThan(0);
    expect(rows.map((r) => r[0])).toEqual(expected.sort((a, b) => a.localeCompare(b)));
    expect(await page.locator("table.resultado caption").innerText()).toContain(`${expected.length} filas`);
    expect(page.url()).toMatch(/\?ejemplo=stl-sin-pal$/);
    await capture(page, {path: join(SHOTS, "consulta-1280.png"), fullPage: true});

    // The result as CSV, with a BOM, the same rows.
    const [download] = await Promise.all([page.waitForEvent("download"), page.locator("a.descarga-resultado").click()]);
    const csv = await downloadBytes(download);
    expect(startsWithBom(csv)).toBe(true);
    expect(csvTable(csv).rows.map((r) => r[0])).toEqual(rows.map((r) => r[0]));

    // Another example, by its button: days from Declaratoria to STL by cohort.
    await page.getByRole("button", {name: /de la Declaratoria a la instalación del STL/}).click();
    await page.waitForFunction(() => location.search === "?ejemplo=dias-declaratoria-stl");
    await expect.poll(() => page.locator("table.resultado thead th").first().innerText()).toBe("cohorte");
    const cohorts = new Set(entidades.rows.map((r) => r[col(entidades, "anio_inicio")] || "sin dato"));
    expect(await page.locator("table.resultado tbody tr").count()).toBe(cohorts.size);

    // A query of one's own, typed and run with the button: kept in the address, and its error said plainly.
    await page.locator("#texto-sql").fill("SELECT count(*) AS hitos FROM hitos");
    await page.getByRole("button", {name: "Ejecutar consulta"}).click();
    await expect.poll(() => page.locator("table.resultado thead th").first().innerText()).toBe("hitos");
    expect(await page.locator("table.resultado tbody td").first().innerText()).toBe(
      String(csvTable(await readFile(join(dist, "descargas/hitos.csv"))).rows.length)
    );
    expect(new URL(page.url()).searchParams.get("sql")).toBe("SELECT count(*) AS hitos FROM hitos");
    await page.locator("#texto-sql").fill("SELECT * FROM tabla_que_no_existe");
    await page.locator("#texto-sql").press("Control+Enter");
    await expect.poll(() => page.locator(".error-sql").isVisible()).toBe(true);
    // Explained in Spanish (the table named, the tables loaded listed), DuckDB's own text folded below.
    expect(await page.locator(".error-sql > p").innerText()).toMatch(
      /^Tabla desconocida\. La tabla «tabla_que_no_existe» no existe\..* Las tablas cargadas son: .*«fases_mensuales»/
    );
    expect(await page.locator(".error-sql details.tecnico pre").textContent()).toMatch(
      /^Catalog Error: Table with name tabla_que_no_existe does not exist/
    );
    expect(errors).toEqual([]);
    await page.close();
  }, 180_000);

  it("/consulta states what it downloads the first time, measured on the built files, and the browser fetches that much", async () => {
    const context = await browser.newContext({viewport: {width: 1280, height: 900}});
    // Context-wide: the engine's worker script is fetched outside the page (and its response size is not
    // reported, so each requested address is weighed as the server sends it).
    const requested: string[] = [];
    context.on("request", (r) => requested.push(r.url()));
    const page = await context.newPage();
    await page.goto(`${site.url}/consulta.html`);
    const stated = page.locator(".peso-consola");
    expect(await stated.innerText()).toMatch(
      /^\d+\.\d MB \(\d+\.\d MB si el servidor los envía comprimidos con gzip\)/
    );
    const bytes = Number(await stated.getAttribute("data-bytes"));
    const gzipBytes = Number(await stated.getAttribute("data-gzip-bytes"));
    expect(await stated.innerText()).toContain(`${(bytes / 1e6).toFixed(1)} MB`);
    expect(gzipBytes).toBeGreaterThan(0);
    expect(gzipBytes).toBeLessThan(bytes);
    await consoleResult(page);
    await page.waitForLoadState("networkidle");
    expect(requested.filter((u) => !u.startsWith(site.url))).toEqual([]);
    let fetched = 0;
    for (const url of requested) fetched += (await (await fetch(url)).arrayBuffer()).byteLength;
    // The same within 0.1 % (the page's own HTML grows by the sentence that states it).
    expect(Math.abs(fetched - bytes), `${fetched} bytes fetched, ${bytes} stated`).toBeLessThan(bytes * 0.001);
    await context.close();
  }, 180_000);

  it("the site ships one DuckDB engine and no parquet-wasm, weighs under 50 MB, and its archive is compressed", async () => {
    const files: {path: string; bytes: number}[] = [];
    const walk = async (dir: string): Promise<void> => {
      for (const entry of await readdir(dir, {withFileTypes: true})) {
        const path = join(dir, entry.name);
        if (entry.isDirectory()) await walk(path);
        else files.push({path: path.slice(dist.length), bytes: (await stat(path)).size});
      }
    };
    await walk(dist);
    expect(files.filter((f) => /duckdb.*\.wasm$/.test(f.path)).map((f) => f.path.replace(/@[\d.]+/, ""))).toEqual([
      "/_npm/@duckdb/duckdb-wasm/dist/duckdb-eh.wasm"
    ]);
    expect(files.filter((f) => /parquet[-_]wasm/.test(f.path))).toEqual([]);
    expect(files.reduce((a, f) => a + f.bytes, 0)).toBeLessThan(50e6);
    const zipBytes = await readFile(join(dist, "descargas/registro.zip"));
    const zip = await JSZip.loadAsync(zipBytes);
    let members = 0;
    for (const name of Object.keys(zip.files)) members += (await zip.files[name].async("uint8array")).length;
    expect(zipBytes.length).toBeLessThan(members / 2);
  });

  it("a shared address reopens the same query, and an unknown example is said", async () => {
    const {page} = await openPage(
      browser,
      `${site.url}/consulta.html?sql=${encodeURIComponent("SELECT nombre_corto FROM entidades WHERE clave_inegi = '22'")}`
    );
    expect(await consoleResult(page)).toEqual([["Querétaro"]]);
    await page.close();
    const {page: wrong, log} = await openPage(browser, `${site.url}/consulta.html?ejemplo=no-existe`);
    expect(log.errors).toEqual([]);
    expect(await wrong.locator(".aviso[role=alert]").innerText()).toContain("«ejemplo=no-existe»");
    expect((await consoleResult(wrong)).length).toBeGreaterThan(0);
    await wrong.close();
  }, 120_000);
});

describe("accessibility of the data pages", () => {
  // /metodologia and /datos are checked by the sweep of every page (test/site.test.ts); the console only
  // once its query has run.
  it("axe-core finds no serious or critical violation on /consulta (loaded, with a result), at 1280 and 390 px", async () => {
    for (const width of [1280, 390]) {
      const {page} = await openPage(browser, `${site.url}/consulta.html`, width);
      await consoleResult(page);
      expect(seriousOrCritical(await axeViolations(page)), `/consulta.html @${width}`).toEqual([]);
      expect(developerText(await readerText(page)), `/consulta.html @${width}: texto de desarrollo`).toEqual([]);
      if (width === 390) await capture(page, {path: join(SHOTS, "consulta-datos-390.png"), fullPage: true});
      await page.close();
    }
  }, 180_000);
});
