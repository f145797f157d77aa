import {html} from "npm:htl";
import {dayText, formatInterval} from "./date-text.js";
import {MILESTONE_BY_ID} from "./phase-style.js";
import {SIN_DATO, sourceRef} from "./source-cite.js";
import {MGA_PUNTAJES} from "./vocabulary.js";

/** Words and mark of each outcome of a group target (`metas_resultado.resultado`). */
export const TARGET_OUTCOMES = {
  a_tiempo: {label: "Cumplida a tiempo", symbol: "●"},
  tarde: {label: "Cumplida tarde", symbol: "◐"},
  no_cumplida: {label: "No cumplida", symbol: "■"},
  pendiente: {label: "Pendiente", symbol: "…"},
  cumplida_antes: {label: "Cumplida antes del periodo de la meta", symbol: "●"},
  desconocido: {label: "No se sabe", symbol: "?"}
};

const GROUPS = {G15: "grupo G15", G16: "grupo G16", faltantes: "entidades que no habían firmado la Declaratoria"};

/**
 * The INAI's group targets that named the state, on one date (`metas_resultado`): the target in its
 * source's words, its group and deadline, the milestone that meets it, the outcome with its explanation,
 * and the target's source.
 *
 * @param {Array<Record<string, any>>} outcomes the state's rows of `metas_resultado` on the date
 * @param {{metas: Map<string, any>, fuentes: Map<string, any>, nombre: string, fecha: string}} context
 */
export function targetsTable(outcomes, {metas, fuentes, nombre, fecha}) {
  if (!outcomes.length)
    return html`<p>Ninguna meta de grupo del INAI del registro (<code>metas</code>) nombra a ${nombre}.</p>`;
  return html`<div class="tabla-ancha" tabindex="0" role="region" aria-label="Tabla: metas de grupo que nombran a la entidad">
  <table class="metas-estado"><caption>Metas de grupo del INAI que nombran a ${nombre}, al ${dayText(fecha)}</caption>
    <thead><tr><th scope="col">Meta</th><th scope="col">Plazo</th><th scope="col">Se cumple con</th><th scope="col">Resultado</th><th scope="col">Por qué</th><th scope="col">Fuente de la meta</th></tr></thead>
    <tbody>${outcomes.map((r) => {
      const meta = metas.get(r.meta_id);
      const outcome = TARGET_OUTCOMES[r.resultado] ?? {label: r.resultado, symbol: ""};
      const delay =
        r.resultado === "tarde" && r.retraso_dias_min !== null
          ? r.retraso_dias_max === null
            ? ` (al menos ${r.retraso_dias_min} días tarde)`
            : r.retraso_dias_min === r.retraso_dias_max
              ? ` (${r.retraso_dias_min} días tarde)`
              : ` (entre ${r.retraso_dias_min} y ${r.retraso_dias_max} días tarde)`
          : "";
      return html`<tr data-meta=${r.meta_id}>
        <th scope="row">${meta?.descripcion ?? r.meta_id}<br><small>${GROUPS[r.grupo] ?? r.grupo}</small></th>
        <td>${meta ? formatInterval(meta.fecha_min, meta.fecha_max) : `a más tardar el ${dayText(r.fecha_limite)}`}</td>
        <td>${MILESTONE_BY_ID.get(r.tipo)?.label ?? r.tipo}${r.fecha_hito ? html`<br><small>${r.fecha_hito}</small>` : ""}</td>
        <td><span aria-hidden="true">${outcome.symbol}</span> <strong>${outcome.label}</strong>${delay}</td>
        <td>${r.explicacion}</td>
        <td class="fuente">${meta ? sourceRef(fuentes.get(meta.fuente_id), {cita: meta.cita, fuenteId: meta.fuente_id}) : html`<span class="sin-dato">${SIN_DATO}</span>`}</td>
      </tr>`;
    })}</tbody>
  </table></div>`;
}

const num = new Intl.NumberFormat("es-MX", {maximumFractionDigits: 2});

/**
 * The state's good practices (`casos`) as problem → solution → benefits, in the source's words, with the
 * compromiso they come from, their figures (`casos_cifras`) and sources.
 *
 * @param {Array<Record<string, any>>} casos the state's rows of `casos`
 * @param {{cifras: Array<Record<string, any>>, compromisos: Map<string, any>, fuentes: Map<string, any>, nombre: string}} context
 */
