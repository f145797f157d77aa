import {html} from "npm:htl";
import {recordEndOnViewDate} from "../lib/as-of.js";
import {LOGRO_LABELS} from "../lib/model/vocabulary.js";
import {shortDayText} from "./date-text.js";
import {type MapRow, statePageHref} from "./mexico-map.js";
import {PHASE_BY_ID, SEMAFORO_BY_ID} from "./phase-style.js";

/**
 * "Datos hasta" on a dated view: the last day any source about the state refers to, marked «posterior» when
 * it falls after the view's date (the record of the state goes on beyond the view; nothing of it is judged
 * here); "sin dato" when no source speaks of the state.
 */
export function recordEndCell(datosHasta: string | null, fecha: string): HTMLElement {
  if (!datosHasta) return html`<span class="sin-dato">sin dato</span>`;
  return recordEndOnViewDate(datosHasta, fecha).posterior
    ? html`<span class="posterior">${shortDayText(datosHasta)} <small>(posterior a la fecha elegida)</small></span>`
    : html`<span>${shortDayText(datosHasta)}</span>`;
}

/** What a state had achieved on the date, in words: "PAL publicado (2 planes)", "Ciclo cerrado (1)". */
export function achievedCell(r: MapRow): string {
  const plans = r.pal_publicados ?? 0;
  const cycles = r.ciclos_cerrados ?? 0;
  const more = [plans > 1 ? `${plans} planes` : "", cycles > 1 ? `${cycles} ciclos cerrados` : ""].filter(Boolean);
  return `${LOGRO_LABELS[r.logro]}${more.length ? ` (${more.join(", ")})` : ""}`;
}

/**
 * The phase, what each state had achieved and its semáforo on one date, as a table: colour, symbol and
 * words together, so the table reads without colour. Text from the data goes through htl, which escapes it.
 *
 * Each row has the id `entidad-<clave INEGI>`, so a link can lead to it; each state's name links to its page
 * at the same date (`stateHref`, by default `./estados/<clave>.html?fecha=<fecha>`). "Datos hasta" is the last
 * day any source about the state refers to ({@link recordEndCell}).
 *
 * @param rows rows of `fases_mensuales` for one date, with names ({@link statesOnDate})
 */
export function semaforoTable(
  rows: readonly MapRow[],
  {
    caption,
    fecha = rows[0]?.fecha ?? "",
    stateHref = (clave: string) => statePageHref(clave, fecha)
  }: {caption?: string; fecha?: string; stateHref?: (clave: string) => string} = {}
): HTMLElement {
  return html`<table class="semaforo">${caption ? html`<caption>${caption}</caption>` : ""}
    <thead><tr>
      <th scope="col">Entidad</th><th scope="col">Fase</th><th scope="col" class="num">Ejercicio</th>
      <th scope="col">Logrado</th>
      <th scope="col" class="num">Meses en la fase</th><th scope="col">Semáforo</th><th scope="col">Certeza</th>
      <th scope="col">Datos hasta</th>
    </tr></thead>
    <tbody>${rows.map((r) => {
      const s = SEMAFORO_BY_ID.get(r.semaforo) ?? {ink: "inherit", symbol: "", label: r.semaforo};
      return html`<tr id=${`entidad-${r.clave_inegi}`} tabindex="-1" data-clave=${r.clave_inegi}>
        <th scope="row"><a href=${stateHref(r.clave_inegi)}>${r.nombre_corto}</a></th>
        <td>${PHASE_BY_ID.get(r.fase)?.label ?? r.fase}</td>
        <td class="num">${r.ejercicio ?? "—"}</td>
        <td data-logro=${r.logro}>${achievedCell(r)}</td>
        <td class="num">${r.meses_en_fase ?? "—"}</td>
        <td><span class="simbolo" style=${{color: s.ink}} aria-hidden="true">${s.symbol}</span> ${s.label}</td>
        <td>${r.certeza === "cierta" ? "cierta" : html`posible: quizá ya en ${PHASE_BY_ID.get(r.fase_posible)?.label ?? r.fase_posible}${r.ejercicio_posible !== r.ejercicio && r.ejercicio_posible ? ` (ejercicio ${r.ejercicio_posible})` : ""}`}</td>
        <td>${recordEndCell(r.datos_hasta, r.fecha)}</td>
      </tr>`;
    })}</tbody>
  </table>`;
}

/**
 * What the semáforo means, said once beside every map or table that shows it: the rule that applies (the
 * deadlines of each step, which fact turns a state yellow or red, when the record cannot judge), with a link
 * to the method's page for the thresholds and their reasons.
 */
export function semaforoRule(): HTMLElement {
  return html`<p class="nota"><small><strong>Qué quiere decir el color.</strong> El semáforo compara los meses en la fase con el plazo previsto para el paso siguiente (seis meses por etapa antes del PAL, un año de seguimiento del PAL). ● Verde: dentro del plazo. ▲ Amarillo (atrasado) y ■ rojo (muy atrasado, pasó también el segundo plazo): sólo donde una fuente fechada después del plazo todavía muestra a la entidad sin el paso siguiente. ◇ Sin seguimiento: pasó el plazo y ninguna fuente posterior habla de la entidad; el registro no sabe si está atrasada. Un ciclo cerrado queda en verde: ninguna fuente fija plazo para empezar el siguiente ejercicio. ○ Gris: no participa o aún no se suma. <a href="./metodologia.html#semaforo">Plazos por fase y sus razones</a>.</small></p>`;
}
