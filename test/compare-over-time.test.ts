import {describe, expect, it} from "vitest";
import {loadRegistry} from "../loaders/registry/registry.js";
import {attainmentRuns, compareSeries, seriesPeriods} from "../metrics/compare-over-time.js";
import {type MonthlyPhase, phasePanel} from "../metrics/monthly-phases.js";

const registry = await loadRegistry();
const fases = phasePanel(registry);
const runsOf = (clave: string) =>
  attainmentRuns(compareSeries(fases, [clave])).map((r) => [r.desde, r.hasta, r.meses, r.etiqueta, r.posible]);

describe("states side by side over time (compareSeries, attainmentRuns) on the shipped registry", () => {
  it("keeps the chosen states in the order asked, month by month, with the fields of fases_mensuales", () => {
    const s = compareSeries(fases, ["24", "09"], {desde: "2017-01-01", hasta: "2017-12-31"});
    expect(s.map((m) => m.clave_inegi)).toEqual([...Array(12).fill("24"), ...Array(12).fill("09")]);
    expect(s.slice(0, 12).map((m) => m.fecha.slice(0, 7))).toEqual(
      Array.from({length: 12}, (_, i) => `2017-${String(i + 1).padStart(2, "0")}`)
    );
    // San Luis Potosí published its first PAL on 11 May 2017: STL (step 3) in April, PAL (step 4) in May.
    const slp = (mes: string) => s.find((m) => m.clave_inegi === "24" && m.fecha.startsWith(mes))!;
    expect(slp("2017-04")).toMatchObject({logro: "stl", nivel: 3, pal_publicados: 0});
    expect(slp("2017-05")).toMatchObject({logro: "pal", nivel: 4, pal_publicados: 1});
    // Every value is the published row's own.
    for (const m of s) {
      const row = fases.find((r) => r.clave_inegi === m.clave_inegi && r.fecha === m.fecha)!;
      expect([m.logro, m.pal_publicados, m.compromisos]).toEqual([row.logro, row.pal_publicados, row.compromisos]);
    }
  });

  it("months no source places are gaps (null), never zero", () => {
    // Chiapas: no source places it before its Declaratoria of June 2016.
    const chiapas = compareSeries(fases, ["07"], {hasta: "2016-06-30"});
    expect(chiapas).toHaveLength(18);
    for (const m of chiapas.slice(0, 17))
      expect(m).toMatchObject({logro: null, nivel: null, pal_publicados: null, compromisos: null});
    expect(chiapas[17]).toMatchObject({logro: "declaratoria", nivel: 2, pal_publicados: 0});
    expect(runsOf("07")).toEqual([
      ["2015-01-31", "2016-05-31", 17, "Sin dato", false],
      ["2016-06-30", "2024-05-31", 96, "Declaratoria firmada", false]
    ]);
  });

  it("certain and possible stay apart: a run says what may already have happened", () => {
    // Estado de México: Declaratoria for certain, a PAL possible, until its STL and then its PAL are dated.
    expect(runsOf("15")).toEqual([
      ["2015-01-31", "2016-05-31", 17, "Sin Declaratoria todavía", false],
      ["2016-06-30", "2020-06-30", 49, "Declaratoria firmada (pudo ser: PAL publicado)", true],
      ["2020-07-31", "2023-08-31", 38, "STL instalado (pudo ser: PAL publicado)", true],
      ["2023-09-30", "2024-05-31", 9, "PAL publicado", false]
    ]);
    const m = compareSeries(fases, ["15"], {desde: "2018-12-31", hasta: "2018-12-31"})[0];
    expect(m).toMatchObject({nivel: 2, nivel_posible: 4});
    expect(m.pal_publicados_posibles! > m.pal_publicados!).toBe(true);
  });

  it("the runs cover every month exactly once", () => {
    const s = compareSeries(fases, ["09", "24", "15"]);
    const runs = attainmentRuns(s);
    expect(runs.reduce((n, r) => n + r.meses, 0)).toBe(s.length);
    expect(runs.filter((r) => r.clave_inegi === "24").map((r) => r.etiqueta)).toEqual([
      "Sin Declaratoria todavía",
      "Declaratoria firmada",
      "STL instalado",
      "PAL publicado"
    ]);
  });

  it("the table's periods: a new one whenever any plotted value changes, covering every month once", () => {
    const s = compareSeries(fases, ["24"], {hasta: "2019-12-31"});
    const periods = seriesPeriods(s);
    expect(periods.reduce((n, p) => n + p.meses, 0)).toBe(s.length);
    // Each period's values are those of every month in it, and two neighbours differ in something.
    for (const [i, p] of periods.entries()) {
      for (const m of s.filter((m) => m.fecha >= p.desde && m.fecha <= p.hasta))
        expect([m.logro, m.logro_posible, m.pal_publicados, m.compromisos]).toEqual([
          p.logro,
          p.logro_posible,
          p.pal_publicados,
          p.compromisos
        ]);
      if (i > 0)
        expect(periods[i - 1]).not.toMatchObject({
          ...p,
          desde: expect.anything(),
          hasta: expect.anything(),
          meses: expect.anything()
        });
    }
    // San Luis Potosí's PAL of May 2017 opens a period with one PAL published.
    expect(periods.find((p) => p.desde === "2017-05-31")).toMatchObject({logro: "pal", pal_publicados: 1});
  });

  it("refuses two rows of one state in one month; an unknown state gives no rows", () => {
    const row = fases.find((r) => r.clave_inegi === "09")!;
    expect(() => compareSeries([row, row] as MonthlyPhase[], ["09"])).toThrow(/dos filas de 09/);
    expect(compareSeries(fases, ["99"])).toEqual([]);
  });
});
