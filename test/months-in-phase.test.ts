import {describe, expect, it} from "vitest";
import {loadRegistry} from "../loaders/registry/registry.js";
import {monthlyPhases} from "../metrics/monthly-phases.js";

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
