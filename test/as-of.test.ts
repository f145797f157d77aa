import {describe, expect, it} from "vitest";
import {loadRegistry} from "../loaders/registry/registry.js";
import {isAfterViewDate, recordEndOnViewDate} from "../metrics/as-of.js";
import {monthlyPhases} from "../metrics/monthly-phases.js";
import {semaforo, SEMAFORO_METRIC} from "../metrics/semaforo.js";
import {SEMAFORO_RULE, SEMAFORO_THRESHOLDS} from "../metrics/semaforo-thresholds.js";

describe("isAfterViewDate(fecha_min, fecha_max, fecha)", () => {
  it("is honest about intervals: certainly after, possibly after, or not after", () => {
    expect(isAfterViewDate("2017-05-11", "2017-05-11", "2017-03-31")).toBe("cierto");
    expect(isAfterViewDate("2017-03-31", "2017-03-31", "2017-03-31")).toBe("no");
    expect(isAfterViewDate("2017-03-01", "2017-04-30", "2017-03-31")).toBe("posible");
    expect(isAfterViewDate(null, "2018-12-31", "2018-06-30")).toBe("posible");
    expect(isAfterViewDate(null, "2018-12-31", "2019-01-31")).toBe("no");
  });
});

describe("recordEndOnViewDate(datos_hasta, fecha)", () => {
  it("says when the state's record reaches beyond the view date", () => {
    expect(recordEndOnViewDate("2020-03-24", "2018-12-31")).toEqual({
      datos_hasta: "2020-03-24",
      posterior: true,
      texto: "registro hasta el 24 de marzo de 2020 (posterior a la fecha consultada)"
    });
    expect(recordEndOnViewDate("2018-12-31", "2018-12-31")).toMatchObject({
      posterior: false,
      texto: "registro hasta el 31 de diciembre de 2018"
    });
    expect(recordEndOnViewDate(null, "2018-12-31")).toMatchObject({
      posterior: false,
      texto: "sin fuentes sobre la entidad"
    });
  });
});

describe("semáforo: a finished cycle is not late unless a source set a deadline for the next one", () => {
  it("keeps cierre de ciclo verde however long, and says so in the rule and the catalogue", () => {
    expect(SEMAFORO_THRESHOLDS.cierre_de_ciclo.amarillo).toBeNull();
    expect([0, 12, 24, 60].map((m) => semaforo("cierre_de_ciclo", m, {certeza: "cierta", mesesObservados: m}))).toEqual(
      ["verde", "verde", "verde", "verde"]
    );
    expect(semaforo("pal_en_seguimiento", 18, {certeza: "cierta", mesesObservados: 18})).toBe("rojo");
    expect(SEMAFORO_METRIC.formula).toContain(SEMAFORO_RULE.sinPlazo);
    expect(SEMAFORO_METRIC.formula).toContain("cierre de ciclo sin plazo");
  });

  it("on the real panel, no state in cierre de ciclo is amarillo or rojo (208 such months before this rule)", async () => {
    const rows = monthlyPhases(await loadRegistry());
    const closed = rows.filter((r) => r.fase === "cierre_de_ciclo");
    expect(closed.length).toBeGreaterThan(200);
    expect(closed.filter((r) => r.semaforo === "amarillo" || r.semaforo === "rojo")).toEqual([]);
    expect(new Set(closed.map((r) => r.semaforo))).toEqual(new Set(["verde"]));
    // Other phases are still judged.
    expect(rows.some((r) => r.fase !== "cierre_de_ciclo" && r.semaforo === "rojo")).toBe(true);
  });
});
