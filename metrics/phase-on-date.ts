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
  /** Whole months from `desde` to the date: a lower bound on the time spent in the phase. */
  meses_en_fase: number | null;
}

/** Whole months between two ISO days (a month counts once the day of the month is reached). */
export function wholeMonths(from: string, to: string): number {
  return wholeMonthsBetweenKeys(dayKey(from), dayKey(to));
}

/** {@link wholeMonths} between two {@link dayKey} numbers. */
function wholeMonthsBetweenKeys(a: number, b: number): number {
  // AAAAMMDD: year × 10 000 + month × 100 + day.
  const months =
    (Math.floor(b / 10_000) - Math.floor(a / 10_000)) * 12 +
    (Math.floor(b / 100) % 100) -
    (Math.floor(a / 100) % 100) -
    (b % 100 < a % 100 ? 1 : 0);
  return Math.max(0, months);
}

/**
 * The phase of one state on a date, from its evidence ({@link PhaseEvidence}).
 *
 * Method: an item is certain by date D when its last possible day `max` ≤ D, and possible when its
 * first possible day `min` ≤ D (an unknown `min` is always possible before `max`). The phase is that of
 * the furthest position (ejercicio, then stage) among the certain items; the possible phase is the furthest
 * among the possible ones. When they differ, certeza is "posible". The state entered its phase no later than
 * the earliest `max` of the certain items at that position (`desde`), so `meses_en_fase` never overstates
 * how long it has been there. With no certain item: "no_participa" when the state is recorded as never
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
    meses_en_fase: wholeMonthsBetweenKeys(first.maxKey, day)
  };
}
