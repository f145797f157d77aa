import {SEMAFORO_THRESHOLDS} from "./semaforo-thresholds.js";
import {PROCESS_PHASES, type FaseOSinDato, type Semaforo} from "./model/vocabulary.js";

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

/** The thresholds as the catalogue states them: "Declaratoria 6/12, sensibilización 6/12, …" in stage order. */
function thresholdsText(): string {
  return PROCESS_PHASES.map((p) => {
    const t = SEMAFORO_THRESHOLDS[p.id];
    return `${p.inSentence} ${t.amarillo}/${t.rojo}`;
  }).join(", ");
}

/** The catalogue entry of the semáforo, published with `fases_mensuales`; its thresholds are written from {@link SEMAFORO_THRESHOLDS}. */
export const SEMAFORO_METRIC = {
  id: "semaforo",
  nombre: "Semáforo",
  unidad: "color",
  descripcion:
    "Verde, amarillo o rojo según el tiempo que la entidad lleva en su fase desde su último avance registrado, frente al plazo previsto; gris si no participa; sin dato si no se puede ubicar. Un avance que ninguna fuente del registro documenta no cuenta.",
  formula: `verde si meses_en_fase < umbral amarillo de la fase; amarillo si < umbral rojo; rojo después. Umbrales (amarillo/rojo, meses): ${thresholdsText()}.`,
  fuente: "Etapas semestrales del modelo del SNT (2016) y compromisos \"con duración de un año\"; ver metrics/semaforo-thresholds.ts.",
  funcion: "semaforo"
};
