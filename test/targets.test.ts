import {describe, expect, it} from "vitest";
import {loadRegistry} from "../loaders/registry/registry.js";
import type {Row} from "../metrics/model/schema.js";
import {targetOutcome, targetOutcomes} from "../metrics/target-outcomes.js";

const meta = {
  meta_id: "m",
  grupo: "G15",
  descripcion: "d",
  fecha_min: "2017-01-01",
  fecha_max: "2017-03-31",
  fuente_id: "f",
  cita: "c"
} as Row<"metas">;
const hito = (fecha_min: string | null, fecha_max: string) =>
  ({
    hito_id: "h",
    clave_inegi: "24",
    ejercicio: 1,
    tipo: "publicacion_pal",
    fecha_min,
    fecha_max,
    fuente_id: "f",
    cita: "c"
  }) as Row<"hitos">;

describe("targetOutcome(meta, milestone, date, datosHasta)", () => {
  it("is on time when the milestone certainly happened within the period, early when before it", () => {
    expect(targetOutcome(meta, hito("2017-02-10", "2017-02-10"), "2017-03-31", null).resultado).toBe("a_tiempo");
    expect(targetOutcome(meta, hito("2016-11-30", "2016-11-30"), "2017-03-31", null).resultado).toBe("cumplida_antes");
  });

  it("is late, by the days the interval allows, when the milestone certainly happened after the deadline", () => {
    expect(targetOutcome(meta, hito("2017-05-11", "2017-05-11"), "2017-12-31", null)).toMatchObject({
      resultado: "tarde",
      retraso: {min: 41, max: 41}
    });
    expect(targetOutcome(meta, hito("2017-05-01", "2017-05-31"), "2017-12-31", null)).toMatchObject({
      resultado: "tarde",
      retraso: {min: 31, max: 61}
    });
  });

  it("is unknown, not late, for a milestone known only 'no later than' a day after the deadline, or straddling it", () => {
    expect(targetOutcome(meta, hito(null, "2017-12-31"), "2018-06-30", "2019-01-01").resultado).toBe("desconocido");
    expect(targetOutcome(meta, hito("2017-03-01", "2017-04-30"), "2018-06-30", null).resultado).toBe("desconocido");
  });

  it("is pending before the deadline day, then not met only where the record shows it (a later milestone, or a source after the deadline)", () => {
    expect(targetOutcome(meta, null, "2017-02-28", "2020-01-01").resultado).toBe("pendiente");
    expect(targetOutcome(meta, null, "2017-03-30", "2020-01-01").resultado).toBe("pendiente");
    // Judged at the end of the deadline day itself.
    expect(targetOutcome(meta, null, "2017-03-31", "2020-01-01").resultado).toBe("no_cumplida");
    expect(targetOutcome(meta, hito("2017-05-11", "2017-05-11"), "2017-03-31", null)).toMatchObject({
      resultado: "no_cumplida",
      explicacion: expect.stringContaining("(dato posterior a esta fecha)")
    });
    expect(targetOutcome(meta, hito("2017-03-31", "2017-03-31"), "2017-03-31", null).resultado).toBe("a_tiempo");
    expect(targetOutcome(meta, hito("2019-01-01", "2020-12-31"), "2019-06-30", null).resultado).toBe("no_cumplida");
    expect(targetOutcome(meta, null, "2017-12-31", "2019-01-31").resultado).toBe("no_cumplida");
    expect(targetOutcome(meta, null, "2017-12-31", "2017-03-07").resultado).toBe("desconocido");
    expect(targetOutcome(meta, null, "2017-12-31", null).resultado).toBe("desconocido");
  });
});

describe("targetOutcomes on the registry's targets for the first quarter of 2017 (seed 002)", async () => {
  const registry = await loadRegistry();
  const rows = targetOutcomes(registry);
  const at = (meta_id: string, clave: string, fecha: string) =>
    rows.find((r) => r.meta_id === meta_id && r.clave_inegi === clave && r.fecha === fecha)!;

  it("San Luis Potosí launched its PAL 41 days after the deadline; Baja California had not by its last source (January 2019)", () => {
    expect(at("g15-lanzamiento-pal-2017t1", "24", "2017-12-31")).toMatchObject({
      resultado: "tarde",
      retraso_dias_min: 41,
      retraso_dias_max: 41,
      fecha_hito_min: "2017-05-11",
      fecha_hito_max: "2017-05-11"
    });
    expect(at("g15-lanzamiento-pal-2017t1", "02", "2017-12-31")).toMatchObject({
      resultado: "no_cumplida",
      hito_id: null,
      datos_hasta: "2019-01-31"
    });
  });

  it("cannot say whether Hidalgo installed its STL: no milestone and no source after the deadline", () => {
    expect(at("g15-instalacion-stl-2017t1", "13", "2019-12-31")).toMatchObject({
      resultado: "desconocido",
      hito_id: null
    });
  });

  it("judges every row on 2017-03-31, the deadline of every Q1-2017 target: none is pending", () => {
    const due = rows.filter((r) => r.fecha === "2017-03-31");
    expect(due).toHaveLength(15);
    expect(due.filter((r) => r.resultado === "pendiente")).toEqual([]);
    // San Luis Potosí's PAL (11 May 2017) had not happened by the deadline: not met then, the date marked as later.
    expect(due.find((r) => r.clave_inegi === "24")).toMatchObject({
      resultado: "no_cumplida",
      fecha_hito_min: "2017-05-11",
      fecha_hito_max: "2017-05-11",
      hito_posterior: "cierto"
    });
    expect(rows.filter((r) => r.fecha === "2017-02-28" && r.resultado === "pendiente").length).toBeGreaterThan(0);
  });

  it("never shows a later milestone as known: 'tarde' only once it happened, and every later milestone date is marked", () => {
    for (const r of rows) {
      const h = r.hito_id ? registry.hitos.find((x) => x.hito_id === r.hito_id)! : null;
      expect(r.hito_posterior === null).toBe(h === null);
      if (!h) continue;
      const label =
        h.fecha_max <= r.fecha ? "no" : h.fecha_min !== null && h.fecha_min > r.fecha ? "cierto" : "posible";
      expect(r.hito_posterior, `${r.meta_id} ${r.clave_inegi} ${r.fecha}`).toBe(label);
      if (r.resultado === "tarde" || r.resultado === "a_tiempo" || r.resultado === "cumplida_antes")
        expect(r.hito_posterior).toBe("no");
    }
    expect(rows.some((r) => r.resultado === "tarde")).toBe(true);
  });

  it("evaluates every target month by month from the start of its period, for each state it names", () => {
    expect(rows.filter((r) => r.fecha === "2017-01-31")).toHaveLength(15);
    expect(new Set(rows.filter((r) => r.fecha === "2017-01-31").map((r) => r.resultado))).toEqual(
      new Set(["pendiente", "cumplida_antes"])
    );
  });
});

describe("the explanation of each outcome reads as readers read dates", () => {
  it("names days in words, never as ISO dates, in every row of metas_resultado", async () => {
    const rows = targetOutcomes(await loadRegistry());
    expect(rows.length).toBeGreaterThan(100);
    expect(rows.filter((r) => /\d{4}-\d{2}-\d{2}/.test(r.explicacion)).map((r) => r.explicacion)).toEqual([]);
    expect(rows.some((r) => r.explicacion.includes("que vencía el 31 de marzo de 2017"))).toBe(true);
  });
});
