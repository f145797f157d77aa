import {describe, expect, it} from "vitest";
import type {Registry, Row} from "../metrics/model/schema.js";
import type {Fase, HitoTipo} from "../metrics/model/vocabulary.js";
import {monthEnds} from "../metrics/month-ends.js";
import {monthlyPhases} from "../metrics/monthly-phases.js";
import type {PhaseEvidence} from "../metrics/phase-evidence.js";
import {dayKey, phaseEvidence} from "../metrics/phase-evidence.js";
import {calendarMonths, phaseOnDate, wholeMonths} from "../metrics/phase-on-date.js";
import {semaforo} from "../metrics/semaforo.js";

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

describe("phaseOnDate(evidence, date, participa)", () => {
  const durango = [
    ev(1, 1, "2015-03-09", "2015-03-09"),
    ev(1, 3, "2015-04-10", "2015-04-10"),
    ev(1, 4, "2015-08-25", "2015-08-25")
  ];

  it("gives the furthest phase certainly reached, with the months since it was entered", () => {
    expect(phaseOnDate(durango, "2015-06-30", true)).toEqual({
      fase: "stl_instalado",
      ejercicio: 1,
      certeza: "cierta",
      fase_posible: "stl_instalado",
      ejercicio_posible: 1,
      desde: "2015-04-10",
      meses_en_fase: 2
    });
    expect(phaseOnDate(durango, "2016-09-30", true)).toMatchObject({fase: "pal_en_seguimiento", meses_en_fase: 13});
  });

  it("says 'posible' when an interval lets a further phase have happened already", () => {
    const withInterval = [...durango.slice(0, 2), ev(1, 4, "2015-08-01", "2015-08-31")];
    expect(phaseOnDate(withInterval, "2015-08-15", true)).toMatchObject({
      fase: "stl_instalado",
      certeza: "posible",
      fase_posible: "pal_en_seguimiento"
    });
    expect(phaseOnDate(withInterval, "2015-08-31", true)).toMatchObject({
      fase: "pal_en_seguimiento",
      certeza: "cierta",
      desde: "2015-08-31",
      meses_en_fase: 0
    });
  });

  it("treats 'no later than' evidence as possible at any earlier date and certain from its bound", () => {
    const noLaterThan = [ev(1, 3, null, "2016-12-31")];
    expect(phaseOnDate(noLaterThan, "2016-06-30", true)).toMatchObject({
      fase: "sin_dato",
      certeza: "posible",
      fase_posible: "stl_instalado",
      meses_en_fase: null
    });
    expect(phaseOnDate(noLaterThan, "2016-12-31", true)).toMatchObject({
      fase: "stl_instalado",
      certeza: "cierta",
      meses_en_fase: 0
    });
  });

  it("puts a later ejercicio ahead of any stage of an earlier one", () => {
    expect(
      phaseOnDate(
        [...durango, ev(1, 6, "2017-01-01", "2017-12-31"), ev(2, 3, "2019-04-09", "2019-04-09")],
        "2019-06-30",
        true
      )
    ).toMatchObject({fase: "stl_instalado", ejercicio: 2, meses_en_fase: 2});
  });

  it("says 'aun_no_se_suma' before every dated step, 'no_participa' for a state recorded as not taking part with no evidence; 'sin_dato' otherwise", () => {
    expect(phaseOnDate(durango, "2015-01-31", true)).toMatchObject({fase: "aun_no_se_suma", certeza: "cierta"});
    expect(phaseOnDate([], "2018-01-31", false)).toMatchObject({fase: "no_participa", certeza: "cierta"});
    expect(phaseOnDate([], "2018-01-31", null)).toMatchObject({
      fase: "sin_dato",
      certeza: "cierta",
      fase_posible: "sin_dato"
    });
    expect(phaseOnDate([], "2018-01-31", true)).toMatchObject({fase: "sin_dato"});
  });
});

describe("dayKey(day)", () => {
  it("orders days as numbers", () => {
    expect([dayKey("2015-03-09"), dayKey("2016-12-31")]).toEqual([20150309, 20161231]);
  });
});

