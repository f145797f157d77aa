import {execFile} from "node:child_process";
import {createHash} from "node:crypto";
import {readFile} from "node:fs/promises";
import {join} from "node:path";
import {promisify} from "node:util";
import {describe, expect, it} from "vitest";
import {importMgaEdition} from "../loaders/importers/mga/import-edition.js";
import {importMgaSujetos, type MgaImportOptions} from "../loaders/importers/mga/import-sujetos.js";
import type {InvalidInputError} from "../loaders/problems.js";
import {loadRegistry, readRegistryFiles} from "../loaders/registry/registry.js";
import {brief, mutatedRegistry} from "./helpers/registry-fixture.js";

const run = promisify(execFile);
const fixture = (name: string) => new URL(`fixtures/mga/${name}`, import.meta.url).pathname;
const PUBLISHED_2017 = new URL("../data/archivo/mga2017/sujetos_obligados_2017.csv", import.meta.url).pathname;

async function options(over: Partial<MgaImportOptions> = {}): Promise<MgaImportOptions> {
  const {entidades} = await loadRegistry();
  return {edicion: 2019, fuente_id: "prueba-lista", file: "sujetos.csv", encoding: "latin1", tolerance: 0.002, entidades, ...over};
}

describe("importMgaSujetos(bytes, options) on a Latin-1 file in the published format", () => {
  it("decodes Latin-1, maps odd state names to INEGI keys and Federal to the federal level", async () => {
    const {rows, problems} = importMgaSujetos(new Uint8Array(await readFile(fixture("sujetos-validos-latin1.csv"))), await options());
    expect(problems).toEqual([]);
    expect(rows.map((r) => [r.sujeto, r.clave_inegi, r.nivel, r.tipo])).toEqual([
      ["Secretaría de la Función Pública", null, "federal", "Ejecutivo federal"],
      ["NuevoLeon-Monterrey", "19", "municipal", "Municipio"],
      ["Queretaro-Poder Judicial del Estado", "22", "estatal", "Judicial"],
      ["Mexico-Instituto Electoral del Estado de México", "15", "estatal", "Autonomo"],
      ["Ciudad de Mexico-Alcaldía Coyoacán", "09", "municipal", "Municipio"]
    ]);
    expect(rows[1]).toMatchObject({edicion: 2019, ga: 0.3581, t: 0.6163, p: 0.1, tg: 0.7033, tc: 0.5292, pg: 0, pc: 0.2, fuente_id: "prueba-lista"});
  });

  it("refuses an unknown state name and a broken identity, naming line, column and value", async () => {
    const {rows, problems} = importMgaSujetos(new Uint8Array(await readFile(fixture("sujetos-con-errores-latin1.csv"))), await options());
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
    const {problems} = importMgaSujetos(new Uint8Array(await readFile(fixture("sujetos-validos-latin1.csv"))), await options({encoding: "utf-8"}));
    expect(problems.map(brief)).toEqual(['sujetos.csv:2:9 - "byte 0xED" → texto en UTF-8 (¿el archivo se guardó como Latin-1 o Windows-1252? guárdelo como UTF-8)']);
  });

  it("refuses a file without one of the published columns", async () => {
    const {problems} = importMgaSujetos(new TextEncoder().encode("SO,edo,niv,ts,GA,P,T,TG,TC,PG\n"), await options({encoding: "utf-8"}));
    expect(problems.map(brief)).toEqual(['sujetos.csv:1:1 - "SO,edo,niv,ts,GA,P,T,TG,TC,PG" → una columna PC']);
  });
});

describe("the published 2017 file", () => {
  it("imports 908 sujetos obligados, and the shipped mga_sujetos.csv is exactly that import", async () => {
    const bytes = new Uint8Array(await readFile(PUBLISHED_2017));
    const files = await readRegistryFiles();
    const imported = importMgaEdition(files, {bytes, file: PUBLISHED_2017}, {edicion: 2017, fuente_id: "mga2017-bso", url: "JuveCampos/Metrica_Gob_Abierto Metrica_Gob_Abierto/BSO.csv", commit: "f9dc6e5", encoding: "latin1", tolerance: 0.002});
    expect(imported.rows).toBe(908);
    expect(new TextDecoder().decode(imported.files.mga_sujetos.bytes)).toBe(await readFile(new URL("../data/mga_sujetos.csv", import.meta.url), "utf8"));
    const registry = await loadRegistry();
    expect(registry.mga_importaciones).toEqual([
      expect.objectContaining({edicion: 2017, filas: 908, codificacion: "latin1", sha256: createHash("sha256").update(bytes).digest("hex")})
    ]);
    const count = (nivel: string) => registry.mga_sujetos.filter((r) => r.nivel === nivel).length;
    expect([count("federal"), count("estatal"), count("municipal")]).toEqual([46, 702, 160]);
    expect(new Set(registry.mga_sujetos.filter((r) => r.clave_inegi).map((r) => r.clave_inegi)).size).toBe(32);
  });
});

describe("npm run import:mga", () => {
  it("adds a later edition beside the earlier one, and writes nothing when the file is invalid", async () => {
    const dir = await mutatedRegistry();
    const args = (file: string) => ["--import", "tsx", "scripts/import-mga.ts", "--dir", dir, "--edicion", "2019", "--archivo", file, "--fuente-id", "prueba-lista", "--url", "https://ejemplo.org/mga2019.csv"];
    const before = await readFile(join(dir, "mga_sujetos.csv"), "utf8");
    const failed = await run("node", args(fixture("sujetos-con-errores-latin1.csv"))).catch((e) => e);
    expect(failed.code).toBe(1);
    expect(failed.stderr).toContain("sujetos-con-errores-latin1.csv:7:20 (edo) valor \"Atlantida\"");
    expect(await readFile(join(dir, "mga_sujetos.csv"), "utf8")).toBe(before);
    const ok = await run("node", args(fixture("sujetos-validos-latin1.csv")));
    expect(ok.stdout).toBe("Edición 2019: 5 sujetos obligados importados a mga_sujetos.csv.\n");
    const registry = await loadRegistry(dir);
    expect(registry.mga_sujetos.map((r) => r.edicion)).toEqual([2019, 2019, 2019, 2019, 2019]);
    expect(registry.mga_importaciones).toEqual([expect.objectContaining({edicion: 2019, filas: 5, url: "https://ejemplo.org/mga2019.csv", commit: null, tolerancia: 0.002})]);
  });
});

describe("validation of the Métrica tables", () => {
  it("refuses a hand-edited subject whose identities no longer hold", async () => {
    const dir = await mutatedRegistry();
    const files = await readRegistryFiles(dir);
    const {files: next} = importMgaEdition(files, {bytes: new Uint8Array(await readFile(fixture("sujetos-validos-latin1.csv"))), file: "f.csv"}, {edicion: 2019, fuente_id: "prueba-lista", url: "u", commit: null, encoding: "latin1", tolerance: 0.002});
    const text = new TextDecoder().decode(next.mga_sujetos.bytes).replace("Judicial,Queretaro-Poder Judicial del Estado,0.25", "Judicial,Queretaro-Poder Judicial del Estado,0.35");
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
