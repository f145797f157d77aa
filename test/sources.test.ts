import {readFileSync} from "node:fs";
import {describe, expect, it} from "vitest";
import {loadRegistry} from "../loaders/registry/registry.js";
import type {Registry} from "../metrics/model/schema.js";
import {normalizeText, quotedPassages} from "./helpers/quotes.js";

const SEEDS = new URL("../data/archivo/semillas/", import.meta.url).pathname;
const registry: Registry = await loadRegistry();
const seedText = (archivo: string) => normalizeText(readFileSync(`${SEEDS}${archivo}`, "utf8"));
const FACT_TABLES = ["hitos", "estatus_reportados", "compromisos", "totales_reportados", "stl_integrantes"] as const;

describe("every quotation the registry attributes to a seed", () => {
  const seeds = registry.fuentes.filter((f) => f.tipo === "semilla");

  it("names the five seed documents by file", () => {
    expect(seeds.map((f) => [f.fuente_id, f.archivo]).sort()).toEqual([
      ["semilla-000", "000_7718503c7f34a26a.txt"],
      ["semilla-001", "001_a2f48bcef6f57d15.txt"],
      ["semilla-002", "002_5639089a29424ec3.txt"],
      ["semilla-003", "003_32ba481f26f9035b.txt"],
      ["semilla-004", "004_4fa3f5f5453ded42.txt"]
    ]);
  });

  it("stands in that seed word for word (white space aside)", () => {
    const texts = new Map(seeds.map((f) => [f.fuente_id, seedText(f.archivo!)]));
    const missing: string[] = [];
    let checked = 0;
    for (const table of FACT_TABLES) {
      for (const row of registry[table] as {fuente_id: string; cita: string}[]) {
        const text = texts.get(row.fuente_id);
        if (!text) continue;
        const passages = quotedPassages(row.cita);
        if (passages.length === 0) missing.push(`${table}: sin cita textual: ${row.cita}`);
        for (const p of passages) {
          checked++;
          if (!text.includes(p)) missing.push(`${table} ${row.fuente_id}: ${p}`);
        }
      }
    }
    expect(missing).toEqual([]);
    expect(checked).toBeGreaterThan(150);
  });
});

const hito = (id: string) => registry.hitos.find((h) => h.hito_id === id);
const total = (fuente: string, indicador: string) => registry.totales_reportados.find((t) => t.fuente_id === fuente && t.indicador === indicador)?.valor;

describe("a sample of facts, checked against each seed by hand", () => {
  it("seed 000 (Coahuila, second exercise): STL installed on 9 April 2019, 2nd PAL adopted on 26 February 2020", () => {
    expect(seedText("000_7718503c7f34a26a.txt")).toContain("El 9 de abril de 2019, se realiz6 la instalacion del Secretariado Técnico para el segundo ejercicio local");
    expect(registry.hitos.filter((h) => h.fuente_id === "semilla-000" && h.clave_inegi === "05" && h.ejercicio === 2 && h.tipo === "instalacion_stl").map((h) => [h.fecha_min, h.fecha_max])).toEqual([["2019-04-09", "2019-04-09"]]);
    expect(registry.hitos.filter((h) => h.fuente_id === "semilla-000" && h.ejercicio === 2 && h.tipo === "publicacion_pal").map((h) => h.fecha_max)).toEqual(["2020-02-26"]);
  });

  it("seed 001 (Coahuila 2015–2017): STL on 28 September 2015; PAL of 6 compromisos plus 1 proactive", () => {
    expect(hito("coa-1-instalacion_stl-semilla001")).toMatchObject({fecha_min: "2015-09-28", fecha_max: "2015-09-28"});
    const first = registry.compromisos.filter((c) => c.clave_inegi === "05" && c.ejercicio === 1 && c.fuente_id === "semilla-001");
    expect([first.filter((c) => c.proactivo === false).length, first.filter((c) => c.proactivo === true).length]).toEqual([6, 1]);
  });

  it("seed 002 (2016 proposal): 23 states, 11 STL, 7 PAL, 43 compromisos; G15 and G16 tables as reported", () => {
    expect(["estados_participantes", "stl_instalados", "pal_publicados", "compromisos"].map((i) => total("semilla-002", i))).toEqual([23, 11, 7, 43]);
    const status = (clave: string) => registry.estatus_reportados.find((s) => s.clave_inegi === clave && s.fuente_id === "semilla-002");
    expect([status("10")?.fase, status("30")?.fase, status("32")?.fase, status("19")?.fase]).toEqual(["Cierre de ciclo", "Evaluación preliminar", "Seguimiento PAL", "Sensibilización"]);
    expect(registry.estatus_reportados.filter((s) => s.fuente_id === "semilla-002")).toHaveLength(23);
    const groups = registry.entidades.filter((e) => e.fuente_id_grupo_inai === "semilla-002");
    expect([groups.filter((e) => e.grupo_inai === "G15").length, groups.filter((e) => e.grupo_inai === "G16").length]).toEqual([13, 10]);
  });

  it("seed 003 (INAI at the 2019 OGP summit): 29 states, 19 STL, 14 PAL, 90 compromisos; Puebla, Tamaulipas and Yucatán not listed", () => {
    expect(["estados_participantes", "stl_instalados", "pal_publicados", "compromisos"].map((i) => total("semilla-003", i))).toEqual([29, 19, 14, 90]);
    expect(registry.entidades.filter((e) => e.participa === false).map((e) => e.nombre_corto)).toEqual(["Puebla", "Tamaulipas", "Yucatán"]);
    expect(registry.entidades.filter((e) => e.participa === true)).toHaveLength(29);
    expect(registry.hitos.filter((h) => h.fuente_id === "semilla-003" && h.tipo === "publicacion_pal")).toHaveLength(14);
  });

  it("seed 004 (Durango's third PAL): joint Declaratoria on 15 December 2020; 10 compromisos", () => {
    expect(seedText("004_4fa3f5f5453ded42.txt")).toContain("el 15 de diciembre de 2020, el Gobierno del Estado y los ayuntamientos de Durango, Gómez Palacio y Tepehuanes");
    expect(hito("dur-3-declaratoria-semilla004")).toMatchObject({clave_inegi: "10", ejercicio: 3, fecha_min: "2020-12-15", fecha_max: "2020-12-15"});
    expect(registry.compromisos.filter((c) => c.fuente_id === "semilla-004" && c.ejercicio === 3)).toHaveLength(10);
  });
});

describe("a reader can follow every citation", () => {
  const ROOT = new URL("../", import.meta.url).pathname;
  const WORKING_FILES = /shared\/|facts\.md|states\.md|more-facts|\(vía |; vía /;

  it("no cell of any table refers to the project's working files", () => {
    const found: string[] = [];
    for (const [table, rows] of Object.entries(registry)) {
      for (const row of rows as Record<string, unknown>[]) {
        for (const [column, value] of Object.entries(row)) {
          if (typeof value === "string" && WORKING_FILES.test(value)) found.push(`${table}.${column}: ${value}`);
        }
      }
    }
    expect(found).toEqual([]);
  });

  it("each archived copy named in fuentes.copia is in the project", () => {
    const copies = registry.fuentes.filter((f) => f.copia !== null);
    expect(copies.map((f) => f.fuente_id).sort()).toEqual(["mga2017-bso", "semilla-000", "semilla-001", "semilla-002", "semilla-003", "semilla-004"]);
    for (const f of copies) expect(readFileSync(`${ROOT}${f.copia}`).length, f.copia!).toBeGreaterThan(0);
  });
});
