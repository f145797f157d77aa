import {mkdir} from "node:fs/promises";
import {join} from "node:path";
import type {Browser} from "playwright-core";
import {afterAll, beforeAll, describe, expect, it} from "vitest";
import {formatInterval} from "../metrics/model/dates.js";
import {loadRegistry} from "../loaders/registry/registry.js";
import {
  datedAttainments,
  isAfterViewDate,
  mgaEditionOn,
  mgaEditions,
  monthlyPhases,
  targetOutcomes
} from "../metrics/index.js";
import {PHASE_LABELS} from "../metrics/model/vocabulary.js";
import {latestMilestones} from "../metrics/latest-milestone.js";
import {recordEnd} from "../metrics/record-end.js";
import {stateSummary} from "../metrics/state-summary.js";
import {type AxeViolation, axeViolations, seriousOrCritical} from "./helpers/axe.js";
import {launchChromium, openPage, type PageLog} from "./helpers/browser.js";
import {shippedSite} from "./helpers/shipped-site.js";
import {serveStatic} from "./helpers/static-server.js";
import {capture} from "./helpers/capture.js";
import {forEachConcurrently} from "./helpers/concurrently.js";
import {type DeveloperTextHit, developerText, readerText} from "./helpers/reader-text.js";

/** State pages open at once in the browser (one loads while another is checked). */
const PAGES_AT_ONCE = Number(process.env.TABLERO_PAGINAS_A_LA_VEZ) || 2;

const root = new URL("..", import.meta.url).pathname;
/** Screenshots for people to look at (gitignored). */
const SHOTS = join(root, "test/output/site");

const registry = await loadRegistry();
const states = [...registry.entidades].sort((a, b) => a.clave_inegi.localeCompare(b.clave_inegi));
const phases = monthlyPhases(registry);
/** Each state's opening summary as the library writes it (metrics/state-summary.ts). */
const summaries = new Map(
  states.map((e) => [
    e.clave_inegi,
    stateSummary(
      e,
      datedAttainments(registry).filter((l) => l.clave_inegi === e.clave_inegi),
      latestMilestones(registry).find((u) => u.clave_inegi === e.clave_inegi),
      recordEnd(registry).get(e.clave_inegi) ?? null
    )
  ])
);
/** Each state's rows of `hitos` as its page lists them: `hito_id` → the date as the library writes it. */
const milestoneDates = new Map(
  states.map((e) => [
    e.clave_inegi,
    new Map(
      registry.hitos
        .filter((h) => h.clave_inegi === e.clave_inegi)
        .map((h) => [h.hito_id, formatInterval(h.fecha_min, h.fecha_max)])
    )
  ])
);

