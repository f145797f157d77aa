import {mkdir, readdir, readFile} from "node:fs/promises";
import {join} from "node:path";
import type {Browser, Page} from "playwright-core";
import {afterAll, beforeAll, describe, expect, it} from "vitest";
import {parseCsv} from "../loaders/registry/csv-parse.js";
import {isAfterViewDate, mgaEditionOn} from "../metrics/index.js";
import {readerQuote} from "../metrics/source-citation.js";
import {axeViolations, seriousOrCritical} from "./helpers/axe.js";
import {launchChromium, openPage} from "./helpers/browser.js";
import {shippedSite} from "./helpers/shipped-site.js";
import {serveStatic} from "./helpers/static-server.js";
import {capture} from "./helpers/capture.js";
import {forEachConcurrently} from "./helpers/concurrently.js";
import {developerText, readerText} from "./helpers/reader-text.js";

const root = new URL("..", import.meta.url).pathname;
/** Screenshots for people to look at (gitignored). */
const SHOTS = join(root, "test/output/site/explorar");

/** A published table of the built site as rows of strings (its CSV, parsed as RFC 4180). */
async function published(dist: string, table: string): Promise<Record<string, string>[]> {
  const dir = join(dist, "_file/data/registro");
  const file = (await readdir(dir)).find((f) => f.startsWith(`${table}.`) && f.endsWith(".csv"));
  const text = (await readFile(join(dir, file!), "utf8")).replace(/^\uFEFF/, "");
  const [header, ...records] = parseCsv(text, file!).records.map((r) => r.fields);
  return records.map((fields) => Object.fromEntries(header.map((name, i) => [name, fields[i] ?? ""])));
}

/**
 * The compromiso rows the project counts, from the published tables: every row of `compromisos` but those a
 * row of `decisiones` sets aside (its conflicting ids but the one used).
 */
async function countedCompromisos(dist: string): Promise<{counted: Record<string, string>[]; setAside: string[]}> {
  const setAside = (await published(dist, "decisiones"))
    .filter((d) => d.tabla === "compromisos")
    .flatMap((d) => d.ids_en_conflicto.split(";").filter((id) => id.trim() !== d.id_usado));
  const all = await published(dist, "compromisos");
  return {counted: all.filter((c) => !setAside.includes(c.compromiso_id)), setAside};
}

/** The compromiso ids the table shows, in order. */
const shownIds = (page: Page) =>
  page
    .locator("table.compromisos tbody tr[data-id]")
    .evaluateAll((trs) => trs.map((tr) => tr.getAttribute("data-id")!));

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

