import {partialDateBounds} from "./model/dates.js";
import type {Registry, RowOf} from "./model/schema.js";
import {PHASES_O_SIN_DATO, COMPUTED_SEMAFOROS, ATTAINMENTS} from "./model/vocabulary.js";
import {type Attainment, attainmentOnDate} from "./attainment.js";
import {memoizeOnTables} from "./memo.js";
import {monthEnds} from "./month-ends.js";
import {dayKey, phaseEvidence} from "./phase-evidence.js";
import {calendarMonthsBetweenKeys, phaseOnDate, type PhaseOnDate} from "./phase-on-date.js";
import {planCompromisos} from "./plan-compromisos.js";
import {recordEnd} from "./record-end.js";
import {semaforo, SEMAFORO_METRIC, type Seguimiento, seguimiento} from "./semaforo.js";
import {clave, day, derivedTable, int, oneOf, coded} from "./table-def.js";

/** Columns of `fases_mensuales`. */
const COLUMNS = [
  clave(),
  day("fecha", "Último día del mes."),
  int("ejercicio", "Ejercicio de la fase segura; vacío = sin dato.", false),
  coded(
    "fase",
    PHASES_O_SIN_DATO,
    "Fase más avanzada que la entidad había alcanzado con seguridad en la fecha; sin_dato si ninguna."
  ),
  oneOf(
    "certeza",
    ["cierta", "posible"],
    "cierta si ninguna fase más avanzada era posible en la fecha; posible si las fechas de los hitos permiten que ya estuviera más adelante."
  ),
  coded("fase_posible", PHASES_O_SIN_DATO, "Fase más avanzada que la entidad pudo haber alcanzado en la fecha."),
  int("ejercicio_posible", "Ejercicio de la fase posible.", false),
  day("desde", "Día a más tardar en que la entidad entró en la fase segura.", false),
  int(
    "meses_en_fase",
    "Meses de calendario desde el mes de «desde» hasta el mes de la fecha: 0 el mes en que entró, uno más en cada fin de mes mientras siga en la fase.",
    false
  ),
  coded(
    "semaforo",
    COMPUTED_SEMAFOROS,
    "verde dentro del plazo; amarillo o rojo si pasó el plazo y una fuente posterior al plazo lo muestra; sin_seguimiento si pasó el plazo y ninguna fuente posterior habla de la entidad; gris si no participa o aún no se suma; sin_dato."
  ),
  day(
    "datos_hasta",
    "Último día al que se refiere alguna fuente sobre la entidad (el registro de la entidad llega hasta aquí); vacío si ninguna.",
    false
  ),
  coded(
    "logro",
    ATTAINMENTS,
    "Lo más avanzado que la entidad había logrado con seguridad en la fecha, en todos sus ejercicios: ninguno (sin Declaratoria todavía), declaratoria, stl, pal o ciclo_cerrado; no_participa; sin_dato si no se puede ubicar."
  ),
  coded("logro_posible", ATTAINMENTS, "Lo más avanzado que pudo haber logrado en la fecha."),
  int(
    "pal_publicados",
    "PAL publicados con seguridad en la fecha, en todos sus ejercicios (los de ejercicios anteriores al actual y el actual si ya está en PAL o más adelante); vacío si la entidad no se puede ubicar.",
    false
  ),
  int(
    "pal_publicados_posibles",
    "PAL que pudieron estar publicados en la fecha; vacío si ni la fase posible se conoce.",
    false
  ),
  int(
    "ciclos_cerrados",
    "Ejercicios con cierre de ciclo seguro en la fecha (un hito de cierre o un estatus que lo reporta); vacío si la entidad no se puede ubicar.",
    false
  ),
  int(
    "compromisos",
    "Compromisos de los PAL publicados con seguridad (los del registro por título o, si su fuente reporta más, ese número; un plan de tamaño desconocido no suma: cota inferior); vacío si la entidad no se puede ubicar.",
    false
  )
] as const;

/** One row of `fases_mensuales`: a state's phase ({@link phaseOnDate}) and semáforo on the last day of a month. */
export type MonthlyPhase = RowOf<typeof COLUMNS>;

/** The registry tables the phase panel reads. */
export type PhaseInputs = Pick<
  Registry,
  "entidades" | "hitos" | "decisiones" | "estatus_reportados" | "fuentes" | "compromisos" | "planes"
>;

/** The first month of the panel: the local exercises began in March 2015 (the first Declaratorias in data/hitos.csv are of 9 March 2015). */
export const PANEL_START = "2015-01";

/**
 * The latest day any milestone (`fecha_max`) or reported status (last day of `fecha_corte`) of the registry
 * refers to; the first day of the panel when there is none. Computed once per registry
 * ({@link memoizeOnTables}): several tables run up to it.
 */
