/**
 * `npm run import:mga -- --edicion AAAA --archivo RUTA --fuente-id ID --url URL [--commit SHA]
 * [--codificacion latin1|utf-8] [--tolerancia 0.002] [--parcial] [--dir data]`
 *
 * Imports a Métrica de Gobierno Abierto per-sujeto-obligado file (columns SO, edo, niv, ts, GA, P, T, TG,
 * TC, PG, PC) into `data/mga_sujetos.csv`, replacing that edition's rows, and records its provenance in
 * `data/mga_importaciones.csv`. The source (`--fuente-id`) must already be in `data/fuentes.csv`. The
 * encoding is read from the bytes when they show it (UTF-8), else taken from `--codificacion` (default
 * latin1, i.e. Windows-1252). `--parcial` says the file holds only part of the edition on purpose. Names
 * encoded twice are repaired and listed on stdout (kept as published in `sujeto_publicado`). Any problem —
 * a name it cannot map, a score outside 0–1, a broken identity, an encoding that contradicts the flag,
 * fewer rows than were published — is reported with file, line and column, exit code 1, and nothing written.
 */
import {readFile, rename, writeFile} from "node:fs/promises";
import {join} from "node:path";
import {argValue} from "./lib/args.js";
import {runCli} from "./lib/cli.js";
import {importMgaEdition} from "../loaders/importers/mga/import-edition.js";
import {quoteValue} from "../loaders/problems.js";
import {DEFAULT_REGISTRY_DIR, readRegistryFiles} from "../loaders/registry/registry.js";
import {tableFile} from "../metrics/model/schema.js";

await runCli(async () => {
  const required = (flag: string) => {
    const v = argValue(flag);
    if (!v)
      throw new Error(
        `Falta ${flag}. Uso: npm run import:mga -- --edicion AAAA --archivo RUTA --fuente-id ID --url URL [--commit SHA] [--codificacion latin1|utf-8] [--tolerancia 0.002] [--parcial]`
      );
    return v;
  };
  const edicion = Number(required("--edicion"));
  if (!Number.isInteger(edicion) || edicion < 2017)
    throw new Error(`--edicion debe ser un año (2017, 2019…), no ${argValue("--edicion")}`);
  const encoding = argValue("--codificacion");
  if (encoding !== undefined && encoding !== "latin1" && encoding !== "utf-8")
    throw new Error(`--codificacion debe ser latin1 o utf-8, no ${encoding}`);
  const tolerance = Number(argValue("--tolerancia") ?? "0.002");
  if (!(tolerance >= 0 && tolerance <= 0.1)) throw new Error(`--tolerancia debe ser un número entre 0 y 0.1`);
  const file = required("--archivo");
  const dir = argValue("--dir") ?? DEFAULT_REGISTRY_DIR;
  const files = await readRegistryFiles(dir);
  const result = importMgaEdition(
    files,
    {bytes: new Uint8Array(await readFile(file)), file},
    {
      edicion,
      fuente_id: required("--fuente-id"),
      url: required("--url"),
      commit: argValue("--commit") ?? null,
      encoding,
      tolerance,
      partial: process.argv.includes("--parcial")
    }
  );
  // Both files are complete in memory and the registry they make is valid: write each to a temporary
  // name, then rename, so a reader never sees one table updated without the other half-written.
  const targets = (["mga_sujetos", "mga_importaciones"] as const).map((t) => ({
    path: join(dir, tableFile(t)),
    bytes: result.files[t].bytes
  }));
  for (const t of targets) await writeFile(`${t.path}.tmp`, t.bytes);
  for (const t of targets) await rename(`${t.path}.tmp`, t.path);
  const lines = [
    `Edición ${edicion}: ${result.rows} sujetos obligados importados a ${tableFile("mga_sujetos")} (leído como ${result.encoding}${process.argv.includes("--parcial") ? "; archivo parcial" : ""}).`
  ];
  if (result.repairs.length > 0) {
    lines.push(
      `${result.repairs.length} nombre${result.repairs.length === 1 ? "" : "s"} codificado${result.repairs.length === 1 ? "" : "s"} dos veces, reparado${result.repairs.length === 1 ? "" : "s"} (el publicado queda en sujeto_publicado):`
    );
    for (const r of result.repairs)
      lines.push(`  ${file}:${r.line}:${r.column} ${quoteValue(r.published)} → ${quoteValue(r.repaired)}`);
  }
  process.stdout.write(`${lines.join("\n")}\n`);
});
