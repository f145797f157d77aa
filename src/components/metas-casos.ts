import {html} from "npm:htl";
import type {Row} from "../lib/model/schema.js";
import {formatInterval} from "../lib/model/dates.js";
import {HITO_LABELS, TARGET_OUTCOMES} from "../lib/model/vocabulary.js";
import type {TargetOutcome} from "../lib/target-outcomes.js";
import {recordEndOnViewDate} from "../lib/as-of.js";
import {countList} from "./count-list.js";
import {datedHref} from "./url-state.js";
import {dayLabel, sinDato, sourceRef, statePage} from "./explorar-common.js";
import {laterMark} from "./state-record.js";
import {readerQuote} from "../lib/source-citation.js";

type Fuentes = ReadonlyMap<string, Row<"fuentes">>;

/**
 * Label and symbol of each outcome of a group target (`metas_resultado.resultado`), in the order the page
 * lists them: the vocabulary's (a symbol goes with each, so colour is not needed).
 */
export const RESULTADOS = TARGET_OUTCOMES;
const RESULTADO_BY_ID = new Map<string, (typeof RESULTADOS)[number]>(RESULTADOS.map((r) => [r.id, r]));

const GRUPOS: Record<string, string> = {
  G15: "Grupo G15",
  G16: "Grupo G16",
  faltantes: "Entidades que no habían firmado la Declaratoria"
};

function delay(r: TargetOutcome): Node | string {
  if (r.retraso_dias_min === null && r.retraso_dias_max === null) return r.resultado === "tarde" ? sinDato() : "";
  if (r.retraso_dias_min === r.retraso_dias_max) return `${r.retraso_dias_min} días`;
  if (r.retraso_dias_max === null) return `${r.retraso_dias_min} días o más`;
  return `entre ${r.retraso_dias_min} y ${r.retraso_dias_max} días`;
}

/**
 * One group target with its state-by-state outcome on a date: the target in the source's words, its group,
 * period and source (with the quotation), how many states have each outcome — each count opening the list of
 * its states ({@link countList}, `data-cifra="<meta_id>.<resultado>"`) —, and a table of its states (linked
 * to their page on the same date), the milestone that meets it, the outcome, the milestone's date (marked
 * when it is after the view date: a fact the date did not know), the delay, how far the state's record runs
 * (marked when after the view date) and why.
 *
 * @param meta row of `metas`
 * @param rows rows of `metas_resultado` of this target on the date
 * @param options the view date; `evaluable`: the target has states in `metas_entidades`
 */
export function metaCard(
  meta: Row<"metas">,
  rows: readonly TargetOutcome[],
  fuentes: Fuentes,
  {fecha, evaluable}: {fecha: string; evaluable: boolean}
): HTMLElement {
  const sorted = [...rows].sort((a, b) => a.nombre_corto.localeCompare(b.nombre_corto, "es"));
  const counts = RESULTADOS.map((r): [(typeof RESULTADOS)[number], TargetOutcome[]] => [
    r,
    sorted.filter((x) => x.resultado === r.id)
  ]).filter(([, list]) => list.length);
  const dated = (clave: string) => datedHref(statePage(clave), fecha);
  let body: HTMLElement;
  if (!evaluable)
    body = html`<p class="sin-dato">No se evalúa: la meta no se cumple con un hito de una entidad (no nombra entidades ni un paso del proceso), así que el registro no puede decir si se cumplió.</p>`;
  else if (fecha < meta.fecha_min)
    body = html`<p class="sin-dato">El periodo de la meta empieza el ${dayLabel(meta.fecha_min)}: en la fecha elegida aún no se evalúa.</p>`;
  else
    body = html`<div class="resumen-meta">${counts.map(([r, list]) =>
      countList(
        `${meta.meta_id}.${r.id}`,
        list.map((x) => ({clave_inegi: x.clave_inegi, nombre: x.nombre_corto})),
        {
          label: html`<span class="resultado-simbolo" aria-hidden="true">${r.symbol}</span> ${r.label}`,
          heading: r.label,
          href: dated
        }
      )
    )}</div>
    <div class="tabla-ancha" tabindex="0" role="region" aria-label=${`Tabla: resultado por entidad, meta ${meta.meta_id}`}>
      <table class="metas-resultado">
        <caption>Resultado por entidad al ${dayLabel(fecha)}</caption>
        <thead><tr><th scope="col">Entidad</th><th scope="col">Hito que la cumple</th><th scope="col">Resultado</th><th scope="col">Fecha del hito</th><th scope="col">Retraso</th><th scope="col">Registro hasta</th><th scope="col">Por qué</th></tr></thead>
        <tbody>${sorted.map((r) => {
          const res = RESULTADO_BY_ID.get(r.resultado) ?? {label: r.resultado, symbol: "?"};
          const later = r.hito_posterior;
          const laterRecord = recordEndOnViewDate(r.datos_hasta, fecha).posterior;
          return html`<tr data-clave=${r.clave_inegi} data-resultado=${r.resultado} data-posterior=${later ?? "no"}>
            <th scope="row"><a href=${dated(r.clave_inegi)}>${r.nombre_corto}</a></th>
            <td>${HITO_LABELS[r.tipo] ?? r.tipo}</td>
            <td class="resultado"><span class="resultado-simbolo" aria-hidden="true">${res.symbol}</span> ${res.label}</td>
            <td>${r.fecha_hito_max ? html`<span class="fecha-hito">${formatInterval(r.fecha_hito_min, r.fecha_hito_max)}</span>` : sinDato()}${later && later !== "no" ? html`<br>${laterMark(later, fecha)}` : ""}</td>
            <td>${delay(r)}</td>
            <td>${r.datos_hasta ? html`${dayLabel(r.datos_hasta)}${laterRecord ? html`<br><small class="posterior" data-posterior="si"><strong>posterior a la fecha elegida</strong></small>` : ""}` : sinDato()}</td>
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
 * quotation; `data-caso-cifra`), its source, its state (linked to the state's page) and the compromiso it
 * comes from, with how the record made that link (`cita_compromiso`), or "sin dato" when no source allows it.
 *
 * @param caso row of `casos`
 */
export function casoCard(
  caso: Row<"casos">,
  {
    cifras,
    compromiso,
    entidad,
    tema,
    fuentes
  }: {
    cifras: readonly Row<"casos_cifras">[];
    compromiso?: Row<"compromisos">;
    entidad: string;
    tema: string | null;
    fuentes: Fuentes;
  }
): HTMLElement {
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
              html`<li data-caso-cifra=${c.cifra_id}><span class="big">${num.format(c.valor)}</span> ${c.unidad}<br><small>Fuente: ${sourceRef(fuentes.get(c.fuente_id), {id: c.fuente_id, cita: c.cita})}</small></li>`
          )}</ul>`
        : html`<p><small>Cifras: ${sinDato()} (la fuente no da ninguna cifra de este caso).</small></p>`
    }
    <p><small><strong>Compromiso:</strong> ${
      compromiso
        ? html`<a href=${`./compromisos.html?q=${encodeURIComponent(compromiso.compromiso_id)}`}>${compromiso.compromiso_id}</a> (ejercicio ${compromiso.ejercicio}). <strong>Cómo se ligó:</strong> ${readerQuote(caso.cita_compromiso ?? "")}`
        : html`${sinDato()}: ninguna fuente permite decir de qué compromiso viene.`
    }</small></p>
    <p><small><strong>Fuente:</strong> ${sourceRef(fuentes.get(caso.fuente_id), {id: caso.fuente_id, cita: caso.cita})}</small></p>
  </article>`;
}
