import {describe, expect, it} from "vitest";
import {loadRegistry} from "../loaders/registry/registry.js";
import {attainmentOnDate, datedAttainments, datedAttainmentsAsOf, plansAtPosition} from "../metrics/attainment.js";
import type {Row} from "../metrics/model/schema.js";
import {LOGROS, type HitoTipo} from "../metrics/model/vocabulary.js";
import {monthlyPhases} from "../metrics/monthly-phases.js";
import {dayKey, type PhaseEvidence} from "../metrics/phase-evidence.js";
import {phaseOnDate} from "../metrics/phase-on-date.js";

const ev = (ejercicio: number, stage: number, min: string | null, max: string): PhaseEvidence => ({
  clave_inegi: "05",
  ejercicio,
  stage,
  min,
  max,
  origen: "x",
  minKey: min === null ? -1 : dayKey(min),
  maxKey: dayKey(max)
});
const at = (evidence: PhaseEvidence[], date: string, participa: boolean | null = true) =>
  attainmentOnDate(evidence, dayKey(date), phaseOnDate(evidence, date, participa));

describe("attainmentOnDate(evidence, day, phase)", () => {
  const firstRound = [
    ev(1, 1, "2015-03-09", "2015-03-09"),
    ev(1, 3, "2015-09-28", "2015-09-28"),
    ev(1, 4, "2016-08-04", "2016-08-04")
  ];

  it("keeps the first round's plan when a second round starts (the phase says where the round is, logro what was done)", () => {
    const two = [...firstRound, ev(2, 2, "2018-07-01", "2018-07-31")];
    expect(phaseOnDate(two, "2018-08-31", true)).toMatchObject({fase: "sensibilizacion", ejercicio: 2});
    expect(at(two, "2018-08-31")).toEqual({
      logro: "pal",
      logro_posible: "pal",
      pal_publicados: 1,
      pal_publicados_posibles: 1,
      ciclos_cerrados: 0
    });
  });

  it("grows step by step, a cierre making the cycle closed, and says what the dates make only possible", () => {
    expect(at(firstRound, "2015-03-31").logro).toBe("declaratoria");
    expect(at(firstRound, "2015-09-30").logro).toBe("stl");
    expect(at(firstRound, "2016-08-31")).toMatchObject({logro: "pal", pal_publicados: 1});
    const closing = [...firstRound, ev(1, 6, "2017-01-01", "2017-12-31")];
    expect(at(closing, "2017-06-30")).toMatchObject({
      logro: "pal",
      logro_posible: "ciclo_cerrado",
      ciclos_cerrados: 0
    });
    expect(at(closing, "2017-12-31")).toMatchObject({logro: "ciclo_cerrado", ciclos_cerrados: 1});
    const palInterval = [...firstRound.slice(0, 2), ev(1, 4, "2016-08-01", "2016-10-31")];
    expect(at(palInterval, "2016-09-30")).toMatchObject({
      logro: "stl",
      logro_posible: "pal",
      pal_publicados: 0,
      pal_publicados_posibles: 1
    });
  });

  it("does not take sensibilización alone for a Declaratoria; a later ejercicio implies the earlier one's steps", () => {
    expect(at([ev(1, 2, "2016-01-10", "2016-01-10")], "2016-02-29").logro).toBe("ninguno");
    expect(at([ev(2, 2, "2019-01-10", "2019-01-10")], "2019-02-28")).toMatchObject({logro: "pal", pal_publicados: 1});
  });

  it("gives sin_dato with null counts where the state cannot be placed, never zero; zero for states not (yet) taking part", () => {
    expect(at([], "2018-12-31", true)).toEqual({
      logro: "sin_dato",
      logro_posible: "sin_dato",
      pal_publicados: null,
      pal_publicados_posibles: null,
      ciclos_cerrados: null
    });
    expect(at([ev(1, 1, null, "2016-12-31")], "2016-06-30")).toMatchObject({
      logro: "sin_dato",
      logro_posible: "declaratoria",
      pal_publicados: null,
      pal_publicados_posibles: 0
    });
    expect(at([], "2018-12-31", false)).toMatchObject({logro: "no_participa", pal_publicados: 0, ciclos_cerrados: 0});
    expect(at(firstRound, "2015-01-31")).toMatchObject({logro: "ninguno", pal_publicados: 0, ciclos_cerrados: 0});
  });

  it("counts plans as the panorama does: one per earlier ejercicio, and the current one from stage 4", () => {
    expect([plansAtPosition(0, 0), plansAtPosition(1, 3), plansAtPosition(1, 4), plansAtPosition(3, 2)]).toEqual([
      0, 0, 1, 2
    ]);
  });
});

const hito = (id: string, ejercicio: number, tipo: HitoTipo, min: string | null, max: string): Row<"hitos"> => ({
  hito_id: id,
  clave_inegi: "10",
  ejercicio,
  tipo,
  fecha_min: min,
  fecha_max: max,
  fuente_id: `f-${id}`,
  cita: "c"
});

