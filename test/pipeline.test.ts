import {execFile} from "node:child_process";
import {existsSync} from "node:fs";
import {mkdtemp, readFile, readdir} from "node:fs/promises";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {promisify} from "node:util";
import JSZip from "jszip";
import {describe, expect, it} from "vitest";
import {readTable} from "../loaders/registry/table-read.js";
import {fromParquet, toParquet} from "../loaders/publish/parquet.js";
import {outputTables, publishedTableDefs} from "../loaders/publish/outputs.js";
import {loadRegistry} from "../loaders/registry/registry.js";
import {SCHEMA, TABLE_NAMES} from "../metrics/model/schema.js";
import {mutatedRegistry} from "./helpers/registry-fixture.js";

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

  it("reads back equal to the registry when the CSV is parsed again after export", async () => {
    const dir = await mkdtemp(join(tmpdir(), "exportacion-"));
    await run("node", ["--import", "tsx", "scripts/export.ts", "--out", dir]);
    const registry = await loadRegistry();
    for (const name of TABLE_NAMES) {
      const {table, problems} = readTable(
        name,
        new Uint8Array(await readFile(join(dir, `${name}.csv`))),
        `${name}.csv`
      );
      expect(problems, name).toEqual([]);
      expect(table.rows, name).toEqual(registry[name]);
      expect(fromParquet(new Uint8Array(await readFile(join(dir, `${name}.parquet`)))), name).toEqual(registry[name]);
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
    expect((await readdir(join(out, ".."))).filter((f) => f.startsWith(".exportacion-"))).toEqual([]);
  });
});

describe("the site's data archive loader (src/data/registro.zip.ts)", () => {
  it("writes a ZIP with one Parquet and one CSV per published table and construccion.json", async () => {
    const {stdout} = await run("node", ["--import", "tsx", "src/data/registro.zip.ts"], {
      encoding: "buffer",
      maxBuffer: 64 * 1024 * 1024
    });
    const zip = await JSZip.loadAsync(stdout);
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
