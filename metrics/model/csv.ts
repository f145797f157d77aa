import type {CellValue, ColumnType} from "./schema.js";
import {protectCell} from "./formula.js";

/** Quotes a value for CSV output when it needs it (comma, quote, line break, or leading/trailing space). */
export function csvField(value: string): string {
  return /[",\r\n]|^\s|\s$/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** A typed cell as the registry writes it: empty for null, "si"/"no" for booleans. */
export function cellText(value: CellValue): string {
  if (value === null) return "";
  if (typeof value === "boolean") return value ? "si" : "no";
  return String(value);
}

/**
 * Rows as CSV text in the registry's conventions: a header line, the given columns in order, LF line ends.
 *
 * No cell can run as a formula in Excel or LibreOffice: in every column that is not numeric (`integer`,
 * `number`: their negative values are numbers, not formulas), a value that starts with `=`, `+`, `-`, `@`,
 * a tab or a carriage return — or already with an apostrophe — is written with an apostrophe in front
 * (`'=1+1`; see `metrics/model/formula.ts` {@link protectCell}). A column given without a type is treated as text.
 * `{guardFormulas: false}` writes values as they are: only for the registry's own files (the Métrica
 * importer), which validation then refuses if a text cell is formula-like, instead of hiding it.
 */
export function rowsToCsv(
  columns: readonly {readonly name: string; readonly type?: ColumnType}[],
  rows: readonly Record<string, CellValue>[],
  {guardFormulas = true}: {guardFormulas?: boolean} = {}
): string {
  const lines = [columns.map((c) => csvField(guardFormulas ? protectCell(c.name) : c.name)).join(",")];
  const numeric = columns.map((c) => !guardFormulas || c.type === "integer" || c.type === "number");
  for (const row of rows)
    lines.push(
      columns
        .map((c, k) => {
          const text = cellText(row[c.name] ?? null);
          return csvField(!guardFormulas || (numeric[k] && typeof row[c.name] === "number") ? text : protectCell(text));
        })
        .join(",")
    );
  return `${lines.join("\n")}\n`;
}
