/**
 * `npm run export -- --out CARPETA`: writes every published table as CSV and Parquet, the data dictionary
 * (`diccionario.csv`, `diccionario.parquet`) and `construccion.json` into CARPETA. The registry is read
 * and validated first (remote when TABLERO_REGISTRO_URL is set); on invalid input nothing is written.
 */
import {mkdir, mkdtemp, rename, rm, writeFile} from "node:fs/promises";
import {dirname, join, resolve} from "node:path";
import {argValue} from "./lib/args.js";
import {runCli} from "./lib/cli.js";
import {publishedFiles} from "../loaders/publish/publish.js";
import {resolveRegistry} from "../loaders/registry/registry-source.js";

await runCli(async () => {
  const out = argValue("--out");
  if (!out) throw new Error("Indique la carpeta de salida: npm run export -- --out CARPETA");
  const target = resolve(out);
  const {registry, provenance} = await resolveRegistry();
  const files = publishedFiles(registry, provenance, {csv: true});
  await mkdir(dirname(target), {recursive: true});
  const staging = await mkdtemp(join(dirname(target), ".exportacion-"));
  try {
    for (const f of files) await writeFile(join(staging, f.name), f.bytes);
    await mkdir(target, {recursive: true});
    for (const f of files) await rename(join(staging, f.name), join(target, f.name));
  } finally {
    await rm(staging, {recursive: true, force: true});
  }
  process.stdout.write(`${files.length} archivos escritos en ${out}: ${files.map((f) => f.name).join(", ")}\n`);
});
