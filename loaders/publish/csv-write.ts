import type {CellValue} from "../../metrics/model/schema.js";

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

/** Rows as CSV text in the registry's conventions: a header line, the given columns in order, LF line ends. */
export function rowsToCsv(
  columns: readonly {readonly name: string}[],
  rows: readonly Record<string, CellValue>[]
): string {
  const lines = [columns.map((c) => csvField(c.name)).join(",")];
  for (const row of rows) lines.push(columns.map((c) => csvField(cellText(row[c.name] ?? null))).join(","));
  return `${lines.join("\n")}\n`;
}
