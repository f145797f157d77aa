import {execFile} from "node:child_process";
import {createHash} from "node:crypto";
import {readFile} from "node:fs/promises";
import {join} from "node:path";
import {promisify} from "node:util";
import {describe, expect, it} from "vitest";
import {importMgaEdition} from "../loaders/importers/mga/import-edition.js";
import {importMgaSujetos, type MgaImportOptions} from "../loaders/importers/mga/import-sujetos.js";
import {InvalidInputError} from "../loaders/problems.js";
import {loadRegistry, readRegistryFiles} from "../loaders/registry/registry.js";
import {mgaByGroup, mgaByState} from "../metrics/mga-aggregate.js";
import {MGA_SUBJECT_KINDS, mgaSubjectKindLabel} from "../metrics/model/vocabulary.js";
import {brief, mutatedRegistry} from "./helpers/registry-fixture.js";

const run = promisify(execFile);
const fixture = (name: string) => new URL(`fixtures/mga/${name}`, import.meta.url).pathname;
const PUBLISHED_2017 = new URL("../data/archivo/mga2017/sujetos_obligados_2017.csv", import.meta.url).pathname;

async function options(over: Partial<MgaImportOptions> = {}): Promise<MgaImportOptions> {
  const {entidades} = await loadRegistry();
  return {
    edicion: 2019,
    fuente_id: "prueba-lista",
    file: "sujetos.csv",
    encoding: "latin1",
    tolerance: 0.002,
    entidades,
    ...over
  };
}

describe("importMgaSujetos(bytes, options) on a Latin-1 file in the published format", () => {
  it("decodes Latin-1, maps odd state names to INEGI keys and Federal to the federal level", async () => {
    const {rows, problems} = importMgaSujetos(
      new Uint8Array(await readFile(fixture("sujetos-validos-latin1.csv"))),
      await options()
    );
    expect(problems).toEqual([]);
    expect(rows.map((r) => [r.sujeto, r.clave_inegi, r.nivel, r.tipo])).toEqual([
      ["Secretaría de la Función Pública", null, "federal", "Ejecutivo federal"],
      ["NuevoLeon-Monterrey", "19", "municipal", "Municipio"],
      ["Queretaro-Poder Judicial del Estado", "22", "estatal", "Judicial"],
      ["Mexico-Instituto Electoral del Estado de México", "15", "estatal", "Autonomo"],
      ["Ciudad de Mexico-Alcaldía Coyoacán", "09", "municipal", "Municipio"]
    ]);
    expect(rows[1]).toMatchObject({
      edicion: 2019,
      ga: 0.3581,
      t: 0.6163,
      p: 0.1,
      tg: 0.7033,
      tc: 0.5292,
      pg: 0,
      pc: 0.2,
      fuente_id: "prueba-lista"
    });
  });

  it("refuses an unknown state name and a broken identity, naming line, column and value", async () => {
    const {rows, problems} = importMgaSujetos(
      new Uint8Array(await readFile(fixture("sujetos-con-errores-latin1.csv"))),
      await options()
    );
    expect(rows).toEqual([]);
    expect(problems.map(brief)).toEqual([
      'sujetos.csv:7:20 edo "Atlantida" → el nombre de una entidad federativa o "Federal"',
      'sujetos.csv:8:69 GA "0.6" → GA = (T + P)/2 = 0.3 ± 0.002'
    ]);
  });

  it("refuses a score outside 0–1 and a federal subject given a state", async () => {
    const text = "SO,edo,niv,ts,GA,P,T,TG,TC,PG,PC\nX,Sonora,Federal,Partido,0.5,0.4,0.6,1.2,0,0.3,0.5\n";
    const {problems} = importMgaSujetos(new TextEncoder().encode(text), await options({encoding: "utf-8"}));
    expect(problems.map(brief)).toEqual([
      'sujetos.csv:2:10 niv "Federal" → Estatal o Municipal, porque el sujeto pertenece a una entidad',
      'sujetos.csv:2:38 TG "1.2" → un puntaje entre 0 y 1 (punto decimal)'
    ]);
  });

  it("refuses a Latin-1 file declared as UTF-8", async () => {
    const {problems} = importMgaSujetos(
      new Uint8Array(await readFile(fixture("sujetos-validos-latin1.csv"))),
      await options({encoding: "utf-8"})
    );
    expect(problems.map(brief)).toEqual([
      'sujetos.csv:2:9 - "byte 0xED" → texto en UTF-8, como pide --codificacion utf-8; el archivo no es UTF-8 (¿es Windows-1252?): impórtelo con --codificacion latin1 (o sin --codificacion)'
    ]);
  });

  it("refuses a file without one of the published columns", async () => {
    const {problems} = importMgaSujetos(
      new TextEncoder().encode("SO,edo,niv,ts,GA,P,T,TG,TC,PG\n"),
      await options({encoding: "utf-8"})
    );
    expect(problems.map(brief)).toEqual([
      'sujetos.csv:1:1 - "SO,edo,niv,ts,GA,P,T,TG,TC,PG" → las columnas publicadas SO, edo, niv, ts, GA, P, T, TG, TC, PG, PC; falta PC'
    ]);
  });
});

