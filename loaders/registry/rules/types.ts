import type {Problem} from "../../problems.js";
import type {TableName} from "../../../metrics/model/schema.js";
import type {ReadTable} from "../table-read.js";

/** A rule that spans rows or tables; it returns every problem it finds. */
export type Rule = (tables: Readonly<Record<TableName, ReadTable>>) => Problem[];

/** A problem located at one cell of a read table. */
export function problemAt(table: ReadTable, rowIndex: number, field: string, expected: string): Problem {
  const cell = table.cells[rowIndex][field];
  return {file: table.file, line: cell.line, column: cell.column, field, value: cell.raw, expected};
}
