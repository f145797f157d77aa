import {execFile} from "node:child_process";
import {mkdir, readdir, readFile, rm, writeFile} from "node:fs/promises";
import {join} from "node:path";
import {promisify} from "node:util";
import type {Browser} from "playwright-core";
import {afterAll, beforeAll, describe, expect, it} from "vitest";
import {axeViolations, seriousOrCritical} from "./helpers/axe.js";
import {launchChromium, openPage} from "./helpers/browser.js";
import {shippedSite} from "./helpers/shipped-site.js";
import {serveStatic} from "./helpers/static-server.js";
import {capture} from "./helpers/capture.js";
import {loadRegistry} from "../loaders/registry/registry.js";
import {TARGET_OUTCOMES} from "../metrics/model/vocabulary.js";
import {phasePanel} from "../metrics/monthly-phases.js";
import {nationalPanorama} from "../metrics/national-panorama.js";
import {yearInReview} from "../metrics/year-in-review.js";

const run = promisify(execFile);
const root = new URL("..", import.meta.url).pathname;
/** The printed PDF, its pages as PNG and screenshots, for people to look at (gitignored). */
const OUT = join(root, "test/output/site/reporte");
const FECHA = "2017-12-31";
const FECHA_LARGA = "31 de diciembre de 2017";
const registry = await loadRegistry();

/** Records of a published CSV (quoted fields may hold commas, quotes and line breaks), as objects of strings. */
async function publishedCsv(dist: string, table: string): Promise<Record<string, string>[]> {
  const dir = join(dist, "_file/data/registro");
  const file = (await readdir(dir)).find((f) => f.startsWith(`${table}.`) && f.endsWith(".csv"));
  const text = (await readFile(join(dir, file!), "utf8")).replace(/^\uFEFF/, "");
  const records: string[][] = [];
  let field = "";
  let record: string[] = [];
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") {
      record.push(field);
      field = "";
    } else if (c === "\n") {
      record.push(field);
      records.push(record);
      record = [];
      field = "";
    } else if (c !== "\r") field += c;
  }
  if (field || record.length) {
    record.push(field);
    records.push(record);
  }
  const [header, ...rows] = records;
  return rows.map((r) => Object.fromEntries(header.map((h, i) => [h, r[i] ?? ""])));
}

/** The text of each page of a PDF (poppler's pdftotext separates pages with a form feed). */
async function pdfPages(pdf: string): Promise<string[]> {
  try {
    const {stdout} = await run("pdftotext", ["-layout", pdf, "-"], {maxBuffer: 32 * 1024 * 1024});
    return stdout.split("\f").filter((page, i, all) => i < all.length - 1 || page.trim() !== "");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT")
      throw new Error("No se encontró pdftotext: instálelo con apt-get install -y poppler-utils (.ci/run lo instala)");
    throw error;
  }
}

let browser: Browser;
let site: {url: string; close: () => Promise<void>};
let dist: string;
beforeAll(async () => {
  dist = await shippedSite();
  site = await serveStatic(dist);
  browser = await launchChromium();
  await mkdir(OUT, {recursive: true});
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
});

