import {FASES, SEMAFOROS as SEMAFORO_TERMS} from "./vocabulary.js";

/** Colour of each phase: a sequential blue–green scale for the process, greys for the states outside it
 * and for "sin dato", so colour is never the only cue (labels go beside). */
const PHASE_COLORS = {
  no_participa: "#f0f0f0",
  aun_no_se_suma: "#e4e4e4",
  sin_dato: "#d9d9d9",
  declaratoria_firmada: "#c7e9b4",
  sensibilizacion: "#7fcdbb",
  stl_instalado: "#41b6c4",
  pal_en_seguimiento: "#1d91c0",
  evaluacion: "#225ea8",
  cierre_de_ciclo: "#0c2c84"
};

/** Semáforo colours from the Okabe–Ito palette (safe for colour-blind readers), with a distinct symbol
 * each, so the state reads without colour. "Sin seguimiento" is neutral: the record cannot judge. */
const SEMAFORO_STYLE = {
  verde: {color: "#009E73", symbol: "●"},
  amarillo: {color: "#E69F00", symbol: "▲"},
  rojo: {color: "#D55E00", symbol: "■"},
  gris: {color: "#999999", symbol: "○"},
  sin_seguimiento: {color: "#b8b8d0", symbol: "◇"},
  sin_dato: {color: "#cccccc", symbol: "·"}
};

/** Phases with their Spanish names (from the generated vocabulary) and colours: those outside the process
 * first, then the process in stage order. */
export const PHASES = [
  ...["no_participa", "aun_no_se_suma", "sin_dato"].map((id) => FASES.find((f) => f.id === id)),
  ...FASES.filter((f) => f.stage !== null).sort((a, b) => a.stage - b.stage)
].map((f) => ({id: f.id, label: f.label, color: PHASE_COLORS[f.id]}));

/** Semáforo values with their Spanish names (from the generated vocabulary), colours and symbols. */
export const SEMAFOROS = SEMAFORO_TERMS.map((s) => ({id: s.id, label: s.label, ...SEMAFORO_STYLE[s.id]}));

/** Look-ups by id. */
export const PHASE_BY_ID = new Map(PHASES.map((p) => [p.id, p]));
export const SEMAFORO_BY_ID = new Map(SEMAFOROS.map((s) => [s.id, s]));
