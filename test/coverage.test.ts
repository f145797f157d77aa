import {execFile} from "node:child_process";
import {promisify} from "node:util";
import {describe, expect, it} from "vitest";
import {loadRegistry} from "../loaders/registry/registry.js";
import type {Registry} from "../metrics/model/schema.js";
import {milestoneCoverage} from "../metrics/coverage.js";
import {usedCompromisos} from "../metrics/used-compromisos.js";
import {derivedTotals} from "../metrics/derived-totals.js";
import {VALID_FIXTURE} from "./helpers/registry-fixture.js";

const run = promisify(execFile);

describe("milestoneCoverage(registry) on the fixture", () => {
  it("has a cell per state, ejercicio (1 to the highest mentioned) and kind", async () => {
    const cells = milestoneCoverage(await loadRegistry(VALID_FIXTURE));
    // 30 states with ejercicio 1 only, Coahuila 1, Durango 1–2: 33 (state, ejercicio) pairs × 7 kinds.
    expect(cells).toHaveLength(33 * 7);
    const get = (clave: string, ejercicio: number, tipo: string) =>
      cells.find((c) => c.clave_inegi === clave && c.ejercicio === ejercicio && c.tipo === tipo)!;
    expect(get("05", 1, "instalacion_stl")).toMatchObject({
      conocido: true,
      precision: "dia",
      fuentes: 1,
      filas: 2,
      en_conflicto: true,
      hito_id: "coa-1-instalacion_stl-lista"
    });
    expect(get("05", 1, "publicacion_pal")).toMatchObject({
      conocido: true,
      precision: "mes",
      fuentes: 1,
      filas: 1,
      en_conflicto: false
    });
    expect(get("10", 2, "publicacion_pal")).toMatchObject({conocido: true, precision: "a_mas_tardar"});
    expect(get("10", 2, "declaratoria")).toMatchObject({
      conocido: false,
      precision: null,
      fuentes: 0,
      filas: 0,
      hito_id: null
    });
    expect(get("21", 1, "declaratoria").conocido).toBe(false);
  });
});

describe("derivedTotals(registry)", () => {
  it("counts the per-state facts certainly known by the later of the cut and the report's date", async () => {
    const registry = await loadRegistry(VALID_FIXTURE);
    const withTotals: Registry = {
      ...registry,
      totales_reportados: [
        {
          fecha_corte: "2019",
          indicador: "pal_publicados",
          valor: 3,
          fuente_id: "prueba-lista",
          cita: "c",
          quien_lo_dice: null
        },
        {
          fecha_corte: "2015-12",
          indicador: "pal_publicados",
          valor: 1,
          fuente_id: "prueba-nota",
          cita: "c",
          quien_lo_dice: null
        },
        {
          fecha_corte: "2016",
          indicador: "stl_instalados",
          valor: 2,
          fuente_id: "prueba-nota",
          cita: "c",
          quien_lo_dice: null
        },
        {
          fecha_corte: "2016",
          indicador: "compromisos",
          valor: 2,
          fuente_id: "prueba-nota",
          cita: "c",
          quien_lo_dice: null
        },
        {
          fecha_corte: "2015",
          indicador: "estados_participantes",
          valor: 2,
          fuente_id: "prueba-nota",
          cita: "c",
          quien_lo_dice: null
        }
      ]
    };
    const rows = derivedTotals(withTotals);
    expect(
      rows.map((r) => [r.indicador, r.fecha_limite, r.valor_derivado, r.diferencia, r.reconstruible, r.entidades])
    ).toEqual([
      // Coahuila's PAL (Aug 2016), Durango's first (Aug 2015) and second (no later than May 2019).
      ["pal_publicados", "2019-12-31", 3, 0, true, "Coahuila, Durango"],
      ["pal_publicados", "2015-12-31", 1, 0, true, "Durango"],
      // Durango's STL is only known "no later than 2016-12-31": it counts by the end of 2016.
      ["stl_instalados", "2016-12-31", 2, 0, true, "Coahuila, Durango"],
      // Coahuila's plan: two titles held, but its source reports six compromisos and one proactive (planes.csv).
      ["compromisos", "2016-12-31", 7, 5, false, "Coahuila"],
      ["estados_participantes", "2015-12-31", 1, -1, false, "Coahuila"]
    ]);
  });

  it("says in metodo which plans count by their reported size because titles are missing", async () => {
    const registry = await loadRegistry(VALID_FIXTURE);
    const [row] = derivedTotals({
      ...registry,
      totales_reportados: [
        {
          fecha_corte: "2016",
          indicador: "compromisos",
          valor: 7,
          fuente_id: "prueba-nota",
          cita: "c",
          quien_lo_dice: null
        }
      ]
    });
    expect(row).toMatchObject({valor_derivado: 7, reconstruible: true});
    expect(row.metodo).toContain("se usa el número que reporta su fuente (tabla planes): coa-1.");
    const withoutPlans = derivedTotals({
      ...registry,
      planes: [],
      totales_reportados: [
        {
          fecha_corte: "2016",
          indicador: "compromisos",
          valor: 7,
          fuente_id: "prueba-nota",
          cita: "c",
          quien_lo_dice: null
        }
      ]
    });
    expect(withoutPlans[0]).toMatchObject({valor_derivado: 2, reconstruible: false});
    expect(withoutPlans[0].metodo).not.toContain("tabla planes):");
  });

  it("returns nothing when nothing is reported", async () => {
    expect(derivedTotals({...(await loadRegistry(VALID_FIXTURE)), totales_reportados: []})).toEqual([]);
  });
});