export const latestFactDate = memoizeOnTables(
  (r: Pick<Registry, "hitos" | "estatus_reportados">) => [r.hitos, r.estatus_reportados],
  (registry): string => {
    let latest = `${PANEL_START}-01`;
    for (const h of registry.hitos) if (h.fecha_max > latest) latest = h.fecha_max;
    for (const s of registry.estatus_reportados) {
      const max = partialDateBounds(s.fecha_corte).max;
      if (max > latest) latest = max;
    }
    return latest;
  }
);

/**
 * The monthly phase panel: for each state and the last day of each month from January 2015 to the month
 * of the latest fact, its phase ({@link phaseOnDate}, from milestones and reported statuses), how certain
 * it is, the months spent in it, its semáforo ({@link semaforo}, judged against what the record observed
 * after the deadline), up to when the state's record runs ({@link recordEnd}), and what it had achieved
 * across all its ejercicios ({@link attainmentOnDate}: logro, PALs, closed cycles) with the compromisos of
 * the PALs certainly published ({@link planCompromisos}; null when the state cannot be placed). `until`
 * overrides the last month.
 */
export function monthlyPhases(registry: PhaseInputs, until = latestFactDate(registry)): MonthlyPhase[] {
  const evidence = phaseEvidence(registry, {withStatuses: true});
  const plans = planCompromisos(registry);
  let maxEjercicio = 0;
  for (const key of plans.keys()) maxEjercicio = Math.max(maxEjercicio, Number(key.slice(key.indexOf("|") + 1)));
  const ends = recordEnd(registry);
  const months = monthEnds(PANEL_START, until);
  const keys = months.map(dayKey);
  const rows: MonthlyPhase[] = new Array(registry.entidades.length * months.length);
  let r = 0;
  for (const e of registry.entidades) {
    const items = evidence.get(e.clave_inegi) ?? [];
    const datosHasta = ends.get(e.clave_inegi) ?? null;
    // sizes[n] = compromisos of the state's plans 1…n (a plan of unknown size adds none).
    const sizes = [0];
    for (let ej = 1; ej <= maxEjercicio; ej++)
      sizes.push(sizes[ej - 1] + (plans.get(`${e.clave_inegi}|${ej}`)?.total ?? 0));
    // The days on which an item of the state becomes possible or certain, in order. Between two of them the
    // sets of certain and possible items do not change, so neither do the phase, its certainty, `desde`, the
    // attainment or the follow-up: only the months in the phase grow. Those months reuse the previous month's
    // answer instead of reading the evidence again (same result as phaseOnDate at every month).
    const changes = new Float64Array(items.length * 2);
    for (let k = 0; k < items.length; k++) {
      changes[2 * k] = items[k].minKey;
      changes[2 * k + 1] = items[k].maxKey;
    }
    changes.sort(); // numeric order (a typed array); an unknown minKey (-1) comes first and is passed at once
    let next = 0;
    let p: PhaseOnDate | null = null;
    let a: Attainment | null = null;
    let seg: Seguimiento | null = null;
    let desdeKey = 0;
    for (let k = 0; k < months.length; k++) {
      const fecha = months[k];
      const day = keys[k];
      let meses: number | null;
      if (p === null || (next < changes.length && changes[next] <= day)) {
        while (next < changes.length && changes[next] <= day) next++;
        p = phaseOnDate(items, fecha, e.participa, day);
        a = attainmentOnDate(items, day, p);
        seg = seguimiento(p, datosHasta);
        desdeKey = p.desde === null ? 0 : dayKey(p.desde);
        meses = p.meses_en_fase;
      } else meses = p.desde === null ? null : calendarMonthsBetweenKeys(desdeKey, day);
      const compromisos = a!.pal_publicados === null ? null : sizes[Math.min(a!.pal_publicados, sizes.length - 1)];
      // One literal with every field (no spread): this loop builds a row per state and month.
      rows[r++] = {
        clave_inegi: e.clave_inegi,
        fecha,
        fase: p.fase,
        ejercicio: p.ejercicio,
        certeza: p.certeza,
        fase_posible: p.fase_posible,
        ejercicio_posible: p.ejercicio_posible,
        desde: p.desde,
        meses_en_fase: meses,
        semaforo: semaforo(p.fase, meses, seg!),
        datos_hasta: datosHasta,
        logro: a!.logro,
        logro_posible: a!.logro_posible,
        pal_publicados: a!.pal_publicados,
        pal_publicados_posibles: a!.pal_publicados_posibles,
        ciclos_cerrados: a!.ciclos_cerrados,
        compromisos
      };
    }
  }
  return rows;
}

/**
 * {@link monthlyPhases} up to the latest fact, computed once per registry ({@link memoizeOnTables}) for
 * the tables that read it (`fases_mensuales`, `panorama_nacional`): read-only.
 */
