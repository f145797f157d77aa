import {execFile} from "node:child_process";
import {promisify} from "node:util";
import {describe, expect, it} from "vitest";
import {loadRegistry} from "../loaders/registry/registry.js";
import {formatProblem} from "../loaders/problems.js";
import {SCHEMA} from "../metrics/model/schema.js";
import {mkdir} from "node:fs/promises";
import {join} from "node:path";
import {VALID_FIXTURE, brief, mutatedRegistry, problemsOf} from "./helpers/registry-fixture.js";

const run = promisify(execFile);

describe("loadRegistry(dir) on the valid fixture", () => {
  it("returns typed rows: integers, booleans, nulls for empty cells", async () => {
    const r = await loadRegistry(VALID_FIXTURE);
    expect(r.entidades).toHaveLength(32);
    const c = r.compromisos.find((x) => x.compromiso_id === "coa-1-p1")!;
    expect(c.proactivo).toBe(true); // "sí" is read as true
    expect(c.avance).toBeNull();
    expect(r.compromisos[0].avance).toBe(100);
    expect(r.hitos.find((h) => h.hito_id === "dur-1-instalacion_stl-lista")!.fecha_min).toBeNull();
  });
});

describe("each validation rule refuses a broken fixture with a located message", () => {
  it("a malformed date", async () => {
    expect(
      await problemsOf({
        file: "hitos.csv",
        replace: "declaratoria,2015-03-09,2015-03-09",
        with: "declaratoria,2015-03-09,2015-02-30"
      })
    ).toEqual(['hitos.csv:2:55 fecha_max "2015-02-30" → una fecha real AAAA-MM-DD']);
  });

  it("a date in another format", async () => {
    expect(
      await problemsOf({file: "hitos.csv", replace: "2015-09-28,2015-09-28", with: "28/09/2015,2015-09-28"})
    ).toEqual(['hitos.csv:3:50 fecha_min "28/09/2015" → una fecha real AAAA-MM-DD']);
  });

  it("a partial date that is not a date", async () => {
    expect(await problemsOf({file: "totales_reportados.csv", replace: "2019,", with: "2019-13,"})).toEqual([
      'totales_reportados.csv:2:1 fecha_corte "2019-13" → una fecha AAAA, AAAA-MM o AAAA-MM-DD real'
    ]);
  });

  it("an unknown state", async () => {
    const [p] = await problemsOf({
      file: "hitos.csv",
      replace: "dur-1-publicacion_pal-lista,10,",
      with: "dur-1-publicacion_pal-lista,33,"
    });
    expect(p).toMatch(/^hitos\.csv:7:29 clave_inegi "33" → uno de: 01, 02, .*, 32$/);
  });

  it("a duplicate id", async () => {
    expect(await problemsOf({file: "compromisos.csv", replace: "coa-1-p1,", with: "coa-1-01,"})).toEqual([
      'compromisos.csv:3:1 compromiso_id "coa-1-01" → un identificador único; ya aparece en la línea 2'
    ]);
  });

  it("a duplicate composite key", async () => {
    expect(
      await problemsOf({
        file: "estatus_reportados.csv",
        replace: "05,2016,Seguimiento PAL",
        with: "10,2016,Seguimiento PAL"
      })
    ).toEqual([
      'estatus_reportados.csv:3:1 clave_inegi+fecha_corte+fuente_id "10 + 2016 + prueba-lista" → un identificador único; ya aparece en la línea 2'
    ]);
  });

  it("a source missing from fuentes", async () => {
    expect(await problemsOf({file: "totales_reportados.csv", replace: ",prueba-lista,", with: ",no-existe,"})).toEqual([
      'totales_reportados.csv:2:31 fuente_id "no-existe" → un fuente_id que exista en fuentes.csv'
    ]);
  });

  it("a fact without its quote", async () => {
    expect(
      await problemsOf({file: "totales_reportados.csv", replace: ',"""29 ESTADOS PARTICIPANTES"" (prueba)"', with: ","})
    ).toEqual(['totales_reportados.csv:2:44 cita "" → un valor: la columna cita es obligatoria']);
  });

  it("an entity fact without its source, and a source for an empty fact", async () => {
    const problems = await problemsOf(
      {file: "entidades.csv", replace: "si,prueba-lista,", with: "si,,"},
      {
        file: "entidades.csv",
        replace: "13,MX-HID,Hidalgo,Hidalgo,inegi-claves-entidades,,,",
        with: "13,MX-HID,Hidalgo,Hidalgo,inegi-claves-entidades,,prueba-lista,"
      }
    );
    expect(problems).toEqual([
      'entidades.csv:6:67 fuente_id_participa "" → la fuente del dato participa (columna fuente_id_participa)',
      'entidades.csv:14:51 fuente_id_participa "prueba-lista" → vacío, porque participa está vacío'
    ]);
  });

  it("a compromiso's quality coded without the coding's source", async () => {
    const problems = await problemsOf({
      file: "compromisos.csv",
      replace: "Compromiso 1 (prueba),,,,,,,,,,,,,,",
      with: "Compromiso 1 (prueba),si,,,,,,,,,,,,,"
    });
    expect(problems.map((p) => p.replace(/:\d+ /, ":_ "))).toEqual([
      'compromisos.csv:2:_ codificacion_fuente_id "" → la fuente de la codificación de calidad (columna codificacion_fuente_id)',
      'compromisos.csv:2:_ codificacion_cita "" → la fuente de la codificación de calidad (columna codificacion_cita)'
    ]);
  });

  it("a source that cannot be found again (no URL, no file)", async () => {
    expect(await problemsOf({file: "fuentes.csv", replace: "https://ejemplo.org/nota,", with: ","})).toEqual([
      'fuentes.csv:4:64 url "" → una URL, una ruta de repositorio o (en archivo) el nombre del documento semilla'
    ]);
  });

  it("a title the project wrote, still in [brackets]", async () => {
    expect(
      await problemsOf({file: "fuentes.csv", replace: "Nota de prueba,no,", with: "[Nota de prueba],si,"})
    ).toEqual([
      'fuentes.csv:4:20 titulo "[Nota de prueba]" → el título sin corchetes: si lo escribió el proyecto, titulo_atribuido = si'
    ]);
  });

  it("an interval whose ends are swapped", async () => {
    expect(
      await problemsOf({file: "hitos.csv", replace: "2016-08-01,2016-08-31", with: "2016-08-31,2016-08-01"})
    ).toEqual(['hitos.csv:5:50 fecha_min "2016-08-31" → una fecha no posterior a fecha_max (2016-08-01)']);
  });

  it("a PAL before its STL in the same ejercicio (rows a decision sets aside are not compared)", async () => {
    expect(
      await problemsOf({file: "hitos.csv", replace: "2016-08-01,2016-08-31", with: "2015-08-01,2015-08-31"})
    ).toEqual([
      'hitos.csv:5:61 fecha_max "2015-08-31" → una fecha no anterior a instalacion_stl (coa-1-instalacion_stl-lista, desde 2015-09-28, línea 3): publicacion_pal no puede ocurrir antes que instalacion_stl en el mismo ejercicio'
    ]);
  });

  it("an STL before its Declaratoria", async () => {
    expect(
      await problemsOf({file: "hitos.csv", replace: "2015-03-09,2015-03-09", with: "2015-10-01,2015-10-01"})
    ).toEqual([
      'hitos.csv:3:61 fecha_max "2015-09-28" → una fecha no anterior a declaratoria (coa-1-declaratoria-lista, desde 2015-10-01, línea 2): instalacion_stl no puede ocurrir antes que declaratoria en el mismo ejercicio'
    ]);
  });

  it("a second PAL wholly before the first one", async () => {
    expect(await problemsOf({file: "hitos.csv", replace: ",,2019-05-31", with: ",2015-03-01,2015-06-30"})).toEqual([
      'hitos.csv:8:61 fecha_max "2015-06-30" → una fecha no anterior al publicacion_pal del ejercicio 1 (dur-1-publicacion_pal-lista, desde 2015-08-25, línea 7)'
    ]);
  });

  it("two sources that disagree, with no decision recorded", async () => {
    expect(
      await problemsOf({
        file: "decisiones.csv",
        replace:
          "coa-1-stl,hitos,coa-1-instalacion_stl-lista;coa-1-instalacion_stl-nota,coa-1-instalacion_stl-lista,Prueba: se usa la fuente primaria.\n",
        with: ""
      })
    ).toEqual([
      'hitos.csv:4:60 fecha_max "2015-09-22" → una fila en decisiones.csv que diga cuál se usa: esta fecha contradice coa-1-instalacion_stl-lista (línea 3) para el mismo instalacion_stl'
    ]);
  });

  it("a decision that names an unknown row, or uses a row it does not name", async () => {
    expect(
      await problemsOf({
        file: "decisiones.csv",
        replace: ";coa-1-instalacion_stl-nota,coa-1-instalacion_stl-lista,",
        with: ";coa-1-stl-otra,coa-1-instalacion_stl-nota,"
      })
    ).toEqual([
      'decisiones.csv:2:17 ids_en_conflicto "coa-1-instalacion_stl-lista;coa-1-stl-otra" → identificadores que existan en hitos.csv; no existe "coa-1-stl-otra"',
      'decisiones.csv:2:60 id_usado "coa-1-instalacion_stl-nota" → uno de los ids en conflicto: coa-1-instalacion_stl-lista, coa-1-stl-otra'
    ]);
  });

  it("a wrong column count", async () => {
    expect(
      await problemsOf({
        file: "hitos.csv",
        replace: "dur-1-instalacion_stl-lista,10,1,",
        with: "dur-1-instalacion_stl-lista,10,1,,"
      })
    ).toEqual([
      'hitos.csv:6:76 - "9 campos" → 8 campos separados por comas, como el encabezado (¿sobra una coma? un texto con comas va entre comillas)'
    ]);
  });

  it("a wrong header", async () => {
    expect(
      await problemsOf({file: "hitos.csv", replace: "fecha_min,fecha_max", with: "fecha_inicio,fecha_max"})
    ).toEqual([
      'hitos.csv:1:36 - "fecha_inicio" → el encabezado hito_id,clave_inegi,ejercicio,tipo,fecha_min,fecha_max,fuente_id,cita (columna 5: fecha_min)'
    ]);
  });

  it("text that is not UTF-8 (a file saved as Latin-1)", async () => {
    const latin1 = new TextEncoder().encode(
      "clave_inegi,fecha_corte,fase,fase_normalizada,semaforo,fuente_id,cita\n10,2016,Cierre de ciclo,cierre_de_ciclo,,prueba-lista,Tabla (prueba)\n05,2016,Sensibilizaci"
    );
    const bytes = new Uint8Array([
      ...latin1,
      0xf3,
      ...new TextEncoder().encode("n,sensibilizacion,,prueba-lista,Tabla (prueba)\n")
    ]);
    expect(await problemsOf({file: "estatus_reportados.csv", bytes})).toEqual([
      'estatus_reportados.csv:3:22 - "byte 0xF3" → texto en UTF-8 (¿el archivo se guardó como Latin-1 o Windows-1252? guárdelo como UTF-8)'
    ]);
  });

  it("a truncated file (cut inside a quoted field)", async () => {
    const header = SCHEMA.compromisos.columns.map((c) => c.name).join(",");
    const text = `${header}\ncoa-1-01,05,1,1,"Realizar un informe público de la deu`;
    expect(await problemsOf({file: "compromisos.csv", bytes: new TextEncoder().encode(text)})).toEqual([
      'compromisos.csv:2:17 - "\\"Realizar un informe público de la deu" → una comilla de cierre; el archivo termina dentro de un campo entre comillas (¿está truncado?)'
    ]);
  });

  it("a truncated file (cut mid-row)", async () => {
    const text = "fecha_corte,indicador,valor,fuente_id,cita,quien_lo_dice\n2019,estados_participantes,2";
    expect(await problemsOf({file: "totales_reportados.csv", bytes: new TextEncoder().encode(text)})).toEqual([
      'totales_reportados.csv:2:28 - "3 campos" → 6 campos separados por comas, como el encabezado; faltan los 3 últimos, fuente_id, cita, quien_lo_dice (¿el programa que exportó el archivo quitó los campos vacíos del final, falta una coma o el archivo está truncado?)'
    ]);
  });

  it("a missing file", async () => {
    expect(await problemsOf({file: "decisiones.csv", bytes: null})).toEqual([
      'decisiones.csv:1:1 - "no existe (ENOENT)" → el archivo decisiones.csv del registro'
    ]);
  });

  it("a folder where a file should be is named in Spanish", async () => {
    const dir = await mutatedRegistry({file: "metas.csv", bytes: null});
    await mkdir(join(dir, "metas.csv"));
    const error = await loadRegistry(dir).catch((e) => e);
    expect(error.problems.map(brief)).toEqual([
      'metas.csv:1:1 - "es una carpeta, no un archivo (EISDIR)" → el archivo metas.csv del registro, que se pueda leer'
    ]);
  });

  it("an ISO code that does not match its INEGI key, and a missing entity", async () => {
    expect(
      await problemsOf(
        {file: "entidades.csv", replace: "05,MX-COA", with: "05,MX-COL"},
        {file: "entidades.csv", replace: "32,MX-ZAC,Zacatecas,Zacatecas,inegi-claves-entidades,,,,,,,,,\n", with: ""}
      )
    ).toEqual([
      'entidades.csv:6:4 iso_3166_2 "MX-COL" → MX-COA, el código ISO 3166-2 de la clave 05',
      'entidades.csv:33:1 clave_inegi "(fin del archivo)" → las 32 entidades; faltan las claves 32'
    ]);
  });

  it("a boolean that is neither si nor no, and a number out of range", async () => {
    expect(
      await problemsOf({
        file: "compromisos.csv",
        replace: "Transparencia,no,,,,100,",
        with: "Transparencia,tal vez,,,,120,"
      })
    ).toEqual([
      'compromisos.csv:2:118 proactivo "tal vez" → "si", "sí" o "no", en minúsculas (o vacío si no se sabe)',
      'compromisos.csv:2:129 avance "120" → un número entre 0 y 100'
    ]);
  });

  it("reports the problems of several files in one run", async () => {
    const problems = await problemsOf(
      {file: "hitos.csv", replace: "declaratoria,2015-03-09,2015-03-09", with: "declaratoria,2015-03-09,2015-02-30"},
      {file: "compromisos.csv", replace: "coa-1-p1,", with: "coa-1-01,"}
    );
    expect(problems).toEqual([
      'compromisos.csv:3:1 compromiso_id "coa-1-01" → un identificador único; ya aparece en la línea 2',
      'hitos.csv:2:55 fecha_max "2015-02-30" → una fecha real AAAA-MM-DD'
    ]);
  });
});

