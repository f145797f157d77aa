import {readFile} from "node:fs/promises";
import {beforeAll, describe, expect, it} from "vitest";
import {fromParquet} from "../loaders/publish/parquet.js";
import {publishedFiles} from "../loaders/publish/publish.js";
import {publishedTableDefs} from "../loaders/publish/outputs.js";
import {isAdded, roundTo} from "../loaders/publish/readable.js";
import {parseCsv} from "../loaders/registry/csv-parse.js";
import {loadRegistry} from "../loaders/registry/registry.js";
import type {Provenance} from "../loaders/registry/registry-source.js";
import {type CellValue, type ColumnDef, type Registry, SCHEMA, TABLE_NAMES} from "../metrics/model/schema.js";
import {HITO_LABELS, PHASE_LABELS, SEMAFORO_LABELS, TARGET_OUTCOMES} from "../metrics/model/vocabulary.js";

const PROVENANCE: Provenance = {
  origen: "incluido",
  url: null,
  aviso: null,
  fecha_registro: null,
  fecha_construccion: "2026-12-03T00:00:00.000Z"
};

/** A published CSV as text cells: header and rows (the BOM removed; quoting undone). */
function csvTable(bytes: Uint8Array, name: string): {header: string[]; rows: Record<string, string>[]} {
  const {records, problems} = parseCsv(new TextDecoder().decode(bytes).replace(/^\uFEFF/, ""), name);
  expect(problems, name).toEqual([]);
  const header = [...records[0].fields];
  return {
    header,
    rows: records.slice(1).map((r) => Object.fromEntries(header.map((h, k) => [h, r.fields[k]])))
  };
}

/** Decimals written in a CSV number cell ("0.4265" → 4, "3" → 0). */
const decimalsIn = (cell: string) => (cell.includes(".") ? cell.length - cell.indexOf(".") - 1 : 0);

const DEFS = publishedTableDefs();
let registry: Registry;
const csv = new Map<string, {header: string[]; rows: Record<string, string>[]}>();
const parquet = new Map<string, Record<string, CellValue>[]>();

// The shipped registry, published exactly as `npm run export` and the site's ZIP publish it.
beforeAll(async () => {
  registry = await loadRegistry();
  for (const f of publishedFiles(registry, PROVENANCE, {csv: true})) {
    const [table, ext] = f.name.split(".");
    if (ext === "csv") csv.set(table, csvTable(f.bytes, f.name));
    if (ext === "parquet") parquet.set(table, fromParquet(f.bytes));
  }
});

describe("published tables name the state beside clave_inegi", () => {
  it("every table with clave_inegi has entidad and iso_3166_2 right after it, from entidades, in CSV and Parquet", () => {
    const states = new Map(registry.entidades.map((e) => [e.clave_inegi, e]));
    const withClave = DEFS.filter((t) => t.columns.some((c) => c.name === "clave_inegi") && t.name !== "entidades");
    expect(withClave.map((t) => t.name)).toEqual(expect.arrayContaining(["fases_mensuales", "hitos", "compromisos"]));
    for (const t of withClave) {
      const {header, rows} = csv.get(t.name)!;
      const at = header.indexOf("clave_inegi");
      expect(header.slice(at, at + 3), t.name).toEqual(["clave_inegi", "entidad", "iso_3166_2"]);
      expect(Object.keys(parquet.get(t.name)![0] ?? {}).slice(at, at + 3), t.name).toEqual(
        rows.length ? ["clave_inegi", "entidad", "iso_3166_2"] : []
      );
      parquet.get(t.name)!.forEach((p, k) => {
        const r = rows[k];
        const state = states.get(r.clave_inegi);
        expect([r.entidad, r.iso_3166_2], `${t.name} fila ${k + 2}`).toEqual(
          state ? [state.nombre_corto, state.iso_3166_2] : ["", ""]
        );
        expect([p.clave_inegi, p.entidad, p.iso_3166_2], `${t.name} fila ${k + 2}`).toEqual([
          r.clave_inegi || null,
          r.entidad || null,
          r.iso_3166_2 || null
        ]);
      });
    }
  });

  it('"05" is Coahuila, MX-COA, with its leading zero kept, in fases_mensuales, hitos and compromisos', () => {
    for (const name of ["fases_mensuales", "hitos", "compromisos"]) {
      const row = csv.get(name)!.rows.find((r) => r.clave_inegi === "05");
      expect(row, name).toMatchObject({clave_inegi: "05", entidad: "Coahuila", iso_3166_2: "MX-COA"});
      expect(
        parquet.get(name)!.find((r) => r.clave_inegi === "05"),
        name
      ).toMatchObject({entidad: "Coahuila"});
    }
    // entidades is the table of the states: it has its names and codes, and nothing is added.
    expect(csv.get("entidades")!.header.slice(0, 4)).toEqual(["clave_inegi", "iso_3166_2", "nombre", "nombre_corto"]);
  });
});

