import {execFile, spawnSync} from "node:child_process";
import {mkdtemp} from "node:fs/promises";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {promisify} from "node:util";
import type {Browser} from "playwright-core";
import {afterAll, beforeAll, describe, expect, it} from "vitest";
import {loadRegistry} from "../loaders/registry.js";
import {publishedTableDefs} from "../loaders/outputs.js";
import {latestMilestones} from "../metrics/latest-milestone.js";
import {launchChromium, openPage} from "./helpers/browser.js";
import {mutatedRegistry} from "./helpers/registry-fixture.js";
import {serveStatic} from "./helpers/static-server.js";

const run = promisify(execFile);
const root = new URL("..", import.meta.url).pathname;

/** True where this machine can cut a command off the network (`unshare -n`, as root). */
const canUnshare = spawnSync("unshare", ["-n", "true"]).status === 0;

/** Builds the site into a fresh folder, with no network where possible; returns the folder. */
async function buildSite(env: NodeJS.ProcessEnv = {}): Promise<string> {
  const out = join(await mkdtemp(join(tmpdir(), "sitio-")), "dist");
  const command = canUnshare ? ["unshare", "-n", process.execPath] : [process.execPath];
  await run(command[0], [...command.slice(1), "--import", "tsx", "scripts/build-site.ts", "--out", out], {cwd: root, env: {...process.env, ...env}, maxBuffer: 64 * 1024 * 1024});
  return out;
}

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

describe("the built site, on the shipped registry", () => {
  let site: {url: string; close: () => Promise<void>};
  beforeAll(async () => {
    if (process.env.CI) expect(canUnshare, "CI must be able to build with unshare -n (no network)").toBe(true);
    site = await serveStatic(await buildSite());
  }, 180_000);
  afterAll(async () => site?.close());

  it("home page lists the 32 entities with their latest milestone, and asks nothing of any other host", async () => {
    const {page, log} = await openPage(browser, `${site.url}/`);
    expect(log.errors).toEqual([]);
    expect(log.requests.filter((u) => !u.startsWith(site.url))).toEqual([]);
    expect(await page.getAttribute("html", "lang")).toBe("es-MX");
    const rows = page.locator("table.ultimo-hito tbody tr");
    expect(await rows.count()).toBe(32);
    const expected = latestMilestones(await loadRegistry());
    const sinDato = expected.filter((r) => r.tipo === null).length;
    expect(await page.locator("table.ultimo-hito tr.vacia").count()).toBe(sinDato);
    const coahuila = expected.find((r) => r.clave_inegi === "05")!;
    const row = rows.filter({has: page.locator("th", {hasText: /^Coahuila$/})});
    expect(await row.locator("td").nth(0).innerText()).toBe(coahuila.tipo_texto);
    expect(await row.locator("td").nth(2).innerText()).toBe(coahuila.fecha_texto);
    const puebla = rows.filter({has: page.locator("th", {hasText: /^Puebla$/})});
    if (expected.find((r) => r.clave_inegi === "21")!.tipo === null) expect(await puebla.innerText()).toContain("sin dato");
    expect(await page.locator("#observablehq-main a[href='./fases.html'], #observablehq-main a[href='./metrica.html'], #observablehq-main a[href='./datos.html']").count()).toBe(3);
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

  it("phases page shows a timeline and the semáforo of all 32 entities, with nothing from other hosts", async () => {
    const {page, log} = await openPage(browser, `${site.url}/fases.html`);
    expect(log.errors).toEqual([]);
    expect(log.requests.filter((u) => !u.startsWith(site.url))).toEqual([]);
    expect(await page.locator("table.semaforo tbody tr").count()).toBe(32);
    expect(await page.locator("svg rect").count()).toBeGreaterThan(32 * 100);
    // The chosen date goes into the address, and an address with a date opens on it.
    await page.locator("select").selectOption({label: "diciembre de 2016"});
    await page.waitForFunction(() => location.search === "?fecha=2016-12-31");
    const durango2016 = await page.locator("table.semaforo tbody tr", {hasText: "Durango"}).innerText();
    const {page: shared} = await openPage(browser, `${site.url}/fases.html?fecha=2016-12-31`);
    expect(await shared.locator("h2", {hasText: "Situación"}).innerText()).toBe("Situación diciembre de 2016");
    expect(await shared.locator("table.semaforo tbody tr", {hasText: "Durango"}).innerText()).toBe(durango2016);
    await shared.close();
    await page.close();
  });

  it("Métrica page charts and tabulates the 32 states, the federal and the national values of 2017", async () => {
    const {page, log} = await openPage(browser, `${site.url}/metrica.html`);
    expect(log.errors).toEqual([]);
    expect(log.requests.filter((u) => !u.startsWith(site.url))).toEqual([]);
    const rows = page.locator("table.mga tbody tr");
    expect(await rows.count()).toBe(34);
    expect(await rows.first().innerText()).toMatch(/^1\s+Ciudad de México\s+0\.511/);
    expect(await page.locator("svg circle, svg path[d]").count()).toBeGreaterThan(32 * 3);
    // The by-level table is pivoted in the browser with arquero: Aguascalientes' state and municipal subjects.
    const levels = page.locator("table.mga-niveles tbody tr");
    expect(await levels.count()).toBe(32);
    expect(await levels.first().innerText()).toBe("Aguascalientes\t0.405\t0.521");
    await page.close();
  });
});

describe("the built site, on a registry whose text carries HTML", () => {
  it("shows the text as text: nothing from the data runs or becomes markup", async () => {
    const registry = await mutatedRegistry(
      {file: "hitos.csv", replace: '"""en agosto de 2016"" (prueba)"', with: '"<img src=x onerror=""window.__xss=1""><script>window.__xss=2</script> (prueba)"'},
      {file: "entidades.csv", replace: "05,MX-COA,Coahuila de Zaragoza,Coahuila,", with: "05,MX-COA,Coahuila de Zaragoza,<b>Coahuila</b>,"}
    );
    const site = await serveStatic(await buildSite({TABLERO_REGISTRO_DIR: registry}));
    try {
      const {page} = await openPage(browser, `${site.url}/`);
      expect(await page.evaluate(() => (window as unknown as {__xss?: number}).__xss)).toBeUndefined();
      expect(await page.locator("table.ultimo-hito img, table.ultimo-hito script, table.ultimo-hito b").count()).toBe(0);
      const row = page.locator("table.ultimo-hito tbody tr", {has: page.locator("th", {hasText: "<b>Coahuila</b>"})});
      await row.locator("summary").click();
      expect(await row.locator("q").innerText()).toBe('<img src=x onerror="window.__xss=1"><script>window.__xss=2</script> (prueba)');
      await page.close();
    } finally {
      await site.close();
    }
  }, 180_000);
});
