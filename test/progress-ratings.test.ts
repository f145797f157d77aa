import {mkdtemp} from "node:fs/promises";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {build} from "esbuild";
import {describe, expect, it} from "vitest";
import {loadRegistry} from "../loaders/registry/registry.js";

/** The component's signature (src/components/progress-ratings.ts, type-checked by tsconfig.site.json). */
type ProgressRatings = (
  avances: readonly Record<string, unknown>[],
  fuentes: readonly Record<string, unknown>[]
) => HTMLElement;

// The component imports htl as Framework serves it ("npm:htl"): bundle it with that name mapped to the package.
const out = join(await mkdtemp(join(tmpdir(), "progress-ratings-")), "component.mjs");
await build({
  entryPoints: [new URL("../src/components/progress-ratings.ts", import.meta.url).pathname],
  bundle: true,
  format: "esm",
  platform: "neutral",
  alias: {"npm:htl": "htl"},
  outfile: out,
  logLevel: "silent"
});
// htl builds DOM nodes with the page's document: give it one (jsdom comes with Framework and vitest).
const jsdom: string = "jsdom";
const {JSDOM} = (await import(jsdom)) as {JSDOM: new (page: string) => {window: Record<string, unknown>}};
const {window} = new JSDOM("<!doctype html><html><body></body></html>");
for (const name of ["document", "Node", "NodeList", "HTMLCollection", "Element", "DocumentFragment", "Text"])
  Object.assign(globalThis, {[name]: window[name]});
const {progressRatings} = (await import(out)) as {progressRatings: ProgressRatings};
const registry = await loadRegistry();
const of = (id: string) => registry.avances.filter((a) => a.compromiso_id === id);

describe("progressRatings(avances of one compromiso, fuentes): the rating beside who gave it", () => {
  it("shows MXJL0001's change of level as the source gives it, with the self-assessment named beside it", () => {
    const el = progressRatings(of("jal-3-01"), registry.fuentes);
    const text = el.textContent!.replace(/\s+/g, " ");
    expect(text).toContain("De limitado a sustancial");
    expect(text).toContain("From limited to substantial.");
    expect(text).toContain("calificó: Autoevaluación del gobierno responsable");
    expect(el.querySelector(".avance-fuente a")?.getAttribute("href")).toBe(
      registry.fuentes.find((f) => f.fuente_id === "opengovpartnership-sf-eocr-mxjl0001")!.url
    );
  });

  it("says when a rating is in the source's words only, and that a compromiso without ratings has none", () => {
    const words = progressRatings(of("jal-1-01"), registry.fuentes).textContent!;
    expect(words).toContain("todos los compromisos del 2017 se cumplieron");
    expect(words).toContain("Informe del ejercicio estatal");
    expect(words).toContain("Sin nivel");
    expect(progressRatings([], registry.fuentes).textContent).toContain("sin dato");
  });

  it("escapes the text of the data", () => {
    const [row] = of("mex-1-01");
    const el = progressRatings([{...row, nivel_fuente: "<img src=x onerror=alert(1)>"}], registry.fuentes);
    expect(el.querySelector("img")).toBeNull();
    expect(el.textContent).toContain("<img src=x onerror=alert(1)>");
  });
});
