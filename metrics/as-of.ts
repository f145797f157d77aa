/**
 * "As of" a view date: helpers that say whether a fact dated as an interval lies after the date a view is
 * about, so a dated view never shows a later fact as if it were known then.
 */
import {formatInterval} from "./model/dates.js";
import type {AfterViewDate} from "./model/vocabulary.js";

export {AFTER_VIEW_DATE, AFTER_VIEW_DATE_IDS, type AfterViewDate} from "./model/vocabulary.js";

/**
 * Whether a fact dated [fecha_min, fecha_max] (ISO days; fecha_min null = "a más tardar fecha_max") lies
 * after the view date `fecha`, honest about intervals: "no" when fecha_max ≤ fecha (it had happened by the
 * end of that day), "cierto" when fecha_min > fecha (it certainly happened later), "posible" otherwise (the
 * interval straddles the date, or only its upper bound is known and it is later).
 *
 * @example isAfterViewDate("2017-05-11", "2017-05-11", "2017-03-31") // "cierto"
 * @example isAfterViewDate(null, "2018-12-31", "2018-06-30") // "posible"
 */
export function isAfterViewDate(fecha_min: string | null, fecha_max: string, fecha: string): AfterViewDate {
  if (fecha_max <= fecha) return "no";
  return fecha_min !== null && fecha_min > fecha ? "cierto" : "posible";
}

/**
 * "Datos hasta" as a dated view should say it: the latest day the state's record reaches (`datos_hasta` of
 * `fases_mensuales`), whether it is later than the view date `fecha` (the record reaches beyond the view:
 * a reader must not take the later sources as known then), and a Spanish text for the page: "registro hasta
 * el 24 de marzo de 2020 (posterior a la fecha consultada)", "registro hasta el 31 de diciembre de 2018",
 * or "sin fuentes sobre la entidad" when it is null.
 */
export function recordEndOnViewDate(
  datos_hasta: string | null,
  fecha: string
): {datos_hasta: string | null; posterior: boolean; texto: string} {
  if (datos_hasta === null) return {datos_hasta, posterior: false, texto: "sin fuentes sobre la entidad"};
  const posterior = datos_hasta > fecha;
  return {
    datos_hasta,
    posterior,
    texto: `registro hasta el ${formatInterval(datos_hasta, datos_hasta)}${posterior ? " (posterior a la fecha consultada)" : ""}`
  };
}