describe("the published 2017 file", () => {
  it("imports 908 sujetos obligados, and the shipped mga_sujetos.csv is exactly that import", async () => {
    const bytes = new Uint8Array(await readFile(PUBLISHED_2017));
    const files = await readRegistryFiles();
    const imported = importMgaEdition(
      files,
      {bytes, file: PUBLISHED_2017},
      {
        edicion: 2017,
        fuente_id: "mga2017-bso",
        url: "JuveCampos/Metrica_Gob_Abierto Metrica_Gob_Abierto/BSO.csv",
        commit: "f9dc6e5",
        tolerance: 0.002
      }
    );
    expect(imported.rows).toBe(908);
    expect(imported.encoding).toBe("latin1");
    // The two names the source already held encoded twice are repaired, each with its record.
    expect(imported.repairs.map((r) => [r.line, r.repaired])).toEqual([
      [676, "San Luis Potosi-Soledad de Graciano Sánchez"],
      [801, "Tlaxcala-Fideicomiso Fondo De La Casa De Las Artesanías De Tlaxcala"]
    ]);
    expect(new TextDecoder().decode(imported.files.mga_sujetos.bytes)).toBe(
      await readFile(new URL("../data/mga_sujetos.csv", import.meta.url), "utf8")
    );
    const registry = await loadRegistry();
    expect(registry.mga_importaciones).toEqual([
      expect.objectContaining({
        edicion: 2017,
        filas: 908,
        codificacion: "latin1",
        sha256: createHash("sha256").update(bytes).digest("hex")
      })
    ]);
    expect(
      registry.mga_sujetos.filter((r) => r.sujeto_publicado !== null).map((r) => [r.sujeto, r.sujeto_publicado])
    ).toEqual([
      ["San Luis Potosi-Soledad de Graciano Sánchez", "San Luis Potosi-Soledad de Graciano SÃ¡nchez"],
      [
        "Tlaxcala-Fideicomiso Fondo De La Casa De Las Artesanías De Tlaxcala",
        "Tlaxcala-Fideicomiso Fondo De La Casa De Las ArtesanÃ­as De Tlaxcala"
      ]
    ]);
    expect(registry.mga_importaciones[0].parcial).toBe(false);
    const count = (nivel: string) => registry.mga_sujetos.filter((r) => r.nivel === nivel).length;
    expect([count("federal"), count("estatal"), count("municipal")]).toEqual([46, 702, 160]);
    expect(new Set(registry.mga_sujetos.filter((r) => r.clave_inegi).map((r) => r.clave_inegi)).size).toBe(32);
  });
});

