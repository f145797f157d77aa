import type {Problem} from "../../problems.js";
import {SCHEMA, TABLE_NAMES} from "../../../metrics/model/schema.js";
import {partialDateBounds} from "../../../metrics/model/dates.js";
import {PANEL_START} from "../../../metrics/monthly-phases.js";
import {problemAt, type Rule} from "./types.js";

/** The first day the registry can refer to: the programme («Cocreación desde lo local») began in 2015. */
export const PROGRAMME_START = `${PANEL_START}-01`;

/**
 * Every date of every table lies between {@link PROGRAMME_START} and the day of the validation (the build
 * date): no event, report or source before the programme existed, none in the future (the registry records
 * what happened, never programmed dates; a PAL typed as 2031 would stretch every monthly table to 2031).
 * A partial date (`2016`, `2016-05`) is refused only when none of its days fits. Columns declared as years
 * (`year` in the schema: the year a state joined, the Métrica's editions) are held to the same years.
 */
export const datesInRange: Rule = (tables, {today}) => {
  const problems: Problem[] = [];
  const firstYear = Number(PROGRAMME_START.slice(0, 4));
  const lastYear = Number(today.slice(0, 4));
  for (const name of TABLE_NAMES) {
    const t = tables[name];
    for (const column of SCHEMA[name].columns) {
      const dated = column.type === "date" || column.type === "partial_date";
      const year = "year" in column && column.year === true;
      if (!dated && !year) continue;
      t.rows.forEach((row, k) => {
        const v = row[column.name];
        if (v === null) return;
        if (year) {
          if ((v as number) < firstYear)
            problems.push(problemAt(t, k, column.name, `un año desde ${firstYear}: ${BEFORE}`));
          else if ((v as number) > lastYear)
            problems.push(problemAt(t, k, column.name, `un año hasta ${lastYear}, el de esta validación: ${AFTER}`));
          return;
        }
        const {min, max} = partialDateBounds(v as string);
        if (max < PROGRAMME_START)
          problems.push(problemAt(t, k, column.name, `una fecha desde ${PROGRAMME_START}: ${BEFORE}`));
        else if (min > today)
          problems.push(problemAt(t, k, column.name, `una fecha hasta ${today}, la de esta validación: ${AFTER}`));
      });
    }
  }
  return problems;
};

const BEFORE =
  "el programa «Cocreación desde lo local» empezó en 2015 y el registro no guarda nada anterior (¿se escribió mal el año?)";
const AFTER = "el registro no guarda fechas futuras ni programadas (¿se escribió mal el año?)";