describe("the state pages /estados/01 … /estados/32, built on the shipped registry, from a plain static server", () => {
  let browser: Browser;
  let site: {url: string; close: () => Promise<void>};
  beforeAll(async () => {
    browser = await launchChromium();
    site = await serveStatic(await shippedSite());
    await mkdir(SHOTS, {recursive: true});
  }, 180_000);
  afterAll(async () => {
    await site?.close();
    await browser?.close();
  });

  /** The states whose pages axe-core checks, at 1280 px in {@link stateVisits} and at 390 px in their own test. */
  const AXE_SAMPLE = ["01", "05", "09", "14", "32"];

  /** What one visit of a state's page at 1280 px saw (each page is visited once, by {@link stateVisits}). */
  interface StateVisit {
    log: PageLog;
    title: string;
    h1: string;
    developerText: DeveloperTextHit[];
    /** How many `[data-resumen]` the page has, how many paragraphs, the first one's text and the whole text (the live summary). */
    resumenCount: number;
    resumenParagraphs: number;
    resumenParagraph: string;
    resumenText: string;
    /** The summary's source marks (their `href`), and for each distinct one how many elements it reaches. */
    marks: string[];
    markTargets: Record<string, number>;
    /** The summary's sources listed. */
    sources: number;
    /** The milestones' table: `data-hito` and the date cell of each row. */
    milestones: [string, string][];
    /** The text of the milestones' region and of «Donde las fuentes no coinciden» (the live ones, on the last month). */
    milestonesText: string;
    disagreementsText: string;
    /** The page's text, when it lists no milestone ("" otherwise). */
    mainText: string;
    /** The first card of «Dónde está»: the phase now. */
    phaseCard: string;
    /** The previous and next states' links (`href` of the first, and how many). */
    neighbours: Record<"prev" | "next", {href: string | null; count: number}>;
    /** Every link of the page, absolute. */
    links: string[];
    /** Build-time pieces still on the page once its scripts have run. */
    ssrLeft: number;
    /** Serious and critical axe-core violations ({@link AXE_SAMPLE} only). */
    violations: AxeViolation[] | null;
  }
  let visited: Promise<Map<string, StateVisit>> | undefined;
  /**
   * Every state's page at 1280 px, each opened once: what the page shows is read in one look, then its
   * screenshot (Coahuila, Tlaxcala) and, for {@link AXE_SAMPLE}, axe-core. The tests below that read the
   * pages as they open read these visits instead of opening every page again.
   */
  function stateVisits(): Promise<Map<string, StateVisit>> {
    visited ??= (async () => {
      const out = new Map<string, StateVisit>();
      await forEachConcurrently(states, PAGES_AT_ONCE, async (e) => {
        const {page, log} = await openPage(browser, `${site.url}/estados/${e.clave_inegi}.html`);
        const seen = await page.evaluate(() => {
          const text = (el: Element | null) => (el as HTMLElement | null)?.innerText ?? "";
          const resumen = document.querySelector("[data-resumen]");
          const marks = Array.from(
            resumen?.querySelectorAll("sup.marca-fuente a") ?? [],
            (a) => a.getAttribute("href")!
          );
          const neighbour = (rel: string) => {
            const links = document.querySelectorAll(`nav.entre-estados a[rel="${rel}"]`);
            return {href: links[0]?.getAttribute("href") ?? null, count: links.length};
          };
          return {
            title: document.title,
            h1: text(document.querySelector("#observablehq-main h1")),
            resumenCount: document.querySelectorAll("[data-resumen]").length,
            resumenParagraphs: resumen?.querySelectorAll("p").length ?? 0,
            resumenParagraph: text(resumen?.querySelector("p") ?? null),
            resumenText: text(resumen),
            marks,
            markTargets: Object.fromEntries(
              Array.from(new Set(marks), (href) => [href, document.querySelectorAll(href).length])
            ),
            sources: resumen?.querySelectorAll("ol.fuentes-resumen > li").length ?? 0,
            milestones: Array.from(
              document.querySelectorAll("table.hitos-estado tbody tr"),
              (tr) =>
                [tr.getAttribute("data-hito")!, tr.querySelectorAll("td")[0].textContent!.trim()] as [string, string]
            ),
            milestonesText: text(document.querySelector('[aria-label="Tabla: hitos de la entidad"]')),
            disagreementsText: text(document.querySelector(".desacuerdos-entidad")),
            // Only a page that lists no milestone needs its text read back (it must say why).
            mainText: document.querySelector("table.hitos-estado tbody tr")
              ? ""
              : text(document.querySelector("#observablehq-main")),
            phaseCard: text(document.querySelector(".estado-ahora .card")),
            neighbours: {prev: neighbour("prev"), next: neighbour("next")},
            links: Array.from(
              document.querySelectorAll("a[href]"),
              (a) => new URL(a.getAttribute("href")!, location.href).href
            ),
            ssrLeft: document.querySelectorAll("[data-ssr]").length
          };
        });
        const visit: StateVisit = {
          ...seen,
          log,
          developerText: developerText(await readerText(page)),
          violations: null
        };
        if (["05", "29"].includes(e.clave_inegi))
          await capture(page, {path: join(SHOTS, `estado-${e.clave_inegi}-1280.png`), fullPage: true});
        if (AXE_SAMPLE.includes(e.clave_inegi)) visit.violations = seriousOrCritical(await axeViolations(page));
        await page.close();
        out.set(e.clave_inegi, visit);
      });
      return out;
    })();
    return visited;
  }

  it("every state's page loads with no console error and no request to another host, titled with its name, and shows its own milestones with their dates, its phase and its neighbours; every link answers", async () => {
    const visits = await stateVisits();
    expect(visits.size).toBe(32);
    const links = new Set<string>();
    states.forEach((e, k) => {
      const v = visits.get(e.clave_inegi)!;
      const where = `/estados/${e.clave_inegi}`;
      expect(v.log.errors, where).toEqual([]);
      expect(
        v.log.requests.filter((u) => !u.startsWith(site.url)),
        where
      ).toEqual([]);
      expect(v.h1, where).toBe(e.nombre_corto);
      expect(v.title, where).toBe(`${e.nombre_corto} | Tablero de Gobierno Abierto Local`);
      expect(v.developerText, `${where}: texto de desarrollo`).toEqual([]);
      // The opening summary: the state's facts at their precision, each with a mark that leads to its source.
      const summary = summaries.get(e.clave_inegi)!;
      expect(v.resumenCount, where).toBe(1);
      expect(v.resumenParagraphs, where).toBe(1);
      const text = v.resumenParagraph;
      for (const f of [summary.declaratoria, summary.stl, ...summary.planes].filter((f) => f !== null))
        expect(text, where).toContain(f.cuando);
      if (summary.situacion === "sin_hitos") expect(text, where).toMatch(/no fecha ningún hito/);
      if (summary.datos_hasta_texto) expect(text, where).toContain(`llega hasta ${summary.datos_hasta_texto}`);
      else expect(text, where).toContain(`hasta qué fecha llega lo que sabe de ${e.nombre_corto} (sin dato)`);
      expect(v.marks.length, where).toBe(
        [summary.declaratoria, summary.stl, ...summary.planes, ...summary.cierres].filter((f) => f !== null).length +
          (summary.ultimo &&
          ![summary.declaratoria, summary.stl, ...summary.planes, ...summary.cierres].some(
            (f) => f?.hito_id === summary.ultimo!.hito_id
          )
            ? 1
            : 0) +
          (summary.participa_fuente ? 1 : 0)
      );
      for (const [href, reached] of Object.entries(v.markTargets)) expect(reached, `${where} ${href}`).toBe(1);
      // Each source listed once, however many facts it proves; one number per source.
      const sourceIds = new Set(
        [summary.declaratoria, summary.stl, ...summary.planes, ...summary.cierres, summary.ultimo]
          .filter((f) => f !== null)
          .map((f) => f.fuente_id)
      );
      if (summary.participa_fuente) sourceIds.add(summary.participa_fuente.fuente_id);
      expect(v.sources, where).toBe(sourceIds.size);
      expect(new Set(v.marks).size, where).toBe(sourceIds.size);
      // Its milestones: one row per row of `hitos` of the state, each with its date as the library writes it.
      const own = milestoneDates.get(e.clave_inegi)!;
      expect(v.milestones.length, where).toBe(own.size);
      expect(new Map(v.milestones), where).toEqual(own);
      if (!own.size) expect(v.mainText).toContain(`Ninguna fuente del registro fecha un hito de ${e.nombre_corto}`);
      // Its phase now: the last month of fases_mensuales.
      const last = phases.filter((r) => r.clave_inegi === e.clave_inegi).at(-1)!;
      expect(v.phaseCard, where).toContain(PHASE_LABELS[last.fase]);
      // Previous and next state, by INEGI key.
      for (const [rel, neighbour] of [
        ["prev", states[k - 1]],
        ["next", states[k + 1]]
      ] as const) {
        // The page opens on the panel's last month, and its links keep that date.
        if (neighbour)
          expect(v.neighbours[rel].href, `${where} ${rel}`).toBe(`./${neighbour.clave_inegi}.html?fecha=${last.fecha}`);
        else expect(v.neighbours[rel].count, `${where} ${rel}`).toBe(0);
      }
      for (const href of v.links) if (href.startsWith(site.url)) links.add(href.replace(/#.*$/, ""));
    });
    // Every link of the state pages answers on a server with no fallback.
    for (const href of links) expect((await fetch(href)).status, href).toBe(200);
  }, 240_000);

  it("with JavaScript off, every state's page opens with its summary, its milestones and where its sources disagree, written into its HTML at build time; with it on, the live ones take their place and read the same", async () => {
    const context = await browser.newContext({javaScriptEnabled: false, viewport: {width: 1280, height: 900}});
    const staticText = new Map<string, {resumen: string; milestones: string; disagreements: string}>();
    let decisionLinks = 0;
    const page = await context.newPage();
    for (const e of states) {
      const where = `/estados/${e.clave_inegi} sin JavaScript`;
      await page.goto(`${site.url}/estados/${e.clave_inegi}.html`, {waitUntil: "domcontentloaded"});
      // One look at the page: the summary in the HTML, its marks' targets, what is shown and hidden.
      const seen = await page.evaluate(() => {
        const shown = (el: Element | null) => el !== null && (el as HTMLElement).offsetParent !== null;
        const resumen = document.querySelectorAll("[data-ssr=resumen-entidad] [data-resumen]");
        const marks = Array.from(
          resumen[0]?.querySelectorAll("sup.marca-fuente a") ?? [],
          (a) => a.getAttribute("href")!
        );
        const sources = resumen[0]?.querySelectorAll("ol.fuentes-resumen > li").length ?? 0;
        return {
          count: resumen.length,
          paragraph: (resumen[0]?.querySelector("p") as HTMLElement | null)?.innerText ?? "",
          text: (resumen[0] as HTMLElement | undefined)?.innerText ?? "",
          marksLead: marks.every((href) => document.querySelectorAll(href).length === 1),
          // As many distinct marks as sources listed (one number per source).
          sourcesMatch: new Set(marks).size === sources,
          notice: Array.from(document.querySelectorAll(".aviso")).some(
            (a) => shown(a) && a.textContent!.includes("Sin JavaScript")
          ),
          sectionsHidden: [
            "h2#donde-esta",
            "h2#lo-que-no-se-sabe",
            "h2#secretariado-tecnico-local",
            "h2#buenas-practicas",
            "h2#metrica-de-gobierno-abierto"
          ].every((s) => !shown(document.querySelector(s))),
          nav: shown(document.querySelector("nav.entre-estados")),
          // The milestones, the disagreements and the note on attributed titles, in the HTML and shown.
          milestonesShown: [
            "h2#hitos",
            "[data-ssr=hitos-entidad]",
            "h3#donde-las-fuentes-no-coinciden",
            "[data-ssr=titulo-atribuido] .nota"
          ].every((s) => shown(document.querySelector(s))),
          milestones: Array.from(
            document.querySelectorAll("[data-ssr=hitos-entidad] table.hitos-estado tbody tr"),
            (tr) =>
              [tr.getAttribute("data-hito")!, tr.querySelectorAll("td")[0].textContent!.trim()] as [string, string]
          ),
          laterMarks: document.querySelectorAll("[data-ssr=hitos-entidad] .posterior").length,
          milestonesText: (document.querySelector('[aria-label="Tabla: hitos de la entidad"]') as HTMLElement)
            .innerText,
          disagreementsText: (document.querySelector(".desacuerdos-entidad") as HTMLElement).innerText,
          // A row a decision sets aside links to the decision, which the HTML holds too.
          decisionLinks: Array.from(
            document.querySelectorAll('[data-ssr=hitos-entidad] a[href^="#decision-"]'),
            (a) => document.querySelectorAll(a.getAttribute("href")!).length
          )
        };
      });
      expect(seen.count, where).toBe(1);
      const summary = summaries.get(e.clave_inegi)!;
      for (const f of [summary.declaratoria, summary.stl, ...summary.planes].filter((f) => f !== null))
        expect(seen.paragraph, where).toContain(f.cuando);
      if (summary.datos_hasta_texto)
        expect(seen.paragraph, where).toContain(`llega hasta ${summary.datos_hasta_texto}`);
      // Its source marks lead to its list of sources, in the HTML too.
      expect(seen.marksLead, where).toBe(true);
      expect(seen.sourcesMatch, where).toBe(true);
      // Its milestones: one row per row of `hitos` of the state, each with its date as the library writes it,
      // none marked as later than the view (the page opens on the panel's last month).
      const own = milestoneDates.get(e.clave_inegi)!;
      expect(seen.milestonesShown, where).toBe(true);
      expect(new Map(seen.milestones), where).toEqual(own);
      expect(seen.milestones.length, where).toBe(own.size);
      expect(seen.laterMarks, where).toBe(0);
      if (!own.size) expect(seen.milestonesText, where).toContain(`Ninguna fuente del registro fecha un hito`);
      expect(
        seen.decisionLinks.every((n) => n === 1),
        where
      ).toBe(true);
      decisionLinks += seen.decisionLinks.length;
      staticText.set(e.clave_inegi, {
        resumen: seen.text,
        milestones: seen.milestonesText,
        disagreements: seen.disagreementsText
      });
      // What only scripts draw is hidden, and the page says so: no heading over an empty section.
      expect(seen.notice, where).toBe(true);
      expect(seen.sectionsHidden, where).toBe(true);
      expect(seen.nav, where).toBe(true);
      if (e.clave_inegi === "05") await capture(page, {path: join(SHOTS, "estado-05-sin-javascript.png")});
    }
    await context.close();
    // Some states have rows a decision sets aside, so links to decisions were checked.
    expect(decisionLinks).toBeGreaterThan(0);
    // With scripts, on every state's page: no build-time piece is left, one summary, the same words.
    const visits = await stateVisits();
    for (const e of states) {
      const v = visits.get(e.clave_inegi)!;
      const seen = staticText.get(e.clave_inegi)!;
      expect(v.ssrLeft, e.clave_inegi).toBe(0);
      expect(v.resumenCount, e.clave_inegi).toBe(1);
      expect(v.resumenText, e.clave_inegi).toBe(seen.resumen);
      expect(v.milestonesText, e.clave_inegi).toBe(seen.milestones);
      expect(v.disagreementsText, e.clave_inegi).toBe(seen.disagreements);
    }
  }, 240_000);

  it("previous and next links lead to the neighbouring states' pages on the same date, which they open on; so does the link to the national view", async () => {
    const {page} = await openPage(browser, `${site.url}/estados/05.html?fecha=2018-12-31`);
    for (const a of await page.locator("nav.entre-estados a").all())
      expect(await a.getAttribute("href")).toMatch(/\?fecha=2018-12-31$/);
    await page.locator('nav.entre-estados a[rel="next"]').first().click();
    await page.waitForURL(/\/estados\/06\.html\?fecha=2018-12-31$/);
    expect(await page.locator("#observablehq-main h1").first().innerText()).toBe("Colima");
    await page.getByText("Al cierre de diciembre de 2018").waitFor();
    // Moving the month moves the links' date too.
    await page.getByRole("button", {name: "Mes siguiente"}).click();
    await page.waitForFunction(
      () =>
        document.querySelector('nav.entre-estados a[rel="prev"]')?.getAttribute("href") === "./05.html?fecha=2019-01-31"
    );
    await page.locator('nav.entre-estados a[rel="prev"]').first().click();
    await page.waitForURL(/\/estados\/05\.html\?fecha=2019-01-31$/);
    expect(await page.locator("#observablehq-main h1").first().innerText()).toBe("Coahuila");
    await page.getByText("Al cierre de enero de 2019").waitFor();
    expect(await page.locator('nav.entre-estados a[href^="../index.html"]').first().getAttribute("href")).toBe(
      "../index.html?fecha=2019-01-31"
    );
    await page.close();
  });

  it("beside where its current ejercicio stands, the page says what the state had achieved by then, from logros (Coahuila at 2018-12-31: «PAL 1: 4 de agosto de 2016 · … ejercicio 2: Sensibilización»)", async () => {
    const logros = datedAttainments(registry);
    for (const [clave, fecha] of [
      ["05", "2018-12-31"],
      ["05", "2016-06-30"],
      ["10", "2019-12-31"],
      ["14", "2017-03-31"],
      ["21", "2016-12-31"]
    ] as const) {
      const {page, log} = await openPage(browser, `${site.url}/estados/${clave}.html?fecha=${fecha}`);
      const where = `/estados/${clave}?fecha=${fecha}`;
      expect(log.errors, where).toEqual([]);
      const line = await page.locator(".logro-y-posicion p.logros-linea").innerText();
      const row = phases.find((r) => r.clave_inegi === clave && r.fecha === fecha)!;
      // Every achievement certain by the date, with its date as precise as its source; none after it.
      const mine = logros.filter((l) => l.clave_inegi === clave);
      for (const l of mine.filter((l) => l.fecha_max <= fecha))
        expect(line, `${where} ${l.hito_id}`).toContain(formatInterval(l.fecha_min, l.fecha_max));
      const shown = await page
        .locator(".logro-y-posicion .logro:not(.logro-posible)[data-ejercicio]")
        .evaluateAll((els) => els.map((e) => `${e.getAttribute("data-logro")}|${e.getAttribute("data-ejercicio")}`));
      expect(shown.sort(), where).toEqual(
        mine
          .filter((l) => l.fecha_max <= fecha)
          .map((l) => `${l.logro}|${l.ejercicio}`)
          .sort()
      );
      if (row.fase !== "sin_dato" && row.ejercicio)
        expect(line, where).toContain(`ejercicio ${row.ejercicio}: ${PHASE_LABELS[row.fase]}`);
      expect(await page.locator(".logro-y-posicion").getAttribute("data-logro"), where).toBe(row.logro);
      expect(await page.locator(".logro-y-posicion").getAttribute("data-pal"), where).toBe(
        String(row.pal_publicados ?? "")
      );
      // The example of the title, word for word.
      if (clave === "05" && fecha === "2018-12-31") {
        expect(line).toContain("PAL 1: 4 de agosto de 2016");
        expect(line).toMatch(/· ejercicio 2: Sensibilización$/);
      }
      await page.close();
    }
  }, 90_000);

  it("as of means as of: on a chosen month every milestone, plan, target milestone and Métrica edition dated after it is marked, and none before it is; «datos hasta» after the month says so", async () => {
    const mga = mgaEditions(registry);
    for (const [clave, fecha] of [
      ["05", "2017-03-31"],
      ["24", "2017-03-31"],
      ["06", "2017-03-31"],
      ["10", "2016-12-31"],
      ["14", "2018-12-31"]
    ] as const) {
      const {page, log} = await openPage(browser, `${site.url}/estados/${clave}.html?fecha=${fecha}`);
      const where = `/estados/${clave}?fecha=${fecha}`;
      expect(log.errors, where).toEqual([]);
      const marks = new Map(
        await page
          .locator("table.hitos-estado tbody tr")
          .evaluateAll((trs) =>
            trs.map(
              (tr) => [tr.getAttribute("data-hito")!, [tr.getAttribute("data-posterior"), tr.textContent]] as const
            )
          )
      );
      const own = registry.hitos.filter((h) => h.clave_inegi === clave);
      expect(marks.size, where).toBe(own.length);
      for (const h of own) {
        const [mark, text] = marks.get(h.hito_id)!;
        const expected = isAfterViewDate(h.fecha_min, h.fecha_max, fecha);
        expect(mark, `${where} ${h.hito_id}`).toBe(expected);
        if (expected === "cierto") expect(text, `${where} ${h.hito_id}`).toContain("Posterior a la fecha elegida");
        if (expected === "no") expect(text, `${where} ${h.hito_id}`).not.toContain("osterior a la fecha elegida");
      }
      // Targets: judged on the chosen month; the milestone that meets one is marked when it is later.
      const targetRows = await page
        .locator("table.metas-estado tbody tr")
        .evaluateAll((trs) =>
          trs.map(
            (tr) =>
              [
                tr.getAttribute("data-meta"),
                tr.querySelector(".fecha-hito")?.getAttribute("data-posterior") ?? null
              ] as const
          )
        );
      const outcomes = targetOutcomes(registry).filter((r) => r.clave_inegi === clave && r.fecha === fecha);
      expect(targetRows.map(([m]) => m).sort(), where).toEqual(outcomes.map((r) => r.meta_id).sort());
      for (const r of outcomes.filter((r) => r.hito_id && r.fecha_hito_max)) {
        const h = registry.hitos.find((x) => x.hito_id === r.hito_id)!;
        const expected = isAfterViewDate(h.fecha_min, h.fecha_max, fecha);
        expect(targetRows.find(([m]) => m === r.meta_id)?.[1], `${where} ${r.meta_id}`).toBe(expected);
      }
      // Plans published after the date say so.
      const published = new Map(
        registry.planes
          .filter((p) => p.clave_inegi === clave && p.hito_id)
          .map((p) => [p.ejercicio, registry.hitos.find((h) => h.hito_id === p.hito_id)!])
      );
      for (const section of await page.locator("section.plan").all()) {
        const ejercicio = Number((await section.getAttribute("aria-label"))!.replace(/\D+/g, ""));
        const h = published.get(ejercicio);
        if (!h) continue;
        const expected = isAfterViewDate(h.fecha_min, h.fecha_max, fecha);
        expect(await section.getAttribute("data-posterior"), `${where} plan ${ejercicio}`).toBe(expected);
      }
      // The Métrica: the edition in force on the date (the latest on or before it), later ones marked.
      const vigente = mgaEditionOn(mga, fecha)?.edicion;
      expect(await page.locator("p.edicion-vigente").getAttribute("data-edicion"), where).toBe(
        vigente === undefined ? "" : String(vigente)
      );
      for (const tr of await page.locator("table.mga-estado tbody tr").all()) {
        const edicion = Number(await tr.getAttribute("data-edicion"));
        expect(await tr.getAttribute("data-posterior"), `${where} ${edicion}`).toBe(
          vigente === undefined || edicion > vigente ? "si" : "no"
        );
      }
      // «Datos hasta» after the chosen month is said to be so.
      const row = phases.find((r) => r.clave_inegi === clave && r.fecha === fecha)!;
      const card = page.locator(".estado-ahora .datos-hasta");
      expect(await card.getAttribute("data-posterior"), where).toBe(
        row.datos_hasta !== null && row.datos_hasta > fecha ? "si" : "no"
      );
      if (row.datos_hasta !== null && row.datos_hasta > fecha)
        expect(await card.innerText(), where).toContain("Posterior a la fecha elegida");
      await page.close();
    }
  }, 120_000);

  it("where sources disagree, both rows and the decision are shown (Coahuila's STL)", async () => {
    const decision = registry.decisiones.find((d) => d.decision_id === "coa-1-instalacion_stl-fecha")!;
    const {page} = await openPage(browser, `${site.url}/estados/05.html`);
    const section = page.locator(`#decision-${decision.decision_id}`);
    const text = await section.innerText();
    expect(text).toContain("28 de septiembre de 2015");
    expect(text).toContain("22 de septiembre de 2015");
    expect(text).toContain(decision.razon.slice(0, 60));
    expect(await section.locator("li").count()).toBe(decision.ids_en_conflicto.split(";").length);
    // The rows the decision sets aside say so in the milestones table.
    for (const id of decision.ids_en_conflicto.split(";").filter((id) => id !== decision.id_usado)) {
      expect(await page.locator(`tr[data-hito="${id}"]`).innerText()).toContain("No se usa");
    }
    expect(await page.locator(`tr[data-hito="${decision.id_usado}"]`).innerText()).toContain("Se usa");
    await page.close();
  });

  it("a compromiso's second source, which a decision sets aside, is marked as not counted, with a link to the decision (Sinaloa's first plan)", async () => {
    const decision = registry.decisiones.find((d) => d.decision_id === "sin-1-01-mismo-compromiso")!;
    const {page} = await openPage(browser, `${site.url}/estados/25.html`);
    const aside = page.locator('li.compromiso[data-compromiso="sin-1-01-adnportal"]');
    expect(await aside.innerText()).toContain("No se cuenta: una decisión del registro deja esta fila de lado");
    expect(await aside.locator("a", {hasText: "ver la decisión"}).getAttribute("href")).toBe(
      `#decision-${decision.decision_id}`
    );
    expect(await page.locator(`#decision-${decision.decision_id}`).count()).toBe(1);
    // The row the project uses is not marked, nor any other row of the page.
    expect(await page.locator('li.compromiso[data-compromiso="sin-1-01"]').innerText()).not.toContain("No se cuenta");
    expect(await page.locator("li.compromiso.descartada").count()).toBe(1);
    await page.close();
  });

  it("?fecha= chooses the month shown and is kept in the address; an invalid one is said so", async () => {
    const {page, log} = await openPage(browser, `${site.url}/estados/05.html?fecha=2016-12`);
    expect(log.errors).toEqual([]);
    expect(await page.locator("#observablehq-main").innerText()).toContain("Al cierre de diciembre de 2016");
    const row = phases.find((r) => r.clave_inegi === "05" && r.fecha === "2016-12-31")!;
    expect(await page.locator(".estado-ahora .card").nth(2).innerText()).toContain(String(row.meses_en_fase));
    await page.getByRole("button", {name: "Mes siguiente"}).click();
    await page.waitForFunction(() => new URLSearchParams(location.search).get("fecha") === "2017-01-31");
    await page.close();
    const bad = await openPage(browser, `${site.url}/estados/05.html?fecha=2099-01`);
    expect(await bad.page.locator(".aviso[role=alert]").innerText()).toContain("«2099-01» no está en el registro");
    await bad.page.close();
  });

  it("axe-core finds no serious or critical violation on a sample of state pages, at 1280 and 390 px", async () => {
    const visits = await stateVisits();
    for (const clave of AXE_SAMPLE) {
      expect(visits.get(clave)!.violations, `/estados/${clave} @1280`).toEqual([]);
      const {page} = await openPage(browser, `${site.url}/estados/${clave}.html`, 390);
      expect(seriousOrCritical(await axeViolations(page)), `/estados/${clave} @390`).toEqual([]);
      if (clave === "05") await capture(page, {path: join(SHOTS, "estado-05-390.png"), fullPage: true});
      await page.close();
    }
  }, 240_000);

  it("a shape of the home map, the home tables and the search lead to the state's page", async () => {
    const {page} = await openPage(browser, `${site.url}/`);
    await page.locator('figure.mapa path[data-clave="29"]').click();
    await page.waitForURL(/\/estados\/29\.html(\?fecha=[\d-]+)?$/); // the home map keeps its date
    expect(await page.locator("#observablehq-main h1").first().innerText()).toBe("Tlaxcala");
    await page.goBack({waitUntil: "networkidle"});
    await page.locator("table.semaforo a", {hasText: /^Durango$/}).click();
    await page.waitForURL(/\/estados\/10\.html(\?fecha=[\d-]+)?$/);
    await page.goBack({waitUntil: "networkidle"});
    await page.locator("table.ultimo-hito a", {hasText: /^Jalisco$/}).click();
    await page.waitForURL(/\/estados\/14\.html(\?fecha=[\d-]+)?$/);
    const input = page.locator("#observablehq-search input");
    await input.fill("queretaro");
    await page.locator("#observablehq-search-results li a", {hasText: /^Querétaro$/}).click();
    await page.waitForURL(/\/estados\/22\.html$/);
    expect(await page.locator("#observablehq-main h1").first().innerText()).toBe("Querétaro");
    await page.close();
  });
});
