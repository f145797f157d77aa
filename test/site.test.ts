import {mkdir, readdir, readFile} from "node:fs/promises";
import {join} from "node:path";
import type {Browser, Page} from "playwright-core";
import {afterAll, beforeAll, describe, expect, it} from "vitest";
import {loadRegistry} from "../loaders/registry/registry.js";
import {publishedTableDefs} from "../loaders/publish/outputs.js";
import {latestMilestones} from "../metrics/latest-milestone.js";
import {phasePanel} from "../metrics/monthly-phases.js";
import {nationalPanorama} from "../metrics/national-panorama.js";
import {readerQuote} from "../metrics/source-citation.js";
import {type AxeViolation, axeViolations, seriousOrCritical} from "./helpers/axe.js";
import {launchChromium, openPage, type PageLog} from "./helpers/browser.js";
import {HOSTILE_QUOTE, HOSTILE_SHORT_NAME, hostileSite} from "./helpers/hostile-site.js";
import {shippedSite} from "./helpers/shipped-site.js";
import {serveStatic} from "./helpers/static-server.js";
import {capture} from "./helpers/capture.js";
import {forEachConcurrently} from "./helpers/concurrently.js";
import {type DeveloperTextHit, developerText, readerText} from "./helpers/reader-text.js";

const root = new URL("..", import.meta.url).pathname;
/** Screenshots for people to look at (gitignored). */
const SHOTS = join(root, "test/output/site");

/** A published table as rows of strings, read from the built site's CSV (tables without quoted commas). */
async function publishedCsv(dist: string, table: string): Promise<Record<string, string>[]> {
  const dir = join(dist, "_file/data/registro");
  const file = (await readdir(dir)).find((f) => f.startsWith(`${table}.`) && f.endsWith(".csv"));
  const [header, ...lines] = (await readFile(join(dir, file!), "utf8")).trim().split("\n");
  const names = header.split(",");
  return lines.map((line) => Object.fromEntries(line.split(",").map((v, i) => [names[i], v])));
}

/** How many records a published table's CSV has (quoted fields may hold commas and line breaks). */
async function csvRecordCount(dist: string, table: string): Promise<number> {
  const dir = join(dist, "_file/data/registro");
  const file = (await readdir(dir)).find((f) => f.startsWith(`${table}.`) && f.endsWith(".csv"));
  let quoted = false;
  let lines = 0;
  for (const c of (await readFile(join(dir, file!), "utf8")).trimEnd()) {
    if (c === '"') quoted = !quoted;
    else if (c === "\n" && !quoted) lines++;
  }
  return lines; // the header's line break counts the header out
}

/** The map's shapes: INEGI key → the value it is coloured by (`data-valor`) and its fill. */
async function mapShapes(page: Page): Promise<Map<string, {valor: string; fill: string}>> {
  const shapes = await page.locator("figure.mapa [data-valor][data-clave]").evaluateAll((els) =>
    els.map(
      (e) =>
        [
          e.getAttribute("data-clave")!,
          {
            valor: e.getAttribute("data-valor")!,
            fill: e.getAttribute("fill")!.replace(/^url\(#[a-z]+\d+-(.*)\)$/, "rayado:$1")
          }
        ] as const
    )
  );
  return new Map(shapes);
}

/**
 * Every page at the top of the site but the SQL console (test/site-datos.test.ts opens it once it has run a
 * query): the sweep below opens each once per width and every check of a whole page reads that visit.
 */
const PAGES = [
  "/",
  "/fases.html",
  "/linea-de-tiempo.html",
  "/comparar.html",
  "/compromisos.html",
  "/metrica.html",
  "/metas.html?fecha=2017-12-31",
  "/casos.html",
  "/datos.html",
  "/reporte.html",
  "/metodologia.html"
];
/** A page of {@link PAGES} as a file name: "/metas.html?fecha=2017-12-31" → "metas.html". */
const fileOf = (path: string) => (path === "/" ? "index.html" : path.slice(1).replace(/\?.*$/, ""));

/** The shipped registry's monthly phases and state names, which the home's first view shows. */
const shipped = await (async () => {
  const registry = await loadRegistry();
  return {
    phases: phasePanel(registry),
    names: new Map(registry.entidades.map((e) => [e.clave_inegi, e.nombre_corto]))
  };
})();

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
  await mkdir(SHOTS, {recursive: true});
});
afterAll(async () => {
  await browser?.close();
});

