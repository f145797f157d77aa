import {describe, expect, it} from "vitest";
import {loadRegistry} from "../loaders/registry/registry.js";
import {syntheticRegistry} from "../bench/synthetic-registry.js";
import {attainmentOnDate} from "../metrics/attainment.js";
import {type MonthlyPhase, monthlyPhases} from "../metrics/monthly-phases.js";
import {dayKey, phaseEvidence} from "../metrics/phase-evidence.js";
import {phaseOnDate} from "../metrics/phase-on-date.js";
import {recordEnd} from "../metrics/record-end.js";
import {semaforo, seguimiento} from "../metrics/semaforo.js";

const rows = monthlyPhases(await loadRegistry());
const at = (clave: string, fecha: string) => rows.find((r) => r.clave_inegi === clave && r.fecha === fecha)!;

describe("meses_en_fase counts calendar months on the real panel", () => {
  it("Chihuahua, in its STL from 31 December 2018, reads 0, 1, 2, 3… month by month", () => {
    const months = rows.filter((r) => r.clave_inegi === "08" && r.fecha >= "2018-12-31").slice(0, 11);
    expect(months.every((r) => r.fase === "stl_instalado" && r.desde === "2018-12-31")).toBe(true);
    expect(months.map((r) => r.meses_en_fase)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
  });

  it("never skips or stalls while the phase and desde hold (748 steps did with whole months), and is 0 in the month the phase starts", () => {
    let steps = 0;
    const wrong: string[] = [];
    for (let k = 1; k < rows.length; k++) {
      const [a, b] = [rows[k - 1], rows[k]];
      if (a.clave_inegi !== b.clave_inegi || a.desde === null) continue;
      if (a.fase !== b.fase || a.ejercicio !== b.ejercicio || a.desde !== b.desde) continue;
      steps++;
      if (b.meses_en_fase !== a.meses_en_fase! + 1) wrong.push(`${b.clave_inegi} ${b.fecha}`);
    }
    expect(wrong).toEqual([]);
    expect(steps).toBeGreaterThan(2500);
    for (const r of rows)
      if (r.desde !== null && r.desde.slice(0, 7) === r.fecha.slice(0, 7)) expect(r.meses_en_fase).toBe(0);
    expect(at("05", "2019-03-31")).toMatchObject({desde: "2018-12-31", meses_en_fase: 3});
  });
});

describe("the panel reuses a month's answer only where the evidence did not change", () => {
  // monthlyPhases reads the evidence afresh only on the days an item becomes possible or certain; every
  // other month must give exactly what phaseOnDate, attainmentOnDate and semaforo give when asked directly.
  const direct = (registry: Parameters<typeof monthlyPhases>[0], panel: MonthlyPhase[]) => {
    const evidence = phaseEvidence(registry, {withStatuses: true});
    const ends = recordEnd(registry);
    const participa = new Map(registry.entidades.map((e) => [e.clave_inegi, e.participa]));
    const differ: string[] = [];
    for (const r of panel) {
      const items = evidence.get(r.clave_inegi) ?? [];
      const p = phaseOnDate(items, r.fecha, participa.get(r.clave_inegi) ?? null);
      const a = attainmentOnDate(items, dayKey(r.fecha), p);
      const s = semaforo(p.fase, p.meses_en_fase, seguimiento(p, ends.get(r.clave_inegi) ?? null));
      const expected = {...p, semaforo: s, ...a};
      const got = Object.fromEntries(Object.keys(expected).map((k) => [k, r[k as keyof MonthlyPhase]]));
      if (JSON.stringify(got) !== JSON.stringify(expected)) differ.push(`${r.clave_inegi} ${r.fecha}`);
    }
    return differ;
  };

  it("on the shipped registry: every state and month as if computed alone", async () => {
    const registry = await loadRegistry();
    expect(direct(registry, rows)).toEqual([]);
  });

  it("on a synthetic registry of 150 units over ten years (phases that change often, statuses, open intervals)", () => {
    const registry = syntheticRegistry({municipios: 150, years: 10, seed: 7});
    const panel = monthlyPhases(registry);
    expect(panel.length).toBeGreaterThan(150 * 100);
    expect(new Set(panel.map((r) => r.fase)).size).toBeGreaterThan(5);
    expect(direct(registry, panel)).toEqual([]);
  });
});