describe("formatProblem(problem)", () => {
  it("names file, line, column, field, value and what was expected", () => {
    expect(
      formatProblem({
        file: "data/hitos.csv",
        line: 12,
        column: 5,
        field: "fecha_min",
        value: "2015-02-30",
        expected: "una fecha real AAAA-MM-DD"
      })
    ).toBe('data/hitos.csv:12:5 (fecha_min) valor "2015-02-30": se esperaba una fecha real AAAA-MM-DD');
  });
});

describe("npm run validate", () => {
  it("exits 0 on a valid registry and 1 with located messages on an invalid one", async () => {
    const ok = await run("node", ["--import", "tsx", "scripts/validate.ts", "--dir", VALID_FIXTURE]);
    expect(ok.stdout).toMatch(/^Registro válido \(fuentes: 3, entidades: 32, hitos: 7/);
    const dir = await mutatedRegistry({
      file: "hitos.csv",
      replace: "declaratoria,2015-03-09,2015-03-09",
      with: "declaratoria,2015-03-09,2015-02-30"
    });
    const failed = await run("node", ["--import", "tsx", "scripts/validate.ts", "--dir", dir]).catch((e) => e);
    expect(failed.code).toBe(1);
    expect(failed.stderr).toContain("El registro no es válido: 1 problema.");
    expect(failed.stderr).toContain(
      'hitos.csv:2:55 (fecha_max) valor "2015-02-30": se esperaba una fecha real AAAA-MM-DD'
    );
  });
});

describe("the plan, target and case tables refuse a bad row with a located message", () => {
  it("planes: a plan published by a milestone that is not a PAL publication", async () => {
    expect(
      await problemsOf({
        file: "planes.csv",
        replace: "dur-1,10,1,dur-1-publicacion_pal-lista,",
        with: "dur-1,10,1,dur-1-instalacion_stl-lista,"
      })
    ).toEqual([
      'planes.csv:3:12 hito_id "dur-1-instalacion_stl-lista" → un hito publicacion_pal de la entidad 10 y el ejercicio 1; dur-1-instalacion_stl-lista es instalacion_stl de 10, ejercicio 1'
    ]);
  });

  it("planes: a published PAL without its plan row", async () => {
    expect(
      await problemsOf({
        file: "planes.csv",
        replace: 'dur-2,10,2,dur-2-publicacion_pal-lista,,,,8,,prueba-nota,"""ocho compromisos"" (prueba)"\n',
        with: ""
      })
    ).toEqual([
      'hitos.csv:8:1 hito_id "dur-2-publicacion_pal-lista" → una fila en planes.csv para el PAL de la entidad 10, ejercicio 2, que este hito publica'
    ]);
  });

  it("planes: a reported count without its source, and a count that is not a number", async () => {
    expect(await problemsOf({file: "planes.csv", replace: "8,,prueba-nota,", with: "8,,,"})).toEqual([
      'planes.csv:4:46 fuente_id "" → la fuente del dato compromisos_reportados / proactivos_reportados (columna fuente_id)'
    ]);
    expect(
      await problemsOf({
        file: "planes.csv",
        replace: "dur-1,10,1,dur-1-publicacion_pal-lista,,,,,,,",
        with: "dur-1,10,1,dur-1-publicacion_pal-lista,,,,seis,,,"
      })
    ).toEqual(['planes.csv:3:43 compromisos_reportados "seis" → un número entero']);
  });

  it("metas: a period that ends before it starts, and an unknown group", async () => {
    expect(
      await problemsOf({
        file: "metas.csv",
        replace: '2017-01-01,2017-03-31,prueba-lista,"""Compromiso',
        with: '2017-04-01,2017-03-31,prueba-lista,"""Compromiso'
      })
    ).toEqual(['metas.csv:2:68 fecha_min "2017-04-01" → una fecha no posterior a fecha_max (2017-03-31)']);
    expect(
      await problemsOf({file: "metas.csv", replace: "g16-intercambio-prueba,G16,", with: "g16-intercambio-prueba,G17,"})
    ).toEqual(['metas.csv:3:24 grupo "G17" → uno de: G15, G16, faltantes']);
  });

  it("metas_entidades: a target that does not exist, and a milestone kind that does not", async () => {
    expect(
      await problemsOf({
        file: "metas_entidades.csv",
        replace: "g15-pal-prueba,10,publicacion_pal",
        with: "g15-pal-otra,10,publicacion_pal"
      })
    ).toEqual(['metas_entidades.csv:3:1 meta_id "g15-pal-otra" → un meta_id que exista en metas.csv']);
    expect(
      await problemsOf({
        file: "metas_entidades.csv",
        replace: "g15-pal-prueba,10,publicacion_pal",
        with: "g15-pal-prueba,10,lanzamiento"
      })
    ).toEqual([
      'metas_entidades.csv:3:19 tipo "lanzamiento" → uno de: declaratoria, sensibilizacion, instalacion_stl, mesas, publicacion_pal, evaluacion, cierre'
    ]);
  });

  it("casos: a compromiso of another state, and a compromiso without what ties it", async () => {
    expect(
      await problemsOf({file: "casos.csv", replace: "coa-prueba,05,coa-1-01,", with: "coa-prueba,10,coa-1-01,"})
    ).toEqual(['casos.csv:2:15 compromiso_id "coa-1-01" → un compromiso de la entidad 10; coa-1-01 es de 05']);
    expect(
      await problemsOf({
        file: "casos.csv",
        replace: "coa-1-01,Prueba: el tema coincide con el del compromiso.,",
        with: "coa-1-01,,"
      })
    ).toEqual([
      'casos.csv:2:24 cita_compromiso "" → qué fuente liga el caso con el compromiso (columna cita_compromiso)'
    ]);
  });

  it("casos_cifras: a figure of an unknown case, and a figure that is not a number", async () => {
    expect(
      await problemsOf({
        file: "casos_cifras.csv",
        replace: "coa-prueba-1,coa-prueba,96,",
        with: "coa-prueba-1,coa-otro,96,"
      })
    ).toEqual(['casos_cifras.csv:2:14 caso_id "coa-otro" → un caso_id que exista en casos.csv']);
    expect(
      await problemsOf({
        file: "casos_cifras.csv",
        replace: "coa-prueba-1,coa-prueba,96,",
        with: "coa-prueba-1,coa-prueba,96%,"
      })
    ).toEqual(['casos_cifras.csv:2:25 valor "96%" → un número con punto decimal (p. ej. 75.5)']);
  });
});