describe("npm run import:mga", () => {
  it("adds a later edition beside the earlier one, and writes nothing when the file is invalid", async () => {
    const dir = await mutatedRegistry();
    const args = (file: string) => [
      "--import",
      "tsx",
      "scripts/import-mga.ts",
      "--dir",
      dir,
      "--edicion",
      "2019",
      "--archivo",
      file,
      "--fuente-id",
      "prueba-lista",
      "--url",
      "https://ejemplo.org/mga2019.csv"
    ];
    const before = await readFile(join(dir, "mga_sujetos.csv"), "utf8");
    const failed = await run("node", args(fixture("sujetos-con-errores-latin1.csv"))).catch((e) => e);
    expect(failed.code).toBe(1);
    expect(failed.stderr).toContain('sujetos-con-errores-latin1.csv:7:20 (edo) valor "Atlantida"');
    expect(await readFile(join(dir, "mga_sujetos.csv"), "utf8")).toBe(before);
    const ok = await run("node", args(fixture("sujetos-validos-latin1.csv")));
    expect(ok.stdout).toBe("Edición 2019: 5 sujetos obligados importados a mga_sujetos.csv (leído como latin1).\n");
    const registry = await loadRegistry(dir);
    expect(registry.mga_sujetos.map((r) => r.edicion)).toEqual([2019, 2019, 2019, 2019, 2019]);
    expect(registry.mga_importaciones).toEqual([
      expect.objectContaining({
        edicion: 2019,
        filas: 5,
        url: "https://ejemplo.org/mga2019.csv",
        commit: null,
        tolerancia: 0.002
      })
    ]);
  });
});

describe("npm run import:mga, the README's 2017 command", () => {
  it("re-imports 2017 into a copy of data/ unchanged, listing the two repaired names", async () => {
    const {cp, mkdtemp} = await import("node:fs/promises");
    const {tmpdir} = await import("node:os");
    const dir = await mkdtemp(join(tmpdir(), "data-"));
    await cp(new URL("../data/", import.meta.url).pathname, dir, {recursive: true});
    const ok = await run("node", [
      "--import",
      "tsx",
      "scripts/import-mga.ts",
      "--dir",
      dir,
      "--edicion",
      "2017",
      "--archivo",
      "data/archivo/mga2017/sujetos_obligados_2017.csv",
      "--fuente-id",
      "mga2017-bso",
      "--url",
      "JuveCampos/Metrica_Gob_Abierto Metrica_Gob_Abierto/BSO.csv",
      "--commit",
      "f9dc6e5"
    ]);
    expect(ok.stdout).toBe(
      [
        "Edición 2017: 908 sujetos obligados importados a mga_sujetos.csv (leído como latin1).",
        "2 nombres codificados dos veces, reparados (el publicado queda en sujeto_publicado):",
        '  data/archivo/mga2017/sujetos_obligados_2017.csv:676:1 "San Luis Potosi-Soledad de Graciano SÃ¡nchez" → "San Luis Potosi-Soledad de Graciano Sánchez"',
        '  data/archivo/mga2017/sujetos_obligados_2017.csv:801:1 "Tlaxcala-Fideicomiso Fondo De La Casa De Las ArtesanÃ<U+00AD>as De Tlaxcala" → "Tlaxcala-Fideicomiso Fondo De La Casa De Las Artesanías De Tlaxcala"',
        ""
      ].join("\n")
    );
    for (const t of ["mga_sujetos.csv", "mga_importaciones.csv"])
      expect(await readFile(join(dir, t), "utf8")).toBe(
        await readFile(new URL(`../data/${t}`, import.meta.url), "utf8")
      );
  });
});

describe("validation of the Métrica tables", () => {
  it("refuses a hand-edited subject whose identities no longer hold", async () => {
    const dir = await mutatedRegistry();
    const files = await readRegistryFiles(dir);
    const {files: next} = importMgaEdition(
      files,
      {bytes: new Uint8Array(await readFile(fixture("sujetos-validos-latin1.csv"))), file: "f.csv"},
      {edicion: 2019, fuente_id: "prueba-lista", url: "u", commit: null, encoding: "latin1", tolerance: 0.002}
    );
    const text = new TextDecoder()
      .decode(next.mga_sujetos.bytes)
      .replace(
        "Judicial,Queretaro-Poder Judicial del Estado,0.25",
        "Judicial,Queretaro-Poder Judicial del Estado,0.35"
      );
    const {validateRegistry} = await import("../loaders/registry/registry.js");
    const error = (() => {
      try {
        validateRegistry({...next, mga_sujetos: {file: "mga_sujetos.csv", bytes: new TextEncoder().encode(text)}});
      } catch (e) {
        return e as InvalidInputError;
      }
    })();
    expect(error?.problems.map(brief)).toEqual(['mga_sujetos.csv:4:62 ga "0.35" → ga = (t + p)/2 = 0.25 ± 0.002']);
  });
});