describe("explorer pages: compromisos, métrica, metas, casos", () => {
  it("a filtered view of each loads with no console error and no request to another host, and axe-core finds no serious or critical violation, at 1280 and 390 px", async () => {
    // The pages themselves are opened and checked by the sweep of test/site.test.ts; these are their views
    // with filters chosen in the address.
    const visits = [
      "/metrica.html?edicion=2021&origen=publicado&indicador=t",
      "/compromisos.html?q=educacion&entidad=04"
    ].flatMap((path) => [1280, 390].map((width) => ({path, width})));
    // Two pages at a time: one loads while axe-core checks the other.
    await forEachConcurrently(visits, 2, async ({path, width}) => {
      const {page, log} = await openPage(browser, `${site.url}${path}`, width);
      expect(log.errors, `${path} @${width}`).toEqual([]);
      expect(
        log.requests.filter((u) => !u.startsWith(site.url)),
        `${path} @${width}`
      ).toEqual([]);
      expect(seriousOrCritical(await axeViolations(page)), `${path} @${width}`).toEqual([]);
      expect(developerText(await readerText(page)), `${path} @${width}: texto de desarrollo`).toEqual([]);
      await capture(page, {
        path: join(SHOTS, `${path.slice(1).replace(/[^a-z0-9]+/gi, "_")}-${width}.png`),
        fullPage: true
      });
      await page.close();
    });
  }, 180_000);

  it("/compromisos: search with and without accents, or in other case, finds the same compromisos, by address and by typing", async () => {
    const compromisos = (await countedCompromisos(dist)).counted;
    const fold = (s: string) =>
      s
        .normalize("NFD")
        .replace(/[\u0300-\u036f]/g, "")
        .toLowerCase();
    const results = new Map<string, string[]>();
    // The first page stays open for the checks below.
    let queretaro: Page | undefined;
    for (const q of [
      "queretaro",
      "Querétaro",
      "QUERÉTARO",
      "educacion",
      "educación",
      "Educación",
      "pesqueria",
      "pesquería"
    ]) {
      const {page} = await openPage(browser, `${site.url}/compromisos.html?q=${encodeURIComponent(q)}`);
      results.set(q, await shownIds(page));
      if (q === "queretaro") queretaro = page;
      else await page.close();
    }
    expect(results.get("Querétaro")).toEqual(results.get("queretaro"));
    expect(results.get("QUERÉTARO")).toEqual(results.get("queretaro"));
    expect(results.get("educación")).toEqual(results.get("educacion"));
    expect(results.get("Educación")).toEqual(results.get("educacion"));
    expect(results.get("pesquería")).toEqual(results.get("pesqueria"));
    // "educacion" finds at least every compromiso whose title has the word, accents or not.
    const withWord = compromisos.filter((c) => fold(c.titulo).includes("educacion")).map((c) => c.compromiso_id);
    expect(withWord.length).toBeGreaterThan(0);
    for (const id of withWord) expect(results.get("educacion")).toContain(id);
    expect(results.get("pesqueria")!.length).toBeGreaterThan(0);
    // Querétaro has no compromisos in the record: the page says so rather than just "no results".
    expect(compromisos.filter((c) => c.clave_inegi === "22")).toEqual([]);
    expect(results.get("queretaro")).toEqual([]);
    const page = queretaro!;
    expect(await page.locator(".aviso").innerText()).toContain("El registro no tiene compromisos de Querétaro");
    // Typing gives the same rows as the address, and the address follows.
    await page.fill("form.filtros input[type=search]", "Educación");
    await expect.poll(() => shownIds(page)).toEqual(results.get("educacion"));
    expect(new URL(page.url()).searchParams.get("q")).toBe("Educación");
    await page.close();
  }, 60_000);

  it("/compromisos: each filter narrows the rows to what the data says, rows link to their state's page, and the filters stay in the address", async () => {
    // Each compromiso once: the rows a decision sets aside (a second source of a listed compromiso) are not listed.
    const {counted: compromisos, setAside} = await countedCompromisos(dist);
    expect(setAside.length).toBe(4);
    const ids = (rows: Record<string, string>[]) => rows.map((r) => r.compromiso_id).sort();
    const cases: [string, (c: Record<string, string>) => boolean][] = [
      ["entidad=14", (c) => c.clave_inegi === "14"],
      ["ejercicio=2", (c) => c.ejercicio === "2"],
      ["proactivo=si", (c) => c.proactivo === "si"],
      ["proactivo=sin_dato", (c) => c.proactivo === ""],
      ["tema=sin%20dato", (c) => c.tema === ""],
      ["tema=G%C3%A9nero", (c) => c.tema === "Género"],
      ["avance=sin_dato", (c) => c.avance === ""],
      ["avance=100", (c) => c.avance === "100"],
      ["entidad=10&ejercicio=1", (c) => c.clave_inegi === "10" && c.ejercicio === "1"],
      ["", () => true]
    ];
    // The last case, the page with no filter, stays open for the checks below.
    let unfiltered: Page | undefined;
    for (const [query, keep] of cases) {
      const {page, log} = await openPage(browser, `${site.url}/compromisos.html${query ? `?${query}` : ""}`);
      expect(log.errors).toEqual([]);
      const expected = ids(compromisos.filter(keep));
      // The count is written with the table: wait for it (a loaded machine renders late) before reading rows.
      await expect
        .poll(() => page.locator(".conteo").innerText(), {timeout: 30_000})
        .toMatch(new RegExp(`^${expected.length} de `));
      expect((await shownIds(page)).sort(), query).toEqual(expected);
      expect(await page.locator(".conteo").innerText(), query).toMatch(
        new RegExp(`^${expected.length} de ${compromisos.length} compromisos`)
      );
      if (query === "") unfiltered = page;
      else await page.close();
    }
    // Each row's state links to estados/<clave>.html (a static file: no rewrite needed).
    const page = unfiltered!;
    const links = await page
      .locator("table.compromisos tbody tr")
      .evaluateAll((trs) =>
        trs.map((tr) => [tr.getAttribute("data-clave"), tr.querySelector("td a")!.getAttribute("href")])
      );
    expect(links.length).toBe(compromisos.length);
    for (const id of setAside) expect(await page.locator(`table.compromisos tr[data-id="${id}"]`).count(), id).toBe(0);
    expect(await page.locator("p.apartados").innerText()).toContain("4 filas del registro no se listan aparte");
    for (const [clave, href] of links) expect(href).toBe(`./estados/${clave}.html`);
    // Choosing a filter writes it into the address; "Quitar filtros" removes them all.
    await page.selectOption("form.filtros select[name=entidad]", "05");
    await expect.poll(() => new URL(page.url()).searchParams.get("entidad")).toBe("05");
    expect((await shownIds(page)).sort()).toEqual(ids(compromisos.filter((c) => c.clave_inegi === "05")));
    await page.click("form.filtros button");
    await expect.poll(() => new URL(page.url()).search, {timeout: 30_000}).toBe("");
    // Counts by theme: the national rows of compromisos_por_tema.
    const porTema = (await published(dist, "compromisos_por_tema")).filter((r) => r.clave_inegi === "");
    const shown = await page
      .locator("table.temas tbody tr")
      .evaluateAll((trs) => trs.map((tr) => tr.querySelector("td.num")!.textContent));
    expect(shown.map(Number).reduce((a, b) => a + b, 0)).toBe(porTema.reduce((a, r) => a + Number(r.compromisos), 0));
    // …which count the same compromisos as the list.
    expect(porTema.reduce((a, r) => a + Number(r.compromisos), 0)).toBe(compromisos.length);
    await page.close();
    // An invalid filter is said, and not applied.
    const bad = await openPage(browser, `${site.url}/compromisos.html?entidad=99`);
    expect(await bad.page.locator(".aviso[role=alert]").innerText()).toContain("«entidad=99»");
    expect((await shownIds(bad.page)).length).toBe(compromisos.length);
    await bad.page.close();
  }, 90_000);

  it("/metrica: every edition with data is listed and shown, each value labelled with its origin, ranked only where all 32 states have one", async () => {
    const ediciones = await published(dist, "mga_ediciones");
    const combos = [...new Set(ediciones.map((r) => `${r.edicion}|${r.origen}`))];
    expect(new Set(ediciones.map((r) => r.edicion))).toEqual(new Set(["2017", "2019", "2021", "2023"]));
    const {page} = await openPage(browser, `${site.url}/metrica.html`);
    const listed = await page
      .locator("table.mga-ediciones tbody tr")
      .evaluateAll((trs) => trs.map((tr) => `${tr.getAttribute("data-edicion")}|${tr.getAttribute("data-origen")}`));
    expect(listed.sort()).toEqual(combos.sort());
    for (const year of ["2017", "2019", "2021", "2023"])
      expect(await page.locator(`fieldset.eleccion input[value="${year}"]`).count()).toBe(1);
    await page.close();
    for (const combo of combos) {
      const [edicion, origen] = combo.split("|");
      const rows = ediciones.filter((r) => r.edicion === edicion && r.origen === origen && r.indicador === "ga");
      const states = rows.filter((r) => r.ambito === "estatal");
      const {page, log} = await openPage(
        browser,
        `${site.url}/metrica.html?edicion=${edicion}&origen=${origen}&indicador=ga`
      );
      expect(log.errors, combo).toEqual([]);
      await expect.poll(() => page.locator("table.mga-ranking tbody tr").count(), {timeout: 30_000}).toBe(rows.length);
      const shown = await page.locator("table.mga-ranking tbody tr").evaluateAll((trs) =>
        trs.map((tr) => ({
          clave: tr.getAttribute("data-clave"),
          lugar: tr.children[0].textContent!.trim(),
          valor: tr.querySelector("td.valor")!.textContent,
          origen: tr.querySelector(".origen")!.textContent
        }))
      );
      expect(shown.length, combo).toBe(rows.length);
      for (const s of shown) expect(s.origen, combo).toBe(origen);
      for (const r of states) {
        const s = shown.find((x) => x.clave === r.clave_inegi)!;
        expect(s.valor, `${combo} ${r.nombre}`).toBe(Number(r.valor).toFixed(Number(r.decimales)));
        expect(s.lugar.replace(/\s*\(empate\)/, ""), `${combo} ${r.nombre}`).toBe(r.posicion);
      }
      const caption = await page.locator("table.mga-ranking caption").innerText();
      if (states.length === 32) expect(caption).toMatch(/^Lugar de las 32 entidades/);
      else expect(caption).toContain(`Sin lugares: sólo ${states.length} de 32 entidades`);
      // The map colours exactly the states with a value.
      const valued = await page
        .locator("figure.mapa path[data-clave]")
        .evaluateAll((ps) => ps.filter((p) => p.getAttribute("data-valor") !== "sin_dato").length);
      expect(await page.locator("figure.mapa path[data-clave]").count()).toBe(32);
      expect(valued, combo).toBe(states.length);
      await page.close();
    }
    // Sujetos obligados within each state: the levels table counts every sujeto of mga_sujetos, by level.
    const sujetos = (await published(dist, "mga_sujetos")).filter((s) => s.edicion === "2017" && s.clave_inegi);
    const levels = await openPage(browser, `${site.url}/metrica.html?entidad=29`);
    const counts = await levels.page
      .locator("table.mga-niveles tbody tr")
      .evaluateAll((trs) =>
        trs.map(
          (tr) =>
            [tr.getAttribute("data-clave"), Array.from(tr.querySelectorAll("td"), (td) => td.textContent)] as const
        )
      );
    expect(counts.length).toBe(new Set(sujetos.map((s) => s.clave_inegi)).size);
    for (const [clave, cells] of counts) {
      const mine = sujetos.filter((s) => s.clave_inegi === clave);
      expect([cells[0], cells[2], cells[4]], clave!).toEqual(
        [
          mine.filter((s) => s.nivel === "estatal").length,
          mine.filter((s) => s.nivel === "municipal").length,
          mine.length
        ].map(String)
      );
    }
    // The chosen state's sujetos are drawn one by one, and the address keeps the state.
    expect(await levels.page.locator("table.mga-tipos caption").innerText()).toContain("Tlaxcala");
    expect(await levels.page.locator("details.tabla-de-grafica tbody tr").count()).toBe(
      sujetos.filter((s) => s.clave_inegi === "29").length
    );
    await levels.page.close();
    // An edition that does not exist is said.
    const bad = await openPage(browser, `${site.url}/metrica.html?edicion=2015`);
    expect(await bad.page.locator(".aviso[role=alert]").innerText()).toContain("la edición «2015» no tiene datos");
    await bad.page.close();
  }, 90_000);

  it("/metas?fecha=2017-12-31 shows each target's outcome for each state it names, from metas_resultado", async () => {
    const resultados = (await published(dist, "metas_resultado")).filter((r) => r.fecha === "2017-12-31");
    const metas = await published(dist, "metas");
    expect(resultados.length).toBeGreaterThan(0);
    const {page, log} = await openPage(browser, `${site.url}/metas.html?fecha=2017-12-31`);
    expect(log.errors).toEqual([]);
    expect(await page.locator("section.meta").count()).toBe(metas.length);
    const shown = await page
      .locator("section.meta tr[data-clave]")
      .evaluateAll((trs) =>
        trs.map(
          (tr) =>
            `${tr.closest("section")!.getAttribute("data-meta")}|${tr.getAttribute("data-clave")}|${tr.getAttribute("data-resultado")}`
        )
      );
    expect(shown.sort()).toEqual(resultados.map((r) => `${r.meta_id}|${r.clave_inegi}|${r.resultado}`).sort());
    for (const r of resultados.filter((r) => r.retraso_dias_min && r.retraso_dias_min === r.retraso_dias_max)) {
      expect(
        await page.locator(`section[data-meta="${r.meta_id}"] tr[data-clave="${r.clave_inegi}"]`).innerText()
      ).toContain(`${r.retraso_dias_min} días`);
    }
    for (const m of metas)
      expect(await page.locator(`section[data-meta="${m.meta_id}"] details.cita .cita-texto`).textContent()).toBe(
        readerQuote(m.cita)
      );
    await page.close();
    const bad = await openPage(browser, `${site.url}/metas.html?fecha=2030-01-31`);
    expect(await bad.page.locator(".aviso[role=alert]").innerText()).toContain("la fecha «2030-01-31» no está");
    await bad.page.close();
  }, 60_000);

  it("/casos shows the six cases with their figures, source and compromiso (with how it was linked), filterable by theme", async () => {
    const casos = await published(dist, "casos");
    const cifras = await published(dist, "casos_cifras");
    const compromisos = new Map((await published(dist, "compromisos")).map((c) => [c.compromiso_id, c]));
    expect(casos.length).toBe(6);
    const {page, log} = await openPage(browser, `${site.url}/casos.html`);
    expect(log.errors).toEqual([]);
    await expect.poll(() => page.locator("article.caso").count(), {timeout: 30_000}).toBe(6);
    for (const c of casos) {
      const card = page.locator(`article[data-caso="${c.caso_id}"]`);
      const text = await card.innerText();
      for (const part of [c.problema, c.solucion, c.beneficios])
        expect(text).toContain(part.replace(/\s+/g, " ").trim().slice(0, 40));
      expect(await card.locator("h2 a").getAttribute("href")).toBe(`./estados/${c.clave_inegi}.html`);
      if (c.compromiso_id) expect(text).toContain(c.cita_compromiso.slice(0, 60));
      else expect(text).toContain("ninguna fuente permite decir de qué compromiso viene");
      for (const f of cifras.filter((f) => f.caso_id === c.caso_id)) {
        const li = card.locator(`li[data-caso-cifra="${f.cifra_id}"]`);
        expect(await li.locator(".big").innerText()).toBe(new Intl.NumberFormat("es-MX").format(Number(f.valor)));
        expect(await li.innerText()).toContain(f.unidad);
      }
    }
    await page.close();
    const temaDe = (c: Record<string, string>) => compromisos.get(c.compromiso_id)?.tema || "sin_dato";
    for (const tema of [...new Set(casos.map(temaDe))]) {
      const {page} = await openPage(browser, `${site.url}/casos.html?tema=${encodeURIComponent(tema)}`);
      const expected = casos
        .filter((c) => temaDe(c) === tema)
        .map((c) => c.caso_id)
        .sort();
      await expect
        .poll(
          async () =>
            (await page.locator("article.caso").evaluateAll((as) => as.map((a) => a.getAttribute("data-caso")))).sort(),
          {timeout: 30_000}
        )
        .toEqual(expected);
      await page.close();
    }
  }, 60_000);
});

