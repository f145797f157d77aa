/**
 * Bad input people really send (issue 8): text encoded twice, rows that lost their trailing empty fields,
 * invisible characters, and files whose header does not parse because of their shape. Each kind has a
 * small fixture and the exact message.
 */
import {readFileSync} from "node:fs";
import {readdir, readFile} from "node:fs/promises";
import {join} from "node:path";
import {describe, expect, it} from "vitest";
import {formatProblem, InvalidInputError} from "../loaders/problems.js";
import {parseCsv} from "../loaders/registry/csv-parse.js";
import {DEFAULT_REGISTRY_DIR, loadRegistry} from "../loaders/registry/registry.js";
import {repairDoubleEncoding, showInvisible} from "../loaders/text-faults.js";
import {SCHEMA, TABLE_NAMES, tableFile} from "../metrics/model/schema.js";
import {mutatedRegistry, problemsOf, VALID_FIXTURE} from "./helpers/registry-fixture.js";

const utf8 = (text: string) => new TextEncoder().encode(text);

/** The error a registry folder gives when loaded (fails if it loads). */
async function errorOf(dir: string): Promise<InvalidInputError> {
  try {
    await loadRegistry(dir);
  } catch (error) {
    if (error instanceof InvalidInputError) return error;
    throw error;
  }
  throw new Error("Se esperaba un registro inválido");
}

describe("text encoded twice (UTF-8 read as Windows-1252 and saved again)", () => {
  it("repairDoubleEncoding gives the text it most likely was", () => {
    expect(
      [
        "MÃ©xico",
        "Nuevo LeÃ³n",
        "YucatÃ¡n",
        "AuditorÃ­a Superior de la FederaciÃ³n",
        "Villa de Ã\u0081lvarez",
        "â€”",
        "MÃƒÂ©xico"
      ].map(repairDoubleEncoding)
    ).toEqual([
      "México",
      "Nuevo León",
      "Yucatán",
      "Auditoría Superior de la Federación",
      "Villa de Álvarez",
      "—",
      "México"
    ]);
  });

  it("leaves legitimate Spanish alone, even when its bytes happen to form UTF-8", () => {
    expect(
      [
        "Señor",
        "ÁREA",
        "año",
        "PEÑA",
        "«PARTICIPACIÓN»",
        "ÉXITO–",
        "Ñ”",
        "São Paulo",
        "Conacyt € Durango",
        "Parai\u008cso"
      ].map(repairDoubleEncoding)
    ).toEqual(Array(10).fill(null));
  });

  it("is refused in any text cell of any table, with the text it most likely was", async () => {
    const problems = await problemsOf(
      {
        file: "entidades.csv",
        replace: "15,MX-MEX,México,Estado de México",
        with: "15,MX-MEX,MÃ©xico,Estado de MÃ©xico"
      },
      {file: "entidades.csv", replace: "31,MX-YUC,Yucatán,Yucatán", with: "31,MX-YUC,YucatÃ¡n,Yucatán"},
      {
        file: "hitos.csv",
        replace: '"""El 9 de marzo de 2015"" (prueba)"',
        with: '"""El 9 de marzo de 2015"" (pÃ¡gina 3)"'
      }
    );
    expect(problems).toEqual([
      'entidades.csv:16:11 nombre "MÃ©xico" → texto codificado una sola vez; éste parece UTF-8 leído como Windows-1252 y guardado de nuevo: probablemente decía "México"',
      'entidades.csv:16:19 nombre_corto "Estado de MÃ©xico" → texto codificado una sola vez; éste parece UTF-8 leído como Windows-1252 y guardado de nuevo: probablemente decía "Estado de México"',
      'entidades.csv:32:11 nombre "YucatÃ¡n" → texto codificado una sola vez; éste parece UTF-8 leído como Windows-1252 y guardado de nuevo: probablemente decía "Yucatán"',
      'hitos.csv:2:79 cita "\\"El 9 de marzo de 2015\\" (pÃ¡gina 3)" → texto codificado una sola vez; éste parece UTF-8 leído como Windows-1252 y guardado de nuevo: probablemente decía "\\"El 9 de marzo de 2015\\" (página 3)"'
    ]);
  });

  it("is not found in any cell of the shipped registry (except where a source's text is kept verbatim)", async () => {
    await expect(loadRegistry()).resolves.toBeTruthy();
    const flagged: string[] = [];
    for (const name of TABLE_NAMES) {
      const text = await readFile(join(DEFAULT_REGISTRY_DIR, tableFile(name)), "utf8");
      const verbatim = SCHEMA[name].columns.map((c) => "verbatim" in c && c.verbatim === true);
      for (const r of parseCsv(text, name).records) {
        for (const [k, v] of r.fields.entries())
          if (!verbatim[k] && repairDoubleEncoding(v) !== null) flagged.push(`${name}:${r.line}: ${v}`);
      }
    }
    expect(flagged).toEqual([]);
    const csvs = (await readdir(DEFAULT_REGISTRY_DIR)).filter((f) => f.endsWith(".csv"));
    expect(csvs.sort()).toEqual(TABLE_NAMES.map(tableFile).sort());
  });
});

