import type {RowOf} from "./model/schema.js";
import {type FaseOSinDato, type Logro, STAGE_OF_PHASE} from "./model/vocabulary.js";
import {FASES_MENSUALES, phasePanel, type MonthlyPhase, type PhaseInputs} from "./monthly-phases.js";
import {day, derivedTable, int} from "./table-def.js";

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
    "estados_con_pal",
    "Entidades que con seguridad ya habían publicado al menos un PAL (en el ejercicio actual o uno anterior)."
  ),
  int("estados_con_pal_posibles", "Entidades que pudieron haberlo publicado."),
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

/** The headline counts of `panorama_nacional` (every column but the date and the `_posibles` companions). */
export type PanoramaIndicatorId =
  | "estados_participantes"
  | "estados_stl"
  | "estados_con_pal"
  | "pal_publicados"
  | "compromisos"
  | "entidades_sin_dato";

/**
 * One headline count of `panorama_nacional` and the list behind it: what one state adds to the count on a
 * date, from its row of `fases_mensuales` — 1 or 0 for a count of states, its plans for `pal_publicados`,
 * its compromisos for `compromisos`. `posible` (with its column `idPosibles`) is null for the counts that
 * have no possible companion.
 */
export interface PanoramaIndicator {
  /** The column of `panorama_nacional`. */
  readonly id: PanoramaIndicatorId;
  /** Spanish name of the figure, as the site shows it. */
  readonly label: string;
  /** The column of the possible count, or null. */
  readonly idPosibles: Extract<keyof NationalPanorama, `${PanoramaIndicatorId}_posibles`> | null;
  /** What the state adds to the certain count. */
  readonly cierta: (p: MonthlyPhase) => number;
  /** What the state adds to the possible count (the certain states included); null when there is no possible count. */
  readonly posible: ((p: MonthlyPhase) => number) | null;
}

/** The phase is a step of the process (stage ≥ 1 in STAGE_OF_PHASE; sin_dato, no_participa and aun_no_se_suma are not). */
const inProcess = (fase: FaseOSinDato) => fase !== "sin_dato" && (STAGE_OF_PHASE[fase] ?? 0) > 0;
const hasStl = (l: Logro) => l === "stl" || l === "pal" || l === "ciclo_cerrado";
const hasPal = (l: Logro) => l === "pal" || l === "ciclo_cerrado";
const one = (b: boolean) => (b ? 1 : 0);

/**
 * The headline counts of `panorama_nacional`, each defined once as a function of a state's monthly row:
 * {@link nationalPanorama} sums them and {@link panoramaMembers} lists the states behind them, so a count
 * always equals the sum over its list.
 *
 * - `estados_participantes`: the state's certain phase is a phase of the process (stage ≥ 1); possible:
 *   its certain or possible phase is.
 * - `estados_stl`: an STL installed in some ejercicio (logro stl, pal or ciclo_cerrado); possible: logro_posible.
 * - `estados_con_pal`: at least one PAL (logro pal or ciclo_cerrado); possible: logro_posible.
 * - `pal_publicados`: the state's `pal_publicados` (null counts none); possible: `pal_publicados_posibles`.
 * - `compromisos`: the compromisos of its certainly published plans (a floor); no possible count.
 * - `entidades_sin_dato`: the record cannot place the state on the date; no possible count.
 */
export const PANORAMA_INDICATORS: readonly PanoramaIndicator[] = [
  {
    id: "estados_participantes",
    label: "Entidades en el proceso",
    idPosibles: "estados_participantes_posibles",
    cierta: (p) => one(inProcess(p.fase)),
    posible: (p) => one(inProcess(p.fase) || inProcess(p.fase_posible))
  },
  {
    id: "estados_stl",
    label: "Entidades con STL instalado",
    idPosibles: "estados_stl_posibles",
    cierta: (p) => one(hasStl(p.logro)),
    posible: (p) => one(hasStl(p.logro) || hasStl(p.logro_posible))
  },
  {
    id: "estados_con_pal",
    label: "Entidades con al menos un PAL publicado",
    idPosibles: "estados_con_pal_posibles",
    cierta: (p) => one(hasPal(p.logro)),
    posible: (p) => one(hasPal(p.logro) || hasPal(p.logro_posible))
  },
  {
    id: "pal_publicados",
    label: "Planes de Acción Local publicados",
    idPosibles: "pal_publicados_posibles",
    cierta: (p) => p.pal_publicados ?? 0,
    posible: (p) => Math.max(p.pal_publicados ?? 0, p.pal_publicados_posibles ?? 0)
  },
  {
    id: "compromisos",
    label: "Compromisos de los planes publicados",
    idPosibles: null,
    cierta: (p) => p.compromisos ?? 0,
    posible: null
  },
  {
    id: "entidades_sin_dato",
    label: "Entidades sin dato",
    idPosibles: null,
    cierta: (p) => one(p.fase === "sin_dato"),
    posible: null
  }
];

/**
 * Whether two monthly rows are equal on every column the indicators of {@link PANORAMA_INDICATORS} read
 * (phase, attainment, plans and compromisos, certain and possible; not the date, the state or the months in
 * the phase): if so, each adds the same to every count. A test checks that no indicator reads another column.
 */
