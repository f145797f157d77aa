import {SEMAFORO_RULE, SEMAFORO_THRESHOLDS} from "./semaforo-thresholds.js";
import {PROCESS_PHASES, type FaseOSinDato, type Semaforo} from "./model/vocabulary.js";
import {wholeMonths, type PhaseOnDate} from "./phase-on-date.js";

/** What the record observed of a state after it entered its phase (see {@link semaforo}). */
export interface Seguimiento {
  /** "posible" when the dates allow the state to be already further on the date. */
  certeza: "cierta" | "posible";
  /** Whole months elapsed from `desde` to the latest date any source about the state refers to (`datos_hasta`). */
  mesesObservados: number;
}

/**
 * What the record observed of a state after it entered its phase on a date: the phase's certainty and the
 * whole months elapsed from `desde` to `datosHasta`, the latest day any source about the state refers to
 * ({@link wholeMonths}: a source counts as after an N-month deadline only once N months have fully passed;
 * 0 when either is unknown).
 */
export function seguimiento(p: Pick<PhaseOnDate, "certeza" | "desde">, datosHasta: string | null): Seguimiento {
  return {
    certeza: p.certeza,
    mesesObservados: p.desde === null || datosHasta === null ? 0 : wholeMonths(p.desde, datosHasta)
  };
}

/**
 * The semáforo of a state on a date, from its phase, the months it has certainly spent in it and what the
 * record observed after it entered it.
 *
 * Rule ({@link SEMAFORO_RULE}, thresholds in {@link SEMAFORO_THRESHOLDS}, one place each with its reason):
 * no_participa and aun_no_se_suma → gris; sin_dato (or an unknown time in phase) → sin_dato; verde while
 * `meses_en_fase` < the phase's amarillo threshold, and always in a phase with no deadline (cierre de ciclo:
 * a finished cycle is not late unless a source sets a deadline for the next one, and none does). Past it, the state is amarillo (rojo past the rojo
 * threshold) only if the record observed it there: `seguimiento.mesesObservados` reaches the same threshold
 * (a source dated after the deadline still shows it without the next step) and `certeza` is "cierta" (no
 * further phase was possible). Otherwise "sin_seguimiento": the deadline passed and the record cannot say
 * whether the state is behind. Without `seguimiento` the record is taken to reach the date (the clock-only
 * semáforo). Because `meses_en_fase` is a lower bound, a state is never shown later than the evidence proves.
 *
 * @example semaforo("pal_en_seguimiento", 14) // "amarillo"
 * @example semaforo("pal_en_seguimiento", 14, {certeza: "cierta", mesesObservados: 3}) // "sin_seguimiento"
 */
export function semaforo(fase: FaseOSinDato, mesesEnFase: number | null, seguimiento?: Seguimiento): Semaforo {
  if (fase === "no_participa" || fase === "aun_no_se_suma") return "gris";
  if (fase === "sin_dato" || mesesEnFase === null) return "sin_dato";
  const t = SEMAFORO_THRESHOLDS[fase];
  if (t.amarillo === null || mesesEnFase < t.amarillo) return "verde";
  const observed = seguimiento ? (seguimiento.certeza === "cierta" ? seguimiento.mesesObservados : -1) : mesesEnFase;
  if (mesesEnFase >= t.rojo && observed >= t.rojo) return "rojo";
  return observed >= t.amarillo ? "amarillo" : "sin_seguimiento";
}

/** The thresholds as the catalogue states them: "Declaratoria 6/12, sensibilización 6/12, …" in stage order. */
function thresholdsText(): string {
  return PROCESS_PHASES.map((p) => {
    const t = SEMAFORO_THRESHOLDS[p.id];
    return t.amarillo === null ? `${p.inSentence} sin plazo` : `${p.inSentence} ${t.amarillo}/${t.rojo}`;
  }).join(", ");
}

/** The catalogue entry of the semáforo, published with `fases_mensuales`; its rule and thresholds are written from {@link SEMAFORO_RULE} and {@link SEMAFORO_THRESHOLDS}. */
export const SEMAFORO_METRIC = {
  id: "semaforo",
  nombre: "Semáforo",
  unidad: "color",
  descripcion:
    "Verde, amarillo o rojo según el tiempo que la entidad lleva en su fase desde su último avance registrado, frente al plazo previsto, y sólo donde el registro observó el atraso; sin seguimiento si el plazo venció y ninguna fuente posterior habla de la entidad; gris si no participa o aún no se suma; sin dato si no se puede ubicar.",
  formula: `${SEMAFORO_RULE.verde}; ${SEMAFORO_RULE.atraso}; ${SEMAFORO_RULE.sinSeguimiento}; ${SEMAFORO_RULE.sinPlazo}; ${SEMAFORO_RULE.fuera}. Umbrales (amarillo/rojo, meses): ${thresholdsText()}. ${SEMAFORO_RULE.razon}`,
  fuente:
    'Etapas semestrales del modelo del SNT (2016) y compromisos "con duración de un año" (cada umbral, con su razón, en la metodología).',
  funcion: "semaforo"
};
