/**
 * `npm run export -- --out CARPETA`: writes every published table as CSV and Parquet, the data dictionary
 * (`diccionario.csv`, `diccionario.parquet`) and `construccion.json` into CARPETA. The registry is read
 * and validated first (remote when TABLERO_REGISTRO_URL is set); on invalid input nothing is written.
 * The folder is replaced all-or-nothing (loaders/publish/export-folder.ts): a reader sees the old export or
 * the new one, never a mix; a failure says in Spanish which file and what to do, and leaves the old one.
 */
import {resolve} from "node:path";
import {argValue} from "./lib/args.js";
import {runCli} from "./lib/cli.js";
import {writeExportFolder} from "../loaders/publish/export-folder.js";
import {publishedFiles} from "../loaders/publish/publish.js";
import {resolveRegistry} from "../loaders/registry/registry-source.js";

await runCli(async () => {
  const out = argValue("--out");
  if (!out) throw new Error("Indique la carpeta de salida: npm run export -- --out CARPETA");
  const target = resolve(out);
  const {registry, provenance} = await resolveRegistry();
  const files = publishedFiles(registry, provenance, {csv: true});
  await writeExportFolder(target, files);
  process.stdout.write(`${files.length} archivos escritos en ${out}: ${files.map((f) => f.name).join(", ")}\n`);
});
