import {cp, mkdtemp, readFile, writeFile} from "node:fs/promises";
import {tmpdir} from "node:os";
import {basename, join} from "node:path";
import {InvalidInputError, type Problem} from "../../loaders/problems.js";
import {loadRegistry} from "../../loaders/registry/registry.js";
import {showInvisible} from "../../loaders/text-faults.js";

/** The small, hand-built valid registry the validation tests start from. */
export const VALID_FIXTURE = new URL("../fixtures/registro-valido/", import.meta.url).pathname;

/** A change to one file of the fixture: a text replacement, or the file's new bytes. */
export type Mutation = {file: string; replace: string; with: string} | {file: string; bytes: Uint8Array | null};

/** Copies the valid fixture to a fresh temporary folder and applies the mutations; returns the folder. */
export async function mutatedRegistry(...mutations: Mutation[]): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), "registro-"));
  await cp(VALID_FIXTURE, dir, {recursive: true});
  for (const m of mutations) {
    const path = join(dir, m.file);
    if ("bytes" in m) {
      if (m.bytes === null) await (await import("node:fs/promises")).rm(path);
      else await writeFile(path, m.bytes);
    } else {
      const text = await readFile(path, "utf8");
      if (!text.includes(m.replace))
        throw new Error(`La mutación no encuentra ${JSON.stringify(m.replace)} en ${m.file}`);
      await writeFile(path, text.replace(m.replace, m.with));
    }
  }
  return dir;
}

/**
 * A problem as a short comparable line: `hitos.csv:2:55 fecha_max "2015-02-30" → se esperaba …`, invisible
 * characters shown as code points as every message shows them.
 */
export function brief(p: Problem): string {
  return `${basename(p.file)}:${p.line}:${p.column} ${p.field ?? "-"} ${JSON.stringify(showInvisible(p.value))} → ${showInvisible(p.expected)}`;
}

/** Loads a mutated registry and returns its problems in brief form; fails if it loads without error. */
export async function problemsOf(...mutations: Mutation[]): Promise<string[]> {
  const dir = await mutatedRegistry(...mutations);
  try {
    await loadRegistry(dir);
  } catch (error) {
    if (error instanceof InvalidInputError) return error.problems.map(brief);
    throw error;
  }
  throw new Error("Se esperaba un registro inválido, pero se validó sin problemas");
}