export const phasePanel = memoizeOnTables(
  (r: PhaseInputs) => [r.entidades, r.hitos, r.decisiones, r.estatus_reportados, r.fuentes, r.compromisos, r.planes],
  (r) => monthlyPhases(r)
);

/** The published table `fases_mensuales`, with the phase and the semáforo metrics. */
export const FASES_MENSUALES = derivedTable({
  name: "fases_mensuales",
  description:
    "Fase de cada entidad al último día de cada mes, de enero de 2015 al mes del último hecho registrado: ejercicio, fase, certeza, meses en la fase, semáforo, hasta cuándo llega el registro de la entidad y lo logrado en todos sus ejercicios (logro, PAL publicados, ciclos cerrados, compromisos). Es la única respuesta del proyecto a «dónde estaba esta entidad en esta fecha»: la usan todas las páginas y el mapa.",
  columns: COLUMNS,
  compute: phasePanel,
  metrics: [
    {
      id: "fases_mensuales",
      nombre: "Fase en cada fecha",
      unidad: "fase",
      descripcion:
        "La fase de cada entidad al último día de cada mes desde enero de 2015, con su certeza y los meses en ella.",
      formula:
        "Un hito (o un estatus reportado) es seguro en la fecha D si su último día posible es ≤ D, y posible si su primer día posible es ≤ D. Fase = la de la posición más avanzada (ejercicio, etapa) entre los seguros; certeza = cierta si ningún hito posible va más allá, si no posible. Etapas: Declaratoria firmada 1, sensibilización 2, STL instalado o mesas 3, PAL en seguimiento 4, evaluación 5, cierre de ciclo 6. meses_en_fase = mes de la fecha − mes de desde (meses de calendario; desde = último día posible del hito que prueba la fase), uno más en cada fin de mes mientras la fase se mantiene.",
      fuente:
        "Secuencia del INAI: Declaratoria → sensibilización → STL → mesas → PAL (páginas estatales del programa Agentes Locales de Cambio); evaluación y cierre de ciclo, tablas G15/G16 (semilla 002).",
      funcion: "monthlyPhases / phaseOnDate"
    },
    SEMAFORO_METRIC,
    {
      id: "datos_hasta",
      nombre: "Registro de la entidad hasta",
      unidad: "fecha",
      descripcion:
        "El último día al que se refiere alguna fuente sobre la entidad: hasta ahí llega lo que el registro sabe de ella.",
      formula:
        "Máximo, entre los hitos de la entidad, del último día posible del hito o de la fecha de su fuente (el que sea posterior), y entre sus estatus reportados, del último día del corte.",
      fuente: "Registro del proyecto (tablas hitos, fuentes y estatus_reportados).",
      funcion: "recordEnd"
    },
    {
      id: "logro",
      nombre: "Logro acumulado",
      unidad: "logro",
      descripcion:
        "Lo que la entidad había logrado en la fecha en todos sus ejercicios (Declaratoria, STL, PAL, ciclo cerrado), junto a la fase de su ejercicio actual: una entidad que empieza su segunda ronda conserva el plan de la primera.",
      formula:
        "Con los hitos y estatus seguros a la fecha (y, para logro_posible, los posibles): ciclo_cerrado si algún ejercicio tiene cierre (etapa 6); si no, pal si pal_publicados > 0; stl si algo está en etapa ≥ 3 o en un ejercicio posterior al primero; declaratoria si hay Declaratoria (etapa 1) o algo posterior a ella; si no, ninguno. no_participa y sin_dato según la fase.",
      fuente: "Secuencia del INAI (Declaratoria → STL → PAL → cierre), registro del proyecto.",
      funcion: "attainmentOnDate"
    },
    {
      id: "pal_publicados_entidad",
      nombre: "PAL publicados por entidad",
      unidad: "planes",
      descripcion:
        "Cuántos Planes de Acción Local había publicado cada entidad en la fecha, en todos sus ejercicios, seguros y posibles, y cuántos ciclos había cerrado y cuántos compromisos sumaban sus planes.",
      formula:
        "pal_publicados = (ejercicio − 1) + 1 si la fase segura es PAL en seguimiento o posterior (cada ejercicio anterior tuvo su PAL); pal_publicados_posibles, lo mismo con la fase posible (nunca menos que los seguros); ciclos_cerrados = ejercicios con cierre seguro; compromisos = suma del tamaño de los planes 1…pal_publicados (tabla planes; un plan de tamaño desconocido no suma). Vacíos si la entidad no se puede ubicar.",
      fuente: "Registro del proyecto (hitos, estatus reportados, compromisos y planes).",
      funcion: "attainmentOnDate / monthlyPhases"
    }
  ]
});
