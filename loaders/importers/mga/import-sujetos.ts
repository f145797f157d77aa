import {parseCsv} from "../../registry/csv-parse.js";
import type {Problem} from "../../problems.js";
import type {Row} from "../../../metrics/model/schema.js";
import {MGA_IDENTITIES, MGA_PUNTAJES} from "../../../metrics/model/vocabulary.js";
import {decodeUtf8} from "../../registry/utf8.js";
import {withShapeHints} from "../../registry/file-shape.js";
import {decodeWindows1252, repairDoubleEncoding} from "../../text-faults.js";
import {entityNameIndex} from "./entity-names.js";

/** Published columns of the per-sujeto-obligado file, in the project's names. */
const COLUMNS = {
  sujeto: "SO",
  estado: "edo",
  nivel: "niv",
  tipo: "ts",
  ga: "GA",
  p: "P",
  t: "T",
  tg: "TG",
  tc: "TC",
  pg: "PG",
  pc: "PC"
} as const;
type Field = keyof typeof COLUMNS;
const LEVELS: Record<string, "federal" | "estatal" | "municipal"> = {
  federal: "federal",
  estatal: "estatal",
  municipal: "municipal"
};

/** The encodings the importer reads. */
export type MgaEncoding = "latin1" | "utf-8";

/** What the importer needs to know about the file besides its bytes. */
export interface MgaImportOptions {
  edicion: number;
  fuente_id: string;
  /** Name used in messages (the file's path). */
  file: string;
  /**
   * The encoding asked for (`--codificacion`); undefined when none was. The bytes decide when they can:
   * see {@link chooseEncoding}.
   */
  encoding?: MgaEncoding;
  /** Largest accepted gap in an identity; the 2017 data README gives ±0.002 for its rounding. */
  tolerance: number;
  entidades: readonly {clave_inegi: string; nombre: string; nombre_corto: string}[];
}

/** A name the importer repaired because it was encoded twice: where it was, as published, as repaired. */
export interface MgaRepair {
  line: number;
  column: number;
  published: string;
  repaired: string;
}

/** What importing a file gives: its rows (none if there is any problem), the problems, the encoding used and the names repaired. */
export interface MgaImportResult {
  rows: Row<"mga_sujetos">[];
  problems: Problem[];
  encoding: MgaEncoding;
  repairs: MgaRepair[];
}

/**
 * Signs in the bytes that a file is UTF-8: a UTF-8 byte-order mark, or bytes that are valid UTF-8 and
 * include at least one multi-byte sequence (a Windows-1252 file with accents almost never is). Returns
 * the first such sign, or null when the bytes are plain ASCII or not valid UTF-8.
 */
export function utf8Evidence(bytes: Uint8Array): {kind: "bom"} | {kind: "multibyte"; offset: number} | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return {kind: "bom"};
  const offset = bytes.findIndex((b) => b >= 0x80);
  if (offset < 0) return null;
  try {
    new TextDecoder("utf-8", {fatal: true}).decode(bytes);
  } catch {
    return null;
  }
  return {kind: "multibyte", offset};
}

/**
 * Decodes a Métrica file, choosing its encoding from its bytes: a UTF-8 BOM or valid multi-byte UTF-8 means
 * UTF-8; a file that shows neither is read as the encoding asked for (Windows-1252 by default, as the 2017
 * file is). When the bytes and an explicit `asked` disagree, nothing is decoded and the problem says which
 * `--codificacion` to use.
 */
