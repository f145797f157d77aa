/**
 * `npm run generate`: rewrites what is generated from the code — the data dictionary in `data/README.md`
 * (between the GENERADO markers, from the schema, so the dictionary people read is the one validation
 * enforces). The site needs no generated copy of the vocabulary: it imports the library itself (`src/lib`).
 * `--check` only reports whether it is up to date (exit 1 if not).
 */
import {readFile, writeFile} from "node:fs/promises";
import {runCli} from "./lib/cli.js";
import {dictionaryMarkdown} from "../loaders/publish/dictionary-markdown.js";
import {publishedTableDefs} from "../loaders/publish/outputs.js";

const BEGIN = "<!-- GENERADO: npm run generate; no editar a mano -->";
const END = "<!-- FIN GENERADO -->";
const root = new URL("..", import.meta.url);

/** The data README with its dictionary section rewritten. */
function dataReadme(current: string): string {
  const start = current.indexOf(BEGIN);
  const end = current.indexOf(END);
  if (start < 0 || end < start) throw new Error(`data/README.md no tiene las marcas ${BEGIN} … ${END}`);
  return `${current.slice(0, start + BEGIN.length)}\n\n${dictionaryMarkdown(publishedTableDefs())}\n${current.slice(end)}`;
}

await runCli(async () => {
  const targets: {path: string; next: (current: string) => string}[] = [{path: "data/README.md", next: dataReadme}];
  const check = process.argv.includes("--check");
  for (const {path, next} of targets) {
    const url = new URL(path, root);
    const current = await readFile(url, "utf8").catch(() => "");
    const wanted = next(current);
    if (wanted === current) continue;
    if (check) {
      process.stderr.write(`${path} no está al día con el código: ejecute npm run generate\n`);
      process.exitCode = 1;
    } else {
      await writeFile(url, wanted);
      process.stderr.write(`${path} regenerado.\n`);
    }
  }
});
