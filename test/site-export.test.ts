/**
 * Browser tests of the export menu of a view (src/components/view-export.ts) on the home map and of the
 * embeddable map (insertar/mapa.html): each control is clicked and its download captured — the PNG is a PNG
 * at twice the drawn size, the SVG an SVG with the title, date, source and licences, the CSV exactly the
 * states the map draws with their names and the legend's words; the link is the view's address; the embed
 * page stands alone at 320 px. The site is the one built once per test run (test/global-setup.ts).
 */
import {mkdir, writeFile} from "node:fs/promises";
import {join} from "node:path";
import type {Browser, Page} from "playwright-core";
import {afterAll, beforeAll, describe, expect, it} from "vitest";
import {parseCsv} from "../loaders/registry/csv-parse.js";
import {loadRegistry} from "../loaders/registry/registry.js";
import {compareSeries, seriesPeriods} from "../metrics/compare-over-time.js";
import {phasePanel} from "../metrics/monthly-phases.js";
import {axeViolations, seriousOrCritical} from "./helpers/axe.js";
import {downloadBytes, launchChromium, openPage} from "./helpers/browser.js";
import {shippedSite} from "./helpers/shipped-site.js";
import {serveStatic} from "./helpers/static-server.js";
import {capture} from "./helpers/capture.js";
import {developerText, readerText} from "./helpers/reader-text.js";

const root = new URL("..", import.meta.url).pathname;
/** Screenshots and exported files for people to look at (gitignored). */
const SHOTS = join(root, "test/output/site");
const VIEW = "/index.html?fecha=2018-12-31&color=logro&vista=mapa";
const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

let browser: Browser;
let site: {url: string; close: () => Promise<void>};
beforeAll(async () => {
  browser = await launchChromium();
  await mkdir(SHOTS, {recursive: true});
  site = await serveStatic(await shippedSite());
}, 180_000);
afterAll(async () => {
  await site?.close();
  await browser?.close();
});

/**
 * Clicks one of the menu's buttons (of the first menu, or of the one inside `scope`, a CSS selector) and returns
 * the downloaded file's name and bytes.
 */
async function download(page: Page, name: string, scope = ""): Promise<{file: string; bytes: Uint8Array}> {
  const [event] = await Promise.all([
    page.waitForEvent("download"),
    page.click(`${scope} button[data-exportar=${name}]`.trim())
  ]);
  return {file: event.suggestedFilename(), bytes: await downloadBytes(event)};
}

/** Opens the home map's export menu. */
async function openMenu(width: number): Promise<Page> {
  const {page, log} = await openPage(browser, `${site.url}${VIEW}`, width);
  expect(log.errors).toEqual([]);
  await page.locator(".mapa-contenedor figure.mapa svg").waitFor();
  await page.click("details.exportar > summary");
  return page;
}