export function chooseEncoding(
  bytes: Uint8Array,
  asked: MgaEncoding | undefined,
  file: string
): {text: string; encoding: MgaEncoding} | {problem: Problem; encoding: MgaEncoding} {
  const evidence = utf8Evidence(bytes);
  if (evidence !== null) {
    const text = new TextDecoder("utf-8", {ignoreBOM: false}).decode(bytes);
    if (asked === "latin1") {
      if (evidence.kind === "bom") {
        return {
          encoding: "utf-8",
          problem: {
            file,
            line: 1,
            column: 1,
            value: "bytes EF BB BF",
            expected:
              "texto en Windows-1252, como pide --codificacion latin1; pero el archivo empieza con la marca de orden de bytes (BOM) de UTF-8: impórtelo con --codificacion utf-8 (o sin --codificacion)"
          }
        };
      }
      const before = new TextDecoder("utf-8").decode(bytes.subarray(0, evidence.offset));
      const lines = before.split("\n");
      const ch = [...new TextDecoder("utf-8").decode(bytes.subarray(evidence.offset, evidence.offset + 4))][0];
      const hex = [...new TextEncoder().encode(ch)].map((b) => b.toString(16).toUpperCase().padStart(2, "0")).join(" ");
      return {
        encoding: "utf-8",
        problem: {
          file,
          line: lines.length,
          column: [...lines[lines.length - 1]].length + 1,
          value: ch,
          expected: `texto en Windows-1252, como pide --codificacion latin1; pero el archivo es UTF-8 válido (${JSON.stringify(ch)} son los bytes ${hex}; en Windows-1252 se leería ${JSON.stringify(decodeWindows1252(new TextEncoder().encode(ch)))}): impórtelo con --codificacion utf-8 (o sin --codificacion)`
        }
      };
    }
    return {text, encoding: "utf-8"};
  }
  if (asked === "utf-8") {
    const decoded = decodeUtf8(bytes, file);
    if ("problem" in decoded) {
      return {
        encoding: "utf-8",
        problem: {
          ...decoded.problem,
          expected:
            "texto en UTF-8, como pide --codificacion utf-8; el archivo no es UTF-8 (¿es Windows-1252?): impórtelo con --codificacion latin1 (o sin --codificacion)"
        }
      };
    }
    return {text: decoded.text, encoding: "utf-8"};
  }
  return {text: decodeWindows1252(bytes), encoding: asked ?? "latin1"};
}

/**
 * Reads a Métrica de Gobierno Abierto per-sujeto-obligado file (columns SO, edo, niv, ts, GA, P, T, TG, TC,
 * PG, PC, in any order; names matched without regard to case) into `mga_sujetos` rows.
 *
 * The encoding is chosen by {@link chooseEncoding}. A subject's name encoded twice ("SÃ¡nchez") is
 * repaired ("Sánchez") and the name as published is kept in `sujeto_publicado`; a state name encoded twice
 * is matched as repaired; a type encoded twice is refused (there is no column to record it).
 *
 * Refuses, each with file, line, column, value and what was expected: a state name it cannot map to an
 * INEGI key or to the federal level; a level other than Federal/Estatal/Municipal, or one that contradicts
 * the state (a federal subject with a state, or the reverse); a score that is not a number in 0–1; a row
 * whose published identities fail by more than `tolerance`; a repeated subject; a missing column (saying
 * whether the file seems to use `;`, CR line ends or a misread BOM); an encoding that contradicts the one
 * asked for.
 */
