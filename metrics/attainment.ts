import {compareDefault} from "./collation.js";
import {type AfterViewDate, isAfterViewDate} from "./as-of.js";
import type {Registry, RowOf} from "./model/schema.js";
import {
  DATED_ATTAINMENTS,
  LOGROS,
  STAGE_OF_PHASE,
  type FaseOSinDato,
  type Logro,
  ATTAINMENTS
} from "./model/vocabulary.js";
import {memoizeOnTables} from "./memo.js";
import type {PhaseEvidence} from "./phase-evidence.js";
import type {PhaseOnDate} from "./phase-on-date.js";
import {resolveMilestones} from "./resolve-milestones.js";
import {clave, day, derivedTable, int, text, coded} from "./table-def.js";

/** What a state had achieved by a date across all its ejercicios (the attainment columns of `fases_mensuales`). */
export interface Attainment {
  /** The most advanced step certainly achieved by the date ({@link LOGROS}). */
  logro: Logro;
  /** The most advanced step possibly achieved by the date (the dates in intervals allow it). */
  logro_posible: Logro;
  /** PALs certainly published by the date, across ejercicios; null when the state cannot be placed. */
  pal_publicados: number | null;
  /** PALs possibly published by the date (≥ `pal_publicados`); null when not even a possible phase is known. */
  pal_publicados_posibles: number | null;
  /** Ejercicios whose cierre de ciclo is certain by the date; null when the state cannot be placed. */
  ciclos_cerrados: number | null;
}

/**
 * The PALs a position in the process implies: every ejercicio before the current one had its PAL (an
 * ejercicio is a PAL cycle: a second round starts after a first plan), and the current one once it is
 * at stage 4 (PAL en seguimiento) or later. Position (0, 0) — nowhere yet — implies none.
 *
 * @example plansAtPosition(2, 2) // 1: in the sensibilización of its second round, a state has its first plan
 */
export function plansAtPosition(ejercicio: number, stage: number): number {
  return ejercicio === 0 ? 0 : ejercicio - 1 + (stage >= 4 ? 1 : 0);
}

/** Where a phase puts a state: its ejercicio and the stage reached in it ((0, 0) before any step or when unknown). */
export function positionOfPhase(fase: FaseOSinDato, ejercicio: number | null): {ejercicio: number; stage: number} {
  const stage = fase === "sin_dato" ? 0 : (STAGE_OF_PHASE[fase] ?? 0);
  return {ejercicio: ejercicio ?? (stage > 0 ? 1 : 0), stage};
}

const RANK = new Map(LOGROS.map((l, k) => [l, k]));

/** The more advanced of two attainments (in {@link LOGROS} order). */
export function furtherAttainment(a: Logro, b: Logro): Logro {
  return RANK.get(a)! >= RANK.get(b)! ? a : b;
}

/** The furthest attainment the flags prove (see {@link attainmentOnDate}). */
function attainmentOf(declaratoria: boolean, stl: boolean, plans: number, ciclos: number): Logro {
  return ciclos > 0 ? "ciclo_cerrado" : plans > 0 ? "pal" : stl ? "stl" : declaratoria ? "declaratoria" : "ninguno";
}

/** The special attainment of a phase that is not a step: no_participa and sin_dato; null otherwise. */
function specialAttainment(fase: FaseOSinDato): Logro | null {
  return fase === "no_participa" ? "no_participa" : fase === "sin_dato" ? "sin_dato" : null;
}

