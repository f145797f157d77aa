import {mkdir} from "node:fs/promises";
import {join} from "node:path";
import type {Browser, Page} from "playwright-core";
import {afterAll, beforeAll, describe, expect, it} from "vitest";
import {loadRegistry} from "../loaders/registry/registry.js";
import {latestMilestones} from "../metrics/latest-milestone.js";
import {phasePanel} from "../metrics/monthly-phases.js";
import {nationalPanorama, PANORAMA_INDICATORS, panoramaMembers} from "../metrics/national-panorama.js";
import {launchChromium, openPage} from "./helpers/browser.js";
import {shippedSite} from "./helpers/shipped-site.js";
import {serveStatic} from "./helpers/static-server.js";
import {capture} from "./helpers/capture.js";

/**
 * The national pages on a chosen date (issue 14), on the site built on the shipped registry: apart from
 * test/site.test.ts so the two run side by side.
 */

const root = new URL("..", import.meta.url).pathname;
/** Screenshots for people to look at (gitignored). */
const SHOTS = join(root, "test/output/site");

/** The shipped registry and what the library computes from it. */
const shipped = await (async () => {
  const registry = await loadRegistry();
  return {
    registry,
    phases: phasePanel(registry),
    panorama: nationalPanorama(registry),
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

describe("the national views on a date: every count with its list, the map by attainment, the date kept (issue 14)", () => {
  let site: {url: string; close: () => Promise<void>};
  const {registry, phases, panorama, names} = shipped;
  beforeAll(async () => {
    site = await serveStatic(await shippedSite());
  }, 180_000);
  afterAll(async () => site?.close());

  /** Each headline figure of the page: its number and the states it lists, certain and possible apart, with what each adds. */
  async function figures(page: Page) {
    return page.locator("[data-cifra]").evaluateAll((els) =>
      els.map((el) => {
        const list = (kind: string) =>
          Array.from(el.querySelectorAll(`.lista-cifra-${kind} li[data-clave]`)).map((li) => ({
            clave: li.getAttribute("data-clave")!,
            valor: Number(li.getAttribute("data-valor"))
          }));
        const shown = el.querySelector(".big, .valor-cifra")?.textContent ?? "";
        return {
          id: el.getAttribute("data-cifra")!,
          value: Number(shown.replace(/\D/g, "")),
          ciertas: list("ciertas"),
          posibles: list("posibles")
        };
      })
    );
  }

  /** The legend's counts under the colouring shown: value → number of states. */
  async function legend(page: Page): Promise<Map<string, number>> {
    const items = await page
      .locator("ul.leyenda li[data-valor]")
      .evaluateAll((lis) =>
        lis.map(
          (li) => [li.getAttribute("data-valor")!, Number(li.querySelector("[data-cuenta]")!.textContent)] as const
        )
      );
    return new Map(items);
  }

  it("/?fecha=2018-12-31 lists Coahuila among the states with a plan, and colours it by what it had achieved (a PAL, kept into its second ejercicio)", async () => {
    const {page, log} = await openPage(browser, `${site.url}/?fecha=2018-12-31&color=logro`);
    expect(log.errors).toEqual([]);
    const coahuila = phases.find((p) => p.fecha === "2018-12-31" && p.clave_inegi === "05")!;
    expect(["pal", "ciclo_cerrado"]).toContain(coahuila.logro);
    const withPal = page.locator('[data-cifra="estados_con_pal"] .lista-cifra-ciertas li[data-clave="05"]');
    expect(await withPal.count()).toBe(1);
    expect(await withPal.textContent()).toBe("Coahuila");
    expect(await page.locator('[data-cifra="pal_publicados"] .lista-cifra-ciertas li[data-clave="05"]').count()).toBe(
      1
    );
    // Its shape is in the class of what it had achieved, a PAL or beyond: not its second ejercicio's phase.
    const shape = page.locator('figure.mapa path[data-clave="05"]');
    expect(await shape.getAttribute("data-valor")).toBe(coahuila.logro);
    // The status table shows the finished round beside the current one.
    const pal = await page.locator('table.estatus tr[data-clave="05"] td[data-hito="pal"]').innerText();
    expect(pal).toMatch(/^PAL 1: 4 ago 2016 .*· ejercicio 2: /);
    await capture(page, {path: join(SHOTS, "inicio-2018-12-31-logro.png"), fullPage: true});
    await page.close();
  });

  it("on several dates every figure equals the sum over its list, the list is the library's, and the legend adds up to 32 and agrees with the figures", async () => {
    const fechas = [...new Set(phases.map((p) => p.fecha))].sort();
    for (const fecha of ["2015-06-30", "2016-12-31", "2018-12-31", "2021-06-30", fechas.at(-1)!]) {
      const {page, log} = await openPage(browser, `${site.url}/?fecha=${fecha}&color=logro`);
      expect(log.errors, fecha).toEqual([]);
      const national = panorama.find((r) => r.fecha === fecha)!;
      const shown = await figures(page);
      expect(shown.map((f) => f.id)).toEqual(
        PANORAMA_INDICATORS.filter((i) => i.id !== "entidades_sin_dato").map((i) => i.id)
      );
      for (const f of shown) {
        const where = `${fecha} ${f.id}`;
        const sum = (l: {valor: number}[]) => l.reduce((a, m) => a + m.valor, 0);
        expect(f.value, where).toBe(national[f.id as keyof typeof national]);
        expect(sum(f.ciertas), where).toBe(f.value);
        const lib = panoramaMembers(phases, fecha, f.id as Parameters<typeof panoramaMembers>[2]);
        expect(f.ciertas.map((m) => m.clave).sort(), where).toEqual(lib.ciertas.map((m) => m.clave_inegi).sort());
        const indicator = PANORAMA_INDICATORS.find((i) => i.id === f.id)!;
        if (indicator.idPosibles) {
          const onlyPossible = lib.posibles.filter((m) => !lib.ciertas.some((c) => c.clave_inegi === m.clave_inegi));
          expect(f.posibles.map((m) => m.clave).sort(), where).toEqual(onlyPossible.map((m) => m.clave_inegi).sort());
          // The possible count is every state the possible definition counts, each with what it may add.
          expect(sum(lib.posibles), where).toBe(national[indicator.idPosibles]);
        } else expect(f.posibles, where).toEqual([]);
      }
      const byLogro = await legend(page);
      const count = (...ids: string[]) => ids.reduce((a, id) => a + (byLogro.get(id) ?? 0), 0);
      expect(
        [...byLogro.values()].reduce((a, b) => a + b, 0),
        fecha
      ).toBe(32);
      expect(count("pal", "ciclo_cerrado"), fecha).toBe(national.estados_con_pal);
      expect(count("stl", "pal", "ciclo_cerrado"), fecha).toBe(national.estados_stl);
      for (const color of ["fase", "semaforo"]) {
        await page.locator(`input[type="radio"][value="${color}"]`).check();
        await page.waitForFunction((c) => new URLSearchParams(location.search).get("color") === c, color);
        const counts = await legend(page);
        expect(
          [...counts.values()].reduce((a, b) => a + b, 0),
          `${fecha} ${color}`
        ).toBe(32);
      }
      await page.close();
    }
  }, 120_000);

  it("links to dated views keep ?fecha= (map, tables, figures' lists, the report, the other pages), and a state's page opens on that date", async () => {
    const fecha = "2018-12-31";
    const {page} = await openPage(browser, `${site.url}/?fecha=${fecha}`);
    const hrefs = await page
      .locator("#observablehq-main a[href]")
      .evaluateAll((as) => as.map((a) => a.getAttribute("href")!));
    const dated = hrefs.filter((h) => /^\.\/(estados\/\d\d|fases|linea-de-tiempo|reporte|metas)\.html/.test(h));
    expect(dated.length).toBeGreaterThan(32 * 3);
    for (const h of dated) expect(h, h).toContain(`fecha=${fecha}`);
    // ≠n leads to the report's own section on the same date, never to an anchor this page does not have.
    const conflicts = hrefs.filter((h) => h.includes("desacuerdo-"));
    expect(conflicts.length).toBeGreaterThan(0);
    for (const h of conflicts) expect(h).toMatch(new RegExp(`^\\./reporte\\.html\\?fecha=${fecha}#desacuerdo-\\d+$`));
    await page.locator('figure.mapa a.entidad[data-clave="05"]').click();
    await page.waitForURL(new RegExp(`/estados/05\\.html\\?fecha=${fecha}$`));
    await expect.poll(() => page.locator(".control-mes output").first().innerText()).toBe("diciembre de 2018");
    await page.close();
    // The phases page's table does the same.
    const {page: fases} = await openPage(browser, `${site.url}/fases.html?fecha=2016-06-30`);
    const links = await fases.locator("table.semaforo a").evaluateAll((as) => as.map((a) => a.getAttribute("href")!));
    expect(links).toHaveLength(32);
    for (const h of links) expect(h).toMatch(/^\.\/estados\/\d\d\.html\?fecha=2016-06-30$/);
    await fases.close();
  });

  it("facts later than the view's date are marked: «datos hasta» and the latest milestones say «posterior»", async () => {
    const fecha = "2016-12-31";
    const {page} = await openPage(browser, `${site.url}/?fecha=${fecha}`);
    const rows = phases.filter((p) => p.fecha === fecha);
    const later = rows.filter((p) => p.datos_hasta !== null && p.datos_hasta > fecha);
    expect(later.length).toBeGreaterThan(0);
    for (const p of rows) {
      const cell = await page.locator(`table.semaforo tr[data-clave="${p.clave_inegi}"] td`).last().innerText();
      expect(cell.includes("posterior"), `${names.get(p.clave_inegi)}: ${cell}`).toBe(later.includes(p));
    }
    const latest = latestMilestones(registry).filter((m) => m.fecha_min !== null && m.fecha_min > fecha);
    expect(latest.length).toBeGreaterThan(0);
    for (const m of latest)
      expect(await page.locator(`table.ultimo-hito tr[data-clave="${m.clave_inegi}"]`).innerText()).toContain(
        "posterior a la fecha elegida"
      );
    await page.close();
  });

  it("an address's parameters are shown back shortened and as text: a 360-character ?fecha= never appears whole", async () => {
    const fake = `AVISO OFICIAL: ${"este tablero fue dado de baja; visite otro sitio <b>ya</b>. ".repeat(6)}`.slice(
      0,
      360
    );
    expect(fake).toHaveLength(360);
    for (const path of ["/", "/fases.html", "/linea-de-tiempo.html", "/reporte.html"]) {
      const {page, log} = await openPage(browser, `${site.url}${path}?fecha=${encodeURIComponent(fake)}`);
      expect(log.errors, path).toEqual([]);
      const alert = await page.locator("[role=alert]").first().innerText();
      expect(alert, path).toContain(`«${fake.slice(0, 40)}…»`);
      expect(alert, path).not.toContain(fake.slice(0, 41));
      expect(await page.locator("#observablehq-main b").count(), path).toBe(0);
      expect(await page.locator("#observablehq-main").innerText(), path).not.toContain(fake.slice(40, 120));
      await page.close();
    }
  });

  it("no code path, file name or command in the national pages' text; the semáforo's rule is said in words and links to the method", async () => {
    for (const path of ["/?fecha=2018-12-31&color=semaforo", "/fases.html", "/linea-de-tiempo.html", "/reporte.html"]) {
      const {page} = await openPage(browser, `${site.url}${path}`);
      const text = await page.locator("#observablehq-main").innerText();
      expect(text, path).not.toMatch(/metrics\/|semaforo-thresholds|\.csv\b|\.ts\b|npm run/);
      await page.close();
    }
    const {page} = await openPage(browser, `${site.url}/?fecha=2018-12-31&color=semaforo`);
    const rule = page.locator(".leyenda-contenedor .nota", {hasText: "Qué quiere decir el color"});
    expect(await rule.innerText()).toContain("Sin seguimiento");
    expect(await rule.locator("a").getAttribute("href")).toBe("./metodologia.html#semaforo");
    await page.close();
  });
});
