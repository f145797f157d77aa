import * as fs from "node:fs/promises";
import {basename, dirname, join} from "node:path";
import {PROVENANCE_FILE, type PublishedFile} from "./publish.js";

/** The file-system calls {@link writeExportFolder} makes; tests replace one to make it fail. */
export interface FolderOps {
  lstat: typeof fs.lstat;
  readdir: typeof fs.readdir;
  mkdir: typeof fs.mkdir;
  mkdtemp: typeof fs.mkdtemp;
  writeFile: typeof fs.writeFile;
  rename: typeof fs.rename;
  rm: typeof fs.rm;
}

/** A failed export, in Spanish: which file or folder, what happened and what to do. */
export class ExportError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "ExportError";
  }
}

/**
 * Writes an export all-or-nothing: a reader of `target` sees the old export or the new one, never a mix.
 *
 * The files are written to a staging folder beside `target` (`.<nombre>-nueva-XXXXXX`); only when all are
 * written is the old folder moved aside (`.<nombre>-anterior-XXXXXX`), the staging folder renamed to
 * `target` and the old one deleted. If any step fails, the staging folder is removed and the old export is
 * put back, and an {@link ExportError} says in Spanish which path failed, why and what to do.
 *
 * `target` must be new, empty, or hold a previous export (it has `construccion.json` and only files): the
 * export replaces the whole folder, so a folder holding anything else — another document, a sub-folder —
 * is refused before anything is written.
 */
export async function writeExportFolder(
  target: string,
  files: readonly PublishedFile[],
  ops: FolderOps = fs
): Promise<void> {
  const exists = await checkTarget(target, ops);
  const parent = dirname(target);
  await step(parent, "crear la carpeta donde va la exportación", () => ops.mkdir(parent, {recursive: true}));
  const staging = await step(parent, "crear una carpeta temporal junto a la exportación", () =>
    ops.mkdtemp(join(parent, `.${basename(target)}-nueva-`))
  );
  let old: string | null = null;
  try {
    for (const f of files)
      await step(join(target, f.name), "escribir el archivo", () => ops.writeFile(join(staging, f.name), f.bytes));
    if (exists) {
      const aside = await step(parent, "crear una carpeta temporal junto a la exportación", () =>
        ops.mkdtemp(join(parent, `.${basename(target)}-anterior-`))
      );
      await ops.rm(aside, {recursive: true, force: true});
      await step(target, "apartar la exportación anterior", () => ops.rename(target, aside));
      old = aside;
    }
    await step(target, "poner la exportación nueva en su lugar", () => ops.rename(staging, target));
  } catch (error) {
    await ops.rm(staging, {recursive: true, force: true}).catch(() => {});
    if (old !== null) {
      try {
        await ops.rename(old, target);
      } catch {
        throw new ExportError(
          `${(error as Error).message.replace(UNTOUCHED, "")}La exportación anterior quedó en ${old}: devuélvala a ${target}.`
        );
      }
    }
    throw error;
  }
  if (old !== null) await ops.rm(old, {recursive: true, force: true}).catch(() => {});
}

/** Whether `target` exists; refuses it (nothing written yet) when it is not a folder the export may replace. */
async function checkTarget(target: string, ops: FolderOps): Promise<boolean> {
  let isDirectory: boolean;
  try {
    isDirectory = (await ops.lstat(target)).isDirectory();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return false;
    throw failure(target, "leer la carpeta de la exportación", error);
  }
  if (!isDirectory)
    throw new ExportError(
      `No se pudo exportar: ${target} existe y no es una carpeta. Elija otra carpeta con --out, o mueva o borre ese archivo. ${UNTOUCHED}`
    );
  const entries = await ops.readdir(target, {withFileTypes: true});
  const folder = entries.find((e) => !e.isFile());
  if (folder)
    throw new ExportError(
      `No se pudo exportar: ${join(target, folder.name)} es una carpeta (o no es un archivo común) y la exportación reemplaza la carpeta ${target} completa. Muévala fuera de ${target} o elija otra carpeta con --out. ${UNTOUCHED}`
    );
  if (entries.length > 0 && !entries.some((e) => e.name === PROVENANCE_FILE)) {
    const names = entries.map((e) => e.name).sort();
    const listed = names.length > 5 ? `${names.slice(0, 5).join(", ")}…` : names.join(", ");
    throw new ExportError(
      `No se pudo exportar: la carpeta ${target} tiene archivos que no son de una exportación (${listed}; no tiene ${PROVENANCE_FILE}) y la exportación reemplaza la carpeta completa. Elija una carpeta nueva o vacía con --out. ${UNTOUCHED}`
    );
  }
  return true;
}

/** Said at the end of every refusal and failure. */
const UNTOUCHED = "No se escribió nada: la carpeta quedó como estaba.";

/** Runs one file-system step; a failure becomes an {@link ExportError} naming `path` and the step. */
async function step<T>(path: string, what: string, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    throw failure(path, what, error);
  }
}

/** What a system error code means here, and what to do, in Spanish. */
const ADVICE: Record<string, string> = {
  EACCES: "no hay permiso para escribir ahí: elija otra carpeta con --out o pida permiso de escritura",
  EPERM:
    "el sistema no lo permite: quizá un archivo de la carpeta está abierto en otro programa (¿Excel?); ciérrelo y vuelva a exportar, o elija otra carpeta con --out",
  EBUSY:
    "un archivo de la carpeta está abierto en otro programa (¿Excel?): ciérrelo y vuelva a exportar, o elija otra carpeta con --out",
  ENOSPC: "el disco está lleno: libere espacio y vuelva a exportar",
  EROFS: "la carpeta está en un disco de sólo lectura: elija otra carpeta con --out",
  EISDIR: "hay una carpeta donde iría un archivo: muévala o elija otra carpeta con --out",
  ENOTDIR: "una parte de la ruta es un archivo, no una carpeta: elija otra carpeta con --out",
  EEXIST: "ya existe algo con ese nombre: muévalo o elija otra carpeta con --out",
  ENOTEMPTY: "ya existe algo con ese nombre: muévalo o elija otra carpeta con --out",
  EMFILE: "hay demasiados archivos abiertos: cierre otros programas y vuelva a exportar"
};

function failure(path: string, what: string, error: unknown): ExportError {
  if (error instanceof ExportError) return error;
  const code = (error as NodeJS.ErrnoException).code ?? "";
  const advice = ADVICE[code] ?? `error del sistema${code ? ` ${code}` : ""}: ${(error as Error).message}`;
  return new ExportError(
    `No se pudo exportar: al ${what} ${path}, ${advice}${code && ADVICE[code] ? ` (${code})` : ""}. ${UNTOUCHED}`
  );
}
