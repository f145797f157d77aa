import {SEMAFORO_THRESHOLDS} from "./semaforo-thresholds.js";
import type {FaseOSinDato} from "./phase-stages.js";

/** The project's semáforo: on pace, late, stalled; gris for states not taking part; sin_dato when unknown. */
export type Semaforo = "verde" | "amarillo" | "rojo" | "gris" | "sin_dato";

/**
 * The semáforo of a state on a date, from its phase and the months it has certainly spent in it.
 *
 * Rule: no_participa → gris; sin_dato (or an unknown time in phase) → sin_dato; otherwise verde while
 * `meses_en_fase` < the phase's amarillo threshold, amarillo while < its rojo threshold, rojo after
 * ({@link SEMAFORO_THRESHOLDS}, one place, each with its reason). Because `meses_en_fase` is a lower bound,
 * a state is never shown later than the evidence proves.
 *
 * @example semaforo("pal_en_seguimiento", 14) // "amarillo"
 */
export function semaforo(fase: FaseOSinDato, mesesEnFase: number | null): Semaforo {
  if (fase === "no_participa") return "gris";
  if (fase === "sin_dato" || mesesEnFase === null) return "sin_dato";
  const t = SEMAFORO_THRESHOLDS[fase];
  if (!t) return "sin_dato";
  return mesesEnFase < t.amarillo ? "verde" : mesesEnFase < t.rojo ? "amarillo" : "rojo";
}
