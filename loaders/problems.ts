/**
 * A problem found in input data, located precisely enough for a person to fix it: the file, the line and
 * the column (both 1-based), the offending value and what was expected instead.
 */
export interface Problem {
  readonly file: string;
  readonly line: number;
  readonly column: number;
  /** The column's header name, when the problem is in a named column. */
  readonly field?: string;
  readonly value: string;
  readonly expected: string;
}

/** Formats a problem as `file:line:column (campo) valor "…": se esperaba …`. */
export function formatProblem(p: Problem): string {
  const where = `${p.file}:${p.line}:${p.column}`;
  const field = p.field ? ` (${p.field})` : "";
  const value = p.value.length > 80 ? `${p.value.slice(0, 77)}…` : p.value;
  return `${where}${field} valor ${JSON.stringify(value)}: se esperaba ${p.expected}`;
}

/** Thrown when input is invalid; carries every problem found in the run, not just the first. */
export class InvalidInputError extends Error {
  readonly problems: readonly Problem[];
  constructor(problems: readonly Problem[], what = "El registro") {
    const shown = problems.slice(0, 200).map(formatProblem);
    const more = problems.length > shown.length ? [`… y ${problems.length - shown.length} problemas más`] : [];
    super(
      [`${what} no es válido: ${problems.length} problema${problems.length === 1 ? "" : "s"}.`, ...shown, ...more].join(
        "\n"
      )
    );
    this.name = "InvalidInputError";
    this.problems = problems;
  }
}