describe("the importer's encoding guess", () => {
  const utf8File =
    "SO,edo,niv,ts,GA,P,T,TG,TC,PG,PC\nAuditoría Superior de la Federación,Federal,Federal,Legislativo,0.5,0.4,0.6,0.7,0.5,0.3,0.5\nNuevo León-Monterrey,Nuevo León,Municipal,Municipio,0.3581,0.1,0.6163,0.7033,0.5292,0,0.2\n";

  it("reads valid multi-byte UTF-8 as UTF-8 when no encoding is asked for, and says so", async () => {
    const {rows, problems, encoding} = importMgaSujetos(
      new TextEncoder().encode(utf8File),
      await options({encoding: undefined})
    );
    expect(problems).toEqual([]);
    expect(encoding).toBe("utf-8");
    expect(rows.map((r) => [r.sujeto, r.clave_inegi])).toEqual([
      ["Auditoría Superior de la Federación", null],
      ["Nuevo León-Monterrey", "19"]
    ]);
  });

  it("reads a file with a UTF-8 BOM as UTF-8, without the BOM", async () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(utf8File)]);
    const {rows, encoding} = importMgaSujetos(bytes, await options({encoding: undefined}));
    expect([encoding, rows[0].sujeto]).toEqual(["utf-8", "Auditoría Superior de la Federación"]);
  });

  it("reads a file that is not UTF-8 as the encoding asked for (Windows-1252 by default)", async () => {
    const bytes = new Uint8Array(await readFile(fixture("sujetos-validos-latin1.csv")));
    const {rows, encoding} = importMgaSujetos(bytes, await options({encoding: undefined}));
    expect([encoding, rows[0].sujeto]).toEqual(["latin1", "Secretaría de la Función Pública"]);
    const quotes = importMgaSujetos(
      new Uint8Array([
        ...new TextEncoder().encode("SO,edo,niv,ts,GA,P,T,TG,TC,PG,PC\n"),
        0x93,
        0x58,
        0x94,
        ...new TextEncoder().encode(",Federal,Federal,Partido,0.5,0.4,0.6,0.7,0.5,0.3,0.5\n")
      ]),
      await options({encoding: undefined})
    );
    expect(quotes.rows[0].sujeto).toBe("“X”");
  });

  it("refuses UTF-8 bytes imported with --codificacion latin1, and says which flag to use", async () => {
    const {problems} = importMgaSujetos(new TextEncoder().encode(utf8File), await options({encoding: "latin1"}));
    expect(problems.map(brief)).toEqual([
      'sujetos.csv:2:8 - "í" → texto en Windows-1252, como pide --codificacion latin1; pero el archivo es UTF-8 válido ("í" son los bytes C3 AD; en Windows-1252 se leería "Ã<U+00AD>"): impórtelo con --codificacion utf-8 (o sin --codificacion)'
    ]);
    const bom = importMgaSujetos(new Uint8Array([0xef, 0xbb, 0xbf, 0x53, 0x4f]), await options({encoding: "latin1"}));
    expect(bom.problems.map(brief)).toEqual([
      'sujetos.csv:1:1 - "bytes EF BB BF" → texto en Windows-1252, como pide --codificacion latin1; pero el archivo empieza con la marca de orden de bytes (BOM) de UTF-8: impórtelo con --codificacion utf-8 (o sin --codificacion)'
    ]);
  });
});

