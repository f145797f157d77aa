import {describe, expect, it} from "vitest";
import {outputTables} from "../loaders/publish/outputs.js";
import {loadRegistry} from "../loaders/registry/registry.js";
import {readingOf, sourceColumnOf, TRANSCRIBED_TABLES} from "../loaders/registry/rules/readings.js";
import {SCHEMA, type Registry, type TableName} from "../metrics/model/schema.js";
import {problemsOf} from "./helpers/registry-fixture.js";

const registry: Registry = await loadRegistry();
const SEEDS = new Set(registry.fuentes.filter((f) => f.tipo === "semilla").map((f) => f.fuente_id));
const correctionsOf = (fuente: string) => registry.correcciones.filter((c) => c.fuente_id === fuente);
const keyOf = (table: TableName, row: Record<string, unknown>) =>
  SCHEMA[table].key.map((c) => String(row[c])).join(" | ");

/** Every text cell of the registry's tables whose source is a seed (an OCR transcription), with where it is. */
function seedCells(): {where: string; table: TableName; row: Record<string, unknown>; column: string; text: string}[] {
  const cells = [];
  for (const table of TRANSCRIBED_TABLES) {
    const columns = SCHEMA[table].columns.filter((c) => c.type === "text" && !("verbatim" in c && c.verbatim));
    for (const row of registry[table] as unknown as Record<string, unknown>[]) {
      for (const {name} of columns) {
        const source = sourceColumnOf(table, name);
        const text = row[name];
        if (source === null || typeof text !== "string" || !SEEDS.has(row[source] as string)) continue;
        cells.push({where: `${table} ${keyOf(table, row)} ${name}`, table, row, column: name, text});
      }
    }
  }
  return cells;
}

describe("readingOf: the corrections of a transcription, applied in order", () => {
  it("corrects a word only as a whole word, and a sign or a note wherever it stands", () => {
    const fixes = [
      {transcripcion: "vy", lectura: "y"},
      {transcripcion: '" (así en el OCR)', lectura: '"'},
      {transcripcion: "V]", lectura: "✓"}
    ];
    expect(readingOf('"Baja California vy Jalisco." (así en el OCR)', fixes)).toBe('"Baja California y Jalisco."');
    expect(readingOf("envy, vyx y vy", fixes)).toBe("envy, vyx y y");
    expect(readingOf("Durango V] (V]", fixes)).toBe("Durango ✓ (✓");
    expect(readingOf("sin errores", fixes)).toBe("sin errores");
  });

  it("deletes what a correction without lectura names (a note)", () => {
    expect(readingOf('G15 (OCR "615"), fila', [{transcripcion: ' (OCR "615")', lectura: null}])).toBe("G15, fila");
  });
});