/**
 * What a state had achieved by a date, across all its ejercicios, beside its phase `p` on that date
 * ({@link phaseOnDate} of the same evidence): the phase says where the current ejercicio stands, the
 * attainment what was done in all of them, so a state that starts a second round keeps its first plan.
 *
 * Method, with the certain items (last possible day ≤ the date) and then the possible ones (first possible
 * day ≤ the date): a Declaratoria is achieved by a stage-1 item, by any item at stage ≥ 3 (the STL comes
 * after it) or of a later ejercicio — sensibilización alone (stage 2) may precede the Declaratoria and
 * proves nothing; an STL by an item at stage ≥ 3 or of a later ejercicio; PALs = {@link plansAtPosition}
 * of the furthest position (as `panorama_nacional` counts them); closed cycles = ejercicios with an item at
 * stage 6 (a cierre milestone, or a status reporting the cycle closed). `logro` is the furthest of these:
 * ciclo_cerrado, pal, stl, declaratoria, or ninguno. A state recorded as not taking part is no_participa;
 * one the record cannot place on the date (phase sin_dato) is sin_dato, with null counts — never zero.
 * `day` is the date's dayKey.
 *
 * @example Coahuila on 2018-12-31 (sensibilización of ejercicio 2): pal_publicados 1, ciclos_cerrados 1, logro ciclo_cerrado.
 */
export function attainmentOnDate(evidence: readonly PhaseEvidence[], day: number, p: PhaseOnDate): Attainment {
  // One pass, no allocation but the closed ejercicios: this runs for every state and month of the panel.
  let declaratoria = false;
  let stl = false;
  let declaratoriaPosible = false;
  let stlPosible = false;
  let cierres: number[] | null = null;
  let cierresPosibles = 0;
  for (const e of evidence) {
    if (e.minKey > day) continue;
    const decl = e.stage === 1 || e.stage >= 3 || e.ejercicio > 1;
    const s = e.stage >= 3 || e.ejercicio > 1;
    declaratoriaPosible ||= decl;
    stlPosible ||= s;
    if (e.stage === 6) cierresPosibles++;
    if (e.maxKey > day) continue;
    declaratoria ||= decl;
    stl ||= s;
    if (e.stage === 6) {
      cierres ??= [];
      if (!cierres.includes(e.ejercicio)) cierres.push(e.ejercicio);
    }
  }
  const certainPos = positionOfPhase(p.fase, p.ejercicio);
  const possiblePos = positionOfPhase(p.fase_posible, p.ejercicio_posible);
  const plans = plansAtPosition(certainPos.ejercicio, certainPos.stage);
  const possiblePlans = Math.max(plans, plansAtPosition(possiblePos.ejercicio, possiblePos.stage));
  const ciclos = cierres?.length ?? 0;
  const logro = specialAttainment(p.fase) ?? attainmentOf(declaratoria, stl, plans, ciclos);
  const possible = attainmentOf(declaratoriaPosible, stlPosible, possiblePlans, cierresPosibles);
  const placed = p.fase !== "sin_dato";
  return {
    logro,
    logro_posible: specialAttainment(p.fase_posible) ?? furtherAttainment(possible, logro),
    pal_publicados: placed ? plans : null,
    pal_publicados_posibles: placed || p.fase_posible !== "sin_dato" ? possiblePlans : null,
    ciclos_cerrados: placed ? ciclos : null
  };
}

/** Columns of `logros`. */
const COLUMNS = [
  clave(),
  coded(
    "logro",
    ATTAINMENTS,
    "Lo logrado: declaratoria (la primera), stl (el primero instalado), pal o ciclo_cerrado."
  ),
  int("ejercicio", "Ejercicio del hito que lo prueba."),
  day("fecha_min", "Primer día posible del hito (vacío = a más tardar fecha_max).", false),
  day("fecha_max", "Último día posible del hito."),
  text("hito_id", "El hito que lo prueba, en `hitos` (el que usa el proyecto, tras las decisiones).", true),
  text("fuente_id", "Fuente del hito, en `fuentes`.", true)
] as const;

/** One row of `logros`: a dated achievement of a state. */
export type DatedAttainment = RowOf<typeof COLUMNS>;

/**
 * Every dated achievement of every state, from the milestones the project uses ({@link resolveMilestones},
 * which honours `decisiones`): its first Declaratoria and its first STL installed (lowest ejercicio, then
 * earliest date), each ejercicio's PAL and each cierre de ciclo ({@link DATED_ATTAINMENTS}). Dates are the
 * resolved milestone's own interval, as precise as its source. An achievement implied only by a later
 * ejercicio or by a reported status has no dated milestone and no row: no date is made up. Sorted by state,
 * then last possible day, then ejercicio.
 */
