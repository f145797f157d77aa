import type {Problem} from "../../problems.js";
import {TOTAL_UNIVERSES, tableFile} from "../../../metrics/model/schema.js";
import {problemAt, type Rule} from "./types.js";

/**
 * No reported count is larger than what it counts:
 * - a national total of `totales_reportados`, than its universe ({@link TOTAL_UNIVERSES}: 32 states, or
 *   one plan per state and ejercicio);
 * - STL installed, than the participating states the same source reports at the same date (an STL is
 *   installed after the Declaratoria);
 * - the sujetos obligados of the Métrica in a state or in the federal scope (`mga_reportados`), than the
 *   largest national count of the same edition;
 * - a figure of a good practice (`casos_cifras`) whose unit is a percentage ("%…", "por ciento…",
 *   "porcentaje…"), than 100.
 */
export const countsWithinUniverse: Rule = (tables) => {
  const problems: Problem[] = [];
  const t = tables.totales_reportados;
  const participating = new Map<string, {value: number; k: number}>();
  t.rows.forEach((row, k) => {
    if (row.indicador === "estados_participantes" && row.valor !== null)
      participating.set(`${row.fuente_id}|${row.fecha_corte}`, {value: row.valor as number, k});
  });
  t.rows.forEach((row, k) => {
    const v = row.valor as number | null;
    if (v === null || row.indicador === null) return;
    const universe = TOTAL_UNIVERSES[row.indicador as keyof typeof TOTAL_UNIVERSES];
    if (universe && v > universe.max) {
      problems.push(problemAt(t, k, "valor", `a lo más ${universe.max}, porque cuenta ${universe.what}`));
      return;
    }
    const states = participating.get(`${row.fuente_id}|${row.fecha_corte}`);
    if (row.indicador === "stl_instalados" && states && v > states.value)
      problems.push(
        problemAt(
          t,
          k,
          "valor",
          `a lo más ${states.value}, las entidades participantes que la misma fuente reporta a la misma fecha (línea ${t.cells[states.k].valor.line}): un STL se instala después de la Declaratoria`
        )
      );
  });
  const r = tables.mga_reportados;
  const national = new Map<number, {value: number; k: number}>();
  r.rows.forEach((row, k) => {
    if (row.indicador !== "sujetos_obligados" || row.ambito !== "nacional" || row.valor === null) return;
    const now = national.get(row.edicion as number);
    if (!now || (row.valor as number) > now.value) national.set(row.edicion as number, {value: row.valor as number, k});
  });
  r.rows.forEach((row, k) => {
    if (row.indicador !== "sujetos_obligados" || row.ambito === "nacional" || row.valor === null) return;
    const total = national.get(row.edicion as number);
    if (total && (row.valor as number) > total.value)
      problems.push(
        problemAt(
          r,
          k,
          "valor",
          `a lo más ${total.value}, los sujetos obligados de todo el país en la edición ${row.edicion} (${tableFile("mga_reportados")}, línea ${r.cells[total.k].valor.line})`
        )
      );
  });
  const c = tables.casos_cifras;
  c.rows.forEach((row, k) => {
    if (row.valor !== null && PERCENT.test(String(row.unidad ?? "")) && (row.valor as number) > 100)
      problems.push(problemAt(c, k, "valor", `a lo más 100, porque la unidad es un porcentaje (${row.unidad})`));
  });
  return problems;
};

/** A unit that is a percentage: "% de efectividad…", "por ciento de…", "porcentaje de…". */
const PERCENT = /^\s*(%|por\s*ciento|porcentaje)/i;
