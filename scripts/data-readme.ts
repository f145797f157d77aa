/**
 * `npm run docs:data`: rewrites the generated part of `data/README.md` (between the GENERADO markers) from
 * the schema, so the data dictionary people read is the one validation enforces. `--check` only reports
 * whether the file is up to date (exit 1 if not).
 */
import {readFile, writeFile} from "node:fs/promises";
import {runCli} from "./lib/cli.js";
import {dictionaryMarkdown} from "../loaders/publish/dictionary-markdown.js";
import {publishedTableDefs} from "../loaders/publish/outputs.js";

const BEGIN = "<!-- GENERADO: npm run docs:data; no editar a mano -->";
const END = "<!-- FIN GENERADO -->";
const path = new URL("../data/README.md", import.meta.url);

await runCli(async () => {
  const tables = publishedTableDefs();
  const current = await readFile(path, "utf8");
  const start = current.indexOf(BEGIN);
  const end = current.indexOf(END);
  if (start < 0 || end < start) throw new Error(`data/README.md no tiene las marcas ${BEGIN} … ${END}`);
  const next = `${current.slice(0, start + BEGIN.length)}\n\n${dictionaryMarkdown(tables)}\n${current.slice(end)}`;
  if (process.argv.includes("--check")) {
    if (next !== current) {
      process.stderr.write("data/README.md no coincide con el esquema: ejecute npm run docs:data\n");
      process.exitCode = 1;
    }
    return;
  }
  await writeFile(path, next);
});
