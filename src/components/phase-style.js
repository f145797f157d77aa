/** Phases in process order, with their Spanish names and colours: a sequential blue–green scale for the
 * process, light greys for "not taking part" and "sin dato" (drawn hatched on the map, so they read apart
 * from the palest phase); colour is never the only cue: labels, symbols or the table go beside. `symbol` is
 * the short mark written on the tile-grid map. Look-ups go by `id` (PHASE_BY_ID). */
export const PHASES = [
  {id: "no_participa", label: "No participa", color: "#eeeeee", symbol: "—"},
  {id: "sin_dato", label: "Sin dato", color: "#d0d0d0", symbol: "?"},
  {id: "declaratoria_firmada", label: "Declaratoria firmada", color: "#c7e9b4", symbol: "1"},
  {id: "sensibilizacion", label: "Sensibilización", color: "#7fcdbb", symbol: "2"},
  {id: "stl_instalado", label: "STL instalado / mesas", color: "#41b6c4", symbol: "3"},
  {id: "pal_en_seguimiento", label: "PAL en seguimiento", color: "#1d91c0", symbol: "4"},
  {id: "evaluacion", label: "Evaluación", color: "#225ea8", symbol: "5"},
  {id: "cierre_de_ciclo", label: "Cierre de ciclo", color: "#0c2c84", symbol: "6"}
];

/** Semáforo values with Spanish names, fill colours close to the Okabe–Ito palette (safe for colour-blind
 * readers), `ink` — the same hue dark enough for text on white (≥ 4.5:1) — and a distinct symbol each, so
 * the state reads without colour. "sin_seguimiento" is the neutral value for a state no source speaks of
 * after its deadline (the metrics may or may not produce it yet). */
export const SEMAFOROS = [
  {id: "verde", label: "Verde: dentro del plazo", color: "#009E73", ink: "#00704f", symbol: "●"},
  {id: "amarillo", label: "Amarillo: plazo vencido", color: "#E69F00", ink: "#8a5d00", symbol: "▲"},
  {id: "rojo", label: "Rojo: plazo muy vencido", color: "#D55E00", ink: "#a84a00", symbol: "■"},
  {id: "gris", label: "Gris: no participa", color: "#bbbbbb", ink: "#5e5e5e", symbol: "○"},
  {id: "sin_seguimiento", label: "Sin seguimiento: ninguna fuente posterior al plazo", color: "#e4dccf", ink: "#6b5e48", symbol: "◇"},
  {id: "sin_dato", label: "Sin dato", color: "#dddddd", ink: "#5e5e5e", symbol: "·"}
];

/** Look-ups by id. */
export const PHASE_BY_ID = new Map(PHASES.map((p) => [p.id, p]));
export const SEMAFORO_BY_ID = new Map(SEMAFOROS.map((s) => [s.id, s]));

/** Ids drawn hatched on the maps (no process to colour). */
export const HATCHED = new Set(["no_participa", "sin_dato", "gris"]);

/** Black or white, whichever reads better on a fill colour (WCAG relative luminance). */
export function textOn(color) {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(color.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  const l = 0.2126 * r + 0.7152 * g + 0.0722 * b;
  return (l + 0.05) / 0.05 > 1.05 / (l + 0.05) ? "#000000" : "#ffffff";
}

/** Milestone kinds (`hitos.tipo`) in process order, with Spanish names, the colour of the phase each one
 * opens and a Plot symbol, for the timeline. Look-ups go by `id` (MILESTONE_BY_ID). */
export const MILESTONES = [
  {id: "declaratoria", label: "Declaratoria", color: PHASE_BY_ID.get("declaratoria_firmada").color, symbol: "circle"},
  {id: "sensibilizacion", label: "Sensibilización", color: PHASE_BY_ID.get("sensibilizacion").color, symbol: "diamond"},
  {id: "instalacion_stl", label: "Instalación del STL", color: PHASE_BY_ID.get("stl_instalado").color, symbol: "square"},
  {id: "mesas", label: "Mesas de trabajo", color: PHASE_BY_ID.get("stl_instalado").color, symbol: "plus"},
  {id: "publicacion_pal", label: "Publicación del PAL", color: PHASE_BY_ID.get("pal_en_seguimiento").color, symbol: "triangle"},
  {id: "evaluacion", label: "Evaluación", color: PHASE_BY_ID.get("evaluacion").color, symbol: "star"},
  {id: "cierre", label: "Cierre", color: PHASE_BY_ID.get("cierre_de_ciclo").color, symbol: "times"}
];
export const MILESTONE_BY_ID = new Map(MILESTONES.map((m) => [m.id, m]));