describe("the registry's quotations of the seeds read as the documents", () => {
  it("records the raw transcription of every cell it corrected, and the cell is that transcription read with its source's corrections", () => {
    expect(registry.transcripciones.length).toBeGreaterThan(90);
    for (const t of registry.transcripciones) {
      const row = (registry[t.tabla] as unknown as Record<string, unknown>[]).find((r) => keyOf(t.tabla, r) === t.fila);
      expect(row, `${t.tabla} ${t.fila}`).toBeDefined();
      const source = row![sourceColumnOf(t.tabla, t.columna)!] as string;
      expect(readingOf(t.transcripcion, correctionsOf(source)), `${t.tabla} ${t.fila} ${t.columna}`).toBe(
        row![t.columna]
      );
      expect(row![t.columna]).not.toBe(t.transcripcion);
    }
  });

  it("keeps no known OCR error in any cell a reader sees (citas, titles, targets, the tables' own words)", () => {
    const KNOWN = [
      "vy Jalisco",
      "Instalacién",
      "prdcticas",
      "afio",
      "Yucatdn",
      "accidn",
      "Declaracién",
      "realiz6",
      "6rgano",
      "NuevoLedén",
      "Ghiapas",
      "V]",
      "@",
      "®",
      "así en el OCR",
      "(OCR",
      "footnoteRef"
    ];
    const found: string[] = [];
    for (const c of seedCells()) for (const k of KNOWN) if (c.text.includes(k)) found.push(`${c.where}: ${k}`);
    expect(found).toEqual([]);
    // Nor does any other recorded error survive in a seed's text: each cell is its own reading.
    for (const c of seedCells())
      expect(readingOf(c.text, correctionsOf(c.row[sourceColumnOf(c.table, c.column)!] as string)), c.where).toBe(
        c.text
      );
  });

  it("reads the examples of the issue as the document says them", () => {
    const meta = (id: string) => registry.metas.find((m) => m.meta_id === id)!;
    expect(meta("g15-lanzamiento-pal-2017t1").descripcion).toBe(
      "Coadyuvar en el lanzamiento de su PAL a los estados de San Luis Potosi, Baja California y Jalisco."
    );
    expect(meta("g15-instalacion-stl-2017t1").descripcion).toContain("para su Instalación del Secretariado.");
    expect(meta("g16-intercambio-2017t1").descripcion).toContain("mejores prácticas");
    expect(meta("faltantes-declaratoria-2017t1").descripcion).toContain("Tamaulipas y Yucatán");
    expect(meta("g15-lanzamiento-pal-2017t1").cita).toContain("Primer Trimestre del año 2017");
    // The raw OCR stays in the record and in the exports.
    const published = outputTables(registry).find((t) => t.name === "transcripciones")!;
    expect(published.rows.some((r) => String(r.transcripcion).includes("Baja California vy Jalisco"))).toBe(true);
  });

  it("records each correction once per source, each with its kind and reason", () => {
    const keys = registry.correcciones.map((c) => `${c.fuente_id}|${c.transcripcion}`);
    expect(new Set(keys).size).toBe(keys.length);
    for (const c of registry.correcciones) {
      expect(SEEDS.has(c.fuente_id), c.correccion_id).toBe(true);
      expect(c.explicacion.length, c.correccion_id).toBeGreaterThan(10);
      if (c.lectura === null) expect(c.clase, c.correccion_id).toBe("nota");
    }
    // Every correction is used by some recorded transcription.
    for (const c of registry.correcciones)
      expect(
        registry.transcripciones.some((t) => readingOf(t.transcripcion, [c]) !== t.transcripcion),
        c.correccion_id
      ).toBe(true);
  });
});

describe("validation refuses a reading that is not recorded", () => {
  const correction = "\ns002-prueba,prueba-lista,Instalacién,Instalación,ocr,el OCR lee ó como é\n";

  it("a cell that keeps an error its source's corrections name", async () => {
    expect(
      await problemsOf(
        {file: "correcciones.csv", replace: "explicacion\n", with: `explicacion${correction}`},
        {
          file: "totales_reportados.csv",
          replace: '"""29 ESTADOS PARTICIPANTES"" (prueba)"',
          with: '"""29 ESTADOS"" Instalacién (prueba)"'
        }
      )
    ).toEqual([
      'totales_reportados.csv:2:44 cita "\\"29 ESTADOS\\" Instalacién (prueba)" → la lectura del documento: el texto conserva «Instalacién», que correcciones.csv (línea 2) corrige como «Instalación»; el texto tal como se transcribió va en transcripciones.csv'
    ]);
  });

  it("a transcription whose reading is not the cell, or that names no cell", async () => {
    expect(
      await problemsOf(
        {file: "correcciones.csv", replace: "explicacion\n", with: `explicacion${correction}`},
        {
          file: "transcripciones.csv",
          replace: "transcripcion\n",
          with: 'transcripcion\ntotales_reportados,2019 | estados_participantes | prueba-lista,cita,"""29"" Instalacién"\ntotales_reportados,2020 | estados_participantes | prueba-lista,cita,Instalacién\n'
        }
      )
    ).toEqual([
      'transcripciones.csv:2:69 transcripcion "\\"29\\" Instalacién" → el texto que, con las correcciones de prueba-lista, da el de totales_reportados.csv:2 (cita); da "\\"29\\" Instalación"',
      'transcripciones.csv:3:20 fila "2020 | estados_participantes | prueba-lista" → la clave de una fila de totales_reportados.csv (fecha_corte | indicador | fuente_id)'
    ]);
  });
});
