import {comparePositions, PHASE_OF_STAGE, type FaseOSinDato, type Position} from "./phase-stages.js";
import type {PhaseEvidence} from "./phase-evidence.js";

/** A state's phase on a date. */
export interface PhaseOnDate {
  /** The furthest phase the state had certainly reached; "sin_dato" when no evidence is certain yet. */
  fase: FaseOSinDato;
  ejercicio: number | null;
  /** "cierta" when no further phase could have been reached by the date; "posible" when one could. */
  certeza: "cierta" | "posible";
  /** The furthest phase the state may have reached (equal to `fase` when certain). */
  fase_posible: FaseOSinDato;
  ejercicio_posible: number | null;
  /** The day by which the state had certainly entered `fase` (null when unknown). */
  desde: string | null;
  /** Whole months from `desde` to the date: a lower bound on the time spent in the phase. */
  meses_en_fase: number | null;
}

/** Whole months between two ISO days (a month counts once the day of the month is reached). */
export function wholeMonths(from: string, to: string): number {
  const [y1, m1, d1] = from.split("-").map(Number);
  const [y2, m2, d2] = to.split("-").map(Number);
  return Math.max(0, (y2 - y1) * 12 + (m2 - m1) - (d2 < d1 ? 1 : 0));
}

/**
 * The phase of one state on a date, from its evidence ({@link PhaseEvidence}).
 *
 * Method: an item is certain by date D when its last possible day `max` ≤ D, and possible when its
 * first possible day `min` ≤ D (an unknown `min` is always possible before `max`). The phase is that of
 * the furthest position (ejercicio, then stage) among the certain items; the possible phase is the furthest
 * among the possible ones. When they differ, certeza is "posible". The state entered its phase no later than
 * the earliest `max` of the certain items at that position (`desde`), so `meses_en_fase` never overstates
 * how long it has been there. With no certain item: "no_participa" when every item of the state lies wholly
 * after D (it had certainly not started) or when the state is recorded as not taking part and nothing is
 * even possible yet; otherwise "sin_dato".
 */
export function phaseOnDate(evidence: readonly PhaseEvidence[], date: string, participa: boolean | null): PhaseOnDate {
  let certain: Position | null = null;
  let possible: Position | null = null;
  for (const e of evidence) {
    if (e.max <= date && (!certain || comparePositions(e, certain) > 0)) certain = e;
    if ((e.min === null ? true : e.min <= date) && (!possible || comparePositions(e, possible) > 0)) possible = e;
  }
  const phaseOf = (p: Position | null): FaseOSinDato => (p ? PHASE_OF_STAGE[p.stage] : "sin_dato");
  if (!certain) {
    const notStarted = evidence.length > 0 && evidence.every((e) => e.min !== null && e.min > date);
    const fase: FaseOSinDato = notStarted || (participa === false && !possible) ? "no_participa" : "sin_dato";
    return {fase, ejercicio: null, certeza: possible ? "posible" : "cierta", fase_posible: possible ? phaseOf(possible) : fase, ejercicio_posible: possible?.ejercicio ?? null, desde: null, meses_en_fase: null};
  }
  const at = certain;
  const desde = evidence.filter((e) => e.max <= date && comparePositions(e, at) === 0).reduce((d, e) => (e.max < d ? e.max : d), at === certain ? "9999-12-31" : "");
  const sure = comparePositions(possible!, certain) === 0;
  return {
    fase: phaseOf(certain),
    ejercicio: certain.ejercicio,
    certeza: sure ? "cierta" : "posible",
    fase_posible: phaseOf(possible),
    ejercicio_posible: possible!.ejercicio,
    desde,
    meses_en_fase: wholeMonths(desde, date)
  };
}