describe("/reporte: the report for a chosen date, laid out for print", () => {
  it(`/reporte?fecha=${FECHA} printed to a Letter PDF gives several pages, each carrying the date (PDF and its pages as PNG in test/output/site/reporte)`, async () => {
    const {page, log} = await openPage(browser, `${site.url}/reporte.html?fecha=${FECHA}`);
    expect(log.errors).toEqual([]);
    expect(log.requests.filter((u) => !u.startsWith(site.url))).toEqual([]);
    // The three maps carry each state's symbol (phase number, attainment letter, semáforo mark), so the paper
    // does not rely on colour.
    await page.waitForFunction(() => document.querySelectorAll("figure.mapa text.mapa-simbolo").length === 96);
    await page.emulateMedia({media: "print"});
    const targetRows = await page
      .locator("section[aria-labelledby=metas] section[data-meta] tr[data-clave]")
      .evaluateAll((trs) =>
        trs.map(
          (tr) =>
            `${tr.closest("[data-meta]")!.getAttribute("data-meta")} ${tr.getAttribute("data-clave")} ${tr.getAttribute("data-resultado")}`
        )
      );
    const pdf = join(OUT, `reporte-${FECHA}.pdf`);
    const bytes = await page.pdf({format: "Letter"});
    await writeFile(pdf, bytes);
    await page.close();

    // Page objects in the file (not the /Pages tree) and pages of text agree, and there are several.
    const pageObjects = bytes.toString("latin1").match(/\/Type\s*\/Page(?![a-zA-Z])/g)?.length ?? 0;
    const pages = await pdfPages(pdf);
    expect(pageObjects).toBeGreaterThan(1);
    expect(pages.length).toBe(pageObjects);
    // Letter: 612 × 792 points.
    expect(bytes.toString("latin1")).toMatch(/\/MediaBox\s*\[0 0 612 792\]/);
    for (const [i, text] of pages.entries()) {
      expect(text, `página ${i + 1}`).toContain(`Reporte al ${FECHA_LARGA}`);
      expect(text, `página ${i + 1}`).toContain(`Página ${i + 1} de ${pages.length}`);
    }
    const all = pages.join("\n");
    for (const heading of [
      "Cifras nacionales",
      "Estatus de los ejercicios por entidad",
      "Grupo G15 del INAI",
      "Grupo G16 del INAI",
      "Entidades fuera de los grupos G15 y G16",
      "Metas de grupo del INAI",
      "Fuentes citadas"
    ]) {
      expect(all).toContain(heading);
    }
    // Page 1 is not empty: it carries the summary of the year before the date, as the library computes it.
    const words = (text: string) =>
      new RegExp(
        text
          .split(/\s+/)
          .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"))
          .join("\\s+")
      );
    const review = yearInReview(registry, phasePanel(registry), nationalPanorama(registry), FECHA);
    // Page 1 in reading order (without -layout, the two columns of the list come one after the other).
    const first = (await run("pdftotext", ["-f", "1", "-l", "1", pdf, "-"])).stdout;
    expect(pages[0]).toContain(`Resumen: el año al ${FECHA_LARGA}`);
    const names = new Map(registry.entidades.map((e) => [e.clave_inegi, e.nombre_corto]));
    for (const c of review.cambios.filter((c) => c.en_el_anio === "cierta"))
      expect(first, `${c.clave_inegi} ${c.tipo}`).toMatch(words(`${c.tipo_texto}, ${c.cuando}`));
    for (const clave of [...review.avanzaron, ...review.sin_novedad.map((s) => s.clave_inegi)])
      expect(first, clave).toContain(names.get(clave)!);
    for (const c of review.cifras) expect(pages[0], c.id).toMatch(words(c.label));
    expect(pages[0]).toMatch(/Sin novedad en el registro \(\d+/);
    // The targets: each one in the source's words, each state it names with its outcome at the date.
    const targets = all.slice(
      all.lastIndexOf("Metas de grupo del INAI"),
      all.lastIndexOf("Donde las fuentes no coinciden")
    );
    const outcomes = await publishedCsv(dist, "metas_resultado");
    const evaluated = [...new Set(outcomes.map((r) => r.fecha))]
      .filter((f) => f <= FECHA)
      .sort()
      .at(-1)!;
    for (const meta of registry.metas) expect(targets, meta.meta_id).toMatch(words(meta.descripcion.slice(0, 40)));
    const shown = outcomes.filter((r) => r.fecha === evaluated);
    expect(shown.length).toBeGreaterThan(5);
    // On paper every outcome's symbol is there as often as the table has states with it (colour is not needed).
    for (const o of TARGET_OUTCOMES)
      expect(targets.split(o.symbol).length - 1, o.id).toBeGreaterThanOrEqual(
        shown.filter((r) => r.resultado === o.id).length
      );
    // And each state named by a target, with its outcome, in the page the PDF was printed from.
    expect(targetRows.sort()).toEqual(shown.map((r) => `${r.meta_id} ${r.clave_inegi} ${r.resultado}`).sort());
    // Each section starts a page: the title page, then national figures on a page of their own.
    expect(pages[0]).toContain("Sitio construido el");
    expect(pages[0]).not.toContain("Cifras nacionales al");
    expect(pages[1]).toContain(`Cifras nacionales al ${FECHA_LARGA}`);
    // No controls or site chrome on paper.
    for (const chrome of [
      "Imprimir o guardar en PDF",
      "Mes del reporte",
      "Buscar",
      "Reproducir",
      "Sitio generado el",
      "Línea de tiempo"
    ])
      expect(all).not.toContain(chrome);

    // Pages as images for people to look at.
    for (const old of (await readdir(OUT)).filter((f) => /^pagina-\d+\.png$/.test(f))) await rm(join(OUT, old));
    await run("pdftoppm", ["-r", "70", "-png", pdf, join(OUT, "pagina")]);
  }, 60_000);

  it("with JavaScript off, the report of the latest month is in the page's HTML and prints; with it on, the live report takes its place, the same", async () => {
    const latest = phasePanel(registry).reduce((last, r) => (r.fecha > last ? r.fecha : last), "");
    const [year, month, day] = latest.split("-").map(Number);
    const monthName = new Intl.DateTimeFormat("es-MX", {month: "long", timeZone: "UTC"}).format(
      new Date(Date.UTC(year, month - 1, day))
    );
    const latestLong = `${day} de ${monthName} de ${year}`;
    const context = await browser.newContext({javaScriptEnabled: false, viewport: {width: 1280, height: 900}});
    const page = await context.newPage();
    await page.goto(`${site.url}/reporte.html`);
    expect(await page.locator("h1#portada-titulo").innerText()).toBe(
      `Reporte de los ejercicios locales de Gobierno Abierto al ${latestLong}`
    );
    expect(await page.locator("figure.mapa text.mapa-simbolo").count()).toBe(96);
    expect(await page.locator("table.estatus tbody tr").count()).toBeGreaterThanOrEqual(32);
    const staticText = await page.locator("[data-ssr=reporte]").innerText();
    await page.emulateMedia({media: "print"});
    const pdf = join(OUT, "reporte-sin-javascript.pdf");
    await writeFile(pdf, await page.pdf({format: "Letter"}));
    await context.close();
    const pages = await pdfPages(pdf);
    expect(pages.length).toBeGreaterThan(1);
    expect(pages[0]).toContain(`Reporte al ${latestLong}`);
    const all = pages.join("\n");
    for (const heading of [
      "Cifras nacionales",
      "Estatus de los ejercicios por entidad",
      "Metas de grupo del INAI",
      "Fuentes citadas"
    ])
      expect(all).toContain(heading);
    // With JavaScript, the live report replaces the one in the HTML: one report, reading the same.
    const {page: live} = await openPage(browser, `${site.url}/reporte.html`);
    expect(await live.locator("[data-ssr]").count()).toBe(0);
    expect(await live.locator("h1#portada-titulo").count()).toBe(1);
    const liveText = await live.locator(".reporte-cuerpo").innerText();
    // The live report names its address on the title page; the one written at build time cannot know it.
    expect(liveText).toContain(`Dirección\n${site.url}/reporte.html`);
    // Blank lines aside (the HTML parser and the live DOM keep different white space between blocks).
    const lines = (text: string) => text.replace(/\s*\n\s*/g, "\n");
    expect(lines(liveText.replace(/Dirección\n[^\n]*\n/, ""))).toBe(lines(staticText));
    await live.close();
  });

  it("in print media no control, sidebar, search or footer is visible; on screen the controls are there", async () => {
    const {page} = await openPage(browser, `${site.url}/reporte.html?fecha=${FECHA}`);
    const chrome = [
      ".controles",
      "form.control-mes",
      ".imprimir button",
      "#observablehq-sidebar",
      "#observablehq-sidebar-toggle",
      "#observablehq-search",
      "#observablehq-footer",
      "a.salto-al-contenido"
    ];
    expect(await page.locator("form.control-mes").isVisible()).toBe(true);
    expect(await page.locator(".imprimir button").isVisible()).toBe(true);
    await page.emulateMedia({media: "print"});
    for (const selector of chrome) {
      for (const el of await page.locator(selector).all()) expect(await el.isVisible(), selector).toBe(false);
    }
    expect(
      await page
        .locator("input, select, button, textarea")
        .evaluateAll((els) => els.filter((e) => (e as HTMLElement).offsetParent !== null).length)
    ).toBe(0);
    // The date is at the top of every section.
    const headers = await page.locator(".reporte-encabezado").allInnerTexts();
    expect(headers.length).toBeGreaterThanOrEqual(6);
    for (const h of headers) expect(h).toContain(`Reporte al ${FECHA_LARGA}`);
    await page.close();
  });

  it("shows on the date what the published tables say: phase and semáforo of fases_mensuales, panorama_nacional, INAI's groups, the 32 states on the map", async () => {
    const {page, log} = await openPage(browser, `${site.url}/reporte.html?fecha=${FECHA}`);
    expect(log.errors).toEqual([]);
    const [entidades, fases, panorama, construccion] = await Promise.all([
      publishedCsv(dist, "entidades"),
      publishedCsv(dist, "fases_mensuales"),
      publishedCsv(dist, "panorama_nacional"),
      readFile(
        join(
          dist,
          "_file/data/registro",
          (await readdir(join(dist, "_file/data/registro"))).find((f) => f.startsWith("construccion."))!
        ),
        "utf8"
      ).then(JSON.parse)
    ]);
    // Title page: the report's date, the data's origin and date, the build date.
    const portada = await page.locator(".reporte-portada").innerText();
    expect(portada).toContain(`al ${FECHA_LARGA}`);
    expect(portada).toContain("registro incluido en el repositorio");
    const dia = (iso: string) =>
      new Date(iso).toLocaleDateString("es-MX", {
        day: "numeric",
        month: "long",
        year: "numeric",
        timeZone: "America/Mexico_City"
      });
    expect(portada).toContain(dia(construccion.fecha_registro));
    expect(portada).toContain(dia(construccion.fecha_construccion));

    // National figures: panorama_nacional on the date, certain and possible.
    const nacional = panorama.find((r) => r.fecha === FECHA)!;
    const cells = await page
      .locator("table.cifras-nacionales tbody tr")
      .evaluateAll((trs) =>
        trs.map((tr) => Array.from(tr.querySelectorAll("td")).map((td) => (td as HTMLElement).innerText.trim()))
      );
    expect(cells.map((c) => c[0].split(/\s/)[0])).toEqual([
      nacional.estados_participantes,
      nacional.estados_stl,
      nacional.estados_con_pal,
      nacional.pal_publicados,
      nacional.compromisos
    ]);
    expect(cells.slice(0, 4).map((c) => c[1])).toEqual([
      nacional.estados_participantes_posibles,
      nacional.estados_stl_posibles,
      nacional.estados_con_pal_posibles,
      nacional.pal_publicados_posibles
    ]);
    // Each figure opens the list of the states it counts: what they add sums to the figure.
    const lists = await page.locator("table.cifras-nacionales td[data-cifra]").evaluateAll((tds) =>
      tds.map((td) => ({
        value: Number(td.querySelector(".valor-cifra")!.textContent!.replace(/\D/g, "")),
        sum: Array.from(td.querySelectorAll(".lista-cifra-ciertas li[data-clave]")).reduce(
          (a, li) => a + Number(li.getAttribute("data-valor")),
          0
        )
      }))
    );
    expect(lists).toHaveLength(5);
    for (const l of lists) expect(l.sum).toBe(l.value);
    // Beside them the totals reported for 2017, with their source numbers.
    expect(cells[0][2]).toMatch(/25 \(corte 2017\) \[\d+\]/);
    expect(cells[0][2]).toMatch(/26 \(corte 2017\) \[\d+\]/);

    // Status table: 32 rows, each with the phase and semáforo of fases_mensuales in words.
    const fasesEnFecha = new Map(fases.filter((r) => r.fecha === FECHA).map((r) => [r.clave_inegi, r]));
    const rows = await page
      .locator("table.estatus tbody tr")
      .evaluateAll((trs) =>
        trs.map((tr) => ({id: tr.id, cells: Array.from(tr.children).map((c) => (c as HTMLElement).innerText.trim())}))
      );
    expect(rows).toHaveLength(32);
    expect(rows.map((r) => r.id.replace("entidad-", "")).sort()).toEqual(entidades.map((e) => e.clave_inegi).sort());
    const PHASE: Record<string, string> = {
      no_participa: "No participa",
      aun_no_se_suma: "Aún no se suma",
      sin_dato: "Sin dato",
      declaratoria_firmada: "Declaratoria firmada",
      sensibilizacion: "Sensibilización",
      stl_instalado: "STL instalado / mesas para el PAL",
      pal_en_seguimiento: "PAL en seguimiento",
      evaluacion: "Evaluación",
      cierre_de_ciclo: "Cierre de ciclo"
    };
    const LIGHT: Record<string, string> = {
      verde: "● Verde",
      amarillo: "▲ Amarillo",
      rojo: "■ Rojo",
      gris: "○ Gris",
      sin_seguimiento: "◇ Sin seguimiento",
      sin_dato: "· Sin dato"
    };
    for (const r of rows) {
      const f = fasesEnFecha.get(r.id.replace("entidad-", ""))!;
      const e = entidades.find((x) => x.clave_inegi === f.clave_inegi)!;
      expect(r.cells[0]).toBe(e.nombre_corto);
      expect(r.cells[1].split(" ")[0], e.nombre_corto).toBe(e.grupo_inai || "—");
      expect(r.cells[4].startsWith(PHASE[f.fase]), `${e.nombre_corto}: ${r.cells[4]}`).toBe(true);
      expect(r.cells[4].includes("posible: quizá ya en"), e.nombre_corto).toBe(f.certeza === "posible");
      expect(r.cells[5].startsWith(LIGHT[f.semaforo]), `${e.nombre_corto}: ${r.cells[5]}`).toBe(true);
      expect(r.cells[6], e.nombre_corto).not.toBe("");
    }

    // One section per group, with its states.
    for (const [id, grupo] of [
      ["G15", "G15"],
      ["G16", "G16"],
      ["otras", ""]
    ] as const) {
      const names = await page.locator(`section:has(h2#grupo-${id}) table.grupo tbody th`).allInnerTexts();
      expect(names.sort()).toEqual(
        entidades
          .filter((e) => e.grupo_inai === grupo)
          .map((e) => e.nombre_corto)
          .sort()
      );
    }

    // The map: 32 shapes with data-clave, three times (by phase, by attainment, by semáforo), each leading to its row.
    expect(await page.locator("figure.mapa svg path[data-clave]").count()).toBe(96);
    expect(await page.locator('figure.mapa a.entidad[data-clave="29"]').first().getAttribute("href")).toBe(
      "#entidad-29"
    );

    // Every source number points to an entry of the list of sources, every disagreement mark to its entry.
    const refs = await page.locator("a.ref").evaluateAll((as) => [...new Set(as.map((a) => a.getAttribute("href")!))]);
    expect(refs.length).toBeGreaterThan(10);
    for (const href of refs) expect(await page.locator(href).count(), href).toBe(1);
    await page.close();
  });

  it("keeps the date in the address; an invalid date is said, not silently replaced", async () => {
    const {page, log} = await openPage(browser, `${site.url}/reporte.html?fecha=2017-12-15`);
    expect(log.errors).toEqual([]);
    const alert = await page.locator(".reporte-portada [role=alert]").innerText();
    expect(alert).toContain("«2017-12-15»");
    expect(alert).toMatch(/no está en el registro/);
    await page.close();
    const month = await openPage(browser, `${site.url}/reporte.html?fecha=2017-12`);
    expect(await month.page.locator("h1").innerText()).toContain(FECHA_LARGA);
    expect(new URL(month.page.url()).searchParams.get("fecha")).toBe(FECHA);
    expect(await month.page.locator("[role=alert]").count()).toBe(0);
    await month.page.close();
  });

  it("axe-core finds no serious or critical violation on screen at 1280 and 390 px (screenshots in test/output/site/reporte)", async () => {
    for (const width of [1280, 390]) {
      const {page} = await openPage(browser, `${site.url}/reporte.html?fecha=${FECHA}`, width);
      expect(seriousOrCritical(await axeViolations(page)), `@${width}`).toEqual([]);
      expect(
        await page.evaluate(() => document.documentElement.scrollWidth),
        `no sideways scroll @${width}`
      ).toBeLessThanOrEqual(width);
      await capture(page, {path: join(OUT, `pantalla-${width}.png`), fullPage: true});
      await page.close();
    }
  }, 60_000);
});
