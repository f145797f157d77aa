import {html} from "npm:htl";
import {PRECISIONS} from "../lib/model/vocabulary.js";
import type {LatestMilestone} from "./load-table.js";
import {statePageHref} from "./mexico-map.js";
import {milestoneStatus} from "./report-model.js";
import {citaText, SIN_DATO} from "./source-cite.js";

const PRECISION_TEXT = new Map<string, string>(PRECISIONS.map((p) => [p.id, p.label]));

/** Only web addresses become links; anything else (a repository path) is shown as text. */
function sourceLink(titulo: string | null, url: string | null): HTMLElement {
  const label = titulo ?? SIN_DATO;
  return url && /^https?:\/\//i.test(url)
    ? html`<a href=${url} rel="noopener noreferrer">${label}</a>`
    : html`<span>${label}</span>`;
}

/** «posterior a la fecha elegida» / «quizá posterior…» beside a milestone dated after the view's date. */
function laterMark(r: LatestMilestone, fecha: string | undefined): HTMLElement | "" {
  if (!fecha || r.fecha_max === null) return "";
  const standing = milestoneStatus({fecha_min: r.fecha_min, fecha_max: r.fecha_max}, fecha);
  if (standing === "despues")
    return html`<br><small class="posterior" data-posterior="si">posterior a la fecha elegida</small>`;
  if (standing === "posible")
    return html`<br><small class="posterior" data-posterior="quiza">quizá posterior a la fecha elegida (la fuente da un intervalo)</small>`;
  return "";
}

/**
 * The 32 entities with their latest known milestone: stage, ejercicio, date as precise as its source,
 * number of sources and the source with its quote. Missing values read "sin dato". Every value from
 * the data is interpolated through htl, which escapes it.
 *
 * The table is the latest the record knows, whatever the page's date: with `fecha` (a dated view), a
 * milestone dated after it is marked «posterior a la fecha elegida» (or «quizá posterior» when its interval
 * straddles the date), and each state's name links to its page at that date.
 *
 * @param rows rows of `ultimo_hito` (one per entity)
 */
export function latestMilestoneTable(
  rows: readonly LatestMilestone[],
  {
    fecha,
    stateHref = (clave: string) => statePageHref(clave, fecha)
  }: {fecha?: string; stateHref?: (clave: string) => string} = {}
): HTMLTableElement {
  return html<HTMLTableElement>`<table class="ultimo-hito">
    <caption>Último hito conocido de cada entidad federativa</caption>
    <thead><tr>
      <th scope="col">Entidad</th>
      <th scope="col">Último hito conocido</th>
      <th scope="col" class="num">Ejercicio</th>
      <th scope="col">Fecha</th>
      <th scope="col">Precisión</th>
      <th scope="col" class="num">Fuentes</th>
      <th scope="col">Fuente y cita</th>
    </tr></thead>
    <tbody>${rows.map((r) =>
      r.tipo === null
        ? html`<tr class="vacia" data-clave=${r.clave_inegi}>
            <th scope="row"><a href=${stateHref(r.clave_inegi)}>${r.nombre_corto}</a></th>
            <td colspan="6"><span class="sin-dato">${SIN_DATO}</span>: ninguna fuente del registro fecha todavía un hito de esta entidad</td>
          </tr>`
        : html`<tr data-clave=${r.clave_inegi}>
            <th scope="row"><a href=${stateHref(r.clave_inegi)}>${r.nombre_corto}</a></th>
            <td>${r.tipo_texto}</td>
            <td class="num">${`${r.ejercicio}.º`}</td>
            <td>${r.fecha_texto}${laterMark(r, fecha)}</td>
            <td>${PRECISION_TEXT.get(r.precision ?? "") ?? SIN_DATO}</td>
            <td class="num">${r.fuentes}</td>
            <td class="fuente">${sourceLink(r.fuente_titulo, r.fuente_url)}${r.cita ? html`<details><summary>Cita</summary>${citaText(r.cita)}</details>` : ""}</td>
          </tr>`
    )}</tbody>
  </table>`;
}
