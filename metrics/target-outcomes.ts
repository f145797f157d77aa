import {isAfterViewDate} from "./as-of.js";
import {daysBetween} from "./days-between.js";
import {formatInterval} from "./model/dates.js";
import type {Registry, Row, RowOf} from "./model/schema.js";
import {
  AFTER_VIEW_DATE,
  listEs,
  MILESTONE_KINDS,
  TARGET_GROUPS,
  TARGET_OUTCOMES,
  TARGET_RESULTS,
  type TargetResult
} from "./model/vocabulary.js";
import {latestFactDate} from "./monthly-phases.js";
import {monthEnds} from "./month-ends.js";
import {recordEnd} from "./record-end.js";
import {resolvedByState, resolveMilestones} from "./resolve-milestones.js";
import {clave, coded, day, derivedTable, int, text} from "./table-def.js";

/** What a group target's outcome for one state can be, on a date: declared with its labels in the vocabulary. */
export {TARGET_RESULTS, type TargetResult} from "./model/vocabulary.js";

/** Columns of `metas_resultado`. */
const COLUMNS = [
  text("meta_id", "La meta, en la tabla `metas`.", true),
  coded("grupo", TARGET_GROUPS, "Grupo de entidades de la meta."),
  clave(),
  text("nombre_corto", "Nombre de la entidad.", true),
  coded("tipo", MILESTONE_KINDS, "Clase de hito que cumple la meta para esta entidad."),
  day("fecha", "Fecha a la que se evalúa (último día de cada mes, desde el inicio de la meta)."),
  day("fecha_limite", "Último día del plazo de la meta."),
  coded(
    "resultado",
    TARGET_OUTCOMES,
    "a_tiempo (el hito ocurrió con seguridad dentro del plazo), tarde (con seguridad después, y ya había ocurrido en la fecha), no_cumplida (al terminar el día del plazo o después, el registro muestra que no había ocurrido en él), pendiente (la fecha es anterior al último día del plazo), cumplida_antes (ocurrió antes del periodo de la meta), desconocido (las fechas o las fuentes no permiten decirlo)."
  ),
  text("hito_id", "El hito que cumple la meta, en `hitos`; vacío si el registro no tiene ninguno."),
  day(
    "fecha_hito_min",
    "Primer día posible del hito (AAAA-MM-DD); vacío si no hay hito o si sólo se sabe «a más tardar» `fecha_hito_max`. Igual a `fecha_hito_max` si se conoce el día.",
    false
  ),
  day(
    "fecha_hito_max",
    "Último día posible del hito (AAAA-MM-DD): el hito ocurrió entre `fecha_hito_min` y este día; vacío si no hay hito.",
    false
  ),
  coded(
    "hito_posterior",
    AFTER_VIEW_DATE,
    "Si la fecha del hito es posterior a `fecha`: no, posible (su intervalo lo permite) o cierto. Un hito posterior a la fecha no se sabía entonces: quien muestre la fecha del hito en una vista fechada debe marcarlo como posterior. Vacío si no hay hito.",
    false
  ),
  int("retraso_dias_min", "Si fue tarde: mínimo de días después del plazo que permiten las fechas.", false),
  int("retraso_dias_max", "Si fue tarde: máximo de días después del plazo.", false),
  day("datos_hasta", "Hasta cuándo llega el registro de la entidad (ver `fases_mensuales`).", false),
  text("explicacion", "Por qué ese resultado, en palabras.", true)
] as const;

/** One row of `metas_resultado`. */
export type TargetOutcome = RowOf<typeof COLUMNS>;

type Inputs = Pick<
  Registry,
  "entidades" | "hitos" | "decisiones" | "estatus_reportados" | "fuentes" | "metas" | "metas_entidades"
>;

