import {html} from "npm:htl";
import type {Row} from "../lib/model/schema.js";
import {EVALUATOR_KINDS, OGP_COMPLETION_LEVELS} from "../lib/model/vocabulary.js";
import {partialDateText} from "./date-text.js";
import {SIN_DATO, sourceRef} from "./source-cite.js";

/** A row of the registry table `avances` as the site reads it (empty cells null or absent). */
export interface ProgressRating {
  avance_id: string;
  compromiso_id: string;
  fecha_corte?: string | null;
  nivel?: string | null;
  nivel_desde?: string | null;
  nivel_fuente: string;
  tipo_evaluador: string;
  evaluador?: string | null;
  fuente_id: string;
  cita: string;
}

/** A row of `fuentes`, cited beside each rating. */
export type RatingSource = Row<"fuentes">;

const LEVEL_LABEL = new Map<string, string>(OGP_COMPLETION_LEVELS.map((l) => [l.id, l.label]));
const KIND_LABEL = new Map<string, string>(EVALUATOR_KINDS.map((k) => [k.id, k.label]));
const KIND_ORDER = new Map<string, number>(EVALUATOR_KINDS.map((k, i) => [k.id, i]));

/** "Sustancial", or "De limitado a sustancial" when the source gives a change of level; null off the OGP scale. */
function levelText(r: ProgressRating): string | null {
  if (!r.nivel) return null;
  const to = LEVEL_LABEL.get(r.nivel) ?? r.nivel;
  if (!r.nivel_desde) return to;
  return `De ${(LEVEL_LABEL.get(r.nivel_desde) ?? r.nivel_desde).toLowerCase()} a ${to.toLowerCase()}`;
}

/**
 * The progress ratings of one compromiso, as the sources give them (registry table `avances`): for each, the
 * level on OGP's completion scale when the source uses it ("No iniciado / Limitado / Sustancial / Completo",
 * or "De limitado a sustancial" for a change), the source's own words in quotes, and — beside the value, in
 * words — who rated it: the IRM (independent), the government's self-assessment, a report of the state
 * exercise or the press, with the evaluator named; then the date of the rating when the source gives one and
 * the source with its quotation. Nothing is computed: a compromiso without ratings says «sin dato».
 *
 * Ratings are listed independent first (IRM, self-assessment, state report, press), then by date. Every text
 * from data goes through htl's escaping.
 *
 * @param avances the rows of `avances` of ONE compromiso (rows of others are ignored only if the caller
 *   filters them; pass `avances.filter((a) => a.compromiso_id === id)`)
 * @param fuentes the `fuentes` rows, as an array or a map by `fuente_id`, to cite each rating's source
 * @returns a `<div class="avances">` element: a list of ratings, or a «sin dato» note when there is none
 */
export function progressRatings(
  avances: readonly ProgressRating[],
  fuentes: readonly RatingSource[] | ReadonlyMap<string, RatingSource>
): HTMLElement {
  const byId: ReadonlyMap<string, RatingSource> =
    fuentes instanceof Map ? fuentes : new Map((fuentes as readonly RatingSource[]).map((f) => [f.fuente_id, f]));
  if (avances.length === 0)
    return html`<div class="avances"><p class="sin-dato">Avance: ${SIN_DATO} (ninguna fuente lo califica)</p></div>`;
  const rows = [...avances].sort(
    (a, b) =>
      (KIND_ORDER.get(a.tipo_evaluador) ?? 99) - (KIND_ORDER.get(b.tipo_evaluador) ?? 99) ||
      (a.fecha_corte ?? "").localeCompare(b.fecha_corte ?? "")
  );
  return html`<div class="avances"><ul class="avances-lista">${rows.map((r) => {
    const level = levelText(r);
    const kind = KIND_LABEL.get(r.tipo_evaluador) ?? r.tipo_evaluador;
    return html`<li class="calificacion">
      <span class="avance-valor">${level ? html`<strong>${level}</strong> ` : ""}<q>${r.nivel_fuente}</q></span>
      <span class="avance-evaluador">— calificó: <strong>${kind}</strong>${r.evaluador ? ` (${r.evaluador})` : ""}</span>${
        r.fecha_corte ? html` <small class="avance-fecha">(${partialDateText(r.fecha_corte)})</small>` : ""
      }
      <br><small class="avance-fuente">Fuente: ${sourceRef(byId.get(r.fuente_id), {cita: r.cita, fuenteId: r.fuente_id})}</small>
    </li>`;
  })}</ul>${
    rows.some((r) => !r.nivel)
      ? html`<p class="nota"><small>Sin nivel: la fuente califica con sus palabras, no con la escala de cumplimiento de la OGP.</small></p>`
      : ""
  }</div>`;
}

/**
 * The ratings of one compromiso in a line, for a table cell: each rating's level (or the source's words when
 * it gives no level on OGP's scale) and, beside it, who rated it — «Sustancial (autoevaluación del gobierno)».
 * Empty when no source rates it. Ordered as {@link progressRatings} orders them.
 */
export function ratingSummary(avances: readonly ProgressRating[]): string {
  return [...avances]
    .sort((a, b) => (KIND_ORDER.get(a.tipo_evaluador) ?? 99) - (KIND_ORDER.get(b.tipo_evaluador) ?? 99))
    .map(
      (r) =>
        `${levelText(r) ?? `«${r.nivel_fuente}»`} (${(KIND_LABEL.get(r.tipo_evaluador) ?? r.tipo_evaluador).toLowerCase()})`
    )
    .join("; ");
}