describe("rows that lost their trailing empty fields", () => {
  /** The fixture's fuentes.csv with the trailing empty fields of lines 2 and 3 dropped, as some exporters do. */
  const fuentesWithShortRows = readFileSync(join(VALID_FIXTURE, "fuentes.csv"), "utf8")
    .split("\n")
    .map((line, k) => (k === 1 || k === 2 ? line.replace(/,+$/, "") : line))
    .join("\n");

  it("lists the broken table's own problems, naming the missing columns, and no reference echoes", async () => {
    expect(await problemsOf({file: "fuentes.csv", bytes: utf8(fuentesWithShortRows)})).toEqual([
      'fuentes.csv:2:135 - "8 campos" → 13 campos separados por comas, como el encabezado; faltan los 5 últimos, archivo, copia, repositorio, ruta, commit (¿el programa que exportó el archivo quitó los campos vacíos del final, falta una coma o el archivo está truncado?)',
      'fuentes.csv:3:78 - "9 campos" → 13 campos separados por comas, como el encabezado; faltan los 4 últimos, copia, repositorio, ruta, commit (¿el programa que exportó el archivo quitó los campos vacíos del final, falta una coma o el archivo está truncado?)'
    ]);
  });

  it("says once which references could not be checked", async () => {
    const dir = await mutatedRegistry({file: "fuentes.csv", bytes: utf8(fuentesWithShortRows)});
    const error = await errorOf(dir);
    expect(error.notes.map((n) => n.replaceAll(`${dir}/`, ""))).toEqual([
      "No se comprobaron 56 referencias a fuentes.csv desde entidades.csv (fuente_id, fuente_id_participa, fuente_id_grupo_inai), hitos.csv (fuente_id), estatus_reportados.csv (fuente_id), compromisos.csv (fuente_id), planes.csv (fuente_id_nombre, fuente_id), totales_reportados.csv (fuente_id), metas.csv (fuente_id), casos.csv (fuente_id), casos_cifras.csv (fuente_id): fuentes.csv tiene filas que no se pudieron leer; corrija primero sus problemas."
    ]);
    expect(error.message.split("\n")).toHaveLength(1 + 2 + 1);
  });

  it("puts a broken table's problems before the other tables' problems", async () => {
    const problems = await problemsOf(
      {file: "compromisos.csv", replace: "coa-1-p1,", with: "coa-1-01,"},
      {file: "fuentes.csv", bytes: utf8(fuentesWithShortRows)}
    );
    expect(problems.map((p) => p.slice(0, 16))).toEqual(["fuentes.csv:2:13", "fuentes.csv:3:78", "compromisos.csv:"]);
  });

  it("a state key that cannot be read keeps entidades from being checked for missing states", async () => {
    expect(
      await problemsOf({
        file: "entidades.csv",
        replace: "13,MX-HID,Hidalgo,Hidalgo,inegi-claves-entidades,,,,,,,,,",
        with: "13,MX-HID,Hidalgo,Hidalgo,inegi-claves-entidades,,,,,"
      })
    ).toEqual([
      'entidades.csv:14:54 - "10 campos" → 14 campos separados por comas, como el encabezado; faltan los 4 últimos, cita_anio_inicio, grupo_inai, fuente_id_grupo_inai, cita_grupo_inai (¿el programa que exportó el archivo quitó los campos vacíos del final, falta una coma o el archivo está truncado?)'
    ]);
  });
});

