import {comparePositions, PHASE_OF_STAGE, type FaseOSinDato} from "./model/vocabulary.js";
import {dayKey, type PhaseEvidence} from "./phase-evidence.js";

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
  /** Calendar months from the month of `desde` to the month of the date (0 in the month it entered the phase). */
  meses_en_fase: number | null;
}

/**
 * Calendar months between two ISO days: the month of `to` minus the month of `from` (days ignored), never
 * below 0. Read at each month-end, it grows by exactly one a month: entered on 31 December, a state has
 * been in its phase 0 months at 31 December, 1 at 31 January, 2 at 28 February (counting whole months
 * instead stalls and jumps on short months: 0, 1, 1, 3…).
 *
 * @example calendarMonths("2018-12-31", "2019-02-28") // 2
 */
export function calendarMonths(from: string, to: string): number {
  return calendarMonthsBetweenKeys(dayKey(from), dayKey(to));
}

/**
 * Whole months elapsed between two ISO days: a month counts once its day of the month is reached
 * (2015-04-10 → 2015-10-09 is 5, → 2015-10-10 is 6), never below 0. It measures time elapsed — whether a
 * source is dated after a deadline of N months — where {@link calendarMonths} counts months on the panel.
 */
export function wholeMonths(from: string, to: string): number {
  const a = dayKey(from);
  const b = dayKey(to);
  return Math.max(0, calendarMonthsBetweenKeys(a, b) - (b % 100 < a % 100 ? 1 : 0));
}

/** {@link calendarMonths} between two {@link dayKey} numbers. */
export function calendarMonthsBetweenKeys(a: number, b: number): number {
  // AAAAMMDD: year × 10 000 + month × 100 + day.
  const months =
    (Math.floor(b / 10_000) - Math.floor(a / 10_000)) * 12 + (Math.floor(b / 100) % 100) - (Math.floor(a / 100) % 100);
  return Math.max(0, months);
}

/**
 * The phase of one state on a date, from its evidence ({@link PhaseEvidence}).
 *
 * Method: an item is certain by date D when its last possible day `max` ≤ D, and possible when its
 * first possible day `min` ≤ D (an unknown `min` is always possible before `max`). The phase is that of
 * the furthest position (ejercicio, then stage) among the certain items; the possible phase is the furthest
 * among the possible ones. When they differ, certeza is "posible". The state entered its phase no later than
 * the earliest `max` of the certain items at that position (`desde`); `meses_en_fase` counts the calendar
 * months from the month of `desde` to the month of the date ({@link calendarMonths}), one more at each
 * month-end while the phase holds. With no certain item: "no_participa" when the state is recorded as never
 * taking part (`participa` false) and nothing is even possible yet; "aun_no_se_suma" when every item of the
 * state lies wholly after D (it joined later); otherwise "sin_dato". `day` is the date's {@link dayKey}, for
 * callers that loop over many states on the same date.
 */
export function phaseOnDate(
  evidence: readonly PhaseEvidence[],
  date: string,
  participa: boolean | null,
  day = dayKey(date)
): PhaseOnDate {
  let certain: PhaseEvidence | null = null;
  let possible: PhaseEvidence | null = null;
  let notStarted = evidence.length > 0;
  for (const e of evidence) {
    if (e.maxKey <= day && (certain === null || comparePositions(e, certain) > 0)) certain = e;
    if (e.minKey <= day) {
      notStarted = false;
      if (possible === null || comparePositions(e, possible) > 0) possible = e;
    }
  }
  if (certain === null) {
    const fase: FaseOSinDato =
      participa === false && possible === null ? "no_participa" : notStarted ? "aun_no_se_suma" : "sin_dato";
    return {
      fase,
      ejercicio: null,
      certeza: possible ? "posible" : "cierta",
      fase_posible: possible ? PHASE_OF_STAGE[possible.stage] : fase,
      ejercicio_posible: possible?.ejercicio ?? null,
      desde: null,
      meses_en_fase: null
    };
  }
  let first = certain;
  for (const e of evidence) if (e.maxKey < first.maxKey && comparePositions(e, certain) === 0) first = e;
  const desde = first.max;
  return {
    fase: PHASE_OF_STAGE[certain.stage],
    ejercicio: certain.ejercicio,
    certeza: comparePositions(possible!, certain) === 0 ? "cierta" : "posible",
    fase_posible: PHASE_OF_STAGE[possible!.stage],
    ejercicio_posible: possible!.ejercicio,
    desde,
    meses_en_fase: calendarMonthsBetweenKeys(first.maxKey, day)
  };
}