describe("the built site, on the shipped registry, from a plain static server", () => {
  let site: {url: string; close: () => Promise<void>};
  let dist: string;
  beforeAll(async () => {
    dist = await shippedSite();
    site = await serveStatic(dist);
  }, 180_000);
  afterAll(async () => site?.close());

  /** What one visit of a page at one width recorded (each page and width is visited once, by {@link visits}). */
  interface Visit {
    path: string;
    width: number;
    log: PageLog;
    /** Serious and critical axe-core violations. */
    violations: AxeViolation[];
    /** Every link of the page, absolute, without fragment, that stays on the site. */
    links: string[];
    searchPlaceholder: string | null;
    toggleTitle: string | null;
    skipLinkHref: string | null;
    /** File names, commands, paths, hashes or OCR notes in the text a reader sees (test/helpers/reader-text.ts). */
    developerText: DeveloperTextHit[];
    /** Ids that more than one element of the page carries (a `url(#id)` or a label would reach the wrong one). */
    duplicateIds: string[];
  }
  let sweep: Promise<Visit[]> | undefined;
  /**
   * Every page of {@link PAGES} (and the home's tile grid coloured by semáforo) at 1280 and 390 px, each
   * opened once: a screenshot (test/output/site), the page's chrome, its links, then axe-core. The load,
   * accessibility, link and request tests below read these visits instead of opening every page again.
   */
  function visits(): Promise<Visit[]> {
    sweep ??= (async () => {
      const out: Visit[] = [];
      const todo = [...PAGES, "/?color=semaforo&vista=mosaico"].flatMap((path) =>
        [1280, 390].map((width) => ({path, width}))
      );
      // Two pages at a time: one loads while axe-core checks the other.
      await forEachConcurrently(todo, 2, async ({path, width}) => {
        const {page, log} = await openPage(browser, `${site.url}${path}`, width);
        const visit: Visit = {
          path,
          width,
          log,
          violations: [],
          links: (
            await page
              .locator("a[href]")
              .evaluateAll((as) => as.map((a) => new URL(a.getAttribute("href")!, location.href).href))
          )
            .filter((href) => href.startsWith(site.url))
            .map((href) => href.replace(/#.*$/, "")),
          searchPlaceholder: await page.getAttribute("#observablehq-search input", "placeholder"),
          toggleTitle: await page.getAttribute("#observablehq-sidebar-toggle", "title"),
          skipLinkHref: await page.locator("body > a.salto-al-contenido").getAttribute("href"),
          developerText: developerText(await readerText(page)),
          duplicateIds: await page.evaluate(() => {
            const seen = new Map<string, number>();
            for (const el of Array.from(document.querySelectorAll("[id]"))) seen.set(el.id, (seen.get(el.id) ?? 0) + 1);
            return [...seen].filter(([, n]) => n > 1).map(([id, n]) => `${id} ×${n}`);
          })
        };
        if (PAGES.includes(path))
          await capture(page, {
            path: join(SHOTS, `${fileOf(path).slice(0, -5)}${path.includes("?") ? "-fecha" : ""}-${width}.png`),
            fullPage: true
          });
        visit.violations = seriousOrCritical(await axeViolations(page));
        await page.close();
        out.push(visit);
      });
      return out;
    })();
    return sweep;
  }

  it("every page loads in Spanish with no console error, no request to another host and no id carried twice, at 1280 and 390 px (screenshots in test/output/site)", async () => {
    const seen = await visits();
    expect(seen.filter((v) => PAGES.includes(v.path)).length).toBe(PAGES.length * 2);
    for (const {path, width, log, searchPlaceholder, toggleTitle, skipLinkHref, duplicateIds} of seen) {
      expect(log.errors, `${path} @${width}`).toEqual([]);
      expect(duplicateIds, `${path} @${width}: ids repetidos`).toEqual([]);
      expect(
        log.requests.filter((u) => !u.startsWith(site.url)),
        `${path} @${width}`
      ).toEqual([]);
      expect(searchPlaceholder, `${path} @${width}`).toMatch(/^Buscar/);
      expect(toggleTitle, `${path} @${width}`).toMatch(/^Mostrar u ocultar el menú/);
      expect(skipLinkHref, `${path} @${width}`).toBe("#observablehq-main");
    }
    for (const path of PAGES) {
      const html = await (await fetch(`${site.url}${path}`)).text();
      expect(html, `${path}: lang in the HTML itself`).toContain('<html lang="es-MX">');
      expect(html).toContain('http-equiv="Content-Security-Policy"');
    }
  }, 300_000);

  it("no page but /consulta fetches anything of DuckDB, nor preloads or imports it", async () => {
    const files = (await readdir(dist)).filter((f) => f.endsWith(".html"));
    expect(files).toContain("consulta.html");
    // The sweep opened every page at the top of the site but the console.
    expect(new Set(PAGES.map(fileOf))).toEqual(new Set(files.filter((f) => f !== "consulta.html")));
    for (const {path, width, log} of await visits())
      expect(
        log.requests.filter((u) => /duckdb/i.test(u)),
        `${path} @${width}`
      ).toEqual([]);
    // The word may appear in the text («Parquet (DuckDB, R, Python)»), never as a module or a preload.
    for (const file of files.filter((f) => f !== "consulta.html"))
      expect(await readFile(join(dist, file), "utf8"), file).not.toMatch(/_npm\/@duckdb|stdlib\/duckdb|duckdb-wasm/);
  }, 300_000);

  it("no page shows a reader file names, commands, repository paths, commit hashes or OCR notes (only in «Detalle técnico» and the methodology's technical part), at 1280 and 390 px", async () => {
    const seen = await visits();
    expect(seen.length).toBeGreaterThanOrEqual(PAGES.length * 2);
    expect(seen.flatMap((v) => v.developerText.map((h) => `${v.path} @${v.width}: ${h.what}: «${h.text}»`))).toEqual(
      []
    );
  }, 300_000);

  it("axe-core finds no serious or critical violation on any page, at 1280 and 390 px", async () => {
    const seen = await visits();
    expect(seen.length).toBe((PAGES.length + 1) * 2);
    for (const {path, width, violations} of seen) expect(violations, `${path} @${width}`).toEqual([]);
  }, 300_000);

  it("every link of every page answers on a server with no fallback (no extensionless page links)", async () => {
    expect((await fetch(`${site.url}/fases`)).status, "the test server has no .html fallback").toBe(404);
    const links = new Set((await visits()).filter((v) => v.width === 1280).flatMap((v) => v.links));
    expect(links.size).toBeGreaterThan(50);
    for (const href of links) expect((await fetch(href)).status, href).toBe(200);
  }, 300_000);

  it("home page: the headline figures are panorama_nacional's on the chosen date (the same phases as the map), certain and possible", async () => {
    const rows = nationalPanorama(await loadRegistry());
    for (const fecha of ["2016-12-31", "2019-12-31"]) {
      const {page, log} = await openPage(browser, `${site.url}/?fecha=${fecha}`);
      expect(log.errors).toEqual([]);
      const expected = rows.find((r) => r.fecha === fecha)!;
      await page.locator(".cifras .cifra .big").first().waitFor();
      const big = await page.locator(".cifras .cifra .big").allInnerTexts();
      expect(big.map((t) => Number(t.replace(/\D/g, "")))).toEqual([
        expected.estados_participantes,
        expected.estados_stl,
        expected.estados_con_pal,
        expected.pal_publicados,
        expected.compromisos
      ]);
      if (expected.estados_stl_posibles > expected.estados_stl)
        expect(await page.locator(".cifras .cifra").nth(1).innerText()).toContain(
          `hasta ${expected.estados_stl_posibles} posibles`
        );
      await page.close();
    }
  });

  it("home page: a map of the 32 states, each shape with data-clave, a name, keyboard focus, its figures and a link to its page", async () => {
    const {page, log} = await openPage(browser, `${site.url}/?fecha=2019-12-31`);
    expect(log.errors).toEqual([]);
    const entidades = await publishedCsv(dist, "entidades");
    const shapes = await mapShapes(page);
    expect([...shapes.keys()].sort()).toEqual(entidades.map((e) => e.clave_inegi).sort());
    expect(await page.locator("figure.mapa svg path[data-clave]").count()).toBe(32);
    const links = page.locator("figure.mapa a.entidad");
    expect(await links.count()).toBe(32);
    for (const e of entidades) {
      const link = page.locator(`figure.mapa a.entidad[data-clave="${e.clave_inegi}"]`);
      expect(await link.getAttribute("aria-label")).toMatch(new RegExp(`^${e.nombre_corto}: `));
      expect(await link.getAttribute("href")).toBe(`./estados/${e.clave_inegi}.html?fecha=2019-12-31`);
      expect(await page.locator(`table.semaforo tr#entidad-${e.clave_inegi}`).count()).toBe(1);
    }
    // Keyboard: Tab reaches the states; focus shows the figures; Enter leads to the state's page.
    const tlaxcala = page.locator('figure.mapa a.entidad[data-clave="29"]');
    await tlaxcala.focus();
    await expect.poll(() => page.locator(".mapa-ficha").isVisible()).toBe(true);
    expect(await page.locator(".mapa-ficha").innerText()).toContain("Tlaxcala");
    await page.keyboard.press("Enter");
    await page.waitForURL(/\/estados\/29\.html\?fecha=2019-12-31$/);
    expect(await page.locator("#observablehq-main h1").first().innerText()).toBe("Tlaxcala");
    await page.goBack({waitUntil: "networkidle"});
    // Hover shows them too.
    await page.locator('figure.mapa path[data-clave="08"]').hover();
    expect(await page.locator(".mapa-ficha").innerText()).toContain("Chihuahua");
    // The legend is in words, the attribution and the text alternative are there.
    const noParticipa = (await publishedCsv(dist, "fases_mensuales")).filter(
      (r) => r.fecha === "2019-12-31" && r.fase === "no_participa"
    ).length;
    expect((await page.locator("ul.leyenda li").allInnerTexts()).map((t) => t.replace(/\s+/g, " ").trim())).toContain(
      `— No participa (${noParticipa})`
    );
    expect(await page.locator(".atribucion").innerText()).toContain("CC BY 4.0");
    expect(await page.locator("figure.mapa svg").getAttribute("aria-label")).toMatch(
      /^Mapa de las 32 entidades al 31 de diciembre de 2019, por fase: /
    );
    await page.close();
  });

  it("/?fecha=2015-06-30 and /?fecha=2019-12-31 colour the states differently, each to its value in fases_mensuales (phase and semáforo)", async () => {
    const fases = await publishedCsv(dist, "fases_mensuales");
    const seen: Record<string, Map<string, {valor: string; fill: string}>> = {};
    for (const fecha of ["2015-06-30", "2019-12-31"]) {
      for (const [color, column] of [
        ["fase", "fase"],
        ["semaforo", "semaforo"]
      ] as const) {
        const {page, log} = await openPage(browser, `${site.url}/?fecha=${fecha}&color=${color}`);
        expect(log.errors).toEqual([]);
        const shapes = await mapShapes(page);
        const expected = new Map(fases.filter((r) => r.fecha === fecha).map((r) => [r.clave_inegi, r[column]]));
        expect(new Map([...shapes].map(([k, v]) => [k, v.valor]))).toEqual(expected);
        seen[`${fecha} ${color}`] = shapes;
        if (color === "fase") await capture(page, {path: join(SHOTS, `mapa-${fecha}.png`)});
        await page.close();
      }
    }
    const a = seen["2015-06-30 fase"];
    const b = seen["2019-12-31 fase"];
    const changed = [...a.keys()].filter((k) => a.get(k)!.fill !== b.get(k)!.fill);
    expect(changed.length).toBeGreaterThan(10);
    // One fill per value: the colour follows the phase, the same on both dates.
    const fillOf = new Map<string, string>();
    for (const shapes of [a, b])
      for (const {valor, fill} of shapes.values())
        expect(fillOf.get(valor) ?? fillOf.set(valor, fill).get(valor)).toBe(fill);
  }, 60_000);

  it("the view is kept in the address, a shared address restores it, and an invalid one says so", async () => {
    const {page} = await openPage(browser, `${site.url}/?fecha=2019-12-31&color=semaforo&vista=mosaico`);
    expect(await page.locator(".control-mes output").innerText()).toBe("diciembre de 2019");
    expect(await page.locator('input[type="radio"][value="semaforo"]').isChecked()).toBe(true);
    expect(await page.locator("figure.mapa svg.mapa-mosaico rect[data-clave]").count()).toBe(32);
    await page.getByRole("button", {name: "Mes anterior"}).click();
    await page.waitForFunction(() => new URLSearchParams(location.search).get("fecha") === "2019-11-30");
    const situacion = await page.locator("h2", {hasText: "Situación al"}).innerText();
    expect(situacion).toBe("Situación al 30 de noviembre de 2019");
    const shared = page.url();
    const before = await mapShapes(page);
    const {page: again} = await openPage(browser, shared);
    expect(await again.locator("h2", {hasText: "Situación al"}).innerText()).toBe(situacion);
    expect(await mapShapes(again)).toEqual(before);
    await again.close();
    await page.close();

    const {page: wrong, log} = await openPage(browser, `${site.url}/?fecha=2019-13-45&color=arcoiris`);
    expect(log.errors).toEqual([]);
    const aviso = await wrong.locator(".aviso").innerText();
    expect(aviso).toContain("«2019-13-45» no está en el registro");
    expect(aviso).toContain("«color=arcoiris» no es una opción");
    await wrong.close();
  });

  it("the month control plays month by month and stops at the last month", async () => {
    const {page} = await openPage(browser, `${site.url}/?fecha=2023-09-30`);
    await page.getByRole("button", {name: /Reproducir/}).click();
    await page.waitForFunction(() => new URLSearchParams(location.search).get("fecha") === "2023-12-31", undefined, {
      timeout: 10_000
    });
    await expect.poll(() => page.getByRole("button", {name: /Reproducir/}).getAttribute("aria-pressed")).toBe("false");
    await page.close();
  });

  it("search finds every state by name, accents or not, and leads to its page", async () => {
    const entidades = await publishedCsv(dist, "entidades");
    const {page} = await openPage(browser, `${site.url}/fases.html`);
    const input = page.locator("#observablehq-search input");
    for (const e of entidades) {
      for (const query of [e.nombre_corto, e.nombre_corto.normalize("NFD").replace(/[\u0300-\u036f]/g, "")]) {
        await input.fill(query);
        await expect
          .poll(() => page.locator("#observablehq-search-results li a").allInnerTexts(), {message: query})
          .toContain(e.nombre_corto);
      }
    }
    await input.fill("zzzqqq");
    await expect.poll(() => page.locator("#observablehq-search-results").innerText()).toBe("Sin resultados");
    await input.fill("Querétaro");
    await page.locator("#observablehq-search-results li a", {hasText: /^Querétaro$/}).click();
    await page.waitForURL(/\/estados\/22\.html$/);
    await page.close();
  });

  it("the home's first view is in its HTML: with JavaScript off the latest month's map (32 named, linked shapes), figures and tables show", async () => {
    const latest = [...new Set(shipped.phases.map((r) => r.fecha))].sort().at(-1)!;
    const htmlText = await readFile(join(dist, "index.html"), "utf8");
    const ssrMap = htmlText.slice(htmlText.indexOf('data-ssr="mapa"'));
    expect(new Set([...ssrMap.matchAll(/data-clave="(\d\d)"/g)].map((m) => m[1])).size).toBe(32);
    const context = await browser.newContext({javaScriptEnabled: false, viewport: {width: 1280, height: 900}});
    const page = await context.newPage();
    await page.goto(`${site.url}/`);
    const shapes = await mapShapes(page);
    // Each shape is coloured by its phase on the latest month, as the published fases_mensuales says, names its
    // state and links to its page.
    const fases = (await publishedCsv(dist, "fases_mensuales")).filter((r) => r.fecha === latest);
    expect(new Map([...shapes].map(([k, v]) => [k, v.valor]))).toEqual(
      new Map(fases.map((r) => [r.clave_inegi, r.fase]))
    );
    for (const [clave, name] of shipped.names) {
      const link = page.locator(`figure.mapa a[data-clave="${clave}"]`);
      expect(await link.getAttribute("href")).toMatch(new RegExp(`estados/${clave}`));
      expect(await link.getAttribute("aria-label")).toContain(name);
    }
    const [year, month] = latest.split("-").map(Number);
    const monthName = new Intl.DateTimeFormat("es-MX", {month: "long"}).format(new Date(Date.UTC(year, month - 1, 15)));
    expect(await page.locator("h2", {hasText: "Situación al"}).first().textContent()).toContain(
      `${monthName} de ${year}`
    );
    expect(await page.locator("[data-ssr=cifras]").textContent()).toMatch(/\d/);
    expect(await page.locator("[data-ssr=tabla-mapa] tbody tr").count()).toBe(32);
    expect(await page.locator("[data-ssr=estatus] tbody tr").count()).toBeGreaterThanOrEqual(32);
    await capture(page, {path: join(SHOTS, "index-sin-javascript-1280.png"), fullPage: true});
    await context.close();
    // With JavaScript on, each build-time piece gives way to the live one: one map, not two.
    const {page: live} = await openPage(browser, `${site.url}/`, 1280);
    expect(await live.locator("[data-ssr]").count()).toBe(0);
    expect(await live.locator("figure.mapa").count()).toBe(1);
    await live.close();
  });

  it("on a phone (390 px), the map is on the first screen and wide enough to tap, the menu toggle covers nothing, wide tables keep their first column", async () => {
    const page = await browser.newPage({viewport: {width: 390, height: 844}, hasTouch: true, isMobile: true});
    await page.goto(`${site.url}/`);
    // Once the page's scripts have taken over from the build-time first view (no [data-ssr] left).
    await expect.poll(() => page.locator("[data-ssr]").count(), {timeout: 30_000}).toBe(0);
    const map = (await page.locator("figure.mapa svg.mapa-mexico").boundingBox())!;
    expect(map.y).toBeLessThan(844 - 150); // at least 150 px of the map on the first screen
    expect(map.width).toBeGreaterThanOrEqual(340);
    expect(await page.locator(".pista-tactil").first().isVisible()).toBe(true);
    expect(await page.locator(".pista-puntero").first().isVisible()).toBe(false);
    const toggle = (await page.locator("#observablehq-sidebar-toggle").boundingBox())!;
    // Nothing the reader reads lies under the toggle: no heading, paragraph, control, map or table.
    const covered = await page.evaluate(
      ({x, y, width, height}) =>
        Array.from(
          document.querySelectorAll("#observablehq-main :is(h1, h2, p, figure, table, input, button, summary)")
        )
          .filter((e) => {
            const r = e.getBoundingClientRect();
            return r.width > 0 && r.left < x + width && r.right > x && r.top < y + height && r.bottom > y;
          })
          .map((e) => e.tagName),
      toggle
    );
    expect(covered).toEqual([]);
    await capture(page, {path: join(SHOTS, "index-telefono-primera-pantalla.png")});
    // A wide table scrolled sideways keeps its first column at the region's left edge.
    const region = page.locator(".tabla-ancha").first();
    await region.scrollIntoViewIfNeeded();
    const before = (await region.locator("tbody tr").first().locator(":scope > *").first().boundingBox())!;
    const scrolled = await region.evaluate((e) => {
      e.scrollLeft = 200;
      return e.scrollLeft;
    });
    expect(scrolled).toBeGreaterThan(0);
    const after = (await region.locator("tbody tr").first().locator(":scope > *").first().boundingBox())!;
    expect(Math.abs(after.x - before.x)).toBeLessThan(1);
    await page.close();
  });

  it("on a phone, the menu closes once a page is chosen", async () => {
    const {page} = await openPage(browser, `${site.url}/`, 390);
    await page.locator("#observablehq-sidebar-toggle").click();
    await expect.poll(() => page.locator("#observablehq-sidebar-toggle").isChecked()).toBe(true);
    await page.locator("#observablehq-sidebar a", {hasText: "Fases y semáforo"}).click();
    await page.waitForURL(/fases\.html$/);
    await page.waitForLoadState("networkidle");
    expect(await page.locator("#observablehq-sidebar-toggle").isChecked()).toBe(false);
    expect(await page.evaluate(() => sessionStorage.getItem("observablehq-sidebar"))).toBeNull();
    await page.close();
  });

  it("printed, the home page carries the view, the data source and the build date", async () => {
    const {page} = await openPage(browser, `${site.url}/?fecha=2019-12-31&color=semaforo`);
    expect(await page.locator(".solo-impresion").isVisible()).toBe(false);
    await page.emulateMedia({media: "print"});
    const note = await page.locator(".solo-impresion").innerText();
    expect(note).toContain("Vista: diciembre de 2019, por semáforo");
    expect(note).toContain("Datos: el registro incluido en el repositorio");
    expect(note).toContain("Sitio construido el");
    expect(await page.locator("#observablehq-sidebar").isVisible()).toBe(false);
    await page.close();
  });

  it("home page lists the 32 entities with their latest milestone", async () => {
    const {page, log} = await openPage(browser, `${site.url}/`);
    expect(log.errors).toEqual([]);
    const rows = page.locator("table.ultimo-hito tbody tr");
    await rows.first().waitFor();
    expect(await rows.count()).toBe(32);
    const expected = latestMilestones(await loadRegistry());
    const sinDato = expected.filter((r) => r.tipo === null).length;
    expect(await page.locator("table.ultimo-hito tr.vacia").count()).toBe(sinDato);
    const coahuila = expected.find((r) => r.clave_inegi === "05")!;
    const row = rows.filter({has: page.locator("th", {hasText: /^Coahuila$/})});
    expect(await row.locator("td").nth(0).innerText()).toBe(coahuila.tipo_texto);
    expect(await row.locator("td").nth(2).innerText()).toBe(coahuila.fecha_texto);
    expect(
      await page
        .locator(
          "#observablehq-main a[href^='./fases.html?fecha='], #observablehq-main a[href='./metrica.html'], #observablehq-main a[href='./datos.html']"
        )
        .count()
    ).toBe(3);
    expect(await page.locator("p.procedencia").innerText()).toContain("registro incluido en el repositorio");
    await page.close();
  });

  it("offers every published table as CSV and Parquet, and the whole archive, from the site itself", async () => {
    const {page, log} = await openPage(browser, `${site.url}/datos.html`);
    expect(log.errors).toEqual([]);
    const hrefs = await page.locator("a[download]").evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
    expect(hrefs.length).toBe(2 * (publishedTableDefs().length + 1) + 1);
    for (const href of hrefs) {
      expect(href.startsWith(site.url)).toBe(true);
      expect((await fetch(href)).status, href).toBe(200);
    }
    expect(await page.locator("table.descargas tbody tr").count()).toBe(publishedTableDefs().length + 1);
    await page.close();
  });

  it("no page loads parquet-wasm or apache-arrow (tables are read with hyparquet)", async () => {
    for (const {path, width, log} of await visits())
      expect(
        log.requests.filter((u) => /parquet-wasm|apache-arrow|\.wasm$/.test(u)),
        `${path} @${width}`
      ).toEqual([]);
  }, 300_000);

  it("phases page shows a timeline and the semáforo of all 32 entities", async () => {
    const {page, log} = await openPage(browser, `${site.url}/fases.html`);
    expect(log.errors).toEqual([]);
    expect(await page.locator("table.semaforo tbody tr").count()).toBe(32);
    expect(await page.locator("svg rect").count()).toBeGreaterThan(32 * 100);
    expect(await page.locator('svg[role="img"]').getAttribute("aria-label")).toMatch(
      /^Fase de cada una de las 32 entidades/
    );
    // The chosen month goes into the address, and an address with a date opens on it.
    const {page: dated} = await openPage(browser, `${site.url}/fases.html?fecha=2017-01`);
    expect(await dated.locator(".control-mes output").innerText()).toBe("enero de 2017");
    await dated.getByRole("button", {name: "Mes anterior"}).click();
    await dated.waitForFunction(() => new URLSearchParams(location.search).get("fecha") === "2016-12-31");
    const durango2016 = await dated.locator("table.semaforo tbody tr", {hasText: "Durango"}).innerText();
    const {page: shared} = await openPage(browser, `${site.url}/fases.html?fecha=2016-12-31`);
    expect(await shared.locator("h2", {hasText: "Situación"}).innerText()).toBe("Situación en diciembre de 2016");
    expect(await shared.locator("table.semaforo tbody tr", {hasText: "Durango"}).innerText()).toBe(durango2016);
    // An invalid date says so instead of silently showing another month.
    const {page: wrong} = await openPage(browser, `${site.url}/fases.html?fecha=2016-13-45`);
    expect(await wrong.locator(".aviso[role=alert]").innerText()).toContain("«2016-13-45» no está en el registro");
    for (const p of [dated, shared, wrong]) await p.close();
    await page.close();
  });

  it("timeline page draws every dated fact of hitos, one row per state, with the chosen date marked and kept in the address", async () => {
    const hitos = await csvRecordCount(dist, "hitos");
    const {page, log} = await openPage(browser, `${site.url}/linea-de-tiempo.html?fecha=2017-06-30`);
    expect(log.errors).toEqual([]);
    expect(await page.locator(".control-mes output").innerText()).toBe("junio de 2017");
    expect(await page.locator('svg[role="img"]').getAttribute("aria-label")).toMatch(
      /^Hitos de 32 entidades .*\(2017-06-30\)/
    );
    expect(await page.locator("table.hitos tbody tr").count()).toBe(hitos);
    await page.getByRole("button", {name: "Mes siguiente"}).click();
    await page.waitForFunction(() => location.search === "?fecha=2017-07-31");
    await page.close();
  });

  it("comparar ranks the 32 states on an indicator against the national reference, and keeps the picked states in the address", async () => {
    const {page, log} = await openPage(
      browser,
      `${site.url}/comparar.html?indicador=metrica.ga&fecha=2019-12-31&entidades=05,14`
    );
    expect(log.errors).toEqual([]);
    await page.locator("details.tabla-de-grafica summary").first().click(); // the chart's table, one click away
    const rows = page.locator("table.ranking tbody tr");
    expect(await rows.count()).toBe(32);
    expect(await rows.first().innerText()).toMatch(/^1\s+Ciudad de México\s+0\.511/);
    expect(await page.locator("table.ranking caption").innerText()).toContain(
      "valor nacional publicado por la Métrica"
    );
    expect(await page.locator("table.lado-a-lado thead th").allInnerTexts()).toEqual([
      "Indicador (corte)",
      "Coahuila",
      "Jalisco",
      "Referencia"
    ]);
    await page.getByLabel("Tlaxcala").check();
    await page.waitForFunction(() => new URLSearchParams(location.search).get("entidades") === "05,14,29");
    const {page: wrong} = await openPage(browser, `${site.url}/comparar.html?indicador=nada&entidades=99`);
    expect(await wrong.locator(".aviso").innerText()).toContain("«indicador=nada» no existe");
    await wrong.close();
    await page.close();
  });

  it("Métrica page maps, ranks and tabulates the 32 states, the federal and the national values of 2017", async () => {
    // The page was reworked for every edition (issue 11; more in test/site-explorar.test.ts): 2017 microdata
    // by default, values at the precision the ranking judges ties at (4 decimals).
    const {page, log} = await openPage(browser, `${site.url}/metrica.html`);
    expect(log.errors).toEqual([]);
    const rows = page.locator("table.mga-ranking tbody tr");
    expect(await rows.count()).toBe(34);
    expect(await rows.first().innerText()).toMatch(/^1\s+Ciudad de México\s+0\.5106/);
    expect(await page.locator("figure.mapa svg path[data-clave]").count()).toBe(32);
    // The by-level table is pivoted in the browser with arquero: Aguascalientes' state and municipal subjects.
    const levels = page.locator("table.mga-niveles tbody tr");
    expect(await levels.count()).toBe(32);
    expect(await levels.first().innerText()).toBe("Aguascalientes\t22\t0.405\t5\t0.521\t27");
    await page.close();
  });
});

describe("the built site, on a registry whose text carries HTML", () => {
  it("shows the text as text: nothing from the data runs or becomes markup", async () => {
    // The valid fixture with a script in a milestone's quotation and markup in Coahuila's short name
    // (test/helpers/hostile-site.ts), built by the global setup.
    const site = await serveStatic(await hostileSite());
    try {
      const {page} = await openPage(browser, `${site.url}/`);
      expect(await page.evaluate(() => (window as unknown as {__xss?: number}).__xss)).toBeUndefined();
      expect(await page.locator("table img, table script, table b, figure.mapa b, .cifras b").count()).toBe(0);
      const row = page.locator("table.ultimo-hito tbody tr", {has: page.locator("th", {hasText: HOSTILE_SHORT_NAME})});
      await row.locator("summary").click();
      expect(await row.locator(".cita-texto").innerText()).toBe(readerQuote(HOSTILE_QUOTE));
      expect(await page.locator('figure.mapa a.entidad[data-clave="05"]').getAttribute("aria-label")).toMatch(
        /^<b>Coahuila<\/b>: /
      );
      await page.close();
      // Coahuila's own page: its summary, written into the HTML at build time and then by the scripts, and
      // its milestones' quotations.
      const state = await openPage(browser, `${site.url}/estados/05.html`);
      expect(state.log.errors).toEqual([]);
      expect(await state.page.evaluate(() => (window as unknown as {__xss?: number}).__xss)).toBeUndefined();
      expect(
        await state.page.locator("#observablehq-main img, #observablehq-main script, [data-resumen] b").count()
      ).toBe(0);
      expect(await state.page.locator("[data-resumen] p").innerText()).toContain(`${HOSTILE_SHORT_NAME} firmó`);
      const quoted = state.page.locator('table.hitos-estado tr[data-hito="coa-1-publicacion_pal-lista"]');
      await quoted.locator("summary").click();
      expect(await quoted.locator(".cita-texto").innerText()).toBe(readerQuote(HOSTILE_QUOTE));
      await state.page.close();
      const context = await browser.newContext({javaScriptEnabled: false});
      const noScript = await context.newPage();
      await noScript.goto(`${site.url}/estados/05.html`, {waitUntil: "domcontentloaded"});
      expect(await noScript.locator("[data-resumen] b, [data-resumen] img").count()).toBe(0);
      expect(await noScript.locator("[data-resumen] p").innerText()).toContain(`${HOSTILE_SHORT_NAME} firmó`);
      // The milestones the build writes into the HTML too: the quotation and the short name, as text.
      expect(
        await noScript.locator("[data-ssr] img, [data-ssr] script, [data-ssr] b, #observablehq-main img").count()
      ).toBe(0);
      expect(await noScript.locator("[data-ssr=hitos-entidad] caption").innerText()).toContain(
        `Hitos de ${HOSTILE_SHORT_NAME} según`
      );
      const quotedStatic = noScript.locator('[data-ssr=hitos-entidad] tr[data-hito="coa-1-publicacion_pal-lista"]');
      await quotedStatic.locator("summary").click();
      expect(await quotedStatic.locator(".cita-texto").innerText()).toBe(readerQuote(HOSTILE_QUOTE));
      await context.close();
    } finally {
      await site.close();
    }
  }, 180_000);
});