describe("calendarMonths(from, to) and monthEnds(from, to)", () => {
  it("counts calendar months: the month of the date minus the month of the start, days ignored", () => {
    expect([
      calendarMonths("2015-04-10", "2015-06-30"),
      calendarMonths("2015-04-30", "2015-05-29"),
      calendarMonths("2015-04-30", "2015-05-30"),
      calendarMonths("2016-12-31", "2016-12-31"),
      calendarMonths("2018-12-31", "2019-02-28"),
      calendarMonths("2019-03-01", "2018-12-31")
    ]).toEqual([2, 1, 1, 0, 2, 0]);
  });
  it("tells elapsed whole months apart: a month counts once its day is reached (whether a source is after a deadline)", () => {
    expect([
      wholeMonths("2015-04-10", "2015-10-09"),
      wholeMonths("2015-04-10", "2015-10-10"),
      wholeMonths("2018-12-31", "2019-02-28"),
      wholeMonths("2019-03-01", "2018-12-31")
    ]).toEqual([5, 6, 1, 0]);
  });
  it("grows by one at each month-end from a phase entered on the 31st (whole months stalled: 0, 1, 1, 3)", () => {
    expect(monthEnds("2018-12", "2019-04-30").map((d) => calendarMonths("2018-12-31", d))).toEqual([0, 1, 2, 3, 4]);
  });
  it("lists the last day of each month, February included", () => {
    expect(monthEnds("2015-12", "2016-02-10")).toEqual(["2015-12-31", "2016-01-31", "2016-02-29"]);
    expect(monthEnds("2016-03", "2016-02-10")).toEqual([]);
  });
});

describe("semaforo(fase, mesesEnFase)", () => {
  it("turns amarillo and rojo at each phase's thresholds, gris and sin_dato apart", () => {
    expect([11, 12, 17, 18].map((m) => semaforo("pal_en_seguimiento", m))).toEqual([
      "verde",
      "amarillo",
      "amarillo",
      "rojo"
    ]);
    expect([5, 6, 12].map((m) => semaforo("stl_instalado", m))).toEqual(["verde", "amarillo", "rojo"]);
    expect([semaforo("no_participa", null), semaforo("sin_dato", null), semaforo("stl_instalado", null)]).toEqual([
      "gris",
      "sin_dato",
      "sin_dato"
    ]);
  });
});

const hito = (
  id: string,
  clave: string,
  ejercicio: number,
  tipo: HitoTipo,
  min: string | null,
  max: string
): Row<"hitos"> => ({
  hito_id: id,
  clave_inegi: clave,
  ejercicio,
  tipo,
  fecha_min: min,
  fecha_max: max,
  fuente_id: "f",
  cita: "c"
});
const status = (clave: string, fecha_corte: string, fase_normalizada: Fase | null): Row<"estatus_reportados"> => ({
  clave_inegi: clave,
  fecha_corte,
  fase: "x",
  fase_normalizada,
  semaforo: null,
  fuente_id: "f",
  cita: "c"
});

describe("phaseEvidence(registry, {withStatuses})", () => {
  const registry: Pick<Registry, "hitos" | "decisiones" | "estatus_reportados"> = {
    hitos: [
      hito("decl", "10", 1, "declaratoria", "2015-03-09", "2015-03-09"),
      hito("pal", "10", 1, "publicacion_pal", "2015-08-25", "2015-08-25"),
      hito("pal2", "10", 2, "publicacion_pal", null, "2019-12-31")
    ],
    decisiones: [],
    estatus_reportados: [
      status("10", "2016", "cierre_de_ciclo"),
      status("10", "2016", "pal_en_seguimiento"),
      status("10", "2017", null)
    ]
  };

  it("adds a reported status to the ejercicio of the milestones certain by its cut, unless a milestone already covers it", () => {
    const e = phaseEvidence(registry, {withStatuses: true}).get("10")!;
    // The status has no lower bound of its own: it cannot have happened before the PAL of its ejercicio (25 Aug 2015).
    expect(e.filter((x) => x.origen.startsWith("estatus")).map((x) => [x.ejercicio, x.stage, x.min, x.max])).toEqual([
      [1, 6, "2015-08-25", "2016-12-31"]
    ]);
    expect(
      phaseEvidence(registry, {withStatuses: false})
        .get("10")!
        .every((x) => !x.origen.startsWith("estatus"))
    ).toBe(true);
  });

  it("makes no position possible before every earlier position — same ejercicio and earlier ones — is possible", () => {
    const e = new Map(
      phaseEvidence(registry, {withStatuses: true})
        .get("10")!
        .map((x) => [x.origen, x.min])
    );
    // The second PAL, known only "no later than 2019", is not possible before the first ejercicio's steps.
    expect(e.get("pal2")).toBe("2015-08-25");
    expect(phaseOnDate(phaseEvidence(registry, {withStatuses: true}).get("10")!, "2015-01-31", true)).toMatchObject({
      fase: "aun_no_se_suma",
      fase_posible: "aun_no_se_suma",
      ejercicio_posible: null
    });
    // A step of an earlier position dated after a later one's last day caps the raise at that day (the interval stays valid).
    const early = {
      hitos: [
        hito("sens", "10", 1, "sensibilizacion", "2015-02-01", "2015-02-01"),
        hito("decl", "10", 1, "declaratoria", "2015-03-09", "2015-03-09")
      ],
      decisiones: [],
      estatus_reportados: []
    };
    expect(
      phaseEvidence(early, {withStatuses: false})
        .get("10")!
        .map((x) => [x.origen, x.min, x.max])
    ).toEqual([
      ["sens", "2015-02-01", "2015-02-01"],
      ["decl", "2015-03-09", "2015-03-09"]
    ]);
  });

  it("raises a 'no later than' milestone's first possible day to that of the steps the process puts before it", () => {
    const r = {
      hitos: [
        hito("pal1", "10", 1, "publicacion_pal", "2015-08-25", "2015-08-25"),
        hito("decl3", "10", 3, "declaratoria", "2020-12-15", "2020-12-15"),
        hito("pal3", "10", 3, "publicacion_pal", null, "2022-08-24"),
        hito("pal2", "10", 2, "publicacion_pal", null, "2019-12-31")
      ],
      decisiones: [],
      estatus_reportados: []
    };
    const byOrigin = new Map(
      phaseEvidence(r, {withStatuses: false})
        .get("10")!
        .map((e) => [e.origen, e.min])
    );
    expect(Object.fromEntries(byOrigin)).toEqual({
      pal1: "2015-08-25",
      decl3: "2020-12-15",
      pal3: "2020-12-15",
      pal2: "2015-08-25"
    });
    expect(phaseOnDate(phaseEvidence(r, {withStatuses: false}).get("10")!, "2016-12-31", true)).toMatchObject({
      fase: "pal_en_seguimiento",
      ejercicio: 1,
      fase_posible: "pal_en_seguimiento",
      ejercicio_posible: 2
    });
  });
});

