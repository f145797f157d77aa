import {describe, expect, it} from "vitest";
import {loadRegistry} from "../loaders/registry/registry.js";
import {datedAttainments} from "../metrics/attainment.js";
import {latestMilestones} from "../metrics/latest-milestone.js";
import {datePhrase} from "../metrics/model/dates.js";
import {recordEnd} from "../metrics/record-end.js";
import {stateSummary} from "../metrics/state-summary.js";

const registry = await loadRegistry();
const logros = datedAttainments(registry);
const ultimos = latestMilestones(registry);
const ends = recordEnd(registry);
const summaryOf = (clave: string) =>
  stateSummary(
    registry.entidades.find((e) => e.clave_inegi === clave)!,
    logros.filter((l) => l.clave_inegi === clave),
    ultimos.find((u) => u.clave_inegi === clave),
    ends.get(clave) ?? null
  );

describe("a state's story in a few dated facts, each with its source (stateSummary, on the shipped registry)", () => {
  it("Coahuila: Declaratoria, STL, its first PAL, its first cycle closed and its second PAL, each dated as its source dates it", () => {
    const s = summaryOf("05");
    expect(s.situacion).toBe("participa");
    expect(s.declaratoria).toMatchObject({ejercicio: 1, cuando: "el 9 de marzo de 2015"});
    expect(s.planes.map((p) => p.ejercicio)).toEqual([1, 2]);
    expect(s.cierres.map((c) => c.ejercicio)).toEqual([1]);
    for (const f of [s.declaratoria!, s.stl!, ...s.planes, ...s.cierres]) {
      const hito = registry.hitos.find((h) => h.hito_id === f.hito_id)!;
      expect(f.fuente_id).toBe(hito.fuente_id);
      expect(f.cuando).toBe(datePhrase(hito.fecha_min, hito.fecha_max));
    }
    expect(s.datos_hasta).toBe(ends.get("05"));
    expect(s.datos_hasta_texto).toMatch(/^el \d{1,2} de [a-z]+ de 20\d\d$/);
  });

  it("a state with only its Declaratoria (Aguascalientes): no STL, no plan, nothing made up", () => {
    const s = summaryOf("01");
    expect(s.declaratoria).not.toBeNull();
    expect([s.stl, s.planes, s.cierres]).toEqual([null, [], []]);
    expect(s.ultimo).not.toBeNull();
  });

  it("a state no source dates (Baja California Sur) is «sin_hitos», not «did not take part»; one a source leaves out of the participants (Tamaulipas) says so with that source", () => {
    expect(summaryOf("03")).toMatchObject({
      situacion: "sin_hitos",
      participa_fuente: null,
      declaratoria: null,
      ultimo: null
    });
    const t = summaryOf("28");
    expect(t).toMatchObject({situacion: "no_participa", participa_fuente: {fuente_id: "semilla-003"}});
    // Puebla signed a Declaratoria yet a 2019 list leaves it out: both are kept.
    const p = summaryOf("21");
    expect(p.situacion).toBe("participa");
    expect(p.declaratoria).not.toBeNull();
    expect(p.participa_fuente?.cita).toMatch(/no incluye a Puebla/);
  });

  it("dates keep their precision in a sentence: a day, a month, a year, «a más tardar», an interval", () => {
    expect(datePhrase("2015-03-09", "2015-03-09")).toBe("el 9 de marzo de 2015");
    expect(datePhrase("2017-03-01", "2017-03-31")).toBe("en marzo de 2017");
    expect(datePhrase("2016-01-01", "2016-12-31")).toBe("en 2016");
    expect(datePhrase(null, "2016-12-31")).toBe("a más tardar el 31 de diciembre de 2016");
    expect(datePhrase("2016-10-16", "2016-10-31")).toBe("entre el 16 de octubre de 2016 y el 31 de octubre de 2016");
  });
});
