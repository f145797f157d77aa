import type {Problem} from "../../problems.js";
import {SCHEMA, TABLE_NAMES, tableFile} from "../../../metrics/model/schema.js";
import {problemAt, type Rule} from "./types.js";

/**
 * Every cell of a column declared as a reference names an existing row of the referenced table: no fact
 * about an unknown state, no fact citing a source missing from `fuentes`.
 */
export const referencesExist: Rule = (tables) => {
  const problems: Problem[] = [];
  for (const name of TABLE_NAMES) {
    for (const column of SCHEMA[name].columns) {
      if (!("references" in column) || !column.references) continue;
      const {table: target, column: targetColumn} = column.references;
      if (!tables[target].readable) continue;
      const known = new Set(tables[target].rows.map((r) => r[targetColumn]));
      tables[name].rows.forEach((row, k) => {
        const v = row[column.name];
        if (v !== null && !known.has(v)) {
          problems.push(
            problemAt(tables[name], k, column.name, `un ${targetColumn} que exista en ${tableFile(target)}`)
          );
        }
      });
    }
  }
  return problems;
};
