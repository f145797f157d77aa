import {daysInMonth, datePhrase} from "./model/dates.js";
import type {Registry, Row} from "./model/schema.js";
import {HITO_LABELS, type HitoTipo} from "./model/vocabulary.js";
import type {MonthlyPhase} from "./monthly-phases.js";
import {PANORAMA_INDICATORS, type NationalPanorama} from "./national-panorama.js";
import {resolveMilestones} from "./resolve-milestones.js";

/** A milestone dated in the year before a report's date. */
export interface YearChange {
  clave_inegi: string;
  tipo: HitoTipo;
  /** The kind in words ("PAL publicado"). */
  tipo_texto: string;
  ejercicio: number;
  fecha_min: string | null;
  fecha_max: string;
  /** The date as a sentence says it, at its source's precision. */
  cuando: string;
  /**
   * "cierta" when the whole interval lies in the year; "posible" when it may have happened before the year
   * began (its first possible day is unknown or earlier): the source only says "no later than".
   */
  en_el_anio: "cierta" | "posible";
  hito_id: string;
  fuente_id: string;
}

/** A national count at the report's date and a year before. */
export interface YearFigure {
  id: string;
  label: string;
  antes: number | null;
  ahora: number | null;
}

/** What changed in the record in the twelve months up to a report's date. */
export interface YearInReview {
  /** The year is (desde, hasta]: from the day after `desde` to `hasta` included. */
  desde: string;
  hasta: string;
  /** The national counts (`panorama_nacional`, certain) at `desde` and at `hasta`; null where the panel has no row. */
  cifras: YearFigure[];
  /** Milestones the project uses whose last possible day falls in the year, by state then date. */
  cambios: YearChange[];
  /** States with at least one such milestone certainly in the year, in key order. */
  avanzaron: string[];
  /** States whose only such milestones may have happened before the year ("a más tardar"), in key order. */
  quiza_avanzaron: string[];
  /**
   * States with none, other than those not taking part (`no_participa`) or not yet joined
   * (`aun_no_se_suma`) at `hasta`, each with the last day its record reaches (`datos_hasta`; null if none):
   * "no news" in the record, which is not "nothing happened". `posterior`: the record speaks of the state
   * after `hasta` (a report of that date did not know it then).
   */
  sin_novedad: {clave_inegi: string; datos_hasta: string | null; posterior: boolean}[];
}

/** The last day of the same month a year before: 2017-12-31 → 2016-12-31, 2024-02-29 → 2023-02-28. */
export function sameMonthEndYearBefore(fecha: string): string {
  const y = Number(fecha.slice(0, 4)) - 1;
  const m = Number(fecha.slice(5, 7));
  return `${y}-${fecha.slice(5, 7)}-${String(daysInMonth(y, m)).padStart(2, "0")}`;
}

/**
 * The year before a report's date `fecha` (a month-end of `fases_mensuales`), from published tables: the
 * national counts then and now (`panorama`, the library's {@link PANORAMA_INDICATORS}), every milestone the
 * project uses ({@link resolveMilestones}: one row per state, ejercicio and kind, after `decisiones`) whose
 * last possible day falls in (a year before, `fecha`] — marked "posible" when the source allows it to be
 * earlier —, the states that certainly advanced, those that only may have, and the states with no dated milestone in that year ("sin novedad",
 * with how far each one's record runs), leaving out those not taking part or not yet joined at `fecha`
 * (`fases`).
 *
 * @example yearInReview({hitos, decisiones}, fases, panorama, "2017-12-31").avanzaron // ["02", "05", …]
 */
export function yearInReview(
  registry: Pick<Registry, "hitos" | "decisiones">,
  fases: readonly Pick<MonthlyPhase, "clave_inegi" | "fecha" | "fase" | "datos_hasta">[],
  panorama: readonly NationalPanorama[],
  fecha: string
): YearInReview {
  const desde = sameMonthEndYearBefore(fecha);
  const cambios: YearChange[] = resolveMilestones(registry)
    .map((m) => m.hito)
    .filter((h: Row<"hitos">) => h.fecha_max > desde && h.fecha_max <= fecha)
    .map((h) => ({
      clave_inegi: h.clave_inegi,
      tipo: h.tipo,
      tipo_texto: HITO_LABELS[h.tipo],
      ejercicio: h.ejercicio,
      fecha_min: h.fecha_min,
      fecha_max: h.fecha_max,
      cuando: datePhrase(h.fecha_min, h.fecha_max),
      en_el_anio: h.fecha_min !== null && h.fecha_min > desde ? ("cierta" as const) : ("posible" as const),
      hito_id: h.hito_id,
      fuente_id: h.fuente_id
    }))
    .sort(
      (a, b) =>
        (a.clave_inegi < b.clave_inegi ? -1 : a.clave_inegi > b.clave_inegi ? 1 : 0) ||
        (a.fecha_max < b.fecha_max ? -1 : a.fecha_max > b.fecha_max ? 1 : 0) ||
        a.ejercicio - b.ejercicio
    );
  const moved = new Set(cambios.map((c) => c.clave_inegi));
  const avanzaron = [...new Set(cambios.filter((c) => c.en_el_anio === "cierta").map((c) => c.clave_inegi))].sort();
  const quiza_avanzaron = [...moved].filter((c) => !avanzaron.includes(c)).sort();
  const sin_novedad = fases
    .filter(
      (p) => p.fecha === fecha && !moved.has(p.clave_inegi) && p.fase !== "no_participa" && p.fase !== "aun_no_se_suma"
    )
    .map((p) => ({
      clave_inegi: p.clave_inegi,
      datos_hasta: p.datos_hasta,
      posterior: p.datos_hasta !== null && p.datos_hasta > fecha
    }))
    .sort((a, b) => (a.clave_inegi < b.clave_inegi ? -1 : 1));
  const at = (day: string) => panorama.find((r) => r.fecha === day) ?? null;
  const [then, now] = [at(desde), at(fecha)];
  const cifras = PANORAMA_INDICATORS.filter((i) => i.id !== "entidades_sin_dato").map((i) => ({
    id: i.id,
    label: i.label,
    antes: then ? (then[i.id as keyof NationalPanorama] as number) : null,
    ahora: now ? (now[i.id as keyof NationalPanorama] as number) : null
  }));
  return {desde, hasta: fecha, cifras, cambios, avanzaron, quiza_avanzaron, sin_novedad};
}
