import type {HitoTipo} from "./model/schema.js";

/** Spanish names of each kind of milestone, as the site and the exports show them. */
export const HITO_LABELS: Record<HitoTipo, string> = {
  declaratoria: "Declaratoria firmada",
  sensibilizacion: "Sensibilización",
  instalacion_stl: "STL instalado",
  mesas: "Mesas para el PAL",
  publicacion_pal: "PAL publicado",
  evaluacion: "Evaluación",
  cierre: "Cierre de ciclo"
};
