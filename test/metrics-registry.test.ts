import {describe, expect, it} from "vitest";
import {publishedTableDefs} from "../loaders/publish/outputs.js";
import {loadRegistry} from "../loaders/registry/registry.js";
import {METRIC_CATALOGUE} from "../metrics/tables.js";
import {derivedTotals} from "../metrics/derived-totals.js";
import {mgaByGroup, mgaByState} from "../metrics/mga-aggregate.js";
import {nationalProgress, stateProgress, stateProgressSeries} from "../metrics/progress.js";
import {nationalProgressSeries} from "../metrics/national-series.js";
import {monthEnds} from "../metrics/month-ends.js";
import {syntheticRegistry} from "../bench/synthetic-registry.js";
import {compareWithReported} from "../metrics/semaforo-vs-reported.js";
import {mgaEditions} from "../metrics/mga-editions.js";
import {monthlyPhases} from "../metrics/monthly-phases.js";
import {wholeMonths} from "../metrics/phase-on-date.js";
import {SEMAFORO_THRESHOLDS} from "../metrics/semaforo-thresholds.js";

const registry = await loadRegistry();

describe("derivedTotals on the registry's real facts", () => {
  const rows = derivedTotals(registry);
  const find = (fuente: string, indicador: string) =>
    rows.find((r) => r.fuente_id === fuente && r.indicador === indicador)!;

  it("rebuilds INAI's end-of-2017 counts of STL and PAL (El Universal, 3 Jan 2018) state by state", () => {
    expect(find("eluniversal-2018-01-03", "stl_instalados")).toMatchObject({
      valor_reportado: 16,
      valor_derivado: 16,
      reconstruible: true,
      fecha_limite: "2018-01-03"
    });
    expect(find("eluniversal-2018-01-03", "pal_publicados")).toMatchObject({
      valor_reportado: 10,
      valor_derivado: 10,
      reconstruible: true
    });
    expect(find("eluniversal-2018-01-03", "pal_publicados").entidades).toBe(
      "Campeche, Coahuila, Durango, Jalisco, Morelos, Oaxaca, San Luis Potosí, Tlaxcala, Veracruz, Zacatecas"
    );
  });

  it("rebuilds the 23 states that had signed in 2016 (seed 002) and the 27 and 18 STL of December 2018 (LJA)", () => {
    expect(find("semilla-002", "estados_participantes")).toMatchObject({
      valor_reportado: 23,
      valor_derivado: 23,
      diferencia: 0
    });
    expect(
      find(
        "lja-2019-01-aguascalientes-aun-sin-impulsar-transparencia-a-traves-de-iniciativa-del-inai",
        "estados_participantes"
      ).valor_derivado
    ).toBe(27);
    expect(
      find(
        "lja-2019-01-aguascalientes-aun-sin-impulsar-transparencia-a-traves-de-iniciativa-del-inai",
        "stl_instalados"
      ).valor_derivado
    ).toBe(18);
  });

  it("shows where the registry falls short: the 2019 deck's 90 compromisos cannot be rebuilt from the compromisos on record", () => {
    const r = find("semilla-003", "compromisos");
    expect(r.valor_reportado).toBe(90);
    expect(r.valor_derivado).toBeLessThan(90);
    expect(r.diferencia).toBe(r.valor_derivado - 90);
  });
});

describe("nationalProgress and stateProgress on the registry", () => {
  it("counts at the end of 2017 what El Universal reported: 16 STL, 10 PAL", () => {
    const n = nationalProgress(registry, "2017-12-31");
    expect([n.estados_stl, n.estados_con_pal, n.pal_publicados]).toEqual([16, 10, 10]);
  });

  it("gives Coahuila's days from Declaratoria (9 Mar 2015) to STL (28 Sep 2015) and to its first PAL (4 Aug 2016)", () => {
    const coahuila = stateProgress(registry, "2020-12-31").find((s) => s.clave_inegi === "05")!;
    expect([coahuila.dias_declaratoria_stl_min, coahuila.dias_declaratoria_stl_max]).toEqual([203, 203]);
    expect([coahuila.dias_stl_primer_pal_min, coahuila.dias_stl_primer_pal_max]).toEqual([311, 311]);
    expect(coahuila.pal_publicados).toBe(2);
  });
});

