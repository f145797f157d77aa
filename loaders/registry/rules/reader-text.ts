import type {Problem} from "../../problems.js";
import {SCHEMA, type TableName} from "../../../metrics/model/schema.js";
import {problemAt, unreadableCell, type Rule} from "./types.js";

/**
 * Text columns that hold the project's plumbing, not text for readers: where a source's file lives
 * (`fuentes.url`, `archivo`, `copia`, `repositorio`, `ruta`, `commit`), which rows a decision weighs, an
 * import's provenance, and the raw OCR transcriptions with their corrections. Every other text column is
 * shown to readers as it is.
 */
const PLUMBING: Partial<Record<TableName, readonly string[] | "all">> = {
  fuentes: ["url", "archivo", "copia", "repositorio", "ruta", "commit"],
  entidades: ["iso_3166_2"],
  decisiones: ["ids_en_conflicto"],
  mga_importaciones: "all",
  correcciones: "all",
  transcripciones: "all"
};

/** What a reader must not meet in a record's text, each with what it is (issue #16). */
const PLUMBING_TEXT: readonly {what: string; pattern: RegExp}[] = [
  {what: "un nombre de archivo", pattern: /\b[\w-]+\.(?:csv|tsv|ts|js|md|php|txt|json|parquet)\b/i},
  {what: "una ruta de repositorio", pattern: /\b(?:public|resources|data|src|metrics|loaders|scripts)\/[\w.-]/},
  {what: "un hash de commit", pattern: /\b(?=[0-9a-f]*\d)(?=[0-9a-f]*[a-f])[0-9a-f]{7,40}\b/}
];

/**
 * Text a reader sees says what the document says, not where the project keeps it: no cell of a text
 * column meant for readers (all but {@link PLUMBING}) names a source by its identifier (`fuente_id`), a file,
 * a repository path or a commit hash —
 * those go in `fuentes` (`url`, `ruta`, `commit`, `archivo`, `copia`), which the site shows as a citation
 * with its technical detail folded. A cell that could not be read is not judged.
 */
export const readerTextHasNoPlumbing: Rule = (tables) => {
  const problems: Problem[] = [];
  // The record's names of its sources (`semilla-001`, `agentes-v2-antecedentes`): a reader finds a source
  // by its title, issuer and date, never by the identifier the project gave it.
  const sourceIds = new Set(
    tables.fuentes.rows.map((r) => r.fuente_id).filter((id): id is string => typeof id === "string" && id !== "")
  );
  for (const [name, def] of Object.entries(SCHEMA) as [TableName, (typeof SCHEMA)[TableName]][]) {
    const skip = PLUMBING[name];
    if (skip === "all") continue;
    const columns = def.columns.filter((c) => c.type === "text" && !skip?.includes(c.name)).map((c) => c.name);
    const t = tables[name];
    t.rows.forEach((row, k) => {
      for (const col of columns) {
        const value = row[col];
        if (typeof value !== "string" || unreadableCell(t, k, col)) continue;
        const id = value.split(/[^\w-]+/).find((token) => sourceIds.has(token));
        if (id !== undefined) {
          problems.push(
            problemAt(
              t,
              k,
              col,
              `texto para lectores, sin el identificador de una fuente («${id}»): nómbrela por su título, emisor o fecha (el identificador va en la columna fuente_id)`
            )
          );
          continue;
        }
        const hit = PLUMBING_TEXT.find((p) => p.pattern.test(value));
        if (hit)
          problems.push(
            problemAt(
              t,
              k,
              col,
              `texto para lectores, sin ${hit.what} («${value.match(hit.pattern)![0]}»): eso va en fuentes (url, ruta, commit, archivo, copia)`
            )
          );
      }
    });
  }
  return problems;
};