export function importMgaSujetos(bytes: Uint8Array, options: MgaImportOptions): MgaImportResult {
  const {file} = options;
  const problems: Problem[] = [];
  const repairs: MgaRepair[] = [];
  const decoded = chooseEncoding(bytes, options.encoding, file);
  const encoding = decoded.encoding;
  if ("problem" in decoded) return {rows: [], problems: [decoded.problem], encoding, repairs};
  const text = decoded.text;
  const parsed = parseCsv(text, file);
  problems.push(...parsed.problems);
  const [header, ...body] = parsed.records;
  const published = Object.values(COLUMNS);
  if (!header)
    return {
      rows: [],
      problems: [
        ...problems,
        {file, line: 1, column: 1, value: "", expected: withShapeHints(`el encabezado ${published.join(",")}`, text)}
      ],
      encoding,
      repairs
    };
  const position = {} as Record<Field, number>;
  const missing: string[] = [];
  for (const [field, name] of Object.entries(COLUMNS) as [Field, string][]) {
    const k = header.fields.findIndex((h) => h.trim().toLowerCase() === name.toLowerCase());
    if (k < 0) missing.push(name);
    position[field] = k;
  }
  if (missing.length > 0) {
    const which = missing.length === 1 ? `falta ${missing[0]}` : `faltan ${missing.join(", ")}`;
    problems.push({
      file,
      line: header.line,
      column: 1,
      value: header.fields.join(","),
      expected: withShapeHints(`las columnas publicadas ${published.join(", ")}; ${which}`, text)
    });
  }
  if (problems.length > 0) return {rows: [], problems, encoding, repairs};
  const lookup = entityNameIndex(options.entidades);
  const rows: Row<"mga_sujetos">[] = [];
  const seen = new Map<string, number>();
  for (const record of body) {
    if (record.fields.length !== header.fields.length) {
      problems.push({
        file,
        line: record.line,
        column: 1,
        value: `${record.fields.length} campos`,
        expected: `${header.fields.length} campos, como el encabezado (¿archivo truncado?)`
      });
      continue;
    }
    const at = (f: Field) => ({
      line: record.positions[position[f]].line,
      column: record.positions[position[f]].column,
      value: record.fields[position[f]]
    });
    const fail = (f: Field, expected: string, value = at(f).value) =>
      problems.push({file, line: at(f).line, column: at(f).column, field: COLUMNS[f], value, expected});
    const asPublished = at("sujeto").value.trim();
    const repairedName = repairDoubleEncoding(asPublished);
    const sujeto = repairedName ?? asPublished;
    if (repairedName !== null)
      repairs.push({
        line: at("sujeto").line,
        column: at("sujeto").column,
        published: asPublished,
        repaired: repairedName
      });
    if (!sujeto) fail("sujeto", "el nombre del sujeto obligado");
    const previous = seen.get(sujeto);
    if (sujeto && previous !== undefined)
      fail("sujeto", `un sujeto obligado que no se repita; ya aparece en la línea ${previous}`);
    else seen.set(sujeto, record.line);
    const estado = lookup(repairDoubleEncoding(at("estado").value) ?? at("estado").value);
    if (estado === undefined) fail("estado", 'el nombre de una entidad federativa o "Federal"');
    const nivel = LEVELS[at("nivel").value.trim().toLowerCase()];
    if (!nivel) fail("nivel", "Federal, Estatal o Municipal");
    else if (estado !== undefined && (estado === "federal") !== (nivel === "federal")) {
      fail(
        "nivel",
        estado === "federal"
          ? "Federal, porque el sujeto es del ámbito federal"
          : "Estatal o Municipal, porque el sujeto pertenece a una entidad"
      );
    }
    const tipo = at("tipo").value.trim();
    if (!tipo) fail("tipo", "el tipo de sujeto obligado");
    const repairedType = repairDoubleEncoding(tipo);
    if (repairedType !== null)
      fail(
        "tipo",
        `un tipo codificado una sola vez; éste parece UTF-8 leído como Windows-1252 y guardado de nuevo: probablemente decía ${JSON.stringify(repairedType)}; corríjalo en el archivo`
      );
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
          fail(
            total,
            `${COLUMNS[total]} = (${COLUMNS[parts[0]]} + ${COLUMNS[parts[1]]})/2 = ${round(expected)} ± ${options.tolerance}`
          );
        }
      }
    }
    const {ga, t, p, tg, tc, pg, pc} = scores;
    rows.push({
      edicion: options.edicion,
      clave_inegi: estado === "federal" || estado === undefined ? null : estado,
      nivel: nivel ?? "estatal",
      tipo,
      sujeto,
      ga,
      t,
      p,
      tg,
      tc,
      pg,
      pc,
      fuente_id: options.fuente_id,
      sujeto_publicado: repairedName === null ? null : asPublished
    });
  }
  return {rows: problems.length > 0 ? [] : rows, problems, encoding, repairs: problems.length > 0 ? [] : repairs};
}

function round(x: number): string {
  return String(Math.round(x * 1e5) / 1e5);
}