describe("nationalProgressSeries(registry, dates)", () => {
  it("equals nationalProgress on every month of the panel, on the registry and on a synthetic municipal sample", () => {
    const dates = monthEnds("2015-01", "2023-12-31");
    expect(nationalProgressSeries(registry, dates)).toEqual(dates.map((d) => nationalProgress(registry, d)));
    const synthetic = syntheticRegistry({municipios: 150, years: 10, seed: 7});
    const sample = dates.filter((_, k) => k % 7 === 0);
    expect(nationalProgressSeries(synthetic, sample)).toEqual(sample.map((d) => nationalProgress(synthetic, d)));
  });
});

describe("stateProgressSeries(registry, dates)", () => {
  it("gives, for dates in any order, what stateProgress gives date by date, on the registry and on a synthetic municipal sample", () => {
    // Out of order, with a repeated date and one between two year-ends: the sweep must not depend on order.
    const dates = ["2019-12-31", "2015-06-30", "2023-12-31", "2016-12-31", "2019-12-31", "2017-08-15"];
    expect(stateProgressSeries(registry, dates)).toEqual(dates.map((d) => stateProgress(registry, d)));
    const coahuila2016 = stateProgressSeries(registry, dates)[3].find((s) => s.clave_inegi === "05")!;
    expect(coahuila2016.pal_publicados).toBe(1);
    const synthetic = syntheticRegistry({municipios: 150, years: 10, seed: 7});
    expect(stateProgressSeries(synthetic, dates)).toEqual(dates.map((d) => stateProgress(synthetic, d)));
  });
});

describe("compareWithReported on the 2016 G15/G16 tables and the 2017–2018 status lines", () => {
  const rows = compareWithReported(registry);

  it("compares every reported status and explains every disagreement", () => {
    expect(rows).toHaveLength(registry.estatus_reportados.length);
    for (const r of rows) expect(r.explicacion.length, `${r.nombre_corto} ${r.fecha_corte}`).toBeGreaterThan(40);
    const g = (clave: string, fuente: string) => rows.find((r) => r.clave_inegi === clave && r.fuente_id === fuente)!;
    expect(g("05", "semilla-002")).toMatchObject({
      fase_reportada_normalizada: "pal_en_seguimiento",
      fase_calculada: "pal_en_seguimiento",
      acuerdo: "coincide"
    });
    // Seed 002 says Durango had closed its cycle; no source in the registry dates that close.
    expect(g("10", "semilla-002")).toMatchObject({
      fase_reportada_normalizada: "cierre_de_ciclo",
      fase_calculada: "pal_en_seguimiento",
      acuerdo: "registro_detras"
    });
    // Nuevo León's STL (18 Nov 2016) falls after the G16 table was drawn up, but within its year.
    expect(g("19", "semilla-002")).toMatchObject({
      fase_reportada_normalizada: "sensibilizacion",
      fase_calculada: "stl_instalado",
      acuerdo: "registro_delante"
    });
  });
});

