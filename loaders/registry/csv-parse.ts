import type {Problem} from "../problems.js";

/** One CSV record with the position of each field, for error messages. */
export interface CsvRecord {
  /** 1-based line where the record starts. */
  readonly line: number;
  readonly fields: readonly string[];
  /** 1-based line and column where each field starts. */
  readonly positions: readonly {readonly line: number; readonly column: number}[];
}

/**
 * Parses RFC 4180 CSV (comma-separated, double-quoted fields with "" for a quote, LF or CRLF line ends),
 * keeping where each field starts. A quote left open at the end of the text — the usual sign of a truncated
 * file — and stray quotes inside unquoted fields are reported as problems. Blank lines are skipped.
 */
export function parseCsv(text: string, file: string): {records: CsvRecord[]; problems: Problem[]} {
  const records: CsvRecord[] = [];
  const problems: Problem[] = [];
  let line = 1;
  let column = 1;
  let i = 0;
  const n = text.length;
  while (i < n) {
    // Skip blank lines between records.
    if (text[i] === "\n" || (text[i] === "\r" && text[i + 1] === "\n")) {
      i += text[i] === "\r" ? 2 : 1;
      line++;
      column = 1;
      continue;
    }
    const recordLine = line;
    const fields: string[] = [];
    const positions: {line: number; column: number}[] = [];
    for (;;) {
      const start = {line, column};
      let value = "";
      if (text[i] === '"') {
        i++;
        column++;
        let closed = false;
        while (i < n) {
          const c = text[i];
          if (c === '"') {
            if (text[i + 1] === '"') {
              value += '"';
              i += 2;
              column += 2;
              continue;
            }
            i++;
            column++;
            closed = true;
            break;
          }
          if (c === "\n") {
            line++;
            column = 1;
          } else {
            column++;
          }
          value += c;
          i++;
        }
        if (!closed) {
          problems.push({
            file,
            line: start.line,
            column: start.column,
            value: value.length > 40 ? `"${value.slice(0, 40)}…` : `"${value}`,
            expected: "una comilla de cierre; el archivo termina dentro de un campo entre comillas (¿está truncado?)"
          });
          return {records, problems};
        }
        if (i < n && text[i] !== "," && text[i] !== "\n" && text[i] !== "\r") {
          problems.push({
            file,
            line,
            column,
            value: text.slice(i, i + 20),
            expected: "una coma o fin de línea después de la comilla de cierre"
          });
          while (i < n && text[i] !== "," && text[i] !== "\n") {
            i++;
            column++;
          }
        }
      } else {
        while (i < n && text[i] !== "," && text[i] !== "\n" && !(text[i] === "\r" && text[i + 1] === "\n")) {
          if (text[i] === '"') {
            problems.push({
              file,
              line,
              column,
              value: '"',
              expected: 'que un campo con comillas empiece con comilla; dentro de él, escriba "" para una comilla'
            });
          }
          value += text[i];
          i++;
          column++;
        }
      }
      fields.push(value);
      positions.push(start);
      if (i < n && text[i] === ",") {
        i++;
        column++;
        continue;
      }
      break;
    }
    records.push({line: recordLine, fields, positions});
    if (text[i] === "\r") i++;
    if (text[i] === "\n") {
      i++;
      line++;
      column = 1;
    }
  }
  return {records, problems};
}