describe("/comparar: unknown is never zero, every reference says its n and is never a state's own value, and the Métrica follows the date", () => {
  /** The state names drawn in the ranking chart (its y axis), and the reference line's label, if any. */
  const drawn = (page: Page) =>
    page
      .locator(".card figure, .card svg")
      .first()
      .evaluate((chart) => Array.from(chart.querySelectorAll("text"), (t) => t.textContent ?? ""));

  it("on every indicator of indicadores_estatales at the latest cut-off, exactly the states with a value are drawn and ranked; the count opens that list; the reference is the mean of those states, with its n, or none when fewer than two", async () => {
    const indicadores = await published(dist, "indicadores_estatales");
    const entidades = await published(dist, "entidades");
    const corte = [...new Set(indicadores.map((r) => r.fecha))].sort().at(-1)!;
    const dictionary = (await published(dist, "diccionario")).filter(
      (d) => d.tabla === "indicadores_estatales" && (d.tipo === "integer" || d.tipo === "number")
    );
    expect(dictionary.length).toBeGreaterThan(5);
    for (const {columna} of dictionary) {
      const where = `${columna} @${corte}`;
      const rows = indicadores.filter((r) => r.fecha === corte);
      const known = rows.filter((r) => r[columna] !== "");
      const {page, log} = await openPage(
        browser,
        `${site.url}/comparar.html?indicador=indicadores_estatales.${columna}&fecha=${corte}`
      );
      expect(log.errors, where).toEqual([]);
      // The count figure and its list agree with the published table.
      expect(await page.locator('[data-cifra="entidades_con_dato"]').innerText(), where).toBe(String(known.length));
      const listed = await page
        .locator('details[data-lista="entidades_con_dato"] li[data-clave]')
        .evaluateAll((lis) => lis.map((li) => li.getAttribute("data-clave")!));
      expect(listed.sort(), where).toEqual(known.map((r) => r.clave_inegi).sort());
      const unlisted = await page
        .locator('details[data-lista="entidades_sin_dato"] li[data-clave]')
        .evaluateAll((lis) => lis.map((li) => li.getAttribute("data-clave")!));
      expect([...listed, ...unlisted].sort(), where).toEqual(entidades.map((e) => e.clave_inegi).sort());
      // The chart draws the states with a value and no other.
      const names = new Map(entidades.map((e) => [e.clave_inegi, e.nombre_corto]));
      if (known.length) {
        const texts = await drawn(page);
        for (const r of known) expect(texts, `${where} ${r.clave_inegi}`).toContain(names.get(r.clave_inegi));
        for (const r of rows.filter((r) => r[columna] === ""))
          expect(texts, `${where} ${r.clave_inegi}`).not.toContain(names.get(r.clave_inegi));
        // The reference: mean of the states with a value, with its n; none with fewer than two.
        const reference = texts.find((t) => t.startsWith("promedio"));
        if (known.length >= 2) expect(reference, where).toBe(`promedio (n = ${known.length})`);
        else expect(reference, where).toBeUndefined();
      }
      // The table: the states with a value ranked, each against the mean of the others (never its own value).
      const table = await page.locator("table.ranking tbody tr").evaluateAll((trs) =>
        trs.map((tr) => ({
          clave: tr.getAttribute("data-clave")!,
          lugar: tr.children[0].textContent!.trim(),
          valor: tr.children[2].textContent!.trim(),
          frente: tr.children[3].textContent!.trim()
        }))
      );
      expect(table.length, where).toBe(32);
      const values = new Map(known.map((r) => [r.clave_inegi, Number(r[columna])]));
      for (const t of table) {
        if (!values.has(t.clave)) {
          expect([t.lugar, t.valor, t.frente], `${where} ${t.clave}`).toEqual(["", "sin dato", ""]);
          continue;
        }
        const others = [...values].filter(([k]) => k !== t.clave).map(([, v]) => v);
        if (!others.length) expect(t.frente, `${where} ${t.clave}`).toBe("sin referencia");
        else {
          const diff = values.get(t.clave)! - others.reduce((a, v) => a + v, 0) / others.length;
          const text = `${diff > 0 ? "+" : diff < 0 ? "−" : ""}${new Intl.NumberFormat("es-MX", {maximumFractionDigits: 3}).format(Math.abs(diff))}`;
          expect(t.frente, `${where} ${t.clave}`).toBe(`${text} (n = ${others.length})`);
        }
      }
      expect(
        table.filter((t) => t.lugar !== "").map((t) => Number(t.lugar)),
        where
      ).toEqual(known.map((_, i) => i + 1));
      await page.close();
    }
  }, 240_000);

  it("Fojas: only Coahuila reports them, so no reference is drawn and Coahuila is not measured against its own 11,169", async () => {
    const {page} = await openPage(browser, `${site.url}/comparar.html?indicador=indicadores_estatales.fojas`);
    const texts = await drawn(page);
    expect(texts).toContain("Coahuila");
    expect(texts.some((t) => t.startsWith("promedio") || t === "nacional")).toBe(false);
    // The table is folded under the chart: read its text, not what is rendered.
    expect(await page.locator('table.ranking tr[data-clave="05"]').textContent()).toContain("sin referencia");
    expect(await page.locator("table.ranking caption").textContent()).not.toMatch(/de 1 entidad/);
    await page.close();
  });

  it("the Métrica is read in the edition in force on the date (the latest on or before it), labelled; before any edition there is none, said so", async () => {
    const ediciones = await published(dist, "mga_ediciones");
    const indicadores = await published(dist, "indicadores_estatales");
    const outBy = ediciones.map((r) => ({
      edicion: Number(r.edicion),
      publicada_a_mas_tardar: r.publicada_a_mas_tardar || null
    }));
    for (const corte of [...new Set(indicadores.map((r) => r.fecha))].sort()) {
      const vigente = mgaEditionOn(outBy, corte)?.edicion;
      const {page, log} = await openPage(browser, `${site.url}/comparar.html?indicador=metrica.ga&fecha=${corte}`);
      expect(log.errors, corte).toEqual([]);
      if (vigente === undefined) {
        expect(await page.locator("p.edicion-vigente").count(), corte).toBe(0);
        expect(await page.locator("#observablehq-main").innerText(), corte).toContain(
          "no se había publicado con seguridad ninguna edición de la Métrica"
        );
        expect(await page.locator('[data-cifra="entidades_con_dato"]').innerText(), corte).toBe("0");
      } else {
        expect(await page.locator("p.edicion-vigente").getAttribute("data-edicion"), corte).toBe(String(vigente));
        expect(await page.locator("p.edicion-vigente").innerText(), corte).toContain(`Métrica ${vigente}`);
        const origen = ediciones.some((r) => r.edicion === String(vigente) && r.origen === "microdatos")
          ? "microdatos"
          : "publicado";
        const states = ediciones.filter(
          (r) => r.edicion === String(vigente) && r.origen === origen && r.indicador === "ga" && r.ambito === "estatal"
        );
        expect(await page.locator('[data-cifra="entidades_con_dato"]').innerText(), corte).toBe(String(states.length));
      }
      await page.close();
    }
  }, 120_000);
});