describe("mgaByState on the 2017 microdata, against the published figures", () => {
  const rows = mgaByState(registry);
  // Zeta Tijuana (2025) gives Baja California's 2017 IGA as 0.40, truncated rather than rounded: checked below.
  const TRUNCATED = "zetatijuana-2025-02-baja-california-en-la-metrica-de-gobierno-abierto";
  const published = registry.mga_reportados.filter(
    (r) =>
      r.edicion === 2017 &&
      ["ga", "t", "p"].includes(r.indicador) &&
      r.ambito !== "federal" &&
      r.fuente_id !== TRUNCATED
  );

  it("reproduces every published 2017 state and national IGA, T and P to the published decimals", () => {
    expect(published.length).toBeGreaterThanOrEqual(33);
    for (const p of published) {
      const row = rows.find(
        (r) =>
          r.edicion === 2017 && (p.ambito === "nacional" ? r.ambito === "nacional" : r.clave_inegi === p.clave_inegi)
      )!;
      const decimals = String(p.valor).split(".")[1]?.length ?? 0;
      const step = 10 ** -Math.max(decimals, 2);
      expect(
        Math.abs((row[p.indicador as "ga"] as number) - p.valor),
        `${p.ambito} ${p.clave_inegi} ${p.indicador}`
      ).toBeLessThanOrEqual(step / 2 + 1e-9);
    }
  });

  it("Baja California's 2017 IGA in the press (0.40) is the microdata mean (0.4083) truncated, as its nota says", () => {
    const press = registry.mga_reportados.find((r) => r.fuente_id === TRUNCATED && r.edicion === 2017)!;
    const bc = rows.find((r) => r.edicion === 2017 && r.clave_inegi === "02")!;
    expect([press.valor, bc.sujetos, bc.ga!.toFixed(4), Math.floor(bc.ga! * 100) / 100]).toEqual([
      0.4,
      27,
      "0.4083",
      0.4
    ]);
    expect(press.nota).toContain("0.4083");
  });

  it("ranks the states by IGA: Ciudad de México first (0.511), Querétaro last (0.274), as the published state averages (prom.csv) give", () => {
    const states = rows.filter((r) => r.edicion === 2017 && r.ambito === "estatal");
    expect(states).toHaveLength(32);
    const first = states.find((r) => r.posicion === 1)!;
    const last = states.find((r) => r.posicion === 32)!;
    expect([first.nombre, first.ga!.toFixed(3), last.nombre, last.ga!.toFixed(3)]).toEqual([
      "Ciudad de México",
      "0.511",
      "Querétaro",
      "0.274"
    ]);
    const national = rows.find((r) => r.ambito === "nacional")!;
    expect([national.sujetos, national.ga!.toFixed(4), national.t!.toFixed(4), national.p!.toFixed(4)]).toEqual([
      908,
      "0.3887",
      "0.5013",
      "0.2761"
    ]);
    for (const r of states) expect(r.brecha_t_p).toBeCloseTo(r.t! - r.p!, 12);
  });

  it("groups by level: 46 federal, 702 state and 160 municipal subjects", () => {
    const levels = mgaByGroup(registry).filter((r) => r.agrupacion === "nivel" && r.clave_inegi === null);
    expect(levels.map((r) => [r.grupo, r.sujetos])).toEqual([
      ["estatal", 702],
      ["federal", 46],
      ["municipal", 160]
    ]);
  });
});

describe("METRIC_CATALOGUE", () => {
  it("describes every derived table but the cross-reference ones, in Spanish with a formula and a source", () => {
    const derived = publishedTableDefs()
      .filter((t) => t.kind === "derivada")
      .map((t) => t.name)
      .filter((n) => n !== "catalogo_metricas");
    expect(new Set(METRIC_CATALOGUE.map((m) => m.tabla))).toEqual(new Set(derived));
    for (const m of METRIC_CATALOGUE) {
      expect(m.unidad[0], m.id).toBe(m.unidad[0].toLowerCase());
      expect(m.descripcion.endsWith("."), m.id).toBe(true);
      expect(m.formula.length, m.id).toBeGreaterThan(20);
      expect(m.fuente.length, m.id).toBeGreaterThan(10);
    }
  });
});

