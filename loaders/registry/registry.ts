import {readFile} from "node:fs/promises";
import {join, relative} from "node:path";
import {InvalidInputError, type Problem} from "../problems.js";
import {RULES} from "./rules/index.js";
import {SCHEMA, TABLE_NAMES, tableFile, type Registry, type TableName} from "../../metrics/model/schema.js";
import {readTable, type ReadTable} from "./table-read.js";

/** The raw bytes of each registry table, with the name to use for it in messages. */
export type RegistryFiles = Record<TableName, {readonly file: string; readonly bytes: Uint8Array}>;

/** Options of {@link validateRegistry}. */
export interface ValidationOptions {
  /** The day of the validation (AAAA-MM-DD): no date of the registry may be after it. Default: today (UTC). */
  readonly today?: string;
}

/**
 * Validates a whole registry: each table on its own, then the rules across tables. Every problem of the
 * run is collected; if there is any, throws {@link InvalidInputError} listing them all, so nothing is
 * built from invalid input.
 *
 * A table that could not be read whole (see {@link ReadTable.readable}) lists its own problems first, and
 * references into it are not checked one by one: the error says once, after the problems, which
 * references could not be checked and why.
 */
export function validateRegistry(files: RegistryFiles, options: ValidationOptions = {}): Registry {
  const context = {today: options.today ?? new Date().toISOString().slice(0, 10)};
  const broken: Problem[] = [];
  const problems: Problem[] = [];
  const tables = {} as Record<TableName, ReadTable>;
  for (const name of TABLE_NAMES) {
    const {file, bytes} = files[name];
    const read = readTable(name, bytes, file);
    tables[name] = read.table;
    (read.table.readable ? problems : broken).push(...read.problems);
  }
  for (const rule of RULES) problems.push(...rule(tables, context));
  if (broken.length + problems.length > 0)
    throw new InvalidInputError(
      [...sortProblems(broken), ...sortProblems(problems)],
      "El registro",
      uncheckedReferences(tables)
    );
  // Every row has passed its table's schema, so it holds exactly the values `Row<N>` describes.
  return Object.fromEntries(TABLE_NAMES.map((n) => [n, tables[n].rows])) as Registry;
}

/**
 * One note per table that could not be read whole and that other tables reference: how many references
 * into it went unchecked, from which files and columns.
 */
export function uncheckedReferences(tables: Readonly<Record<TableName, ReadTable>>): string[] {
  const notes: string[] = [];
  for (const target of TABLE_NAMES) {
    if (tables[target].readable) continue;
    const from: string[] = [];
    let count = 0;
    for (const name of TABLE_NAMES) {
      const columns: string[] = [];
      for (const column of SCHEMA[name].columns) {
        if (!("references" in column) || column.references?.table !== target) continue;
        const n = tables[name].rows.filter((r) => r[column.name] !== null).length;
        if (n === 0) continue;
        count += n;
        columns.push(column.name);
      }
      if (columns.length > 0) from.push(`${tables[name].file} (${columns.join(", ")})`);
    }
    if (count > 0) {
      notes.push(
        `No se comprobaron ${count} referencias a ${tables[target].file} desde ${from.join(", ")}: ${tables[target].file} tiene filas que no se pudieron leer; corrija primero sus problemas.`
      );
    }
  }
  return notes;
}

function sortProblems(problems: Problem[]): Problem[] {
  return [...problems].sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column);
}

/** The folder of the registry the project ships. */
export const DEFAULT_REGISTRY_DIR = new URL("../../data/", import.meta.url).pathname;

/** Why a registry file could not be read, in Spanish, by the system's error code. */
const READ_FAILURES: Readonly<Record<string, string>> = {
  ENOENT: "no existe",
  EISDIR: "es una carpeta, no un archivo",
  EACCES: "sin permiso de lectura",
  EPERM: "el sistema no permite leerlo (¿está abierto en otro programa?)",
  EBUSY: "está abierto en otro programa (¿Excel?)",
  ENOTDIR: "una parte de la ruta es un archivo, no una carpeta"
};

/**
 * Reads the registry's CSV files from a folder. A missing file is reported as a problem of that file (line
 * 1, column 1), together with the problems of the other files.
 */
export async function readRegistryFiles(dir = DEFAULT_REGISTRY_DIR): Promise<RegistryFiles> {
  const files = {} as RegistryFiles;
  const missing: Problem[] = [];
  for (const name of TABLE_NAMES) {
    const path = join(dir, tableFile(name));
    const file = displayPath(path);
    try {
      files[name] = {file, bytes: new Uint8Array(await readFile(path))};
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? "";
      missing.push({
        file,
        line: 1,
        column: 1,
        value: READ_FAILURES[code] ? `${READ_FAILURES[code]} (${code})` : code || String(error),
        expected: `el archivo ${tableFile(name)} del registro${code === "ENOENT" ? "" : ", que se pueda leer"}`
      });
      files[name] = {file, bytes: new Uint8Array()};
    }
  }
  if (missing.length > 0) throw new InvalidInputError(missing);
  return files;
}

/** Reads and validates the registry in a folder (by default the shipped `data/`). */
export async function loadRegistry(dir = DEFAULT_REGISTRY_DIR, options: ValidationOptions = {}): Promise<Registry> {
  return validateRegistry(await readRegistryFiles(dir), options);
}

/** A path relative to the working folder when it is inside it, for shorter messages. */
export function displayPath(path: string): string {
  const rel = relative(process.cwd(), path);
  return rel.startsWith("..") ? path : rel;
}
