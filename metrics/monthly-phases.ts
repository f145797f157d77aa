import {partialDateBounds} from "./model/dates.js";
import type {Registry} from "./model/schema.js";
import {monthEnds} from "./month-ends.js";
import {dayKey, phaseEvidence} from "./phase-evidence.js";
import {phaseOnDate, type PhaseOnDate} from "./phase-on-date.js";
import {semaforo, type Semaforo} from "./semaforo.js";

/** One row of `fases_mensuales`. */
export interface MonthlyPhase extends PhaseOnDate {
  clave_inegi: string;
  fecha: string;
  semaforo: Semaforo;
}

/** The first month of the panel: the local exercises began in March 2015 (facts.md §1.1). */
export const PANEL_START = "2015-01";

/** The latest day any milestone or reported status of the registry refers to. */
export function latestFactDate(registry: Pick<Registry, "hitos" | "estatus_reportados">): string {
  const dates = [...registry.hitos.map((h) => h.fecha_max), ...registry.estatus_reportados.map((s) => partialDateBounds(s.fecha_corte).max)];
  return dates.reduce((a, b) => (b > a ? b : a), `${PANEL_START}-01`);
}

/**
 * The monthly phase panel: for each state and the last day of each month from January 2015 to the month
 * of the latest fact, its phase ({@link phaseOnDate}, from milestones and reported statuses), how certain
 * it is, the months spent in it and its semáforo ({@link semaforo}). `until` overrides the last month.
 */
export function monthlyPhases(registry: Pick<Registry, "entidades" | "hitos" | "decisiones" | "estatus_reportados">, until = latestFactDate(registry)): MonthlyPhase[] {
  const evidence = phaseEvidence(registry, {withStatuses: true});
  const months = monthEnds(PANEL_START, until);
  const keys = months.map(dayKey);
  const rows: MonthlyPhase[] = [];
  for (const e of registry.entidades) {
    const items = evidence.get(e.clave_inegi) ?? [];
    for (let k = 0; k < months.length; k++) {
      const fecha = months[k];
      const p = phaseOnDate(items, fecha, e.participa, keys[k]);
      // One literal with every field (no spread): this loop builds a row per state and month.
      rows.push({
        clave_inegi: e.clave_inegi,
        fecha,
        fase: p.fase,
        ejercicio: p.ejercicio,
        certeza: p.certeza,
        fase_posible: p.fase_posible,
        ejercicio_posible: p.ejercicio_posible,
        desde: p.desde,
        meses_en_fase: p.meses_en_fase,
        semaforo: semaforo(p.fase, p.meses_en_fase)
      });
    }
  }
  return rows;
}