describe("monthlyPhases on the registry's real facts", () => {
  const rows = monthlyPhases(registry);
  const at = (clave: string, fecha: string) => rows.find((r) => r.clave_inegi === clave && r.fecha === fecha)!;

  it("makes no later phase possible before the steps the process puts before it (January 2015, before the 9 March 2015 Declaratorias)", () => {
    // Morelos, Durango, Tlaxcala and Veracruz signed on 9 March 2015; their reported "cierre de ciclo" cannot be possible before.
    for (const clave of ["17", "10", "29", "30"])
      expect(at(clave, "2015-01-31"), clave).toMatchObject({fase: "aun_no_se_suma", fase_posible: "aun_no_se_suma"});
    // Jalisco's second-ejercicio close, known only "no later than 2023-12-31", is not possible before its first ejercicio began.
    expect(at("14", "2015-01-31").ejercicio_posible).toBeNull();
    for (const r of rows.filter((x) => x.fecha === "2015-01-31"))
      expect(r.fase_posible, r.clave_inegi).not.toBe("cierre_de_ciclo");
  });

  it("tells a state that never took part from one that had not joined yet", () => {
    // Tamaulipas and Yucatán: not among the 29 participating states (seed 003); no source dates a step of Tamaulipas.
    expect(at("28", "2019-12-31")).toMatchObject({fase: "no_participa", semaforo: "gris", datos_hasta: null});
    // Yucatán's first dated step is the sensibilización workshops of 14 July 2021: before them it never took part.
    expect(at("31", "2019-12-31")).toMatchObject({fase: "no_participa", semaforo: "gris", datos_hasta: "2021-07-14"});
    expect(at("31", "2021-07-31")).toMatchObject({fase: "sensibilizacion", ejercicio: 1, desde: "2021-07-14"});
    expect(at("17", "2015-01-31").fase).toBe("aun_no_se_suma");
  });

  it("calls a state behind only where a source dated after its deadline observed it (datos_hasta ≥ desde + threshold)", () => {
    const behind = rows.filter((r) => r.semaforo === "amarillo" || r.semaforo === "rojo");
    expect(behind.length).toBeGreaterThan(0);
    for (const r of behind) {
      const t = SEMAFORO_THRESHOLDS[r.fase as keyof typeof SEMAFORO_THRESHOLDS];
      expect(t.amarillo, `${r.fase}: a phase with no deadline is never behind`).not.toBeNull();
      expect(wholeMonths(r.desde!, r.datos_hasta!), `${r.clave_inegi} ${r.fecha}`).toBeGreaterThanOrEqual(
        (r.semaforo === "rojo" ? t.rojo : t.amarillo)!
      );
      expect(r.certeza).toBe("cierta");
    }
    const unobserved = rows.filter((r) => r.semaforo === "sin_seguimiento");
    expect(unobserved.length).toBeGreaterThan(0);
    for (const r of unobserved)
      expect(r.meses_en_fase!).toBeGreaterThanOrEqual(
        SEMAFORO_THRESHOLDS[r.fase as keyof typeof SEMAFORO_THRESHOLDS].amarillo!
      );
  });

  it("gives every state the same datos_hasta in every month: the latest day a source about it refers to", () => {
    for (const e of registry.entidades)
      expect(
        new Set(rows.filter((r) => r.clave_inegi === e.clave_inegi).map((r) => r.datos_hasta)).size,
        e.nombre_corto
      ).toBe(1);
    expect(at("10", "2019-12-31").datos_hasta).toBe("2022-08-24");
  });
});

describe("mgaEditions on the registry: every edition with data, labelled by origin", () => {
  const rows = mgaEditions(registry);
  const find = (edicion: number, origen: string, indicador: string, clave: string | null) =>
    rows.filter(
      (r) => r.edicion === edicion && r.origen === origen && r.indicador === indicador && r.clave_inegi === clave
    );

  it("ranks the 32 states of the 2017 microdata (Ciudad de México first), and gives no rank to a partial published list", () => {
    expect(find(2017, "microdatos", "ga", "09")[0]).toMatchObject({posicion: 1, decimales: 4, entidades_con_dato: 32});
    expect(find(2021, "publicado", "ga", "11")[0]).toMatchObject({valor: 0.65, posicion: null, nacional: 0.48});
    expect(find(2021, "publicado", "ga", "11")[0].diferencia_nacional).toBeCloseTo(0.17, 10);
  });

  it("joins the sources that publish the same value and keeps the editions 2019–2023 of Baja California", () => {
    expect(find(2021, "publicado", "ga", "11")).toHaveLength(1);
    expect(find(2021, "publicado", "ga", "11")[0].fuentes).toBe(
      "heraldodemexico-2022-04-19-destaca-guanajuato-en-transparencia-revela-estudio-del-cide; telediario-sf-es-guanajuato-el-estado-con-mayor-transparencia-en-el-pais"
    );
    expect([2017, 2019, 2021, 2023].map((e) => find(e, "publicado", "ga", "02")[0]?.valor)).toEqual([
      0.4, 0.54, 0.55, 0.46
    ]);
    expect(new Set(rows.map((r) => r.edicion))).toEqual(new Set([2017, 2019, 2021, 2023]));
  });
});