describe("monthlyPhases(registry, until)", () => {
  it("has one row per state and month, with the semáforo of the phase and its months, judged only where a later source observed the state", () => {
    const registry = {
      entidades: [
        {clave_inegi: "10", participa: true},
        {clave_inegi: "31", participa: false}
      ] as Row<"entidades">[],
      hitos: [
        hito("decl", "10", 1, "declaratoria", "2015-03-09", "2015-03-09"),
        hito("stl", "10", 1, "instalacion_stl", "2015-04-10", "2015-04-10")
      ],
      decisiones: [],
      estatus_reportados: [] as Row<"estatus_reportados">[],
      fuentes: [] as Row<"fuentes">[],
      compromisos: [] as Row<"compromisos">[],
      planes: [] as Row<"planes">[]
    };
    const rows = monthlyPhases(registry, "2016-06-30");
    expect(rows).toHaveLength(2 * 18);
    const at = (c: string, f: string) => rows.find((r) => r.clave_inegi === c && r.fecha === f)!;
    // Before its first recorded step a taking-part state has not joined yet; a state recorded as never taking part does not take part.
    expect([at("10", "2015-02-28").fase, at("10", "2015-03-31").fase, at("10", "2015-04-30").fase]).toEqual([
      "aun_no_se_suma",
      "declaratoria_firmada",
      "stl_instalado"
    ]);
    expect(at("31", "2016-06-30")).toMatchObject({fase: "no_participa", semaforo: "gris", datos_hasta: null});
    // No source speaks of the state after 2015-04-10: past the deadline the record cannot say it is behind.
    expect(at("10", "2015-10-31").datos_hasta).toBe("2015-04-10");
    expect([at("10", "2015-09-30").semaforo, at("10", "2015-10-31").semaforo, at("10", "2016-04-30").semaforo]).toEqual(
      ["verde", "sin_seguimiento", "sin_seguimiento"]
    );
    // A status report of June 2016 still at the STL observes the delay: amarillo after 6 months, rojo after 12.
    const followed = {...registry, estatus_reportados: [status("10", "2016-06", "stl_instalado")]};
    const again = monthlyPhases(followed, "2016-06-30");
    const at2 = (f: string) => again.find((r) => r.clave_inegi === "10" && r.fecha === f)!;
    expect([at2("2015-09-30").semaforo, at2("2015-10-31").semaforo, at2("2016-04-30").semaforo]).toEqual([
      "verde",
      "amarillo",
      "rojo"
    ]);
    expect(at2("2015-10-31").datos_hasta).toBe("2016-06-30");
  });
});