describe("published tables give each code's Spanish label beside it", () => {
  it("the examples of the issue: aun_no_se_suma, publicacion_pal and rojo read as the vocabulary says", () => {
    const fases = csv.get("fases_mensuales")!.rows;
    expect(fases.find((r) => r.fase === "aun_no_se_suma")!.fase_etiqueta).toBe(PHASE_LABELS.aun_no_se_suma);
    expect(fases.find((r) => r.semaforo === "rojo")!.semaforo_etiqueta).toBe(SEMAFORO_LABELS.rojo);
    expect(csv.get("hitos")!.rows.find((r) => r.tipo === "publicacion_pal")!.tipo_etiqueta).toBe("PAL publicado");
    expect(HITO_LABELS.publicacion_pal).toBe("PAL publicado");
    const tarde = csv.get("metas_resultado")!.rows.find((r) => r.resultado === "tarde")!;
    expect(tarde.resultado_etiqueta).toBe(TARGET_OUTCOMES.find((o) => o.id === "tarde")!.label);
  });

  it("every column declared with labels has <columna>_etiqueta right after it, equal to the label of each row's code", () => {
    let checked = 0;
    for (const t of DEFS) {
      const {header, rows} = csv.get(t.name)!;
      for (const c of t.columns.filter((c) => c.labels && Object.entries(c.labels).some(([id, l]) => id !== l))) {
        expect(header[header.indexOf(c.name) + 1], `${t.name}.${c.name}`).toBe(`${c.name}_etiqueta`);
        for (const r of rows) expect(r[`${c.name}_etiqueta`]).toBe(r[c.name] === "" ? "" : c.labels![r[c.name]]);
        checked += rows.filter((r) => r[c.name] !== "").length;
      }
    }
    expect(checked).toBeGreaterThan(10_000);
  });

  it("no published code goes without its label: every enum of codes (with «_») declares labels, except table names", () => {
    const unlabelled = DEFS.flatMap((t) =>
      t.columns
        .filter((c) => c.type === "enum" && !c.labels && c.values?.some((v) => v.includes("_")))
        .filter((c) => !c.values!.every((v) => (TABLE_NAMES as readonly string[]).includes(v)))
        .map((c) => `${t.name}.${c.name}`)
    );
    expect(unlabelled).toEqual([]);
  });
});

describe("published dates are ISO", () => {
  it("metas_resultado gives the milestone as an interval fecha_hito_min/fecha_hito_max, ISO days, instead of Spanish text", () => {
    const {header, rows} = csv.get("metas_resultado")!;
    expect(header).not.toContain("fecha_hito");
    expect(header).toEqual(expect.arrayContaining(["fecha_hito_min", "fecha_hito_max"]));
    const slp = rows.find((r) => r.meta_id === "g15-lanzamiento-pal-2017t1" && r.clave_inegi === "24")!;
    expect([slp.fecha_hito_min, slp.fecha_hito_max]).toEqual(["2017-05-11", "2017-05-11"]);
    for (const r of rows) {
      if (r.hito_id === "") expect([r.fecha_hito_min, r.fecha_hito_max]).toEqual(["", ""]);
      else {
        expect(r.fecha_hito_max).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        if (r.fecha_hito_min !== "") {
          expect(r.fecha_hito_min).toMatch(/^\d{4}-\d{2}-\d{2}$/);
          expect(r.fecha_hito_min <= r.fecha_hito_max).toBe(true);
        }
      }
    }
  });

  it("every date column of every published table holds ISO dates (AAAA-MM-DD, or AAAA / AAAA-MM for partial ones)", () => {
    for (const t of DEFS)
      for (const c of t.columns.filter((c) => c.type === "date" || c.type === "partial_date"))
        for (const r of csv.get(t.name)!.rows)
          if (r[c.name] !== "")
            expect(r[c.name], `${t.name}.${c.name}`).toMatch(
              c.type === "date" ? /^\d{4}-\d{2}-\d{2}$/ : /^\d{4}(-\d{2}(-\d{2})?)?$/
            );
  });
});

