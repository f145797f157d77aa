import {createHash} from "node:crypto";
import {basename} from "node:path";
import {rowsToCsv} from "../../publish/csv-write.js";
import {InvalidInputError} from "../../problems.js";
import {validateRegistry, type RegistryFiles} from "../../registry/registry.js";
import {SCHEMA, type Registry, type Row} from "../../../metrics/model/schema.js";
import {importMgaSujetos} from "./import-sujetos.js";

/** Everything that identifies an edition's published file. */
export interface MgaEdition {
  edicion: number;
  fuente_id: string;
  url: string;
  commit: string | null;
  encoding: "latin1" | "utf-8";
  tolerance: number;
}

/**
 * Imports one edition's per-sujeto-obligado file into the registry's files, in memory: the edition's rows
 * in `mga_sujetos` are replaced (other editions kept), and `mga_importaciones` records the file's name,
 * address, commit, SHA-256 and row count. The resulting registry is validated as a whole before anything is
 * returned, so the caller writes either both files or nothing. Throws {@link InvalidInputError} with every
 * problem of the file or of the resulting registry.
 */
export function importMgaEdition(files: RegistryFiles, input: {bytes: Uint8Array; file: string}, edition: MgaEdition): {files: RegistryFiles; registry: Registry; rows: number} {
  const current = validateRegistry(files);
  const {rows, problems} = importMgaSujetos(input.bytes, {...edition, file: input.file, entidades: current.entidades});
  if (problems.length > 0) throw new InvalidInputError(problems, `El archivo de la Métrica ${input.file}`);
  const sujetos = [...current.mga_sujetos.filter((r) => r.edicion !== edition.edicion), ...rows].sort((a, b) => a.edicion - b.edicion);
  const record: Row<"mga_importaciones"> = {
    edicion: edition.edicion,
    fuente_id: edition.fuente_id,
    archivo: basename(input.file),
    url: edition.url,
    commit: edition.commit,
    sha256: createHash("sha256").update(input.bytes).digest("hex"),
    codificacion: edition.encoding,
    filas: rows.length,
    tolerancia: edition.tolerance
  };
  const imports = [...current.mga_importaciones.filter((r) => r.edicion !== edition.edicion), record].sort((a, b) => a.edicion - b.edicion);
  const encoder = new TextEncoder();
  const next: RegistryFiles = {
    ...files,
    mga_sujetos: {file: files.mga_sujetos.file, bytes: encoder.encode(rowsToCsv(SCHEMA.mga_sujetos.columns, sujetos))},
    mga_importaciones: {file: files.mga_importaciones.file, bytes: encoder.encode(rowsToCsv(SCHEMA.mga_importaciones.columns, imports))}
  };
  return {files: next, registry: validateRegistry(next), rows: rows.length};
}
