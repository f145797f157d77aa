import type {Row, RowOf} from "./model/schema.js";
import {and3, or3, shareBounds} from "./share-bounds.js";
import {bool, clave, derivedTable, int, num, text} from "./table-def.js";
import {usedCompromisos} from "./used-compromisos.js";

/** Quarters (0, 0.25 … 1): exact with 2 decimals. */
const QUARTERS = {digits: 2, why: "cuartos (de 4 preguntas): 0, 0.25, 0.5, 0.75 o 1, exactos con 2 decimales"};
/** Fifths (0, 0.2 … 1): exact with 1 decimal. */
const FIFTHS = {digits: 1, why: "quintos (de 5 valores): 0, 0.2 … 1, exactos con 1 decimal"};

/** Columns of `compromisos_calidad`. */
const COLUMNS = [
  text("compromiso_id", "El compromiso.", true),
  clave(),
  int("ejercicio", "Ejercicio del PAL."),
  num("calidad", "Preguntas de calidad del INAI cumplidas / 4; vacío si alguna no está codificada.", QUARTERS),
  num("calidad_min", "Cota inferior de calidad (sin codificar = no cumple).", QUARTERS, true),
  num("calidad_max", "Cota superior de calidad (sin codificar = cumple).", QUARTERS, true),
  num(
    "relevancia",
    "Valores de relevancia potencial del INAI que avanza / 5; vacío si alguno no está codificado.",
    FIFTHS
  ),
  num("relevancia_min", "Cota inferior de relevancia.", FIFTHS, true),
  num("relevancia_max", "Cota superior de relevancia.", FIFTHS, true),
  bool("relevante_ogp", "IRM: avanza transparencia, participación o rendición de cuentas; vacío = desconocido.", false),
  bool("alta_completitud", "IRM: cumplimiento sustancial o completo; vacío = sin codificar.", false),
  bool("estrella", "IRM: compromiso estrella; vacío = desconocido.", false)
] as const;

/** The quality scores of one compromiso (one row of `compromisos_calidad`). */
export type CommitmentQuality = RowOf<typeof COLUMNS>;

/**
 * Scores a compromiso's coded quality.
 *
 * - `calidad`: share of INAI's four calidad questions met (seed 001: clear and simple wording; products and
 *   results specified; government and social responsibilities; precise and coherent deadlines), 0–1.
 * - `relevancia`: share of INAI's five values of relevancia potencial it advances (transparencia,
 *   participación ciudadana, rendición de cuentas, innovación tecnológica, innovación cívica), 0–1.
 *   Both are exact only when every criterion is coded; otherwise `_min`/`_max` bound them
 *   ({@link shareBounds}).
 * - `relevante_ogp`: OGP IRM relevance — advances at least one of transparency, citizen participation or
 *   public accountability; innovation counts only "in addition to" them (opengovpartnership.org/glossary/relevance).
 * - `alta_completitud`: IRM completion "Substantial or Complete are considered high-completion"
 *   (glossary/completion).
 * - `estrella`: the IRM star (opengovpartnership.org/?p=3699): verifiable (medium/high specificity) and
 *   relevant and moderate or transformative potential impact and substantial or complete progress.
 * Logical scores use three values: false as soon as one condition is known to fail, true when all are
 * known to hold, null (unknown) otherwise.
 */
export function commitmentQuality(c: Row<"compromisos">): CommitmentQuality {
  const calidad = shareBounds([
    c.calidad_redaccion_clara,
    c.calidad_productos_especificados,
    c.calidad_responsabilidades,
    c.calidad_plazos_coherentes
  ]);
  const relevancia = shareBounds([
    c.relevancia_transparencia,
    c.relevancia_participacion,
    c.relevancia_rendicion_cuentas,
    c.relevancia_innovacion_tecnologica,
    c.relevancia_innovacion_civica
  ]);
  const relevante = or3(c.relevancia_transparencia, c.relevancia_participacion, c.relevancia_rendicion_cuentas);
  const alta =
    c.irm_completitud === null ? null : c.irm_completitud === "sustancial" || c.irm_completitud === "completo";
  const impacto =
    c.irm_impacto_potencial === null
      ? null
      : c.irm_impacto_potencial === "moderado" || c.irm_impacto_potencial === "transformador";
  return {
    compromiso_id: c.compromiso_id,
    clave_inegi: c.clave_inegi,
    ejercicio: c.ejercicio,
    calidad: calidad.valor,
    calidad_min: calidad.min,
    calidad_max: calidad.max,
    relevancia: relevancia.valor,
    relevancia_min: relevancia.min,
    relevancia_max: relevancia.max,
    relevante_ogp: relevante,
    alta_completitud: alta,
    estrella: and3(c.irm_verificable, relevante, impacto, alta)
  };
}

/** The published table `compromisos_calidad`. */
export const COMPROMISOS_CALIDAD = derivedTable({
  name: "compromisos_calidad",
  description:
    "Puntajes de calidad de cada compromiso a partir de su codificación (INAI e IRM de la AGA); vacío = sin codificar, nunca cero. Un compromiso, una fila: la de una segunda fuente que una decisión deja de lado no tiene fila.",
  columns: COLUMNS,
  // Each compromiso once: a row a decision sets aside (a second source of a compromiso already scored) has no row.
  compute: (registry) => usedCompromisos(registry).map(commitmentQuality),
  metrics: [
    {
      id: "compromisos_calidad",
      nombre: "Calidad de los compromisos",
      unidad: "proporción 0–1 y si/no",
      descripcion:
        "Calidad y relevancia potencial según la evaluación del INAI, relevancia, cumplimiento alto y estrella según el IRM de la AGA, de los compromisos codificados.",
      formula:
        "calidad = preguntas de calidad cumplidas / 4; relevancia = valores que avanza / 5; exactas sólo si todo está codificado, si no se dan cotas (sin codificar cuenta como no cumplido en el mínimo y como cumplido en el máximo). Relevante (IRM) = transparencia o participación o rendición de cuentas. Estrella = verificable y relevante e impacto moderado o transformador y cumplimiento sustancial o completo. Lógica de tres valores: vacío = desconocido.",
      fuente:
        "Evaluación al PAL 2016–2017 del INAI (semilla 001); glosario del IRM de la AGA (opengovpartnership.org/glossary: relevance, completion; la estrella en opengovpartnership.org/?p=3699).",
      funcion: "commitmentQuality"
    }
  ]
});