export function casesSection(casos, {cifras, compromisos, fuentes, nombre}) {
  if (!casos.length)
    return html`<p>El registro no tiene casos de buenas prácticas de ${nombre} (<code>casos</code>).</p>`;
  return html`${casos.map((c) => {
    const compromiso = c.compromiso_id ? compromisos.get(c.compromiso_id) : undefined;
    const figures = cifras.filter((f) => f.caso_id === c.caso_id);
    return html`<article class="caso-estado card" data-caso=${c.caso_id}>
      <dl>
        <div><dt>Problema</dt><dd>${c.problema}</dd></div>
        <div><dt>Solución</dt><dd>${c.solucion}</dd></div>
        <div><dt>Beneficios</dt><dd>${c.beneficios}</dd></div>
        ${figures.length ? html`<div><dt>Cifras</dt><dd><ul>${figures.map((f) => html`<li><strong>${num.format(f.valor)}</strong> ${f.unidad} — ${sourceRef(fuentes.get(f.fuente_id), {cita: f.cita, fuenteId: f.fuente_id})}</li>`)}</ul></dd></div>` : ""}
        <div><dt>Compromiso</dt><dd>${
          compromiso
            ? html`<a href=${`#compromiso-${compromiso.compromiso_id}`}>${compromiso.titulo}</a> (ejercicio ${compromiso.ejercicio})${c.cita_compromiso ? html`<br><small>${c.cita_compromiso}</small>` : ""}`
            : html`<span class="sin-dato">${SIN_DATO}</span>: ninguna fuente permite decir de qué compromiso viene`
        }</dd></div>
        <div><dt>Fuente</dt><dd>${sourceRef(fuentes.get(c.fuente_id), {cita: c.cita, fuenteId: c.fuente_id})}</dd></div>
      </dl>
    </article>`;
  })}`;
}

const ORIGIN = {microdatos: "microdatos", publicado: "publicado"};
const INDICATOR_ORDER = new Map(MGA_PUNTAJES.map((p, i) => [p.id, i]));
const INDICATOR_LABEL = new Map(MGA_PUNTAJES.map((p) => [p.id, p.label]));

/** A score at its precision, with a decimal point: 0.4104. */
const fixed = (v, d) => (v === null || v === undefined ? null : v.toFixed(d));
const signed = (v, d) =>
  v === null || v === undefined ? null : `${v > 0 ? "+" : v < 0 ? "−" : "±"}${Math.abs(v).toFixed(d)}`;

/**
 * The state's Métrica de Gobierno Abierto scores in every edition with data (`mga_ediciones`), each against
 * the national value of the same edition, indicator and origin, labelled microdatos (average of the sujetos
 * obligados) or publicado (as a source published it), with its rank when all 32 states have a value.
 *
 * @param {Array<Record<string, any>>} rows the state's rows of `mga_ediciones`
 * @param {{fuentes: Map<string, any>, nombre: string}} context
 */
export function mgaEditionsTable(rows, {fuentes, nombre}) {
  if (!rows.length)
    return html`<p><span class="sin-dato">${SIN_DATO}</span>: el registro no tiene puntajes de la Métrica de ${nombre}.</p>`;
  const sorted = [...rows].sort(
    (a, b) =>
      a.edicion - b.edicion ||
      a.origen.localeCompare(b.origen) ||
      (INDICATOR_ORDER.get(a.indicador) ?? 9) - (INDICATOR_ORDER.get(b.indicador) ?? 9)
  );
  return html`<div class="tabla-ancha" tabindex="0" role="region" aria-label="Tabla: Métrica de Gobierno Abierto de la entidad en cada edición">
  <table class="mga-estado"><caption>Métrica de Gobierno Abierto de ${nombre} frente al valor nacional, por edición (0 a 1; más es más abierto)</caption>
    <thead><tr><th scope="col" class="num">Edición</th><th scope="col">Origen</th><th scope="col">Puntaje</th><th scope="col" class="num">${nombre}</th><th scope="col" class="num">Nacional</th><th scope="col" class="num">Diferencia</th><th scope="col" class="num">Lugar</th><th scope="col">Fuente y notas</th></tr></thead>
    <tbody>${sorted.map((r) => {
      const d = r.decimales ?? 4;
      return html`<tr data-edicion=${r.edicion} data-indicador=${r.indicador} data-origen=${r.origen} class=${r.indicador === "ga" ? "indice" : ""}>
        <td class="num">${r.edicion}</td>
        <td>${ORIGIN[r.origen] ?? r.origen}</td>
        <th scope="row">${INDICATOR_LABEL.get(r.indicador) ?? r.indicador}</th>
        <td class="num">${fixed(r.valor, d)}</td>
        <td class="num">${fixed(r.nacional, d) ?? html`<span class="sin-dato">${SIN_DATO}</span>`}</td>
        <td class="num">${signed(r.diferencia_nacional, d) ?? "—"}</td>
        <td class="num">${r.posicion ? `${r.posicion}.º de 32` : html`<span title="No todas las entidades tienen un valor de este origen en la edición">—</span>`}</td>
        <td class="fuente">${
          r.origen === "microdatos"
            ? html`<small>promedio de sus sujetos obligados (<code>mga_sujetos</code>)</small>`
            : (r.fuentes ?? "")
                .split(";")
                .map((s) => s.trim())
                .filter(Boolean)
                .flatMap((id, i) => [i ? html`<br>` : "", sourceRef(fuentes.get(id), {fuenteId: id})])
        }${r.nota ? html`<br><small><strong>Nota:</strong> ${r.nota}</small>` : ""}</td>
      </tr>`;
    })}</tbody>
  </table></div>`;
}
