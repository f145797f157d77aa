import type {Row} from "./model/schema.js";
import {and3, or3, shareBounds} from "./share-bounds.js";

/** The quality scores of one compromiso (one row of `compromisos_calidad`). */
export interface CommitmentQuality {
  compromiso_id: string;
  clave_inegi: string;
  ejercicio: number;
  calidad: number | null;
  calidad_min: number;
  calidad_max: number;
  relevancia: number | null;
  relevancia_min: number;
  relevancia_max: number;
  relevante_ogp: boolean | null;
  alta_completitud: boolean | null;
  estrella: boolean | null;
}

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
  const calidad = shareBounds([c.calidad_redaccion_clara, c.calidad_productos_especificados, c.calidad_responsabilidades, c.calidad_plazos_coherentes]);
  const relevancia = shareBounds([c.relevancia_transparencia, c.relevancia_participacion, c.relevancia_rendicion_cuentas, c.relevancia_innovacion_tecnologica, c.relevancia_innovacion_civica]);
  const relevante = or3(c.relevancia_transparencia, c.relevancia_participacion, c.relevancia_rendicion_cuentas);
  const alta = c.irm_completitud === null ? null : c.irm_completitud === "sustancial" || c.irm_completitud === "completo";
  const impacto = c.irm_impacto_potencial === null ? null : c.irm_impacto_potencial === "moderado" || c.irm_impacto_potencial === "transformador";
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
