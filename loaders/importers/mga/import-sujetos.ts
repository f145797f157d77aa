import {parseCsv} from "../../registry/csv-parse.js";
import type {Problem} from "../../problems.js";
import type {Row} from "../../../metrics/model/schema.js";
import {MGA_IDENTITIES, MGA_PUNTAJES} from "../../../metrics/model/vocabulary.js";
import {decodeUtf8} from "../../registry/utf8.js";
import {entityNameIndex} from "./entity-names.js";

/** Published columns of the per-sujeto-obligado file, in the project's names. */
const COLUMNS = {sujeto: "SO", estado: "edo", nivel: "niv", tipo: "ts", ga: "GA", p: "P", t: "T", tg: "TG", tc: "TC", pg: "PG", pc: "PC"} as const;
type Field = keyof typeof COLUMNS;
const LEVELS: Record<string, "federal" | "estatal" | "municipal"> = {federal: "federal", estatal: "estatal", municipal: "municipal"};

/** What the importer needs to know about the file besides its bytes. */
export interface MgaImportOptions {
  edicion: number;
  fuente_id: string;
  /** Name used in messages (the file's path). */
  file: string;
  encoding: "latin1" | "utf-8";
  /** Largest accepted gap in an identity; the 2017 data README gives ±0.002 for its rounding. */
  tolerance: number;
  entidades: readonly {clave_inegi: string; nombre: string; nombre_corto: string}[];
}

/**
 * Reads a Métrica de Gobierno Abierto per-sujeto-obligado file (columns SO, edo, niv, ts, GA, P, T, TG, TC,
 * PG, PC, in any order; names matched without regard to case) into `mga_sujetos` rows.
 *
 * Refuses, each with file, line, column, value and what was expected: a state name it cannot map to an
 * INEGI key or to the federal level; a level other than Federal/Estatal/Municipal, or one that contradicts
 * the state (a federal subject with a state, or the reverse); a score that is not a number in 0–1; a row
 * whose published identities fail by more than `tolerance`; a repeated subject; a missing column; the
 * wrong encoding (a Latin-1 file read as UTF-8 fails the strict UTF-8 check).
 */
export function importMgaSujetos(bytes: Uint8Array, options: MgaImportOptions): {rows: Row<"mga_sujetos">[]; problems: Problem[]} {
  const {file} = options;
  const problems: Problem[] = [];
  let text: string;
  if (options.encoding === "utf-8") {
    const decoded = decodeUtf8(bytes, file);
    if ("problem" in decoded) return {rows: [], problems: [decoded.problem]};
    text = decoded.text;
  } else {
    text = new TextDecoder("windows-1252").decode(bytes);
  }
  const parsed = parseCsv(text, file);
  problems.push(...parsed.problems);
  const [header, ...body] = parsed.records;
  if (!header) return {rows: [], problems: [...problems, {file, line: 1, column: 1, value: "", expected: `el encabezado ${Object.values(COLUMNS).join(",")}`}]};
  const position = {} as Record<Field, number>;
  for (const [field, published] of Object.entries(COLUMNS) as [Field, string][]) {
    const k = header.fields.findIndex((h) => h.trim().toLowerCase() === published.toLowerCase());
    if (k < 0) problems.push({file, line: header.line, column: 1, value: header.fields.join(","), expected: `una columna ${published}`});
    position[field] = k;
  }
  if (problems.length > 0) return {rows: [], problems};
  const lookup = entityNameIndex(options.entidades);
  const rows: Row<"mga_sujetos">[] = [];
  const seen = new Map<string, number>();
  for (const record of body) {
    if (record.fields.length !== header.fields.length) {
      problems.push({file, line: record.line, column: 1, value: `${record.fields.length} campos`, expected: `${header.fields.length} campos, como el encabezado (¿archivo truncado?)`});
      continue;
    }
    const at = (f: Field) => ({line: record.positions[position[f]].line, column: record.positions[position[f]].column, value: record.fields[position[f]]});
    const fail = (f: Field, expected: string, value = at(f).value) => problems.push({file, line: at(f).line, column: at(f).column, field: COLUMNS[f], value, expected});
    const sujeto = at("sujeto").value.trim();
    if (!sujeto) fail("sujeto", "el nombre del sujeto obligado");
    const previous = seen.get(sujeto);
    if (sujeto && previous !== undefined) fail("sujeto", `un sujeto obligado que no se repita; ya aparece en la línea ${previous}`);
    else seen.set(sujeto, record.line);
    const estado = lookup(at("estado").value);
    if (estado === undefined) fail("estado", "el nombre de una entidad federativa o \"Federal\"");
    const nivel = LEVELS[at("nivel").value.trim().toLowerCase()];
    if (!nivel) fail("nivel", "Federal, Estatal o Municipal");
    else if (estado !== undefined && (estado === "federal") !== (nivel === "federal")) {
      fail("nivel", estado === "federal" ? "Federal, porque el sujeto es del ámbito federal" : "Estatal o Municipal, porque el sujeto pertenece a una entidad");
    }
    const tipo = at("tipo").value.trim();
    if (!tipo) fail("tipo", "el tipo de sujeto obligado");
    const scores = {} as Record<(typeof MGA_PUNTAJES)[number], number>;
    let scoresOk = true;
    for (const s of MGA_PUNTAJES) {
      const raw = at(s).value.trim();
      const n = /^\d+(\.\d+)?$/.test(raw) ? Number(raw) : NaN;
      if (!(n >= 0 && n <= 1)) {
        fail(s, "un puntaje entre 0 y 1 (punto decimal)");
        scoresOk = false;
      }
      scores[s] = n;
    }
    if (scoresOk) {
      for (const {total, parts} of MGA_IDENTITIES) {
        const expected = (scores[parts[0]] + scores[parts[1]]) / 2;
        if (Math.abs(scores[total] - expected) > options.tolerance + 1e-12) {
          fail(total, `${COLUMNS[total]} = (${COLUMNS[parts[0]]} + ${COLUMNS[parts[1]]})/2 = ${round(expected)} ± ${options.tolerance}`);
        }
      }
    }
    const {ga, t, p, tg, tc, pg, pc} = scores;
    rows.push({edicion: options.edicion, clave_inegi: estado === "federal" || estado === undefined ? null : estado, nivel: nivel ?? "estatal", tipo, sujeto, ga, t, p, tg, tc, pg, pc, fuente_id: options.fuente_id});
  }
  return {rows: problems.length > 0 ? [] : rows, problems};
}

function round(x: number): string {
  return String(Math.round(x * 1e5) / 1e5);
}
