/**
 * A compromiso counts once wherever the project counts compromisos: a row that a decision sets aside (a
 * second source's row of a compromiso already counted) is never counted again — not in the plans' sizes,
 * not by theme, not among the scored compromisos.
 */
import {describe, expect, it} from "vitest";
import {loadRegistry} from "../loaders/registry/registry.js";
import {discardedIds} from "../metrics/model/decisions.js";
import {planCompromisos} from "../metrics/plan-compromisos.js";
import {COMPROMISOS_CALIDAD} from "../metrics/commitment-quality.js";
import {compromisosByTheme} from "../metrics/themes.js";
import {usedCompromisos} from "../metrics/used-compromisos.js";

describe("compromisos counted once", async () => {
  const registry = await loadRegistry();
  const setAside = discardedIds(registry.decisiones, "compromisos");

  it("the shipped registry sets aside four rows, second sources of compromisos of Sinaloa and the Estado de México", () => {
    expect([...setAside].sort()).toEqual([
      "mex-1-01-ogp",
      "mex-1-p1-ogp",
      "mex-1-p3-edomexaldia",
      "sin-1-01-adnportal"
    ]);
    expect(usedCompromisos(registry).length).toBe(registry.compromisos.length - 4);
  });

  it("compromisos_por_tema adds up, nationally and per state, to the compromisos the project counts", () => {
    const byTheme = compromisosByTheme(registry);
    const used = usedCompromisos(registry);
    const sum = (clave: string | null) =>
      byTheme.filter((r) => r.clave_inegi === clave).reduce((a, r) => a + r.compromisos, 0);
    expect(sum(null)).toBe(used.length);
    for (const clave of ["25", "15", "05"])
      expect(sum(clave), clave).toBe(used.filter((c) => c.clave_inegi === clave).length);
    // Sinaloa's first plan: three compromisos by title, none with a theme (the set-aside row had none either).
    expect(byTheme.filter((r) => r.clave_inegi === "25")).toEqual([
      {clave_inegi: "25", tema: "sin dato", compromisos: 3}
    ]);
  });

  it("compromisos_calidad has one row per compromiso counted, none for a set-aside row", () => {
    const rows = COMPROMISOS_CALIDAD.compute(registry);
    expect(rows.length).toBe(usedCompromisos(registry).length);
    for (const id of setAside)
      expect(
        rows.some((r) => r.compromiso_id === id),
        id
      ).toBe(false);
  });

  it("the plans' sizes count titles without the set-aside rows", () => {
    const titles = (key: string) => {
      const p = planCompromisos(registry).get(key)!;
      return p.titulos + p.titulosProactivos;
    };
    const rows = (clave: string, ejercicio: number) =>
      registry.compromisos.filter((c) => c.clave_inegi === clave && c.ejercicio === ejercicio);
    expect(titles("25|1")).toBe(rows("25", 1).length - 1);
    expect(titles("15|1")).toBe(rows("15", 1).length - 3);
  });
});