describe("datedAttainments(registry): the table logros", () => {
  it("lists the first Declaratoria and STL, each PAL and each cierre, with the used milestone's own dates", () => {
    const rows = datedAttainments({
      hitos: [
        hito("decl1", 1, "declaratoria", "2015-03-09", "2015-03-09"),
        hito("stl1", 1, "instalacion_stl", "2015-04-10", "2015-04-10"),
        hito("pal1", 1, "publicacion_pal", null, "2015-08-31"),
        hito("pal1b", 1, "publicacion_pal", "2015-08-25", "2015-08-25"),
        hito("pal1c", 1, "publicacion_pal", "2015-08-24", "2015-08-24"),
        hito("decl2", 2, "declaratoria", "2018-01-15", "2018-01-15"),
        hito("stl2", 2, "instalacion_stl", "2018-05-01", "2018-05-31"),
        hito("mesas2", 2, "mesas", "2018-06-01", "2018-06-01"),
        hito("pal2", 2, "publicacion_pal", "2019-01-01", "2019-12-31")
      ],
      decisiones: [
        {
          decision_id: "d",
          tabla: "hitos",
          ids_en_conflicto: "pal1b;pal1c",
          id_usado: "pal1b",
          razon: "r",
          fuente_id: "f",
          cita: "c"
        } as unknown as Row<"decisiones">
      ]
    });
    expect(rows.map((r) => [r.logro, r.ejercicio, r.fecha_min, r.fecha_max, r.hito_id, r.fuente_id])).toEqual([
      ["declaratoria", 1, "2015-03-09", "2015-03-09", "decl1", "f-decl1"],
      ["stl", 1, "2015-04-10", "2015-04-10", "stl1", "f-stl1"],
      // The decision sets pal1c aside; of the two rows left, the day is narrower than "a más tardar".
      ["pal", 1, "2015-08-25", "2015-08-25", "pal1b", "f-pal1b"],
      ["pal", 2, "2019-01-01", "2019-12-31", "pal2", "f-pal2"]
    ]);
  });
});

describe("attainment on the real registry", async () => {
  const registry = await loadRegistry();
  const phases = monthlyPhases(registry);
  const row = (clave: string, fecha: string) => phases.find((p) => p.clave_inegi === clave && p.fecha === fecha)!;

  it("Coahuila on 2018-12-31 is in the sensibilización of its second round and keeps its first plan (4 Aug 2016) and its closed cycle", () => {
    expect(row("05", "2018-12-31")).toMatchObject({
      fase: "sensibilizacion",
      ejercicio: 2,
      pal_publicados: 1,
      ciclos_cerrados: 1,
      // Its first cycle's cierre (2017, semilla 000) is certain by then: the furthest step is the closed cycle.
      logro: "ciclo_cerrado",
      compromisos: 7
    });
    expect(datedAttainments(registry).filter((l) => l.clave_inegi === "05" && l.logro === "pal")).toMatchObject([
      {ejercicio: 1, fecha_min: "2016-08-04", fecha_max: "2016-08-04", fuente_id: "semilla-001"},
      {ejercicio: 2, fecha_min: "2020-02-26", fecha_max: "2020-02-26"}
    ]);
  });

  it("shows a dated view only the achievements known by then, marking those whose interval reaches past the date", () => {
    const logros = datedAttainments(registry);
    expect(datedAttainmentsAsOf(logros, "05", "2018-12-31").map((l) => [l.logro, l.ejercicio, l.posterior])).toEqual([
      ["declaratoria", 1, "no"],
      ["stl", 1, "no"],
      ["pal", 1, "no"],
      ["ciclo_cerrado", 1, "no"]
    ]);
    expect(datedAttainmentsAsOf(logros, "05", "2017-06-30").map((l) => [l.logro, l.posterior])).toEqual([
      ["declaratoria", "no"],
      ["stl", "no"],
      ["pal", "no"],
      ["ciclo_cerrado", "posible"]
    ]);
  });

  it("never loses an achievement: logro, PALs and closed cycles never go down from one month to the next", () => {
    const rank = new Map(LOGROS.map((l, k) => [l, k]));
    let checked = 0;
    for (let k = 1; k < phases.length; k++) {
      const [a, b] = [phases[k - 1], phases[k]];
      if (a.clave_inegi !== b.clave_inegi || a.logro === "sin_dato" || b.logro === "sin_dato") continue;
      checked++;
      expect(rank.get(b.logro)!, `${b.clave_inegi} ${b.fecha}`).toBeGreaterThanOrEqual(rank.get(a.logro)!);
      expect(b.pal_publicados!, `${b.clave_inegi} ${b.fecha}`).toBeGreaterThanOrEqual(a.pal_publicados!);
      expect(b.ciclos_cerrados!).toBeGreaterThanOrEqual(a.ciclos_cerrados!);
    }
    expect(checked).toBeGreaterThan(3000);
  });

  it("agrees with the phase: unknown counts are null exactly where the state cannot be placed, and possible ≥ certain", () => {
    for (const p of phases) {
      expect(p.pal_publicados === null, `${p.clave_inegi} ${p.fecha}`).toBe(p.fase === "sin_dato");
      expect(p.compromisos === null).toBe(p.fase === "sin_dato");
      if (p.pal_publicados !== null) expect(p.pal_publicados_posibles!).toBeGreaterThanOrEqual(p.pal_publicados);
    }
    // Baja California Sur and Nayarit: no source places them on any date.
    expect(phases.filter((p) => p.clave_inegi === "03").every((p) => p.logro === "sin_dato")).toBe(true);
  });

  it("has a dated row in logros for every PAL and cierre the monthly panel counts from a milestone, and no row without one", () => {
    const logros = datedAttainments(registry);
    const milestones = new Set(registry.hitos.map((h) => h.hito_id));
    expect(logros.every((l) => milestones.has(l.hito_id))).toBe(true);
    // Each state's first PAL row is dated no later than the first month its panel row counts a plan from a milestone.
    for (const l of logros.filter((x) => x.logro === "pal" && x.ejercicio === 1)) {
      const month = phases.find((p) => p.clave_inegi === l.clave_inegi && p.fecha >= l.fecha_max)!;
      expect(month.pal_publicados, `${l.clave_inegi}`).toBeGreaterThanOrEqual(1);
    }
  });
});