export const samePanoramaInputs = (a: MonthlyPhase, b: MonthlyPhase): boolean =>
  a.fase === b.fase &&
  a.fase_posible === b.fase_posible &&
  a.logro === b.logro &&
  a.logro_posible === b.logro_posible &&
  a.pal_publicados === b.pal_publicados &&
  a.pal_publicados_posibles === b.pal_publicados_posibles &&
  a.compromisos === b.compromisos;

/** One state behind a headline count, with what it adds to it. */
export interface PanoramaMember {
  clave_inegi: string;
  valor: number;
}

/**
 * The states behind a headline count of `panorama_nacional` on a date ({@link PANORAMA_INDICATORS}): every
 * state that adds something (valor > 0) to the certain count (`ciertas`) and to the possible count
 * (`posibles`, the certain ones included; empty when the count has none), in the order of `phases`. The sum
 * of `valor` over `ciertas` is the count, over `posibles` the `_posibles` count. Throws on an unknown `id`.
 *
 * @example panoramaMembers(fases, "2018-12-31", "pal_publicados").ciertas // [{clave_inegi: "05", valor: 1}, …]
 */
export function panoramaMembers(
  phases: readonly MonthlyPhase[],
  fecha: string,
  id: PanoramaIndicatorId
): {ciertas: PanoramaMember[]; posibles: PanoramaMember[]} {
  const indicator = PANORAMA_INDICATORS.find((i) => i.id === id);
  if (!indicator) throw new Error(`Indicador del panorama desconocido: ${JSON.stringify(id)}`);
  const ciertas: PanoramaMember[] = [];
  const posibles: PanoramaMember[] = [];
  for (const p of phases) {
    if (p.fecha !== fecha) continue;
    const c = indicator.cierta(p);
    if (c > 0) ciertas.push({clave_inegi: p.clave_inegi, valor: c});
    const v = indicator.posible?.(p) ?? 0;
    if (v > 0) posibles.push({clave_inegi: p.clave_inegi, valor: v});
  }
  return {ciertas, posibles};
}

/**
 * The national panorama month by month, derived from every state's row of `fases_mensuales` on the last
 * day of the month ({@link phasePanel}: milestones and reported statuses, the one answer the site and the
 * export use), so that the national figures never disagree with the map or the state rows: each count is
 * the sum, over the states, of its definition in {@link PANORAMA_INDICATORS} (the same definitions
 * {@link panoramaMembers} lists). Unknown phases never count; `entidades_sin_dato` says how many states
 * the record cannot place. `registry` is only read when `phases` is not given.
 */
export function nationalPanorama(
  registry: PhaseInputs,
  phases: readonly MonthlyPhase[] = phasePanel(registry)
): NationalPanorama[] {
  // One pass over the rows: each date's sums, certain and possible, per indicator; dates in the order they
  // first appear (as grouping by date would give them). A state keeps its phase for months on end, so a row
  // equal to the one before it on every column the indicators read adds what that row added, without
  // asking the indicators again.
  const n = PANORAMA_INDICATORS.length;
  const certain = new Array<number>(n).fill(0);
  const possible = new Array<number>(n).fill(0);
  const sums = new Map<string, {certain: number[]; possible: number[]}>();
  let previous: MonthlyPhase | undefined;
  for (const s of phases) {
    let sum = sums.get(s.fecha);
    if (!sum) {
      sum = {certain: new Array<number>(n).fill(0), possible: new Array<number>(n).fill(0)};
      sums.set(s.fecha, sum);
    }
    if (previous === undefined || !samePanoramaInputs(s, previous))
      for (let k = 0; k < n; k++) {
        const i = PANORAMA_INDICATORS[k];
        certain[k] = i.cierta(s);
        possible[k] = i.posible ? i.posible(s) : 0;
      }
    for (let k = 0; k < n; k++) {
      sum.certain[k] += certain[k];
      sum.possible[k] += possible[k];
    }
    previous = s;
  }
  return [...sums].map(([fecha, sum]) => {
    const row: Record<string, string | number> = {fecha};
    PANORAMA_INDICATORS.forEach((i, k) => {
      row[i.id] = sum.certain[k];
      if (i.idPosibles) row[i.idPosibles] = sum.possible[k];
    });
    return row as NationalPanorama;
  });
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
        "Cada cifra es la suma, sobre las entidades, de lo que cada una aporta según su fila de fases_mensuales en la fecha (la lista de entidades detrás de cada cifra suma lo mismo): participa si su fase segura es del proceso (etapa ≥ 1); tiene STL si su logro es stl, pal o ciclo_cerrado; tiene PAL si su logro es pal o ciclo_cerrado; planes publicados = su pal_publicados ((ejercicio − 1) + 1 si la etapa es ≥ 4); compromisos = su columna compromisos. Las cifras posibles usan la fase y el logro posibles. Compromisos = tamaño de los planes publicados con seguridad: los registrados por título o el número que reporta su fuente si es mayor (cota inferior).",
      fuente: `Fases de ${FASES_MENSUALES.name} (registro del proyecto).`,
      funcion: "nationalPanorama"
    }
  ]
});
