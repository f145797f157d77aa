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

  it("is pending until the deadline, then not met only where the record shows it (a later milestone, or a source after the deadline)", () => {
    expect(targetOutcome(meta, null, "2017-02-28", "2020-01-01").resultado).toBe("pendiente");
    expect(targetOutcome(meta, hito("2019-01-01", "2020-12-31"), "2019-06-30", null).resultado).toBe("no_cumplida");
    expect(targetOutcome(meta, null, "2017-12-31", "2019-01-31").resultado).toBe("no_cumplida");
    expect(targetOutcome(meta, null, "2017-12-31", "2017-03-07").resultado).toBe("desconocido");
    expect(targetOutcome(meta, null, "2017-12-31", null).resultado).toBe("desconocido");
  });
});

describe("targetOutcomes on the registry's targets for the first quarter of 2017 (seed 002)", async () => {
  const rows = targetOutcomes(await loadRegistry());
  const at = (meta_id: string, clave: string, fecha: string) =>
    rows.find((r) => r.meta_id === meta_id && r.clave_inegi === clave && r.fecha === fecha)!;

  it("San Luis Potosí launched its PAL 41 days after the deadline; Baja California had not by its last source (January 2019)", () => {
    expect(at("g15-lanzamiento-pal-2017t1", "24", "2017-12-31")).toMatchObject({
      resultado: "tarde",
      retraso_dias_min: 41,
      retraso_dias_max: 41,
      fecha_hito: "11 de mayo de 2017"
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

  it("evaluates every target month by month from the start of its period, for each state it names", () => {
    expect(rows.filter((r) => r.fecha === "2017-01-31")).toHaveLength(15);
    expect(new Set(rows.filter((r) => r.fecha === "2017-01-31").map((r) => r.resultado))).toEqual(
      new Set(["pendiente", "cumplida_antes"])
    );
  });
});
