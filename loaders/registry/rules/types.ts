import type {Problem} from "../../problems.js";
import type {TableName} from "../../../metrics/model/schema.js";
import type {ReadTable} from "../table-read.js";

/** What a rule may need besides the tables: the day of the validation (AAAA-MM-DD, UTC), i.e. the build date. */
export interface RuleContext {
  readonly today: string;
}

/** A rule that spans rows or tables; it returns every problem it finds. */
export type Rule = (tables: Readonly<Record<TableName, ReadTable>>, context: RuleContext) => Problem[];

/** A problem located at one cell of a read table. */
export function problemAt(table: ReadTable, rowIndex: number, field: string, expected: string): Problem {
  const cell = table.cells[rowIndex][field];
  return {file: table.file, line: cell.line, column: cell.column, field, value: cell.raw, expected};
}

/**
 * True when the cell could not be read (its problem is already reported): its null in `rows` does not
 * mean empty, so a rule must not report it — or another cell — as if it were empty.
 */
export function unreadableCell(table: ReadTable, rowIndex: number, ...fields: string[]): boolean {
  return fields.some((f) => table.invalid[rowIndex]?.has(f) ?? false);
}