describe("npm run coverage", () => {
  it("prints a line per state and ejercicio and the reported totals with their rebuild", async () => {
    const {stdout} = await run("node", ["--import", "tsx", "scripts/coverage.ts"], {
      env: {...process.env, TABLERO_REGISTRO_DIR: VALID_FIXTURE}
    });
    const lines = stdout.split("\n");
    expect(lines).toContain("Coahuila              1 día·1    —        día·1!   —        mes·1    —        —       ");
    expect(lines).toContain("                      2 —        —        —        —        ≤·1      —        —       ");
    expect(stdout).toContain("Hitos conocidos: 6 de 231 (entidad × ejercicio × clase).");
    expect(stdout).toContain("Entidades con algún hito fechado: 2 de 32.");
    expect(lines.find((l) => l.startsWith("2019       estados_participantes"))).toBe(
      "2019       estados_participantes      29      1   -28  no              prueba-lista"
    );
    expect(stdout).toContain("Totales reconstruibles: 0 de 1.");
  });
});

describe("npm run coverage on the shipped registry", () => {
  it("lists the reported totals it rebuilds, the Feb-2021 count with who said it, the ratings, themes and OCR readings", async () => {
    const {stdout} = await run("node", ["--import", "tsx", "scripts/coverage.ts"], {
      env: {...process.env, TABLERO_REGISTRO_DIR: "", TABLERO_REGISTRO_URL: ""}
    });
    const registry = await loadRegistry();
    const rebuilt = derivedTotals(registry).filter((t) => t.reconstruible).length;
    expect(stdout).toContain(`Totales reconstruibles: ${rebuilt} de ${registry.totales_reportados.length}.`);
    expect(stdout).toMatch(/\n2021-02-16 stl_instalados +21 +\d+ +-?\d+ +no +senderosdelmayab/);
    expect(stdout).toContain(
      "  2021-02-16 compromisos 140: Un representante de la sociedad civil del ejercicio de Yucatán, en una conferencia de prensa; no es una cifra publicada por el INAI"
    );
    expect(stdout).toContain(
      `Avances calificados por una fuente: ${registry.avances.length} calificaciones de ${new Set(registry.avances.map((a) => a.compromiso_id)).size} compromisos (de ${usedCompromisos(registry).length})`
    );
    // Compromisos counted once: the four rows a decision sets aside are not in the denominators.
    expect(usedCompromisos(registry).length).toBe(registry.compromisos.length - 4);
    expect(stdout).toMatch(
      new RegExp(
        `Compromisos con tema \\(vocabulario único, de la fuente\\): \\d+ de ${usedCompromisos(registry).length};`
      )
    );
    expect(stdout).toContain("  Autoevaluación del gobierno responsable: 4");
    expect(stdout).toContain(
      `Lecturas de las transcripciones por OCR: ${registry.correcciones.length} correcciones registradas; ${registry.transcripciones.length} celdas`
    );
    // Yucatán now has a dated step (its 2021 sensibilización), so it is not among the states without any.
    expect(stdout).not.toMatch(/Sin ninguno: [^\n]*Yucatán/);
  });
});
