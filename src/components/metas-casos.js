import {html} from "npm:htl";
import {dayLabel, sinDato, sourceRef, statePage} from "./explorar-common.js";
import {HITO_TIPOS} from "./vocabulary.js";

/**
 * Words and marks of each outcome of a group target (`metas_resultado.resultado`; the schema describes each
 * value, these are its short Spanish names for the page). A symbol goes with each, so colour is not needed.
 */
export const RESULTADOS = [
  {id: "a_tiempo", label: "A tiempo", symbol: "●"},
  {id: "cumplida_antes", label: "Cumplida antes del periodo", symbol: "◆"},
  {id: "tarde", label: "Tarde", symbol: "▲"},
  {id: "no_cumplida", label: "No cumplida en el plazo", symbol: "■"},
  {id: "pendiente", label: "Pendiente (el plazo no ha vencido)", symbol: "◇"},
  {id: "desconocido", label: "No se sabe", symbol: "?"}
];
const RESULTADO_BY_ID = new Map(RESULTADOS.map((r) => [r.id, r]));
const HITO_BY_ID = new Map(HITO_TIPOS.map((h) => [h.id, h]));

const GRUPOS = {G15: "Grupo G15", G16: "Grupo G16", faltantes: "Entidades que no habían firmado la Declaratoria"};

function delay(r) {
  if (r.retraso_dias_min === null && r.retraso_dias_max === null) return r.resultado === "tarde" ? sinDato() : "";
  if (r.retraso_dias_min === r.retraso_dias_max) return `${r.retraso_dias_min} días`;
  if (r.retraso_dias_max === null) return `${r.retraso_dias_min} días o más`;
  return `entre ${r.retraso_dias_min} y ${r.retraso_dias_max} días`;
}

/**
 * One group target with its state-by-state outcome on a date: the target in the source's words, its group,
 * period and source (with the quotation), and a table of its states (linked), the milestone that meets it,
 * the outcome, the milestone's date, the delay, how far the state's record runs and why.
 *
 * @param {Record<string, any>} meta row of `metas`
 * @param {Array<Record<string, any>>} rows rows of `metas_resultado` of this target on the date
 * @param {Map<string, import("./load-table.js").Fuente>} fuentes
 * @param {{fecha: string, evaluable: boolean}} options evaluable: the target has states in `metas_entidades`
 */
export function metaCard(meta, rows, fuentes, {fecha, evaluable}) {
  const sorted = [...rows].sort((a, b) => a.nombre_corto.localeCompare(b.nombre_corto, "es"));
  /** @type {[typeof RESULTADOS[number], number][]} */
  const counts = RESULTADOS.map(
    (r) => /** @type {[typeof RESULTADOS[number], number]} */ ([r, sorted.filter((x) => x.resultado === r.id).length])
  ).filter(([, n]) => n);
  let body;
  if (!evaluable)
    body = html`<p class="sin-dato">No se evalúa: la meta no se cumple con un hito de una entidad (no nombra entidades ni un paso del proceso), así que el registro no puede decir si se cumplió.</p>`;
  else if (fecha < meta.fecha_min)
    body = html`<p class="sin-dato">El periodo de la meta empieza el ${dayLabel(meta.fecha_min)}: en la fecha elegida aún no se evalúa.</p>`;
  else
    body = html`<p class="resumen-meta">${counts.map(([r, n], i) => html`${i ? "; " : ""}<span class="resultado-simbolo" aria-hidden="true">${r.symbol}</span>${r.label}: <strong>${n}</strong>`)}</p>
    <div class="tabla-ancha" tabindex="0" role="region" aria-label=${`Tabla: resultado por entidad, meta ${meta.meta_id}`}>
      <table class="metas-resultado">
        <caption>Resultado por entidad al ${dayLabel(fecha)}</caption>
        <thead><tr><th scope="col">Entidad</th><th scope="col">Hito que la cumple</th><th scope="col">Resultado</th><th scope="col">Fecha del hito</th><th scope="col">Retraso</th><th scope="col">Registro hasta</th><th scope="col">Por qué</th></tr></thead>
        <tbody>${sorted.map((r) => {
          const res = RESULTADO_BY_ID.get(r.resultado) ?? {label: r.resultado, symbol: "?"};
          return html`<tr data-clave=${r.clave_inegi} data-resultado=${r.resultado}>
            <th scope="row"><a href=${statePage(r.clave_inegi)}>${r.nombre_corto}</a></th>
            <td>${HITO_BY_ID.get(r.tipo)?.label ?? r.tipo}</td>
            <td class="resultado"><span class="resultado-simbolo" aria-hidden="true">${res.symbol}</span> ${res.label}</td>
            <td>${r.fecha_hito ?? sinDato()}</td>
            <td>${delay(r)}</td>
            <td>${r.datos_hasta ? dayLabel(r.datos_hasta) : sinDato()}</td>
            <td><small>${r.explicacion}</small></td>
          </tr>`;
        })}</tbody>
      </table>
    </div>`;
  return html`<section class="meta card" id=${`meta-${meta.meta_id}`} data-meta=${meta.meta_id}>
    <h3>${GRUPOS[meta.grupo] ?? meta.grupo}: <q>${meta.descripcion}</q></h3>
    <p><small>Plazo: del ${dayLabel(meta.fecha_min)} al ${dayLabel(meta.fecha_max)}. Fuente: ${sourceRef(fuentes.get(meta.fuente_id), {id: meta.fuente_id, cita: meta.cita})}</small></p>
    ${body}
  </section>`;
}

