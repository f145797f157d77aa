import {createHash} from "node:crypto";
import {basename} from "node:path";
import {rowsToCsv} from "../../../metrics/model/csv.js";
import {InvalidInputError, type Problem} from "../../problems.js";
import {parseCsv} from "../../registry/csv-parse.js";
import {validateRegistry, type RegistryFiles} from "../../registry/registry.js";
import {mgaShortfalls, scopeText} from "../../registry/rules/mga.js";
import {SCHEMA, type Registry, type Row} from "../../../metrics/model/schema.js";
import {importMgaSujetos, type MgaEncoding, type MgaRepair} from "./import-sujetos.js";

/** The registry's own files are written as they are: validation refuses formula-like text instead. */
const REGISTRY_CSV = {guardFormulas: false} as const;

/** Everything that identifies an edition's published file. */
export interface MgaEdition {
  edicion: number;
  fuente_id: string;
  url: string;
  commit: string | null;
  /** The encoding asked for (`--codificacion`), or undefined to let the bytes decide (Windows-1252 when they cannot). */
  encoding?: MgaEncoding;
  tolerance: number;
  /** True when the file is known to hold only part of the edition (`--parcial`). */
  partial?: boolean;
}

/** What an import gives back: the registry's files and the registry they make, and what was done. */
export interface MgaEditionImport {
  files: RegistryFiles;
  registry: Registry;
  rows: number;
  /** The encoding the file was read with (what `mga_importaciones` records). */
  encoding: MgaEncoding;
  /** Names repaired because they were encoded twice (each kept as published in `sujeto_publicado`). */
  repairs: MgaRepair[];
}

/**
 * Imports one edition's per-sujeto-obligado file into the registry's files, in memory: the edition's rows
 * in `mga_sujetos` are replaced (other editions kept), and `mga_importaciones` records the file's name,
 * address, commit, SHA-256, the encoding used, the row count and whether the file is partial.
 *
 * The imported rows are checked against the counts of sujetos obligados the registry says were published
 * for the edition (`mga_reportados`, in the country, the federal scope and each state where known): a file
 * with fewer — the usual sign of a download cut short at a row boundary — is refused, unless
 * `edition.partial` says it is partial on purpose; `partial` for a file that is not short is refused too.
 *
 * The resulting registry is validated as a whole before anything is returned, so the caller writes either
 * both files or nothing. Throws {@link InvalidInputError} with every problem of the file or of the
 * resulting registry.
 */
export function importMgaEdition(
  files: RegistryFiles,
  input: {bytes: Uint8Array; file: string},
  edition: MgaEdition
): MgaEditionImport {
  // The rows being replaced are not held against the import: re-importing is how they are corrected.
  const current = validateRegistry(withoutEdition(files, edition.edicion));
  const what = `El archivo de la Métrica ${input.file}`;
  const {rows, problems, encoding, repairs} = importMgaSujetos(input.bytes, {
    ...edition,
    file: input.file,
    entidades: current.entidades
  });
  if (problems.length > 0) throw new InvalidInputError(problems, what);
  const partial = edition.partial === true;
  const shortfalls = mgaShortfalls(edition.edicion, rows, current.mga_reportados);
  const end = endOfFile(input.bytes, input.file);
  if (!partial && shortfalls.length > 0) {
    throw new InvalidInputError(
      shortfalls.map((f) => ({
        ...end,
        expected: `${f.published} sujetos obligados ${scopeText(f.scope)} en la edición ${f.edicion}, los que publicó ${f.fuente_id} según mga_reportados.csv; el archivo trae ${f.imported}: ¿está incompleto (una descarga cortada)? Si es parcial a propósito, impórtelo con --parcial`
      })),
      what
    );
  }
  if (
    partial &&
    shortfalls.length === 0 &&
    current.mga_reportados.some((r) => r.edicion === edition.edicion && r.indicador === "sujetos_obligados")
  ) {
    throw new InvalidInputError(
      [
        {
          ...end,
          expected: `un archivo parcial, como dice --parcial; pero trae todos los sujetos obligados que mga_reportados.csv dice que se publicaron en la edición ${edition.edicion} (${rows.length}): quite --parcial`
        }
      ],
      what
    );
  }
  const sujetos = [...current.mga_sujetos.filter((r) => r.edicion !== edition.edicion), ...rows].sort(
    (a, b) => a.edicion - b.edicion
  );
  const record: Row<"mga_importaciones"> = {
    edicion: edition.edicion,
    fuente_id: edition.fuente_id,
    archivo: basename(input.file),
    url: edition.url,
    commit: edition.commit,
    sha256: createHash("sha256").update(input.bytes).digest("hex"),
    codificacion: encoding,
    filas: rows.length,
    parcial: partial,
    tolerancia: edition.tolerance
  };
  const imports = [...current.mga_importaciones.filter((r) => r.edicion !== edition.edicion), record].sort(
    (a, b) => a.edicion - b.edicion
  );
  const encoder = new TextEncoder();
  const next: RegistryFiles = {
    ...files,
    mga_sujetos: {
      file: files.mga_sujetos.file,
      bytes: encoder.encode(rowsToCsv(SCHEMA.mga_sujetos.columns, sujetos, REGISTRY_CSV))
    },
    mga_importaciones: {
      file: files.mga_importaciones.file,
      bytes: encoder.encode(rowsToCsv(SCHEMA.mga_importaciones.columns, imports, REGISTRY_CSV))
    }
  };
  return {files: next, registry: validateRegistry(next), rows: rows.length, encoding, repairs};
}

/**
 * The registry's files without one edition's rows in `mga_sujetos` and `mga_importaciones` (the rows an
 * import replaces); a file that does not parse is left as it is, for validation to report.
 */
export function withoutEdition(files: RegistryFiles, edicion: number): RegistryFiles {
  const next = {...files};
  for (const name of ["mga_sujetos", "mga_importaciones"] as const) {
    const text = new TextDecoder().decode(files[name].bytes);
    const {records, problems} = parseCsv(text, files[name].file);
    if (problems.length > 0 || records.length === 0) continue;
    const [header, ...body] = records;
    const k = header.fields.indexOf("edicion");
    if (k < 0) continue;
    const kept = body
      .filter((r) => r.fields[k] !== String(edicion))
      .map((r) => Object.fromEntries(header.fields.map((h, j) => [h, r.fields[j] ?? null])));
    next[name] = {
      file: files[name].file,
      bytes: new TextEncoder().encode(
        rowsToCsv(
          header.fields.map((h) => ({name: h})),
          kept,
          REGISTRY_CSV
        )
      )
    };
  }
  return next;
}

/** The position just after a file's last line, where a file cut short is missing its rows. */
function endOfFile(bytes: Uint8Array, file: string): Omit<Problem, "expected"> {
  let lines = 1;
  for (const b of bytes) if (b === 0x0a) lines++;
  const endsWithNewline = bytes.length > 0 && bytes[bytes.length - 1] === 0x0a;
  return {file, line: endsWithNewline ? lines : lines + 1, column: 1, value: "(fin del archivo)"};
}
