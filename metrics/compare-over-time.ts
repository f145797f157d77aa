import type {MonthlyPhase} from "./monthly-phases.js";
import {LOGRO_LABELS, LOGROS, type Logro} from "./model/vocabulary.js";

/** The attainments that form a step scale, least advanced first (not taking part and no data are not steps). */
export const ATTAINMENT_STEPS = LOGROS.filter((l) => l !== "no_participa" && l !== "sin_dato");

/**
 * One month of one state as /comparar draws it over time: the fields of `fases_mensuales` to plot, with
 * what no source places turned into null (a gap in the chart, never a zero).
 */
export interface CompareMonth {
  clave_inegi: string;
  /** Last day of the month (ISO). */
  fecha: string;
  /** What the state had achieved for certain; null when it cannot be placed (`sin_dato`). */
  logro: Logro | null;
  /** What it may have achieved (the sources' dates are intervals); null when not placed. */
  logro_posible: Logro | null;
  /** 1 + index of `logro` in {@link ATTAINMENT_STEPS} (1 = sin Declaratoria … 5 = ciclo cerrado); null
   * when not placed or not taking part. */
  nivel: number | null;
  /** The same for `logro_posible`. */
  nivel_posible: number | null;
  /** PAL published for certain, all ejercicios; null when not placed. */
  pal_publicados: number | null;
  /** PAL that may have been published; null when not placed. */
  pal_publicados_posibles: number | null;
  /** Compromisos of the PALs published for certain (a lower bound); null when not placed. */
  compromisos: number | null;
}

const stepOf = (l: Logro | null): number | null => {
  const i = l === null ? -1 : (ATTAINMENT_STEPS as readonly string[]).indexOf(l);
  return i < 0 ? null : i + 1;
};

/**
 * The monthly series of the chosen states, from the published `fases_mensuales` rows: in the order of
 * `claves`, then by month; only months from `desde` to `hasta` (ISO days, both included, optional).
 * `sin_dato` becomes null in every field (a gap). A state with no row is simply absent. Throws if a
 * state has two rows for one month (the table has one per state and month-end).
 */
export function compareSeries(
  rows: readonly MonthlyPhase[],
  claves: readonly string[],
  {desde, hasta}: {desde?: string; hasta?: string} = {}
): CompareMonth[] {
  const order = new Map(claves.map((c, i) => [c, i]));
  const out: CompareMonth[] = [];
  const seen = new Set<string>();
  for (const r of rows) {
    if (!order.has(r.clave_inegi)) continue;
    if ((desde && r.fecha < desde) || (hasta && r.fecha > hasta)) continue;
    const key = `${r.clave_inegi}|${r.fecha}`;
    if (seen.has(key)) throw new Error(`compareSeries: dos filas de ${r.clave_inegi} en ${r.fecha}`);
    seen.add(key);
    const placed = r.logro !== "sin_dato";
    const logro = placed ? r.logro : null;
    const logroPosible = placed && r.logro_posible !== "sin_dato" ? r.logro_posible : null;
    out.push({
      clave_inegi: r.clave_inegi,
      fecha: r.fecha,
      logro,
      logro_posible: logroPosible,
      nivel: stepOf(logro),
      nivel_posible: stepOf(logroPosible),
      pal_publicados: placed ? r.pal_publicados : null,
      pal_publicados_posibles: placed ? r.pal_publicados_posibles : null,
      compromisos: placed ? r.compromisos : null
    });
  }
  return out.sort(
    (a, b) => (order.get(a.clave_inegi) ?? 0) - (order.get(b.clave_inegi) ?? 0) || a.fecha.localeCompare(b.fecha)
  );
}

/** A run of consecutive months in which a state's certain and possible attainment do not change. */
export interface AttainmentRun {
  clave_inegi: string;
  /** First and last month-end of the run (ISO). */
  desde: string;
  hasta: string;
  /** Months in the run. */
  meses: number;
  logro: Logro | null;
  logro_posible: Logro | null;
  /** True when a further attainment was possible in these months. */
  posible: boolean;
  /** The run in words: "PAL publicado", "STL instalado (pudo ser: PAL publicado)", "Sin dato". */
  etiqueta: string;
}

/**
 * {@link compareSeries} folded into runs per state (same certain and possible attainment, consecutive
 * months): the bands of the chart, each with its label. A run of `sin_dato` keeps null and reads "Sin dato".
 */
export function attainmentRuns(series: readonly CompareMonth[]): AttainmentRun[] {
  const runs: AttainmentRun[] = [];
  for (const m of series) {
    const last = runs.at(-1);
    if (
      last &&
      last.clave_inegi === m.clave_inegi &&
      last.logro === m.logro &&
      last.logro_posible === m.logro_posible
    ) {
      last.hasta = m.fecha;
      last.meses++;
      continue;
    }
    const posible = m.logro_posible !== null && m.logro_posible !== m.logro;
    const label = m.logro === null ? LOGRO_LABELS.sin_dato : LOGRO_LABELS[m.logro];
    runs.push({
      clave_inegi: m.clave_inegi,
      desde: m.fecha,
      hasta: m.fecha,
      meses: 1,
      logro: m.logro,
      logro_posible: m.logro_posible,
      posible,
      etiqueta: posible && m.logro_posible ? `${label} (pudo ser: ${LOGRO_LABELS[m.logro_posible]})` : label
    });
  }
  return runs;
}

/** Consecutive months of one state in which every plotted value of {@link CompareMonth} is the same. */
export interface ComparePeriod extends Omit<CompareMonth, "fecha"> {
  /** First and last month-end of the period (ISO). */
  desde: string;
  hasta: string;
  meses: number;
}

const PLOTTED = [
  "logro",
  "logro_posible",
  "pal_publicados",
  "pal_publicados_posibles",
  "compromisos"
] as const satisfies readonly (keyof CompareMonth)[];

/**
 * {@link compareSeries} folded into periods (same state, consecutive months, every plotted value equal):
 * the table beside the charts, which shows the same data as the months drawn without one line per month.
 * The periods' months add up to the series' length.
 */
export function seriesPeriods(series: readonly CompareMonth[]): ComparePeriod[] {
  const periods: ComparePeriod[] = [];
  for (const m of series) {
    const last = periods.at(-1);
    if (last && last.clave_inegi === m.clave_inegi && PLOTTED.every((k) => last[k] === m[k])) {
      last.hasta = m.fecha;
      last.meses++;
      continue;
    }
    const {fecha, ...values} = m;
    periods.push({...values, desde: fecha, hasta: fecha, meses: 1});
  }
  return periods;
}
