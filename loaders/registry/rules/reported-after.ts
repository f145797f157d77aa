import type {Problem} from "../../problems.js";
import {tableFile} from "../../../metrics/model/schema.js";
import {partialDateBounds} from "../../../metrics/model/dates.js";
import {problemAt, type Rule} from "./types.js";

/**
 * The tables whose rows report something that happened (a milestone, a status, a national total), each with
 * the column of the first day it can have happened on. `metas` is not here: a target's period is set
 * before it comes.
 */
export const REPORTED_EVENTS = [
  {table: "hitos", date: "fecha_min"},
  {table: "estatus_reportados", date: "fecha_corte"},
  {table: "totales_reportados", date: "fecha_corte"}
] as const;

/**
 * A source cannot report what had not happened yet: a reported event's first possible day is not after the
 * last possible day of the source that reports it (`fuentes.fecha`; `2022` may be as late as 2022-12-31).
 * A source with no date cannot be compared and is not; a milestone known only "a más tardar" (no
 * `fecha_min`) is not either. Each row cites one source (`fuente_id`), so "every source that reports it" is
 * that one. A date after the day of the validation is left to `datesInRange` (date-range.ts), which refuses it.
 */
export const eventsNotAfterSources: Rule = (tables, {today}) => {
  const problems: Problem[] = [];
  const f = tables.fuentes;
  const sources = new Map<string, {fecha: string; line: number}>();
  f.rows.forEach((row, k) => {
    if (row.fuente_id !== null && row.fecha !== null)
      sources.set(row.fuente_id as string, {fecha: row.fecha as string, line: f.cells[k].fecha.line});
  });
  for (const {table, date} of REPORTED_EVENTS) {
    const t = tables[table];
    t.rows.forEach((row, k) => {
      const source = row.fuente_id === null ? undefined : sources.get(row.fuente_id as string);
      const v = row[date] as string | null;
      // A date after the validation day is already refused as such (date-range.ts).
      if (!source || v === null || partialDateBounds(v).min > today) return;
      if (partialDateBounds(v).min > partialDateBounds(source.fecha).max)
        problems.push(
          problemAt(
            t,
            k,
            date,
            `una fecha no posterior a la de su fuente: ${row.fuente_id} es de ${source.fecha} (${tableFile("fuentes")}, línea ${source.line}) y una fuente no puede informar lo que aún no ocurría; corrija la fecha o cite la fuente que lo informa`
          )
        );
    });
  }
  return problems;
};