describe("the home map's export menu", () => {
  it("downloads a PNG at 2× with the view drawn in, an SVG with its title, date, source and licences, and the CSV of exactly the states drawn", async () => {
    const page = await openMenu(1280);
    await capture(page.locator("details.exportar"), {path: join(SHOTS, "exportar-menu-1280.png")});

    const png = await download(page, "png");
    expect(png.file).toBe("mapa-logro-2018-12-31.png");
    expect([...png.bytes.slice(0, 8)]).toEqual(PNG_SIGNATURE);
    const view = new DataView(png.bytes.buffer, png.bytes.byteOffset);
    const [pngWidth, pngHeight] = [view.getUint32(16), view.getUint32(20)];
    await writeFile(join(SHOTS, "exportar-mapa.png"), png.bytes);

    const svg = await download(page, "svg");
    expect(svg.file).toBe("mapa-logro-2018-12-31.svg");
    const text = new TextDecoder().decode(svg.bytes);
    // The SVG parses (in the browser's own XML parser) and names what the image must carry.
    const parsed = await page.evaluate((t) => {
      const doc = new DOMParser().parseFromString(t, "image/svg+xml");
      const rootEl = doc.documentElement;
      return {
        root: rootEl.nodeName,
        error: doc.querySelector("parsererror") !== null,
        width: Number(rootEl.getAttribute("width")),
        height: Number(rootEl.getAttribute("height")),
        text: Array.from(doc.querySelectorAll("text"), (n) => n.textContent).join("\n"),
        shapes: doc.querySelectorAll("path[data-clave]").length
      };
    }, text);
    expect(parsed).toMatchObject({root: "svg", error: false, shapes: 32});
    expect(parsed.text).toContain("Lo logrado de las 32 entidades al 31 de diciembre de 2018");
    expect(parsed.text).toContain("Vista al 31 de diciembre de 2018");
    expect(parsed.text).toContain("Fuente: registro del Tablero de Gobierno Abierto Local");
    expect(parsed.text).toContain("licencia CC BY 4.0");
    expect(parsed.text).toContain("Map of Mexico");
    // The PNG is the same image at twice its size.
    expect([pngWidth, pngHeight]).toEqual([parsed.width * 2, parsed.height * 2]);

    const csv = await download(page, "csv");
    expect(csv.file).toBe("mapa-logro-2018-12-31.csv");
    expect([...csv.bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const {records, problems} = parseCsv(new TextDecoder().decode(csv.bytes).replace(/^\uFEFF/, ""), "vista.csv");
    expect(problems).toEqual([]);
    const [header, ...rows] = records.map((r) => [...r.fields]);
    expect(header).toEqual([
      "clave_inegi",
      "entidad",
      "color_logro",
      "fase",
      "ejercicio",
      "certeza",
      "logrado",
      "semaforo",
      "meses_en_fase"
    ]);
    // Exactly the states the map draws, each with the legend's words for the value it is coloured by.
    const drawn = await page
      .locator(".mapa-contenedor path[data-clave]")
      .evaluateAll((ps) =>
        ps.map((p) => ({clave: p.getAttribute("data-clave")!, valor: p.getAttribute("data-valor")!}))
      );
    const legend = new Map(
      await page
        .locator(".leyenda-contenedor li[data-valor]")
        .evaluateAll((lis) => lis.map((li) => [li.getAttribute("data-valor")!, li.textContent!.trim()] as const))
    );
    expect(rows.map((r) => r[0]).sort()).toEqual(drawn.map((d) => d.clave).sort());
    expect(rows).toHaveLength(32);
    const byClave = new Map(rows.map((r) => [r[0], r]));
    for (const d of drawn) expect(legend.get(d.valor)).toContain(byClave.get(d.clave)![2]);
    expect(byClave.get("05")![1]).toBe("Coahuila");
    expect(byClave.get("14")![1]).toBe("Jalisco");
    await page.close();
  }, 120_000);

  it("«Copiar enlace» gives the view's address, «Insertar» an iframe of the embed page on the same view, «Cómo citar» the project, the view and the build", async () => {
    const page = await openMenu(390);
    await capture(page, {path: join(SHOTS, "exportar-menu-390.png")});
    await page.click("button[data-exportar=copiar-enlace]");
    expect(await page.inputValue("textarea[data-exportar=enlace]")).toBe(`${site.url}${VIEW}`);
    await page.click("button[data-exportar=insertar]");
    const snippet = await page.inputValue("textarea[data-exportar=insertar]");
    expect(snippet).toMatch(/^<iframe src="[^"]+" title="Lo logrado de las 32 entidades al 31 de diciembre de 2018"/);
    expect(snippet).toContain(`src="${site.url}/insertar/mapa.html?fecha=2018-12-31&color=logro&vista=mapa"`);
    await page.click("button[data-exportar=citar]");
    const cite = await page.inputValue("textarea[data-exportar=citar]");
    expect(cite).toMatch(
      /^Tablero de Gobierno Abierto Local \(\d{4}\)\. «Lo logrado de las 32 entidades al 31 de diciembre de 2018», vista al 31 de diciembre de 2018\. Versión construida el \d+ de \p{L}+ de \d{4}/u
    );
    expect(cite).toContain(`${site.url}${VIEW}`);
    expect(seriousOrCritical(await axeViolations(page))).toEqual([]);
    await page.close();
  }, 120_000);

  it("opens and runs from the keyboard: Enter opens the menu, Tab reaches its buttons, Enter runs one", async () => {
    const {page} = await openPage(browser, `${site.url}${VIEW}`);
    await page.locator("details.exportar > summary").focus();
    await page.keyboard.press("Enter");
    expect(await page.locator("details.exportar").evaluate((d) => (d as HTMLDetailsElement).open)).toBe(true);
    const names: string[] = [];
    for (let i = 0; i < 6; i++) {
      await page.keyboard.press("Tab");
      names.push(await page.evaluate(() => document.activeElement?.textContent?.trim() ?? ""));
    }
    expect(names).toEqual([
      "Imagen PNG",
      "Imagen SVG",
      "Datos de esta vista (CSV)",
      "Copiar enlace",
      "Insertar",
      "Cómo citar"
    ]);
    await page.keyboard.press("Enter");
    await expect.poll(() => page.locator("textarea[data-exportar=citar]").count()).toBe(1);
    await page.close();
  }, 120_000);
});

describe("the export menu of /comparar's ranking", () => {
  it("downloads the ranking as PNG and SVG, and as CSV exactly the bars drawn: the table's states with a value, in the chart's order", async () => {
    const {page, log} = await openPage(browser, `${site.url}/comparar.html?indicador=metrica.ga&fecha=2019-12-31`);
    expect(log.errors).toEqual([]);
    await page.locator("#grafica-ordenamiento svg").first().waitFor();
    await page.click("details.exportar > summary");
    const png = await download(page, "png");
    expect([...png.bytes.slice(0, 8)]).toEqual(PNG_SIGNATURE);
    await writeFile(join(SHOTS, `exportar-${png.file}`), png.bytes);
    const svg = new TextDecoder().decode((await download(page, "svg")).bytes);
    expect(svg).toContain("Métrica de Gobierno Abierto");
    expect(svg).toContain("Vista al 31 de diciembre de 2019");
    const csv = await download(page, "csv");
    expect(csv.file).toBe("comparar-2019-12-31.csv");
    const {records} = parseCsv(new TextDecoder().decode(csv.bytes).replace(/^\uFEFF/, ""), "vista.csv");
    const [header, ...rows] = records.map((r) => [...r.fields]);
    expect(header).toEqual(["entidad", "clave_inegi", "valor"]);
    // The table lists the same states with a value, with the value as the chart writes it.
    const table = await page
      .locator("table.ranking tbody tr:not(.vacia)")
      .evaluateAll((trs) =>
        trs.map((tr) => [tr.getAttribute("data-clave")!, tr.querySelectorAll("td")[1].textContent!.trim()])
      );
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.map((r) => r[1]).sort()).toEqual(table.map((t) => t[0]).sort());
    const shown = new Map(table.map(([clave, valor]) => [clave, valor] as const));
    const format = new Intl.NumberFormat("es-MX", {maximumFractionDigits: 3});
    for (const [, clave, valor] of rows) expect(format.format(Number(valor))).toBe(shown.get(clave));
    // Drawn order: highest first.
    const values = rows.map((r) => Number(r[2]));
    expect(values).toEqual([...values].sort((a, b) => b - a));
    await page.close();
  }, 120_000);
});

describe("/comparar over time: the chosen states month by month, their table and export menus (issue 16)", () => {
  it("draws attainment bands and count steps, tabulates exactly the periods drawn with months in words, keeps the choice in the address, and exports every month drawn", async () => {
    const fases = phasePanel(await loadRegistry());
    const serie = compareSeries(fases, ["07", "15", "24"]);
    const {page, log} = await openPage(browser, `${site.url}/comparar.html?entidades=07,15,24&serie=compromisos`);
    expect(log.errors).toEqual([]);
    await page.locator("#grafica-logro svg").first().waitFor();
    // The bands say what each state had achieved in words; Estado de México's possible PAL reads apart.
    const bands = await page.locator("#grafica-logro svg").first().textContent();
    expect(bands).toContain("Declaratoria firmada (pudo ser: PAL publicado)");
    expect(bands).toContain("Sin dato");
    // The count asked for in the address is the one drawn; choosing another writes it back.
    expect(await page.getByLabel("Conteo").inputValue()).toBe("compromisos");
    await page.getByLabel("Conteo").selectOption("pal_publicados");
    await page.waitForFunction(() => new URLSearchParams(location.search).get("serie") === "pal_publicados");
    // The table, one click away: exactly the library's periods, months as «ene 2015», never ISO dates.
    await page.locator("details.tabla-a-lo-largo summary").click();
    const rows = await page
      .locator("table.a-lo-largo tbody tr")
      .evaluateAll((trs) => trs.map((tr) => Array.from(tr.children).map((c) => (c as HTMLElement).innerText.trim())));
    const periods = seriesPeriods(serie);
    expect(rows.length).toBe(periods.length);
    expect(rows[0]).toEqual(["Chiapas", "ene 2015 – may 2016", "sin dato", "sin dato", "sin dato"]);
    expect(rows.find((r) => r[0] === "San Luis Potosí" && r[1].startsWith("may 2017"))).toEqual([
      "San Luis Potosí",
      "may 2017 – may 2024",
      "PAL publicado",
      "1",
      String(periods.find((p) => p.clave_inegi === "24" && p.desde === "2017-05-31")!.compromisos)
    ]);
    expect(rows.flat().join(" ")).not.toMatch(/\d{4}-\d{2}/);
    expect(seriousOrCritical(await axeViolations(page))).toEqual([]);
    // The bands' menu: PNG, and a CSV of every month drawn, the months no source places left empty.
    await page.click("#exportar-logro details.exportar > summary");
    const png = await download(page, "png", "#exportar-logro");
    expect([...png.bytes.slice(0, 8)]).toEqual(PNG_SIGNATURE);
    await writeFile(join(SHOTS, `exportar-${png.file}`), png.bytes);
    // The image's legend says what the page's legend says, the lighter «+?» and the empty mark included.
    const bandsSvg = new TextDecoder().decode((await download(page, "svg", "#exportar-logro")).bytes);
    const pageLegend = await page
      .locator("ul.leyenda-logro li")
      .evaluateAll((lis) =>
        lis.map((li) => [li.querySelector(".muestra")!.textContent!, li.textContent!.replace(/^\S*\s+/, "").trim()])
      );
    expect(pageLegend).toContainEqual(["+?", "más claro: pudo haber logrado más"]);
    expect(pageLegend).toContainEqual(["", "vacío: sin dato"]);
    for (const [symbol, label] of pageLegend) {
      expect(bandsSvg).toContain(`>${label}</text>`);
      if (symbol) expect(bandsSvg).toContain(`>${symbol}</text>`);
    }
    const logro = csvRows((await download(page, "csv", "#exportar-logro")).bytes);
    expect(logro.header).toEqual(["entidad", "clave_inegi", "fecha", "logro", "logro_posible"]);
    expect(logro.rows.length).toBe(serie.length);
    expect(logro.rows[0]).toEqual(["Chiapas", "07", "2015-01-31", "", ""]);
    expect(logro.rows.filter((r) => r[1] === "15" && r[2] === "2018-12-31")).toEqual([
      ["Estado de México", "15", "2018-12-31", "Declaratoria firmada", "PAL publicado"]
    ]);
    // The steps' menu: the count drawn with its possible value, month by month.
    await page.click("#exportar-conteo details.exportar > summary");
    const svg = new TextDecoder().decode((await download(page, "svg", "#exportar-conteo")).bytes);
    expect(svg).toContain("PAL publicados de las entidades elegidas, mes a mes");
    const conteo = csvRows((await download(page, "csv", "#exportar-conteo")).bytes);
    expect(conteo.header).toEqual(["entidad", "clave_inegi", "fecha", "pal_publicados", "pal_publicados_posibles"]);
    expect(conteo.rows.length).toBe(serie.length);
    expect(conteo.rows.find((r) => r[1] === "24" && r[2] === "2017-05-31")).toEqual([
      "San Luis Potosí",
      "24",
      "2017-05-31",
      "1",
      "1"
    ]);
    await page.close();
    // At 390 px the section fits the screen (the table scrolls in its own region).
    const {page: narrow} = await openPage(browser, `${site.url}/comparar.html?entidades=07,15,24`, 390);
    await narrow.locator("#grafica-conteo svg").first().waitFor();
    expect(await narrow.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await capture(narrow, {path: join(SHOTS, "comparar-a-lo-largo-390.png"), fullPage: true});
    await narrow.close();
  }, 120_000);
});

/** A downloaded CSV's header and rows (without its BOM), checked to parse cleanly. */
function csvRows(bytes: Uint8Array): {header: string[]; rows: string[][]} {
  expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const {records, problems} = parseCsv(new TextDecoder().decode(bytes).replace(/^\uFEFF/, ""), "vista.csv");
  expect(problems).toEqual([]);
  const [header, ...rows] = records.map((r) => [...r.fields]);
  return {header, rows};
}

describe("every other chart and map has the menu", () => {
  const VIEWS = [
    {
      path: "/fases.html?fecha=2018-12-31",
      title: "Fase de cada entidad, mes a mes",
      // One bar per state and month.
      drawn: (page: Page) => page.locator("#grafica-fases figure > svg rect").count(),
      name: "Coahuila"
    },
    {
      path: "/linea-de-tiempo.html?fecha=2018-12-31",
      title: "Hitos de cada entidad, con el 31 de diciembre de 2018 marcado",
      // The table under the chart has the same facts.
      drawn: (page: Page) => page.locator("table.hitos tbody tr").count(),
      name: "Jalisco"
    },
    {
      path: "/metrica.html",
      title: "por entidad, edición",
      drawn: (page: Page) => page.locator("#mapa-metrica path[data-clave]").count(),
      name: "Coahuila"
    },
    {
      path: "/metrica.html?entidad=05",
      title: "Coahuila: Índice de Gobierno",
      // One dot per sujeto obligado of the state; the menu is the one beside the chart.
      drawn: (page: Page) => page.locator("#grafica-sujetos svg circle").count(),
      scope: ".card:has(#grafica-sujetos)",
      name: "Coahuila"
    },
    {
      path: "/estados/05.html?fecha=2018-12-31",
      title: "Fase y semáforo de Coahuila mes a mes",
      // One cell per month in the phase row.
      drawn: (page: Page) => page.locator("#franja-fases rect[data-fase]").count(),
      name: "Coahuila"
    }
  ];
  for (const view of VIEWS)
    it(`${view.path}: PNG, SVG with the title and the source, CSV of the rows drawn`, async () => {
      const {page, log} = await openPage(browser, `${site.url}${view.path}`);
      expect(log.errors).toEqual([]);
      const scope = view.scope ?? "";
      await page.locator(`${scope} details.exportar`.trim()).first().waitFor();
      await expect.poll(() => view.drawn(page)).toBeGreaterThan(0);
      await page.locator(`${scope} details.exportar > summary`.trim()).first().click();
      const png = await download(page, "png", scope);
      expect([...png.bytes.slice(0, 8)]).toEqual(PNG_SIGNATURE);
      await writeFile(join(SHOTS, `exportar-${png.file}`), png.bytes);
      const svg = new TextDecoder().decode((await download(page, "svg", scope)).bytes);
      expect(svg).toMatch(/^<\?xml[^>]*>\s*<svg /);
      expect(svg).toContain(view.title);
      expect(svg).toContain("Fuente: ");
      expect(svg).toContain("licencia CC BY 4.0");
      // The view's address is drawn in whole, in lines that fit the image (6.2 px per character at 11 px).
      const width = Number(svg.match(/<svg [^>]*width="(\d+)"/)![1]);
      const lines = [...svg.matchAll(/<text [^>]*font-size="11"[^>]*>([^<]*)<\/text>/g)].map((m) =>
        m[1].replace(/&amp;/g, "&")
      );
      expect(lines.join("")).toContain(page.url());
      for (const line of lines) expect(line.length, line).toBeLessThanOrEqual(Math.floor((width - 32) / 6.2));
      const {header, rows} = csvRows((await download(page, "csv", scope)).bytes);
      expect(header[0]).toBe("entidad");
      expect(rows).toHaveLength(await view.drawn(page));
      expect(rows.some((r) => r[0] === view.name)).toBe(true);
      await page.close();
    }, 120_000);
});

describe("the embeddable map", () => {
  it("stands alone at 320 px: no sidebar or header, the view the address asks for, the source and a link back, no horizontal scroll, no serious axe violation", async () => {
    const query = "fecha=2018-12-31&color=semaforo&vista=mosaico";
    const {page, log} = await openPage(browser, `${site.url}/insertar/mapa.html?${query}`, 320);
    expect(log.errors).toEqual([]);
    await page.locator("figure.mapa svg.mapa-mosaico").waitFor();
    await capture(page, {path: join(SHOTS, "insertar-mapa-320.png"), fullPage: true});
    expect(developerText(await readerText(page))).toEqual([]);
    expect(await page.locator("#observablehq-sidebar, #observablehq-header, #observablehq-footer").count()).toBe(0);
    expect(await page.locator("h1").textContent()).toBe("Semáforo de las 32 entidades al 31 de diciembre de 2018");
    expect(await page.locator("svg.mapa-mosaico a.entidad").count()).toBe(32);
    expect(await page.locator(".insertar-fuente").textContent()).toMatch(
      /Fuente: registro del Tablero.*CC BY 4\.0.*Map of Mexico/s
    );
    const back = await page.locator("a[data-vista-completa]").getAttribute("href");
    expect(new URL(back!, page.url()).href).toBe(`${site.url}/index.html?${query}`);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    expect(seriousOrCritical(await axeViolations(page))).toEqual([]);
    await page.close();
  }, 120_000);
});