/**
 * The outcome of one target for one state on date D, from the milestone that fulfils it: the state's
 * earliest used milestone of the target's kind ({@link resolveMilestones}), a date interval [min, max],
 * against the target's deadline L (its last day).
 *
 * - The milestone is certain by D (max ≤ D): a_tiempo when max ≤ L (cumplida_antes when max is before the
 *   target's period began); tarde when min > L, by (min − L) to (max − L) days; desconocido when the
 *   interval straddles L or is only "a más tardar" a day after L — a milestone known only as "no later
 *   than" a date after the deadline is unknown, not late.
 * - Not certain by D: pendiente while D < L. From the end of L's own day (D ≥ L) the target is judged:
 *   no_cumplida when the milestone certainly happened after L (min > L) — said as a later fact when it is
 *   after D too — or when there is none and a source dated after L speaks of the state (its record runs
 *   past L: {@link recordEnd}); otherwise desconocido. So on the deadline day every target is judged, and
 *   "tarde" only appears once the milestone has happened (max ≤ D).
 */
export function targetOutcome(
  meta: Row<"metas">,
  milestone: Row<"hitos"> | null,
  date: string,
  datosHasta: string | null
): {resultado: TargetResult; retraso: {min: number; max: number | null} | null; explicacion: string} {
  const L = meta.fecha_max;
  // Days in words in the explanation, as readers read every other date ("31 de marzo de 2017").
  const day = (d: string) => formatInterval(d, d);
  const when = milestone ? formatInterval(milestone.fecha_min, milestone.fecha_max) : null;
  if (milestone && milestone.fecha_max <= date) {
    if (milestone.fecha_max <= L) {
      return milestone.fecha_max < meta.fecha_min
        ? {
            resultado: "cumplida_antes",
            retraso: null,
            explicacion: `El hito ocurrió (${when}) antes de que empezara el periodo de la meta (${day(meta.fecha_min)}).`
          }
        : {
            resultado: "a_tiempo",
            retraso: null,
            explicacion: `El hito ocurrió (${when}) dentro del plazo, que vencía el ${day(L)}.`
          };
    }
    if (milestone.fecha_min !== null && milestone.fecha_min > L) {
      const d = daysBetween({min: L, max: L}, {min: milestone.fecha_min, max: milestone.fecha_max});
      return {
        resultado: "tarde",
        retraso: {min: d.min, max: d.max},
        explicacion: `El hito ocurrió (${when}) después del plazo, que vencía el ${day(L)}.`
      };
    }
    return {
      resultado: "desconocido",
      retraso: null,
      explicacion: `La fecha del hito (${when}) no permite decir si fue antes o después del plazo (${day(L)}).`
    };
  }
  if (date < L) return {resultado: "pendiente", retraso: null, explicacion: `El plazo vence el ${day(L)}.`};
  const later = milestone ? isAfterViewDate(milestone.fecha_min, milestone.fecha_max, date) : "no";
  const note =
    later === "cierto"
      ? " (dato posterior a esta fecha)"
      : later === "posible"
        ? " (dato posiblemente posterior a esta fecha)"
        : "";
  if (milestone && milestone.fecha_min !== null && milestone.fecha_min > L) {
    return {
      resultado: "no_cumplida",
      retraso: null,
      explicacion: `No había ocurrido al vencer el plazo (${day(L)}): el hito ocurrió después, ${when}${note}.`
    };
  }
  if (milestone)
    return {
      resultado: "desconocido",
      retraso: null,
      explicacion: `El hito pudo ocurrir dentro del plazo o después (${when}${note}).`
    };
  if (datosHasta !== null && datosHasta > L) {
    return {
      resultado: "no_cumplida",
      retraso: null,
      explicacion: `Ningún hito del registro cumple la meta y hay fuentes sobre la entidad posteriores al plazo (hasta el ${day(datosHasta)}).`
    };
  }
  return {
    resultado: "desconocido",
    retraso: null,
    explicacion: "Ningún hito del registro cumple la meta, pero ninguna fuente posterior al plazo habla de la entidad."
  };
}

