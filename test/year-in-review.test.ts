import {describe, expect, it} from "vitest";
import {loadRegistry} from "../loaders/registry/registry.js";
import {phasePanel} from "../metrics/monthly-phases.js";
import {nationalPanorama} from "../metrics/national-panorama.js";
import {sameMonthEndYearBefore, yearInReview} from "../metrics/year-in-review.js";

const registry = await loadRegistry();
const fases = phasePanel(registry);
const panorama = nationalPanorama(registry);
const review = (fecha: string) => yearInReview(registry, fases, panorama, fecha);

describe("the year before a report's date (yearInReview, on the shipped registry)", () => {
  it("2017: the year 1 January–31 December 2017, the national counts then and now, and who advanced, dated", () => {
    const y = review("2017-12-31");
    expect([y.desde, y.hasta]).toEqual(["2016-12-31", "2017-12-31"]);
    const figure = (id: string) => y.cifras.find((c) => c.id === id);
    expect(figure("estados_stl")).toMatchObject({antes: 13, ahora: 16});
    expect(figure("pal_publicados")).toMatchObject({antes: 8, ahora: 10});
    // The counts are the panorama's rows of both dates.
    const row = panorama.find((r) => r.fecha === "2017-12-31")!;
    for (const c of y.cifras) expect(c.ahora, c.id).toBe(row[c.id as keyof typeof row]);
    // San Luis Potosí and Campeche published their first PAL; Guanajuato and Quintana Roo signed; Michoacán,
    // Sinaloa and Tabasco installed their STL.
    const pals = y.cambios.filter((c) => c.tipo === "publicacion_pal").map((c) => [c.clave_inegi, c.cuando]);
    expect(pals).toEqual([
      ["04", "el 19 de septiembre de 2017"],
      ["24", "el 11 de mayo de 2017"]
    ]);
    expect(y.cambios.filter((c) => c.tipo === "declaratoria").map((c) => c.clave_inegi)).toEqual(["11", "23"]);
    expect(y.cambios.filter((c) => c.tipo === "instalacion_stl").map((c) => c.clave_inegi)).toEqual(["16", "25", "27"]);
    expect(y.avanzaron).toEqual(["04", "05", "11", "16", "23", "24", "25", "27"]);
    // Every change lies in the year; "posible" exactly when its first possible day is unknown or before it.
    for (const c of y.cambios) {
      expect(c.fecha_max > y.desde && c.fecha_max <= y.hasta).toBe(true);
      expect(c.en_el_anio).toBe(c.fecha_min !== null && c.fecha_min > y.desde ? "cierta" : "posible");
    }
  });

  it("2019: PALs known only «a más tardar el 31 de diciembre de 2019» are possible advances, not certain ones; no news is not no participation", () => {
    const y = review("2019-12-31");
    expect(y.avanzaron).toEqual(["05", "11"]);
    expect(y.quiza_avanzaron).toEqual(["10", "14", "20", "27"]);
    const none = new Map(y.sin_novedad.map((s) => [s.clave_inegi, s.datos_hasta]));
    // Neither the states no source dates and a source leaves out (Tamaulipas, Yucatán) nor those that moved.
    for (const clave of ["28", "31", ...y.avanzaron, ...y.quiza_avanzaron]) expect(none.has(clave), clave).toBe(false);
    // Baja California Sur: nothing dated at all; Hidalgo: its record ends in March 2017.
    expect(none.get("03")).toBeNull();
    expect(none.get("13")).toBe("2017-03-07");
    // Aguascalientes' record runs to May 2024: a report of December 2019 says only that later sources exist.
    const later = new Map(y.sin_novedad.map((s) => [s.clave_inegi, s.posterior]));
    expect([later.get("01"), later.get("13"), later.get("03")]).toEqual([true, false, false]);
    expect(y.sin_novedad.length + y.avanzaron.length + y.quiza_avanzaron.length).toBe(
      fases.filter((p) => p.fecha === "2019-12-31" && p.fase !== "no_participa" && p.fase !== "aun_no_se_suma").length
    );
  });

  it("a year before a month-end is the same month's end: leap days fold to 28 February", () => {
    expect(sameMonthEndYearBefore("2017-12-31")).toBe("2016-12-31");
    expect(sameMonthEndYearBefore("2024-02-29")).toBe("2023-02-28");
    expect(sameMonthEndYearBefore("2021-02-28")).toBe("2020-02-29");
  });
});
