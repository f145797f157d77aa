import type {Fase, HitoTipo} from "./model/schema.js";

/** A phase on a date, or "sin_dato" when the registry cannot place the state. */
export type FaseOSinDato = Fase | "sin_dato";

/**
 * Where each kind of milestone puts a state in the process, within its ejercicio: Declaratoria firmada (1)
 * → sensibilización (2) → STL instalado / mesas para el PAL (3) → PAL en seguimiento (4) → evaluación (5)
 * → cierre de ciclo (6). The order is INAI's: "Declaratoria → sesiones de sensibilización → instalación del
 * STL → mesas de trabajo → publicación del PAL" (agentes-v2 state pages, facts.md §1.2), and seed 002's
 * status column adds "Evaluación preliminar" and "Cierre de ciclo". The registry agrees: every dated
 * sensibilización follows its state's Declaratoria (Coahuila, Durango, Nuevo León, Sonora, Chihuahua…).
 */
export const STAGE_OF_MILESTONE: Record<HitoTipo, number> = {
  declaratoria: 1,
  sensibilizacion: 2,
  instalacion_stl: 3,
  mesas: 3,
  publicacion_pal: 4,
  evaluacion: 5,
  cierre: 6
};

/** The phase each stage stands for. */
export const PHASE_OF_STAGE: Record<number, Fase> = {
  1: "declaratoria_firmada",
  2: "sensibilizacion",
  3: "stl_instalado",
  4: "pal_en_seguimiento",
  5: "evaluacion",
  6: "cierre_de_ciclo"
};

/** The stage of a reported, normalised phase (no_participa has none). */
export const STAGE_OF_PHASE: Partial<Record<Fase, number>> = Object.fromEntries(Object.entries(PHASE_OF_STAGE).map(([s, f]) => [f, Number(s)]));

/** Spanish names of the phases, as the site shows them. */
export const PHASE_LABELS: Record<FaseOSinDato, string> = {
  no_participa: "No participa",
  sensibilizacion: "Sensibilización",
  declaratoria_firmada: "Declaratoria firmada",
  stl_instalado: "STL instalado / mesas para el PAL",
  pal_en_seguimiento: "PAL en seguimiento",
  evaluacion: "Evaluación",
  cierre_de_ciclo: "Cierre de ciclo",
  sin_dato: "Sin dato"
};

/** A position in the process: ejercicio first, then stage. */
export interface Position {
  ejercicio: number;
  stage: number;
}

/** Compares positions: negative when `a` comes before `b`. */
export function comparePositions(a: Position, b: Position): number {
  return a.ejercicio - b.ejercicio || a.stage - b.stage;
}