describe("published numbers have the precision their method supports", () => {
  it("every number with declared decimals is written with at most that many, and the dictionary says how many", () => {
    const dictionary = csv.get("diccionario")!.rows;
    let rounded = 0;
    for (const t of DEFS)
      for (const c of t.columns.filter((c) => c.decimals)) {
        const entry = dictionary.find((d) => d.tabla === t.name && d.columna === c.name)!;
        expect(entry.decimales, `${t.name}.${c.name}`).toBe(String(c.decimals!.digits));
        expect(entry.descripcion).toContain(c.decimals!.why);
        for (const r of csv.get(t.name)!.rows) {
          expect(decimalsIn(r[c.name]), `${t.name}.${c.name} = ${r[c.name]}`).toBeLessThanOrEqual(c.decimals!.digits);
          if (r[c.name] !== "") rounded++;
        }
      }
    expect(rounded).toBeGreaterThan(100);
    // Every derived number declares its decimals (the builder requires them), so none runs to 16 places.
    const derived = DEFS.filter((t) => t.kind === "derivada");
    expect(derived.flatMap((t) => t.columns.filter((c) => c.type === "number" && !c.decimals))).toEqual([]);
  });

  it("Aguascalientes' Métrica 2017 index is 0.4265, not 0.4265333333333334, in the CSV and the Parquet", () => {
    const ags = (rows: readonly Record<string, CellValue>[]) =>
      rows.find((r) => (r.edicion === 2017 || r.edicion === "2017" ? r.clave_inegi === "01" : false))!;
    expect(ags(csv.get("mga_estatal")!.rows).ga).toBe("0.4265");
    expect(ags(parquet.get("mga_estatal")!).ga).toBe(0.4265);
  });

  it("rounds to the nearest, never writes a negative zero", () => {
    expect(roundTo(0.4265333333333334, 4)).toBe(0.4265);
    expect(roundTo(0.42656, 4)).toBe(0.4266);
    expect(roundTo(0.125, 2)).toBe(0.13);
    expect(Object.is(roundTo(-0.00001, 2), 0)).toBe(true);
    expect(roundTo(-0.1234567, 4)).toBe(-0.1235);
    expect(roundTo(17.5, 1)).toBe(17.5);
  });
});

describe("the source microdata stay as published", () => {
  it("mga_sujetos: every cell of the registry's file is published unchanged (only the state's name and code are added)", async () => {
    const file = csvTable(new Uint8Array(await readFile("data/mga_sujetos.csv")), "mga_sujetos.csv");
    const published = csv.get("mga_sujetos")!;
    expect(published.rows).toHaveLength(file.rows.length);
    const added = DEFS.find((t) => t.name === "mga_sujetos")!.columns.filter(isAdded);
    expect(added.map((c) => c.name)).toEqual(["entidad", "iso_3166_2"]);
    expect(published.header.filter((h) => !added.some((c) => c.name === h))).toEqual(file.header);
    published.rows.forEach((r, k) => {
      for (const h of file.header) expect(r[h], `mga_sujetos fila ${k + 2}, ${h}`).toBe(file.rows[k][h]);
    });
    // Its scores keep every decimal the source gives: no number column of the registry declares decimals.
    expect((SCHEMA.mga_sujetos.columns as readonly ColumnDef[]).filter((c) => c.decimals)).toEqual([]);
    expect(Math.max(...file.rows.map((r) => decimalsIn(r.ga)))).toBe(4);
  });

  it("the dictionary marks the added columns, which the registry's files do not have", () => {
    const dictionary = csv.get("diccionario")!.rows;
    const added = dictionary.filter((d) => d.agregada === "si");
    expect(added.map((d) => `${d.tabla}.${d.columna}`)).toEqual(
      expect.arrayContaining([
        "hitos.entidad",
        "hitos.iso_3166_2",
        "hitos.tipo_etiqueta",
        "fases_mensuales.fase_etiqueta"
      ])
    );
    for (const d of added.filter((d) => (TABLE_NAMES as readonly string[]).includes(d.tabla)))
      expect(SCHEMA[d.tabla as (typeof TABLE_NAMES)[number]].columns.map((c) => c.name)).not.toContain(d.columna);
  });
});
