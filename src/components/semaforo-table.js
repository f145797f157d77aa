import {html} from "npm:htl";
import {PHASE_BY_ID, SEMAFORO_BY_ID} from "./phase-style.js";

import {fechaLarga} from "./national-figures.js";

/**
 * The phase and semáforo of every state on one date, as a table: colour, symbol and words together, so
 * the table reads without colour. Text from the data goes through htl, which escapes it.
 *
 * Each row has the id `entidad-<clave INEGI>`, so a link can lead to it; each state's name links to its page
 * (`stateHref`, by default `./estados/<clave>.html`, for a page at the site's root). "Datos hasta" is the
 * last day any source about the state refers to (`datos_hasta`): the colour never judges beyond what the
 * record observed.
 *
 * @param {Array<Record<string, any>>} rows rows of `fases_mensuales` for one date, with `nombre_corto`
 * @param {{caption?: string, stateHref?: (clave: string) => string}} [options]
 */
export function semaforoTable(rows, {caption, stateHref = (clave) => `./estados/${clave}.html`} = {}) {
  return html`<table class="semaforo">${caption ? html`<caption>${caption}</caption>` : ""}
    <thead><tr>
      <th scope="col">Entidad</th><th scope="col">Fase</th><th scope="col" class="num">Ejercicio</th>
      <th scope="col" class="num">Meses en la fase</th><th scope="col">Semáforo</th><th scope="col">Certeza</th>
      <th scope="col">Datos hasta</th>
    </tr></thead>
    <tbody>${rows.map((r) => {
      const s = SEMAFORO_BY_ID.get(r.semaforo) ?? {ink: "inherit", symbol: "", label: r.semaforo};
      return html`<tr id=${`entidad-${r.clave_inegi}`} tabindex="-1">
        <th scope="row"><a href=${stateHref(r.clave_inegi)}>${r.nombre_corto}</a></th>
        <td>${PHASE_BY_ID.get(r.fase)?.label ?? r.fase}</td>
        <td class="num">${r.ejercicio ?? "—"}</td>
        <td class="num">${r.meses_en_fase ?? "—"}</td>
        <td><span class="simbolo" style=${{color: s.ink}} aria-hidden="true">${s.symbol}</span> ${s.label}</td>
        <td>${r.certeza === "cierta" ? "cierta" : html`posible: quizá ya en ${PHASE_BY_ID.get(r.fase_posible)?.label ?? r.fase_posible}${r.ejercicio_posible !== r.ejercicio && r.ejercicio_posible ? ` (ejercicio ${r.ejercicio_posible})` : ""}`}</td>
        <td>${r.datos_hasta ? fechaLarga(r.datos_hasta) : "sin dato"}</td>
      </tr>`;
    })}</tbody>
  </table>`;
}
