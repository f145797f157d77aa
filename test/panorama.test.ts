import {describe, expect, it} from "vitest";
import {loadRegistry} from "../loaders/registry/registry.js";
import {LOGROS} from "../metrics/model/vocabulary.js";
import {monthlyPhases} from "../metrics/monthly-phases.js";
import {
  nationalPanorama,
  PANORAMA_INDICATORS,
  panoramaMembers,
  samePanoramaInputs
} from "../metrics/national-panorama.js";
import type {MonthlyPhase} from "../metrics/monthly-phases.js";

const registry = await loadRegistry();
const phases = monthlyPhases(registry);
const panorama = nationalPanorama(registry, phases);

describe("PANORAMA_INDICATORS and panoramaMembers: a list behind every count", () => {
  it("defines every headline count of panorama_nacional once, with its possible companion where the table has one", () => {
    const columns = Object.keys(panorama[0]).filter((c) => c !== "fecha");
    const defined = PANORAMA_INDICATORS.flatMap((i) => (i.idPosibles ? [i.id, i.idPosibles] : [i.id]));
    expect(defined.sort()).toEqual(columns.sort());
    expect(PANORAMA_INDICATORS.every((i) => i.label.length > 0)).toBe(true);
  });

  it("every indicator reads only columns samePanoramaInputs compares (nationalPanorama reuses a row's sums for the next row equal on them)", () => {
    /** A proxy of `row` that adds to `read` the name of every column read through it. */
    const spy = (row: MonthlyPhase, read: Set<string>) =>
      new Proxy(row, {
        get: (target, key, receiver) => {
          read.add(String(key));
          return Reflect.get(target, key, receiver);
        }
      });
    /** The columns `f` reads of `row`. */
    const readBy = (row: MonthlyPhase, f: (p: MonthlyPhase) => unknown) => {
      const read = new Set<string>();
      f(spy(row, read));
      return read;
    };
    // Two copies of a row: every column is equal, so samePanoramaInputs reads all it compares.
    const compared = (row: MonthlyPhase) => {
      const read = new Set<string>();
      expect(samePanoramaInputs(spy(row, read), spy({...row}, read))).toBe(true);
      return read;
    };
    const sample = [
      ...new Map(
        phases.map((p) => [`${p.fase}|${p.fase_posible}|${p.logro}|${p.logro_posible}|${p.pal_publicados}`, p])
      ).values()
    ];
    expect(sample.length).toBeGreaterThan(5);
    for (const row of sample) {
      const allowed = compared(row);
      expect(allowed.has("fecha") || allowed.has("clave_inegi") || allowed.has("meses_en_fase")).toBe(false);
      for (const i of PANORAMA_INDICATORS)
        for (const f of [i.cierta, i.posible].filter((f) => f !== null))
          for (const column of readBy(row, f)) expect(allowed, `${i.id} lee ${column}`).toContain(column);
    }
    // A column it compares makes two rows differ.
    const row = sample[0];
    expect(samePanoramaInputs(row, {...row, compromisos: (row.compromisos ?? 0) + 1})).toBe(false);
    expect(samePanoramaInputs(row, {...row, meses_en_fase: (row.meses_en_fase ?? 0) + 1, fecha: "2099-12-31"})).toBe(
      true
    );
  });

  it("on every month of the real panel, each count equals the sum of its list (certain and possible apart)", () => {
    let lists = 0;
    for (const row of panorama) {
      for (const i of PANORAMA_INDICATORS) {
        const m = panoramaMembers(phases, row.fecha, i.id);
        const sum = (xs: {valor: number}[]) => xs.reduce((a, x) => a + x.valor, 0);
        expect(sum(m.ciertas), `${i.id} ${row.fecha}`).toBe(row[i.id]);
        if (i.idPosibles) expect(sum(m.posibles), `${i.idPosibles} ${row.fecha}`).toBe(row[i.idPosibles]);
        else expect(m.posibles).toEqual([]);
        expect(m.ciertas.every((x) => x.valor > 0)).toBe(true);
        lists++;
      }
    }
    expect(lists).toBe(panorama.length * PANORAMA_INDICATORS.length);
    expect(panorama.length).toBeGreaterThan(100);
  });

  it("on every month, pal_publicados is the sum of the states' pal_publicados, and the states by logro add up to 32", () => {
    for (const row of panorama) {
      const states = phases.filter((p) => p.fecha === row.fecha);
      expect(states.reduce((a, p) => a + (p.pal_publicados ?? 0), 0)).toBe(row.pal_publicados);
      expect(states.reduce((a, p) => a + (p.compromisos ?? 0), 0)).toBe(row.compromisos);
      const byLogro = LOGROS.map((l) => states.filter((p) => p.logro === l).length);
      expect(
        byLogro.reduce((a, b) => a + b, 0),
        row.fecha
      ).toBe(32);
      expect(states.filter((p) => p.logro === "sin_dato").length).toBe(row.entidades_sin_dato);
    }
  });

  it("on 2018-12-31 the states with a plan (logro pal or ciclo_cerrado) are exactly the ones the plans list names, Coahuila among them", () => {
    const withPlan = phases
      .filter((p) => p.fecha === "2018-12-31" && (p.logro === "pal" || p.logro === "ciclo_cerrado"))
      .map((p) => p.clave_inegi);
    const listed = panoramaMembers(phases, "2018-12-31", "pal_publicados").ciertas.map((m) => m.clave_inegi);
    expect(listed).toEqual(withPlan);
    expect(listed).toContain("05");
    expect(panoramaMembers(phases, "2018-12-31", "estados_con_pal").ciertas.map((m) => m.clave_inegi)).toEqual(
      withPlan
    );
    // Ten plans in ten states, the figure the home page's card shows.
    expect(panorama.find((r) => r.fecha === "2018-12-31")).toMatchObject({pal_publicados: 10, estados_con_pal: 10});
  });

  it("rejects an unknown indicator", () => {
    // @ts-expect-error: not an indicator of the panorama
    expect(() => panoramaMembers(phases, "2018-12-31", "planes")).toThrow(/Indicador del panorama desconocido/);
  });
});