describe("names encoded twice in a Métrica file", () => {
  const header = "SO,edo,niv,ts,GA,P,T,TG,TC,PG,PC\n";
  const row = (so: string, edo: string, ts = "Municipio") =>
    `${so},${edo},Municipal,${ts},0.4506,0.399,0.5022,0.5169,0.4875,0.666,0.132\n`;

  it("repairs a subject's name, keeps it as published in sujeto_publicado, and matches a state name as repaired", async () => {
    // A Windows-1252 file (ñ is byte F1) in which one name came already encoded twice (bytes C3 A1).
    const ascii = (t: string) => [...new TextEncoder().encode(t)];
    const bytes = new Uint8Array([
      ...ascii(`${header}San Luis Potosi-Soledad de Graciano S`),
      0xc3,
      0xa1,
      ...ascii(row("nchez", "San Luis Potosi").slice(0)),
      ...ascii("Oaxaca-Pe"),
      0xf1,
      ...ascii(row("a", "Oaxaca"))
    ]);
    const {rows, problems, encoding, repairs} = importMgaSujetos(bytes, await options({encoding: undefined}));
    expect(problems).toEqual([]);
    expect(encoding).toBe("latin1");
    expect(rows.map((r) => [r.sujeto, r.sujeto_publicado])).toEqual([
      ["San Luis Potosi-Soledad de Graciano Sánchez", "San Luis Potosi-Soledad de Graciano SÃ¡nchez"],
      ["Oaxaca-Peña", null]
    ]);
    expect(repairs).toEqual([
      {
        line: 2,
        column: 1,
        published: "San Luis Potosi-Soledad de Graciano SÃ¡nchez",
        repaired: "San Luis Potosi-Soledad de Graciano Sánchez"
      }
    ]);
    const state = importMgaSujetos(
      new TextEncoder().encode(header + row("Monterrey", "Nuevo LeÃ³n")),
      await options({encoding: undefined})
    );
    expect([state.problems, state.rows[0].clave_inegi]).toEqual([[], "19"]);
  });

  it("refuses a type encoded twice (there is nowhere to record its repair)", async () => {
    const {problems} = importMgaSujetos(
      new TextEncoder().encode(header + row("X", "Oaxaca", "PolÃ­tico")),
      await options({encoding: undefined})
    );
    expect(problems.map(brief)).toEqual([
      'sujetos.csv:2:20 ts "PolÃ<U+00AD>tico" → un tipo codificado una sola vez; éste parece UTF-8 leído como Windows-1252 y guardado de nuevo: probablemente decía "Político"; corríjalo en el archivo'
    ]);
  });

  it("validation refuses a sujeto_publicado that does not repair to the sujeto", async () => {
    const dir = await mutatedRegistry();
    const files = await readRegistryFiles(dir);
    const {files: next} = importMgaEdition(
      files,
      {bytes: new TextEncoder().encode(header + row("Soledad SÃ¡nchez", "San Luis Potosi")), file: "f.csv"},
      {edicion: 2019, fuente_id: "prueba-lista", url: "u", commit: null, tolerance: 0.002}
    );
    const text = new TextDecoder().decode(next.mga_sujetos.bytes);
    expect(text.split("\n")[1]).toBe(
      "2019,24,municipal,Municipio,Soledad Sánchez,0.4506,0.5022,0.399,0.5169,0.4875,0.666,0.132,prueba-lista,Soledad SÃ¡nchez"
    );
    const edited = text.replace("Soledad Sánchez,", "Soledad Sanchez,");
    const {validateRegistry} = await import("../loaders/registry/registry.js");
    expect(() =>
      validateRegistry({...next, mga_sujetos: {file: "mga_sujetos.csv", bytes: new TextEncoder().encode(edited)}})
    ).toThrow(
      'mga_sujetos.csv:2:104 (sujeto_publicado) valor "Soledad SÃ¡nchez": se esperaba el nombre publicado de "Soledad Sanchez"; reparado da "Soledad Sánchez"'
    );
  });
});

