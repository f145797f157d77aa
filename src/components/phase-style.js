/** Phases in process order, with their Spanish names and colours (a sequential blue–green scale for the
 * process, greys for "not taking part" and "sin dato", so colour is never the only cue: labels go beside). */
export const PHASES = [
  {id: "no_participa", label: "No participa", color: "#f0f0f0"},
  {id: "sin_dato", label: "Sin dato", color: "#d9d9d9"},
  {id: "declaratoria_firmada", label: "Declaratoria firmada", color: "#c7e9b4"},
  {id: "sensibilizacion", label: "Sensibilización", color: "#7fcdbb"},
  {id: "stl_instalado", label: "STL instalado / mesas", color: "#41b6c4"},
  {id: "pal_en_seguimiento", label: "PAL en seguimiento", color: "#1d91c0"},
  {id: "evaluacion", label: "Evaluación", color: "#225ea8"},
  {id: "cierre_de_ciclo", label: "Cierre de ciclo", color: "#0c2c84"}
];

/** Semáforo values with Spanish names, colours from the Okabe–Ito palette (safe for colour-blind readers)
 * and a distinct symbol each, so the state reads without colour. */
export const SEMAFOROS = [
  {id: "verde", label: "Verde: dentro del plazo", color: "#009E73", symbol: "●"},
  {id: "amarillo", label: "Amarillo: plazo vencido", color: "#E69F00", symbol: "▲"},
  {id: "rojo", label: "Rojo: plazo muy vencido", color: "#D55E00", symbol: "■"},
  {id: "gris", label: "Gris: no participa", color: "#999999", symbol: "○"},
  {id: "sin_dato", label: "Sin dato", color: "#cccccc", symbol: "·"}
];

/** Look-ups by id. */
export const PHASE_BY_ID = new Map(PHASES.map((p) => [p.id, p]));
export const SEMAFORO_BY_ID = new Map(SEMAFOROS.map((s) => [s.id, s]));