/**
 * One good practice as the source tells it: problem → solution → benefits, its figures (each with its
 * quotation), its source, its state (linked to the state's page) and the compromiso it comes from, with
 * how the record made that link (`cita_compromiso`), or "sin dato" when no source allows it.
 *
 * @param {Record<string, any>} caso row of `casos`
 * @param {{cifras: Array<Record<string, any>>, compromiso?: Record<string, any>, entidad: string, tema: string|null, fuentes: Map<string, import("./load-table.js").Fuente>}} context
 */
export function casoCard(caso, {cifras, compromiso, entidad, tema, fuentes}) {
  const num = new Intl.NumberFormat("es-MX");
  return html`<article class="caso card" id=${`caso-${caso.caso_id}`} data-caso=${caso.caso_id}>
    <h2><a href=${statePage(caso.clave_inegi)}>${entidad}</a>: ${compromiso ? compromiso.titulo : html`caso sin compromiso identificado`}</h2>
    <p><small>Tema (del compromiso): ${tema ?? sinDato()}</small></p>
    <ol class="ppb">
      <li><h3>Problema</h3><p>${caso.problema}</p></li>
      <li><h3><span aria-hidden="true">→ </span>Solución</h3><p>${caso.solucion}</p></li>
      <li><h3><span aria-hidden="true">→ </span>Beneficios</h3><p>${caso.beneficios}</p></li>
    </ol>
    ${
      cifras.length
        ? html`<h3>Cifras</h3><ul class="cifras-caso">${cifras.map(
            (c) =>
              html`<li data-cifra=${c.cifra_id}><span class="big">${num.format(c.valor)}</span> ${c.unidad}<br><small>Fuente: ${sourceRef(fuentes.get(c.fuente_id), {id: c.fuente_id, cita: c.cita})}</small></li>`
          )}</ul>`
        : html`<p><small>Cifras: ${sinDato()} (la fuente no da ninguna cifra de este caso).</small></p>`
    }
    <p><small><strong>Compromiso:</strong> ${
      compromiso
        ? html`<a href=${`./compromisos.html?q=${encodeURIComponent(compromiso.compromiso_id)}`}>${compromiso.compromiso_id}</a> (ejercicio ${compromiso.ejercicio}). <strong>Cómo se ligó:</strong> ${caso.cita_compromiso}`
        : html`${sinDato()}: ninguna fuente permite decir de qué compromiso viene.`
    }</small></p>
    <p><small><strong>Fuente:</strong> ${sourceRef(fuentes.get(caso.fuente_id), {id: caso.fuente_id, cita: caso.cita})}</small></p>
  </article>`;
}