export const datedAttainments = memoizeOnTables(
  (r: Pick<Registry, "hitos" | "decisiones">) => [r.hitos, r.decisiones],
  (registry): DatedAttainment[] => {
    const rows: DatedAttainment[] = [];
    const firsts = new Map<string, DatedAttainment>();
    for (const {hito: h} of resolveMilestones(registry)) {
      const kind = DATED_ATTAINMENTS.find((d) => d.tipo === h.tipo);
      if (!kind) continue;
      const row: DatedAttainment = {
        clave_inegi: h.clave_inegi,
        logro: kind.logro,
        ejercicio: h.ejercicio,
        fecha_min: h.fecha_min,
        fecha_max: h.fecha_max,
        hito_id: h.hito_id,
        fuente_id: h.fuente_id
      };
      if (kind.cada === "ejercicio") rows.push(row);
      else {
        const key = `${h.clave_inegi}|${kind.logro}`;
        const current = firsts.get(key);
        if (
          !current ||
          h.ejercicio < current.ejercicio ||
          (h.ejercicio === current.ejercicio && h.fecha_max < current.fecha_max)
        )
          firsts.set(key, row);
      }
    }
    rows.push(...firsts.values());
    const order = new Map(LOGROS.map((l, k) => [l, k]));
    return rows.sort(
      (a, b) =>
        compareDefault(a.clave_inegi, b.clave_inegi) ||
        (a.fecha_max < b.fecha_max ? -1 : a.fecha_max > b.fecha_max ? 1 : 0) ||
        a.ejercicio - b.ejercicio ||
        order.get(a.logro)! - order.get(b.logro)!
    );
  }
);

/**
 * A state's dated achievements as a view of date `fecha` may show them: its rows of `logros` that had at
 * least possibly happened by then (an achievement certainly after the date is left out — it was not known
 * then), each with `posterior` = "no" when it had certainly happened by the end of that day, "posible" when
 * its interval reaches past the date (the page must say so). Kept in the order of `rows`.
 *
 * @example datedAttainmentsAsOf(logros, "05", "2018-12-31") // Declaratoria, STL, PAL 1, cierre 1: all "no"; PAL 2 (2020) left out
 */
export function datedAttainmentsAsOf(
  rows: readonly DatedAttainment[],
  clave_inegi: string,
  fecha: string
): (DatedAttainment & {posterior: Exclude<AfterViewDate, "cierto">})[] {
  const shown: (DatedAttainment & {posterior: Exclude<AfterViewDate, "cierto">})[] = [];
  for (const r of rows) {
    if (r.clave_inegi !== clave_inegi) continue;
    const posterior = isAfterViewDate(r.fecha_min, r.fecha_max, fecha);
    if (posterior !== "cierto") shown.push({...r, posterior});
  }
  return shown;
}

/** The published table `logros`. */
export const LOGROS_TABLE = derivedTable({
  name: "logros",
  description:
    "Cada logro fechado de cada entidad: su primera Declaratoria, su primer STL instalado, el PAL de cada ejercicio y cada cierre de ciclo, con las fechas del hito que lo prueba tal como las da su fuente. Un logro que sólo se deduce de un ejercicio posterior o de un estatus reportado no tiene fila: no se inventa su fecha.",
  columns: COLUMNS,
  compute: (registry) => datedAttainments(registry),
  metrics: [
    {
      id: "logros",
      nombre: "Logros fechados",
      unidad: "hito",
      descripcion:
        "Lo que cada entidad logró y cuándo, según los hitos fechados: primera Declaratoria, primer STL, cada PAL y cada cierre de ciclo.",
      formula:
        "De los hitos que usa el proyecto (tras las decisiones entre fuentes; de un hito que ocurre una vez por ejercicio, el intervalo más estrecho): la Declaratoria y la instalación del STL de menor ejercicio (y fecha más temprana), y cada publicación de PAL y cada cierre con su ejercicio. Fechas = fecha_min y fecha_max del hito.",
      fuente: "Registro del proyecto (tablas hitos y decisiones).",
      funcion: "datedAttainments"
    }
  ]
});
