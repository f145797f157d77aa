import {showInvisible} from "./text-faults.js";

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
  /** The value exactly as read; messages show its invisible characters as code points. */
  readonly value: string;
  readonly expected: string;
}

/**
 * A value as messages quote it: JSON-quoted, cut at 80 characters, and with every invisible or control
 * character written as its code point (`"sensibilizacion<U+200B>"`), so that a value never reads the same
 * as the one that was expected.
 */
export function quoteValue(value: string): string {
  const shown = showInvisible(value);
  return JSON.stringify([...shown].length > 80 ? `${[...shown].slice(0, 77).join("")}…` : shown);
}

/** Formats a problem as `file:line:column (campo) valor "…": se esperaba …`, invisible characters shown as code points. */
export function formatProblem(p: Problem): string {
  const where = `${p.file}:${p.line}:${p.column}`;
  const field = p.field ? ` (${p.field})` : "";
  return `${where}${field} valor ${quoteValue(p.value)}: se esperaba ${showInvisible(p.expected)}`;
}

/** How many problems an {@link InvalidInputError} message lists before it says how many more there are. */
export const SHOWN_PROBLEMS = 200;

/** How many problems of each file a message lists at least, so that one file's many never hide another's. */
export const SHOWN_PER_FILE = 20;

/**
 * The problems a message lists, in their order: the first {@link SHOWN_PER_FILE} of every file, then the
 * others in order up to {@link SHOWN_PROBLEMS} in all (more only when there are more files than fit).
 */
export function shownProblems(problems: readonly Problem[]): Problem[] {
  if (problems.length <= SHOWN_PROBLEMS) return [...problems];
  const perFile = new Map<string, number>();
  const take = new Set<number>();
  problems.forEach((p, k) => {
    const n = perFile.get(p.file) ?? 0;
    perFile.set(p.file, n + 1);
    if (n < SHOWN_PER_FILE) take.add(k);
  });
  for (let k = 0; k < problems.length && take.size < SHOWN_PROBLEMS; k++) take.add(k);
  return problems.filter((_, k) => take.has(k));
}

/**
 * Thrown when input is invalid; carries every problem found in the run, not just the first (the message
 * lists them as {@link shownProblems} chooses, and says how many more each file has), and notes
 * about what could not be checked because of them (said once, after the problems).
 */
export class InvalidInputError extends Error {
  readonly problems: readonly Problem[];
  readonly notes: readonly string[];
  constructor(problems: readonly Problem[], what = "El registro", notes: readonly string[] = []) {
    const listed = shownProblems(problems);
    const shown = listed.map(formatProblem);
    const hidden = new Map<string, number>();
    const kept = new Set(listed);
    for (const p of problems) if (!kept.has(p)) hidden.set(p.file, (hidden.get(p.file) ?? 0) + 1);
    const more =
      hidden.size > 0
        ? [
            `… y ${problems.length - shown.length} problemas más (${[...hidden].map(([f, n]) => `${f}: ${n}`).join(", ")})`
          ]
        : [];
    super(
      [
        `${what} no es válido: ${problems.length} problema${problems.length === 1 ? "" : "s"}.`,
        ...shown,
        ...more,
        ...notes
      ].join("\n")
    );
    this.name = "InvalidInputError";
    this.problems = problems;
    this.notes = notes;
  }
}
