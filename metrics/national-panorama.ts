import type {Registry, RowOf} from "./model/schema.js";
import {STAGE_OF_PHASE, type FaseOSinDato} from "./model/vocabulary.js";
import {groupBy} from "./group-by.js";
import {FASES_MENSUALES, phasePanel, type MonthlyPhase} from "./monthly-phases.js";
import {day, derivedTable, int} from "./table-def.js";
import {planCompromisos} from "./plan-compromisos.js";

/** Columns of `panorama_nacional`. */
const COLUMNS = [
  day("fecha", "Último día del mes."),
  int(
    "estados_participantes",
    "Entidades que con seguridad ya estaban en el proceso (Declaratoria firmada o más adelante)."
  ),
  int(
    "estados_participantes_posibles",
    "Entidades que pudieron estarlo (las seguras más las que las fechas en intervalo permiten)."
  ),
  int("estados_stl", "Entidades que con seguridad ya tenían un STL instalado (en el ejercicio actual o uno anterior)."),
  int("estados_stl_posibles", "Entidades que pudieron tenerlo."),
  int(
    "pal_publicados",
    "Planes de Acción Local publicados con seguridad: los de ejercicios anteriores al actual y el actual si ya está en PAL o más adelante."
  ),
  int("pal_publicados_posibles", "Planes que pudieron estar publicados."),
  int(
    "compromisos",
    "Compromisos de los planes publicados con seguridad: de cada plan, los que el registro tiene por título o, si su fuente reporta más, ese número (tabla `planes`)."
  ),
  int("entidades_sin_dato", "Entidades que el registro no permite ubicar en la fecha.")
] as const;

/** The national figures of one month, from every state's phase on that day. */
export type NationalPanorama = RowOf<typeof COLUMNS>;

/** Where a phase puts a state: its ejercicio and the stage reached in it (0 before any step). */
function reached(fase: FaseOSinDato, ejercicio: number | null): {ejercicio: number; stage: number} {
  const stage = fase === "sin_dato" ? 0 : (STAGE_OF_PHASE[fase] ?? 0);
  return {ejercicio: ejercicio ?? (stage > 0 ? 1 : 0), stage};
}

/** Plans a position implies: every earlier ejercicio had its PAL (an ejercicio is a PAL cycle), and this one once at stage 4 (PAL) or later. */
const plansAt = (p: {ejercicio: number; stage: number}) =>
  p.ejercicio === 0 ? 0 : p.ejercicio - 1 + (p.stage >= 4 ? 1 : 0);

/**
 * The national panorama month by month, derived from every state's phase on the last day of the month
 * ({@link phasePanel}: milestones and reported statuses, the one answer the site and the export use),
 * so that the national figures never disagree with the map or the state rows.
 *
 * Formula, for each date: a state takes part with certainty when its certain phase is a process phase
 * (stage ≥ 1); it has an STL when it is past its first ejercicio or at stage ≥ 3 (STL instalado / mesas)
 * in it; plans published = (ejercicio − 1) + 1 if the stage is ≥ 4 (PAL en seguimiento or later). The
 * `_posibles` counts do the same with the furthest possible phase (≥ the certain counts). Compromisos
 * are the sizes of the plans certainly published (ejercicios 1… of each state, {@link planCompromisos}:
 * titles held, or the reported count where titles are missing); a plan of unknown size adds none — the
 * figure is a floor. Unknown phases never
 * count; `entidades_sin_dato` says how many states the record cannot place.
 */
export function nationalPanorama(
  registry: Pick<
    Registry,
    "entidades" | "hitos" | "decisiones" | "estatus_reportados" | "fuentes" | "compromisos" | "planes"
  >,
  phases: readonly MonthlyPhase[] = phasePanel(registry)
): NationalPanorama[] {
  const plans = planCompromisos(registry);
  const rows: NationalPanorama[] = [];
  for (const [fecha, states] of groupBy(phases, (p) => p.fecha)) {
    const row: NationalPanorama = {
      fecha,
      estados_participantes: 0,
      estados_participantes_posibles: 0,
      estados_stl: 0,
      estados_stl_posibles: 0,
      pal_publicados: 0,
      pal_publicados_posibles: 0,
      compromisos: 0,
      entidades_sin_dato: 0
    };
    for (const s of states) {
      const certain = reached(s.fase, s.ejercicio);
      const possible = reached(s.fase_posible, s.ejercicio_posible);
      if (s.fase === "sin_dato") row.entidades_sin_dato++;
      if (certain.stage > 0) row.estados_participantes++;
      if (possible.stage > 0 || certain.stage > 0) row.estados_participantes_posibles++;
      const stl = (p: {ejercicio: number; stage: number}) => p.ejercicio > 1 || p.stage >= 3;
      if (stl(certain)) row.estados_stl++;
      if (stl(possible) || stl(certain)) row.estados_stl_posibles++;
      const published = plansAt(certain);
      row.pal_publicados += published;
      row.pal_publicados_posibles += Math.max(published, plansAt(possible));
      for (let ejercicio = 1; ejercicio <= published; ejercicio++)
        row.compromisos += plans.get(`${s.clave_inegi}|${ejercicio}`)?.total ?? 0;
    }
    rows.push(row);
  }
  return rows;
}

/** The published table `panorama_nacional`. */
export const PANORAMA_NACIONAL = derivedTable({
  name: "panorama_nacional",
  description:
    "Cifras nacionales al último día de cada mes derivadas de la fase de cada entidad en `fases_mensuales` (hitos y estatus reportados): entidades en el proceso, con STL, planes publicados y sus compromisos, seguras y posibles. Es lo que muestra el panorama nacional; `indicadores_nacionales` cuenta sólo hitos fechados.",
  columns: COLUMNS,
  compute: (registry) => nationalPanorama(registry),
  metrics: [
    {
      id: "panorama_nacional",
      nombre: "Panorama nacional",
      unidad: "entidades, planes y compromisos",
      descripcion:
        "Cuántas entidades estaban en el proceso, con STL y con plan en cada fecha, seguras y posibles, según la fase de cada una.",
      formula:
        "Para cada entidad en la fecha: participa si su fase segura es del proceso (etapa ≥ 1); tiene STL si pasó de su primer ejercicio o está en etapa ≥ 3; planes publicados = (ejercicio − 1) + 1 si la etapa es ≥ 4. Las cifras posibles usan la fase posible. Compromisos = tamaño de los planes publicados con seguridad: los registrados por título o el número que reporta su fuente si es mayor (cota inferior).",
      fuente: `Fases de ${FASES_MENSUALES.name} (registro del proyecto).`,
      funcion: "nationalPanorama"
    }
  ]
});