describe("a Métrica file cut short at a row boundary", () => {
  const reported = (over = "") => ({
    file: "mga_reportados.csv",
    replace: "edicion,ambito,clave_inegi,indicador,valor,fuente_id,cita,nota\n",
    with: `edicion,ambito,clave_inegi,indicador,valor,fuente_id,cita,nota\n2019,nacional,,sujetos_obligados,5,prueba-lista,"""5 sujetos"" (prueba)",\n2019,estatal,19,sujetos_obligados,1,prueba-lista,"""1 en Nuevo León"" (prueba)",\n${over}`
  });
  const fullFile = async () => new Uint8Array(await readFile(fixture("sujetos-validos-latin1.csv")));
  /** The valid file without its Monterrey row and its last row: it still ends cleanly at a row boundary. */
  const cutFile = async () => {
    const lines = new TextDecoder("latin1").decode(await fullFile()).split("\n");
    const kept = [lines[0], lines[1], lines[3], lines[4], ""].join("\n");
    return new Uint8Array([...kept].map((c) => c.charCodeAt(0)));
  };
  const edition = {edicion: 2019, fuente_id: "prueba-lista", url: "u", commit: null, tolerance: 0.002};

  it("is refused against the published counts, national and by state", async () => {
    const files = await readRegistryFiles(await mutatedRegistry(reported()));
    const error = (() => {
      try {
        importMgaEdition(files, {bytes: new Uint8Array(0), file: "x"}, edition);
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(InvalidInputError);
    const cut = await cutFile();
    expect(() => importMgaEdition(files, {bytes: cut, file: "sujetos.csv"}, edition)).toThrow(
      [
        "El archivo de la Métrica sujetos.csv no es válido: 2 problemas.",
        'sujetos.csv:5:1 valor "(fin del archivo)": se esperaba 5 sujetos obligados en todo el país en la edición 2019, los que publicó prueba-lista según mga_reportados.csv; el archivo trae 3: ¿está incompleto (una descarga cortada)? Si es parcial a propósito, impórtelo con --parcial',
        'sujetos.csv:5:1 valor "(fin del archivo)": se esperaba 1 sujetos obligados de la entidad 19 en la edición 2019, los que publicó prueba-lista según mga_reportados.csv; el archivo trae 0: ¿está incompleto (una descarga cortada)? Si es parcial a propósito, impórtelo con --parcial'
      ].join("\n")
    );
  });

  it("imports with --parcial, records it, and the Métrica's tables say so for that edition", async () => {
    const files = await readRegistryFiles(await mutatedRegistry(reported()));
    const {registry} = importMgaEdition(
      files,
      {bytes: await cutFile(), file: "sujetos.csv"},
      {...edition, partial: true}
    );
    expect(registry.mga_importaciones).toEqual([
      expect.objectContaining({edicion: 2019, filas: 3, parcial: true, codificacion: "latin1"})
    ]);
    const note =
      "Edición 2019 importada de un archivo parcial: 3 sujetos obligados de 5 publicados; los promedios no son los de la Métrica publicada.";
    expect(new Set(mgaByState(registry).map((r) => r.nota))).toEqual(new Set([note]));
    expect(new Set(mgaByGroup(registry).map((r) => r.nota))).toEqual(new Set([note]));
  });

  it("refuses --parcial for a complete file", async () => {
    const files = await readRegistryFiles(await mutatedRegistry(reported()));
    const full = await fullFile();
    expect(() => importMgaEdition(files, {bytes: full, file: "sujetos.csv"}, {...edition, partial: true})).toThrow(
      'sujetos.csv:7:1 valor "(fin del archivo)": se esperaba un archivo parcial, como dice --parcial; pero trae todos los sujetos obligados que mga_reportados.csv dice que se publicaron en la edición 2019 (5): quite --parcial'
    );
    const {registry} = importMgaEdition(files, {bytes: full, file: "sujetos.csv"}, edition);
    expect(registry.mga_importaciones[0].parcial).toBe(false);
    expect(mgaByState(registry).every((r) => r.nota === null)).toBe(true);
  });

  it("validation refuses a registry whose counts fall short of the published ones without parcial = si", async () => {
    const files = await readRegistryFiles(await mutatedRegistry(reported()));
    const {files: next} = importMgaEdition(
      files,
      {bytes: await cutFile(), file: "sujetos.csv"},
      {...edition, partial: true}
    );
    const text = new TextDecoder().decode(next.mga_importaciones.bytes).replace(",3,si,", ",3,no,");
    const {validateRegistry} = await import("../loaders/registry/registry.js");
    expect(() =>
      validateRegistry({
        ...next,
        mga_importaciones: {file: "mga_importaciones.csv", bytes: new TextEncoder().encode(text)}
      })
    ).toThrow(
      [
        "El registro no es válido: 2 problemas.",
        'mga_importaciones.csv:2:108 (parcial) valor "no": se esperaba si: mga_sujetos.csv tiene 3 sujetos obligados en todo el país en la edición 2019 y mga_reportados.csv (línea 2, fuente prueba-lista) dice que se publicaron 5; importe el archivo completo, o márquelo como parcial con npm run import:mga -- … --parcial',
        'mga_importaciones.csv:2:108 (parcial) valor "no": se esperaba si: mga_sujetos.csv tiene 0 sujetos obligados de la entidad 19 en la edición 2019 y mga_reportados.csv (línea 3, fuente prueba-lista) dice que se publicaron 1; importe el archivo completo, o márquelo como parcial con npm run import:mga -- … --parcial'
      ].join("\n")
    );
  });
});

describe("a Métrica file whose header does not parse", () => {
  it("says the file seems to use ';' as separator", async () => {
    const {problems} = importMgaSujetos(
      new TextEncoder().encode(
        "SO;edo;niv;ts;GA;P;T;TG;TC;PG;PC\nX;Federal;Federal;Partido;0,5;0,4;0,6;0,7;0,5;0,3;0,5\n"
      ),
      await options({encoding: undefined})
    );
    expect(problems.map(brief)).toEqual([
      'sujetos.csv:1:1 - "SO;edo;niv;ts;GA;P;T;TG;TC;PG;PC" → las columnas publicadas SO, edo, niv, ts, GA, P, T, TG, TC, PG, PC; faltan SO, edo, niv, ts, GA, P, T, TG, TC, PG, PC; el archivo parece separado por «;» (como lo guarda Excel con la configuración regional de México o España): guárdelo como CSV separado por comas'
    ]);
  });

  it("says the file starts with a BOM read as Windows-1252", async () => {
    const {problems} = importMgaSujetos(
      new TextEncoder().encode("ï»¿SO,edo,niv,ts,GA,P,T,TG,TC,PG,PC\n"),
      await options({encoding: undefined})
    );
    expect(problems.map(brief)).toEqual([
      'sujetos.csv:1:1 - "ï»¿SO,edo,niv,ts,GA,P,T,TG,TC,PG,PC" → las columnas publicadas SO, edo, niv, ts, GA, P, T, TG, TC, PG, PC; falta SO; el archivo empieza con «ï»¿», una marca de orden de bytes (BOM) de UTF-8 leída como Windows-1252 y guardada de nuevo: bórrela, o guarde otra vez el archivo original como UTF-8'
    ]);
  });
});

describe("the kinds of sujeto obligado read in Spanish", () => {
  it("every kind in the shipped microdata has its label, and «Autonomo» reads «Autónomo»", async () => {
    const registry = await loadRegistry();
    const kinds = [...new Set(registry.mga_sujetos.map((s) => s.tipo))];
    expect(kinds.length).toBe(11);
    const known = new Set<string>(MGA_SUBJECT_KINDS.map((k) => k.id));
    expect(kinds.filter((k) => !known.has(k))).toEqual([]);
    expect(mgaSubjectKindLabel("Autonomo")).toBe("Autónomo");
    expect(mgaSubjectKindLabel("Partido")).toBe("Partido");
    expect(mgaSubjectKindLabel("Tipo nuevo")).toBe("Tipo nuevo");
  });
});