describe("invisible characters", () => {
  it("are shown as code points in every message", () => {
    expect(showInvisible("sensibilizacion\u200b")).toBe("sensibilizacion<U+200B>");
    expect(
      formatProblem({
        file: "f.csv",
        line: 3,
        column: 4,
        field: "cita",
        value: "a\u00a0b\ufeffc\u0007d\te",
        expected: "x \u200b"
      })
    ).toBe('f.csv:3:4 (cita) valor "a<U+00A0>b<U+FEFF>c<U+0007>d<U+0009>e": se esperaba x <U+200B>');
  });

  it("a zero-width space in a value from a list", async () => {
    const problems = await problemsOf({
      file: "estatus_reportados.csv",
      replace: "05,2016,Seguimiento PAL,pal_en_seguimiento,",
      with: "05,2016,Seguimiento PAL,pal_en_seguimiento\u200b,"
    });
    expect(problems).toEqual([
      'estatus_reportados.csv:3:25 fase_normalizada "pal_en_seguimiento<U+200B>" → "pal_en_seguimiento", sin caracteres invisibles: tiene U+200B (espacio de ancho cero)'
    ]);
  });

  it("a non-breaking space in an identifier, a tab in a number, a soft hyphen in a date", async () => {
    const problems = await problemsOf(
      {file: "totales_reportados.csv", replace: ",prueba-lista,", with: ",prueba\u00a0lista,"},
      {file: "compromisos.csv", replace: "Transparencia,no,,,,100,", with: "Transparencia,no,,,,1\t00,"},
      {file: "hitos.csv", replace: "declaratoria,2015-03-09,", with: "declaratoria,2015-\u00ad03-09,"}
    );
    expect(problems).toEqual([
      // totales_reportados.csv comes first: its key cannot be read, so it is a broken table.
      'totales_reportados.csv:2:31 fuente_id "prueba<U+00A0>lista" → un identificador con minúsculas, dígitos, "-" o "_", sin caracteres invisibles: tiene U+00A0 (espacio de no separación)',
      'compromisos.csv:2:124 avance "1<U+0009>00" → un número con punto decimal (p. ej. 75.5), sin caracteres invisibles: tiene U+0009 (tabulador)',
      'hitos.csv:2:44 fecha_min "2015-<U+00AD>03-09" → "2015-03-09", sin caracteres invisibles: tiene U+00AD (guion suave)'
    ]);
  });

  it("a byte-order mark in the middle of a file is named as such", async () => {
    const problems = await problemsOf({
      file: "hitos.csv",
      replace: "\ncoa-1-instalacion_stl-lista,",
      with: "\n\ufeffcoa-1-instalacion_stl-lista,"
    });
    expect(problems).toEqual([
      'hitos.csv:3:1 hito_id "<U+FEFF>coa-1-instalacion_stl-lista" → un valor sin marca de orden de bytes (BOM, U+FEFF): sólo puede ir al inicio del archivo; ¿se pegó aquí el contenido de otro archivo? bórrela'
    ]);
  });
});

describe("a header that does not parse says what the file looks like", () => {
  const header = "fecha_corte,indicador,valor,fuente_id,cita,quien_lo_dice";
  const row = "2019,estados_participantes,29,prueba-lista,29 estados (prueba),";
  const expected = `el encabezado ${header}`;

  it("`;` as separator", async () => {
    expect(
      await problemsOf({
        file: "totales_reportados.csv",
        bytes: utf8(`${header.replaceAll(",", ";")}\n${row.replaceAll(",", ";")}\n`)
      })
    ).toEqual([
      `totales_reportados.csv:1:1 - "fecha_corte;indicador;valor;fuente_id;cita;quien_lo_dice" → ${expected} (columna 1: fecha_corte); el archivo parece separado por «;» (como lo guarda Excel con la configuración regional de México o España): guárdelo como CSV separado por comas`
    ]);
  });

  it("CR-only line ends", async () => {
    expect(await problemsOf({file: "totales_reportados.csv", bytes: utf8(`${header}\r${row}\r`)})).toEqual([
      `totales_reportados.csv:1:44 - "quien_lo_dice<U+000D>2019" → ${expected} (columna 6: quien_lo_dice); el archivo usa sólo retorno de carro (CR, U+000D) como fin de línea, como los Mac antiguos: guárdelo con fin de línea LF o CRLF`
    ]);
  });

  it("a BOM read in the wrong encoding (ï»¿ at the start)", async () => {
    expect(await problemsOf({file: "totales_reportados.csv", bytes: utf8(`ï»¿${header}\n${row}\n`)})).toEqual([
      `totales_reportados.csv:1:1 - "ï»¿fecha_corte" → ${expected} (columna 1: fecha_corte); el archivo empieza con «ï»¿», una marca de orden de bytes (BOM) de UTF-8 leída como Windows-1252 y guardada de nuevo: bórrela, o guarde otra vez el archivo original como UTF-8`
    ]);
  });

  it("a second BOM", async () => {
    expect(await problemsOf({file: "totales_reportados.csv", bytes: utf8(`\ufeff\ufeff${header}\n${row}\n`)})).toEqual([
      `totales_reportados.csv:1:1 - "<U+FEFF>fecha_corte" → ${expected} (columna 1: fecha_corte); el archivo empieza con una marca de orden de bytes (BOM, U+FEFF) de más: bórrela`
    ]);
  });
});
