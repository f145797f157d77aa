import {
  ATTAINMENTS,
  type FaseOSinDato,
  type HitoTipo,
  type Logro,
  MILESTONE_KINDS,
  PHASE_LABELS,
  PHASE_OF_STAGE,
  PROCESS_PHASES,
  type Semaforo,
  SEMAFORO_LABELS,
  SEMAFOROS_O_SIN_DATO
} from "../lib/model/vocabulary.js";

/** How a value is drawn: its fill colour and the mark written on it (colour is never the only cue). */
export interface Look<I extends string = string> {
  id: I;
  label: string;
  color: string;
  symbol: string;
}

/** A semáforo value's look, with `ink`: the same hue dark enough for text on white (≥ 4.5:1). */
export interface SemaforoLook extends Look<Semaforo> {
  ink: string;
}

/** Colour and tile-grid mark of each phase: a sequential blue–green scale for the process, light greys for
 * the states outside it and for "sin dato" (drawn hatched on the map, so they read apart from the palest
 * phase); colour is never the only cue: labels, symbols or the table go beside. */
const PHASE_STYLE: Record<FaseOSinDato, {color: string; symbol: string}> = {
  no_participa: {color: "#eeeeee", symbol: "—"},
  aun_no_se_suma: {color: "#e2e2e2", symbol: "…"},
  sin_dato: {color: "#d0d0d0", symbol: "?"},
  declaratoria_firmada: {color: "#c7e9b4", symbol: "1"},
  sensibilizacion: {color: "#7fcdbb", symbol: "2"},
  stl_instalado: {color: "#41b6c4", symbol: "3"},
  pal_en_seguimiento: {color: "#1d91c0", symbol: "4"},
  evaluacion: {color: "#225ea8", symbol: "5"},
  cierre_de_ciclo: {color: "#0c2c84", symbol: "6"}
};

/** Semáforo fill colours close to the Okabe–Ito palette (safe for colour-blind readers), `ink` — the same
 * hue dark enough for text on white (≥ 4.5:1) — and a distinct symbol each, so the state reads without
 * colour. "sin_seguimiento" is neutral: no source speaks of the state after its deadline. */
const SEMAFORO_STYLE: Record<Semaforo, {color: string; ink: string; symbol: string}> = {
  verde: {color: "#009E73", ink: "#00704f", symbol: "●"},
  amarillo: {color: "#E69F00", ink: "#8a5d00", symbol: "▲"},
  rojo: {color: "#D55E00", ink: "#a84a00", symbol: "■"},
  gris: {color: "#bbbbbb", ink: "#5e5e5e", symbol: "○"},
  sin_seguimiento: {color: "#e4dccf", ink: "#6b5e48", symbol: "◇"},
  sin_dato: {color: "#dddddd", ink: "#5e5e5e", symbol: "·"}
};

/** Phases with their Spanish names (the library's vocabulary), colours and marks: those outside the process
 * first, then the process in stage order. Look-ups go by `id` (PHASE_BY_ID). */
export const PHASES: Look<FaseOSinDato>[] = [
  ...(["no_participa", "aun_no_se_suma", "sin_dato"] as const),
  ...PROCESS_PHASES.map((p) => p.id)
].map((id) => ({id, label: PHASE_LABELS[id], ...PHASE_STYLE[id]}));

/** Semáforo values with their Spanish names (the library's vocabulary), colours, ink and symbols. */
export const SEMAFOROS: SemaforoLook[] = SEMAFOROS_O_SIN_DATO.map((id) => ({
  id,
  label: SEMAFORO_LABELS[id],
  ...SEMAFORO_STYLE[id]
}));

/** Colour and mark of each attainment (`logro`: what a state had achieved by a date, across its ejercicios):
 * the colours of the phases that reach it, so both colourings read alike; the states with nothing to colour
 * (no participa, sin dato, no Declaratoria yet) hatched. */
const LOGRO_STYLE: Record<Logro, {color: string; symbol: string}> = {
  no_participa: PHASE_STYLE.no_participa,
  sin_dato: PHASE_STYLE.sin_dato,
  ninguno: PHASE_STYLE.aun_no_se_suma,
  declaratoria: {color: PHASE_STYLE.declaratoria_firmada.color, symbol: "D"},
  stl: {color: PHASE_STYLE.stl_instalado.color, symbol: "S"},
  pal: {color: PHASE_STYLE.pal_en_seguimiento.color, symbol: "P"},
  ciclo_cerrado: {color: PHASE_STYLE.cierre_de_ciclo.color, symbol: "C"}
};

/** Attainments with their Spanish names (the library's vocabulary), colours and marks, least advanced first. */
export const LOGROS: Look<Logro>[] = ATTAINMENTS.map((a) => ({id: a.id, label: a.label, ...LOGRO_STYLE[a.id]}));

/** Look-ups by id. */
export const LOGRO_BY_ID = new Map<string, Look<Logro>>(LOGROS.map((l) => [l.id, l]));
export const PHASE_BY_ID = new Map<string, Look<FaseOSinDato>>(PHASES.map((p) => [p.id, p]));
export const SEMAFORO_BY_ID = new Map<string, SemaforoLook>(SEMAFOROS.map((s) => [s.id, s]));

/** Ids drawn hatched on the maps (no process to colour). */
export const HATCHED: ReadonlySet<string> = new Set(["no_participa", "aun_no_se_suma", "sin_dato", "gris", "ninguno"]);

/** Black or white, whichever reads better on a fill colour `#rrggbb` (WCAG relative luminance). */
export function textOn(color: string): "#000000" | "#ffffff" {
  const [r, g, b] = [1, 3, 5]
    .map((i) => parseInt(color.slice(i, i + 2), 16) / 255)
    .map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  const l = 0.2126 * r + 0.7152 * g + 0.0722 * b;
  return (l + 0.05) / 0.05 > 1.05 / (l + 0.05) ? "#000000" : "#ffffff";
}

/** Plot symbol of each kind of milestone on the timeline. */
const MILESTONE_SYMBOLS: Record<HitoTipo, string> = {
  declaratoria: "circle",
  sensibilizacion: "diamond",
  instalacion_stl: "square",
  mesas: "plus",
  publicacion_pal: "triangle",
  evaluacion: "star",
  cierre: "times"
};

/** Milestone kinds (`hitos.tipo`) in process order, with their Spanish names (the library's vocabulary), the
 * colour of the phase of their stage and a Plot symbol, for the timeline. Look-ups by `id` (MILESTONE_BY_ID). */
export const MILESTONES: Look<HitoTipo>[] = MILESTONE_KINDS.map((k) => ({
  id: k.id,
  label: k.label,
  color: PHASE_STYLE[PHASE_OF_STAGE[k.stage]].color,
  symbol: MILESTONE_SYMBOLS[k.id]
}));
export const MILESTONE_BY_ID = new Map<string, Look<HitoTipo>>(MILESTONES.map((m) => [m.id, m]));
