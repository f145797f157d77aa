/**
 * `npm run validate [-- --dir CARPETA]`: checks the registry (by default `data/`) and prints every problem
 * as `archivo:línea:columna`, with the value and what was expected. Exits 1 when the registry is invalid.
 */
import {runCli} from "./lib/cli.js";
import {loadRegistry} from "../loaders/registry/registry.js";
import {TABLE_NAMES} from "../metrics/model/schema.js";
import {argValue} from "./lib/args.js";

await runCli(async () => {
  const registry = await loadRegistry(argValue("--dir"));
  const counts = TABLE_NAMES.map((n) => `${n}: ${registry[n].length}`).join(", ");
  process.stdout.write(`Registro válido (${counts}).\n`);
});
