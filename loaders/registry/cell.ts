import type {CellValue, ColumnDef} from "../../metrics/model/schema.js";
import {isIsoDay, isPartialDate} from "../../metrics/model/dates.js";
import {formulaLike} from "../../metrics/model/formula.js";
import {describeCharacter, invisibleCharacters, repairDoubleEncoding} from "../text-faults.js";

const ID = /^[a-z0-9][a-z0-9_-]*$/;
const INTEGER = /^-?\d+$/;
const NUMBER = /^-?\d+(\.\d+)?$/;

/**
 * Reads one raw CSV cell according to its column definition. Returns the typed value, or the description
 * of what was expected when the cell is invalid (in Spanish, for the person editing the file).
 *
 * Before its type, every cell is checked for faults that cannot be seen: a byte-order mark (U+FEFF) —
 * only the start of a file may have one, so one here means two files were joined —, text encoded twice
 * ("MÃ©xico"; refused with the text it most likely was, except in a column declared `verbatim`), and, in
 * every column that is not free text, any invisible or control character. A free-text cell that a
 * spreadsheet would run as a formula (`=…`, `+…`, `-…`, `@…`, a leading tab or carriage return; see
 * `metrics/model/formula.ts`) is refused.
 */
export function readCell(raw: string, column: ColumnDef): {value: CellValue} | {expected: string} {
  if (raw === "") {
    return column.required ? {expected: `un valor: la columna ${column.name} es obligatoria`} : {value: null};
  }
  if (raw.includes("\uFEFF")) {
    return {
      expected:
        "un valor sin marca de orden de bytes (BOM, U+FEFF): sólo puede ir al inicio del archivo; ¿se pegó aquí el contenido de otro archivo? bórrela"
    };
  }
  if (!column.verbatim) {
    const repaired = repairDoubleEncoding(raw);
    if (repaired !== null) {
      return {
        expected: `texto codificado una sola vez; éste parece UTF-8 leído como Windows-1252 y guardado de nuevo: probablemente decía ${JSON.stringify(repaired)}`
      };
    }
  }
  const invisible = column.type === "text" ? [] : invisibleCharacters(raw);
  if (invisible.length > 0) {
    // What the value reads as to a person: invisible spaces as spaces, the other invisible characters gone.
    const stripped = [...raw]
      .map((ch) => (!invisible.includes(ch) ? ch : /\s/.test(ch) && ch !== "\uFEFF" ? " " : ""))
      .join("")
      .trim();
    const what = readCell(stripped, column);
    const base = "expected" in what ? what.expected : JSON.stringify(stripped);
    return {expected: `${base}, sin caracteres invisibles: tiene ${invisible.map(describeCharacter).join(", ")}`};
  }
  if (column.type === "text" && formulaLike(raw)) return {expected: FORMULA_EXPECTED};
  if (raw !== raw.trim()) return {expected: "un valor sin espacios al inicio ni al final"};
  switch (column.type) {
    case "text":
      return {value: raw};
    case "id":
      return ID.test(raw) ? {value: raw} : {expected: 'un identificador con minúsculas, dígitos, "-" o "_"'};
    case "integer": {
      if (!INTEGER.test(raw)) return {expected: "un número entero"};
      return inRange(Number(raw), column);
    }
    case "number": {
      if (!NUMBER.test(raw)) return {expected: "un número con punto decimal (p. ej. 75.5)"};
      return inRange(Number(raw), column);
    }
    case "boolean":
      if (raw === "si" || raw === "sí") return {value: true};
      if (raw === "no") return {value: false};
      return {expected: booleanExpected(raw, column.required)};
    case "date":
      return isIsoDay(raw) ? {value: raw} : {expected: "una fecha real AAAA-MM-DD"};
    case "partial_date":
      return isPartialDate(raw) ? {value: raw} : {expected: "una fecha AAAA, AAAA-MM o AAAA-MM-DD real"};
    case "enum":
      return column.values!.includes(raw) ? {value: raw} : {expected: `uno de: ${column.values!.join(", ")}`};
  }
}

/** What a text cell that a spreadsheet would run as a formula is refused with (see `metrics/model/formula.ts`). */
export const FORMULA_EXPECTED =
  'un texto que no empiece con "=", "+", "-", "@", tabulador ni retorno de carro (tampoco tras espacios): Excel y LibreOffice lo tomarían por una fórmula; si la fuente lo escribe así, póngalo entre comillas tipográficas («=…») o empiece con otra palabra';

/** Spreadsheet spellings of yes and no, to say which one a refused boolean probably meant. */
const LOOKS_YES = /^(s[ií]|true|verdadero|yes|1|x|✓)$/i;
const LOOKS_NO = /^(no|false|falso|0)$/i;

/**
 * What a boolean cell accepts — `si`, `sí` or `no` in lowercase, or empty when the column is optional — and,
 * when the value is a spreadsheet's way of writing one (`TRUE`, `VERDADERO`, `Sí`, `1`, `FALSE`, `0`…), which
 * one to write instead. One message: the cell is then not also reported as empty by the rules.
 */
export function booleanExpected(raw: string, required: boolean): string {
  const accepted = `"si", "sí" o "no", en minúsculas${required ? "" : " (o vacío si no se sabe)"}`;
  const meant = LOOKS_YES.test(raw) ? "si" : LOOKS_NO.test(raw) ? "no" : null;
  return meant === null
    ? accepted
    : `${accepted}; ${JSON.stringify(raw)} parece un ${JSON.stringify(meant)}: escriba ${meant}`;
}

function inRange(n: number, column: ColumnDef): {value: number} | {expected: string} {
  if ((column.min !== undefined && n < column.min) || (column.max !== undefined && n > column.max)) {
    return {expected: `un número entre ${column.min ?? "-∞"} y ${column.max ?? "∞"}`};
  }
  return {value: n};
}