describe("/metas and /metrica: counts open their lists, later facts are marked, links keep the date", () => {
  it("/metas?fecha=2017-03-31: each outcome's count is the length of its list of states; every milestone dated after the date is marked, none before", async () => {
    const fecha = "2017-03-31";
    const resultados = (await published(dist, "metas_resultado")).filter((r) => r.fecha === fecha);
    const hitos = new Map((await published(dist, "hitos")).map((h) => [h.hito_id, h]));
    expect(resultados.length).toBeGreaterThan(0);
    const {page, log} = await openPage(browser, `${site.url}/metas.html?fecha=${fecha}`);
    expect(log.errors).toEqual([]);
    const counts = await page
      .locator("details.lista-cifra")
      .evaluateAll((ds) =>
        ds.map(
          (d) =>
            [
              d.getAttribute("data-lista")!,
              d.querySelector("[data-cifra]")!.textContent!,
              Array.from(d.querySelectorAll("li[data-clave]"), (li) => li.getAttribute("data-clave")!)
            ] as const
        )
      );
    const groups = new Map<string, string[]>();
    for (const r of resultados)
      groups.set(`${r.meta_id}.${r.resultado}`, [...(groups.get(`${r.meta_id}.${r.resultado}`) ?? []), r.clave_inegi]);
    expect(counts.map(([k]) => k).sort()).toEqual([...groups.keys()].sort());
    for (const [key, n, claves] of counts) {
      expect(n, key).toBe(String(claves.length));
      expect([...claves].sort(), key).toEqual(groups.get(key)!.sort());
    }
    for (const r of resultados) {
      const tr = page.locator(`section[data-meta="${r.meta_id}"] tr[data-clave="${r.clave_inegi}"]`);
      const h = r.hito_id ? hitos.get(r.hito_id) : undefined;
      const expected = h ? isAfterViewDate(h.fecha_min || null, h.fecha_max, fecha) : "no";
      expect(r.hito_posterior || "no", `${r.meta_id} ${r.clave_inegi}`).toBe(expected);
      expect(await tr.getAttribute("data-posterior"), `${r.meta_id} ${r.clave_inegi}`).toBe(expected);
      // The milestone's mark (the record's own «datos hasta» may be marked apart, data-posterior="si").
      const marks = tr.locator('small.posterior[data-posterior="cierto"], small.posterior[data-posterior="posible"]');
      expect(await marks.count(), `${r.meta_id} ${r.clave_inegi}`).toBe(expected === "no" ? 0 : 1);
      if (expected === "cierto") expect(await marks.innerText()).toContain("Posterior a la fecha elegida");
      // The state's page opens on the same date.
      expect(await tr.locator("a").first().getAttribute("href")).toBe(`./estados/${r.clave_inegi}.html?fecha=${fecha}`);
    }
    await page.close();
  }, 60_000);

  it("/metrica?fecha= shows the edition in force on that date, labelled, its count opens the list of states, and states lead to their page on that date", async () => {
    const ediciones = await published(dist, "mga_ediciones");
    // The 2017 edition was certainly out by 2019-08-09 (mga_ediciones.publicada_a_mas_tardar), the 2019 one later.
    const outBy = ediciones.map((r) => ({
      edicion: Number(r.edicion),
      publicada_a_mas_tardar: r.publicada_a_mas_tardar || null
    }));
    expect(mgaEditionOn(outBy, "2019-12-31")?.edicion).toBe(2017);
    const {page, log} = await openPage(browser, `${site.url}/metrica.html?fecha=2019-12-31`);
    expect(log.errors).toEqual([]);
    expect(await page.locator("p.edicion-vigente").getAttribute("data-edicion")).toBe("2017");
    expect(await page.locator("p.edicion-vigente").innerText()).toContain("la más reciente al 31 de diciembre de 2019");
    const states = ediciones.filter(
      (r) => r.edicion === "2017" && r.origen === "microdatos" && r.indicador === "ga" && r.ambito === "estatal"
    );
    expect(await page.locator('[data-cifra="mga_entidades_con_dato"]').innerText()).toBe(String(states.length));
    expect(await page.locator('details[data-lista="mga_entidades_con_dato"] li[data-clave]').count()).toBe(
      states.length
    );
    expect(await page.locator('figure.mapa a.entidad[data-clave="05"]').getAttribute("href")).toBe(
      "./estados/05.html?fecha=2019-12"
    );
    expect(await page.locator('table.mga-ranking tr[data-clave="05"] a').getAttribute("href")).toBe(
      "./estados/05.html?fecha=2019-12"
    );
    await page.close();
    // Before the first edition: said so, and the latest microdata shown.
    const early = await openPage(browser, `${site.url}/metrica.html?fecha=2016-06-30`);
    expect(await early.page.locator(".aviso.sin-edicion").innerText()).toContain(
      "no se había publicado con seguridad ninguna edición"
    );
    await early.page.close();
  }, 60_000);
});