/**
 * Every target's outcome for every state it names (`metas_entidades`), on the last day of each month from
 * the month the target's period starts to the month of the latest fact ({@link targetOutcome}). Targets
 * with no state rows (they are not fulfilled by a milestone) have no outcome.
 */
export function targetOutcomes(registry: Inputs): TargetOutcome[] {
  const metas = new Map(registry.metas.map((m) => [m.meta_id, m]));
  const names = new Map(registry.entidades.map((e) => [e.clave_inegi, e.nombre_corto]));
  const ends = recordEnd(registry);
  // The used milestones of each state, in the registry's order (grouped once per registry).
  const milestones = resolvedByState(registry);
  const last = latestFactDate(registry);
  const months = new Map<string, string[]>();
  const rows: TargetOutcome[] = [];
  for (const target of registry.metas_entidades) {
    const meta = metas.get(target.meta_id)!;
    // The one with the earliest last possible day (the first of them in the registry's order on a tie).
    let milestone: Row<"hitos"> | null = null;
    for (const {hito: h} of milestones.get(target.clave_inegi) ?? [])
      if (h.tipo === target.tipo && (milestone === null || h.fecha_max < milestone.fecha_max)) milestone = h;
    const datosHasta = ends.get(target.clave_inegi) ?? null;
    const from = meta.fecha_min.slice(0, 7);
    if (!months.has(from)) months.set(from, monthEnds(from, last));
    for (const fecha of months.get(from)!) {
      const o = targetOutcome(meta, milestone, fecha, datosHasta);
      rows.push({
        meta_id: meta.meta_id,
        grupo: meta.grupo,
        clave_inegi: target.clave_inegi,
        nombre_corto: names.get(target.clave_inegi) ?? target.clave_inegi,
        tipo: target.tipo,
        fecha,
        fecha_limite: meta.fecha_max,
        resultado: o.resultado,
        hito_id: milestone?.hito_id ?? null,
        fecha_hito_min: milestone?.fecha_min ?? null,
        fecha_hito_max: milestone?.fecha_max ?? null,
        hito_posterior: milestone ? isAfterViewDate(milestone.fecha_min, milestone.fecha_max, fecha) : null,
        retraso_dias_min: o.retraso?.min ?? null,
        retraso_dias_max: o.retraso?.max ?? null,
        datos_hasta: datosHasta,
        explicacion: o.explicacion
      });
    }
  }
  return rows;
}

/** The published table `metas_resultado`. */
export const METAS_RESULTADO = derivedTable({
  name: "metas_resultado",
  description:
    "Para cada meta de grupo y cada entidad que nombra, al último día de cada mes: si se cumplió a tiempo, tarde (por cuántos días), no se cumplió, sigue pendiente o no se sabe, con el hito que la cumple.",
  columns: COLUMNS,
  compute: targetOutcomes,
  metrics: [
    {
      id: "metas_resultado",
      nombre: "Resultado de las metas de grupo",
      unidad: "resultado",
      descripcion:
        "El resultado de cada meta del INAI para cada entidad que nombra, en cada fecha, con las fechas del registro tomadas como intervalos.",
      formula: `Hito = el primero usado de la clase de la meta en la entidad; L = último día del plazo. Con el hito seguro a la fecha: a_tiempo si su último día posible ≤ L; tarde si su primer día posible > L (retraso = de primer día − L a último día − L); si no, desconocido (un «a más tardar» posterior a L es desconocido, no tarde). Sin hito seguro: pendiente mientras la fecha es anterior a L; desde el final del día L, no_cumplida si el hito ocurrió con seguridad después de L o si no hay hito y alguna fuente posterior a L habla de la entidad; si no, desconocido. hito_posterior = no si el último día posible del hito ≤ fecha, cierto si su primer día posible > fecha, si no posible (la fecha del hito se conserva y se marca como posterior, no se borra). Valores: ${listEs(TARGET_RESULTS)}.`,
      fuente: "Metas del INAI para el primer trimestre de 2017 (semilla 002), registro del proyecto.",
      funcion: "targetOutcomes"
    }
  ]
});
