import {html} from "npm:htl";
import {type MgaEditionValue, mgaEditionOn} from "../lib/mga-editions.js";
import {formatInterval} from "../lib/model/dates.js";
import type {Row} from "../lib/model/schema.js";
import {HITO_LABELS, MGA_SCORES, TARGET_OUTCOMES} from "../lib/model/vocabulary.js";
import type {TargetOutcome} from "../lib/target-outcomes.js";
import {dayText} from "./date-text.js";
import {SIN_DATO, sourceRef} from "./source-cite.js";
import {laterMark} from "./state-record.js";
import {readerQuote} from "../lib/source-citation.js";

type Fuentes = ReadonlyMap<string, Row<"fuentes">>;

/** Label and symbol of each outcome of a group target (`metas_resultado.resultado`), from the vocabulary. */
const OUTCOME_BY_ID = new Map<string, (typeof TARGET_OUTCOMES)[number]>(TARGET_OUTCOMES.map((o) => [o.id, o]));

const GROUPS: Record<string, string> = {
  G15: "grupo G15",
  G16: "grupo G16",
  faltantes: "entidades que no habían firmado la Declaratoria"
};

/**
 * The INAI's group targets that named the state, judged on the view date (`metas_resultado` of that month):
 * the target in its source's words, its group and deadline, the milestone that meets it — marked when it is
 * dated after the view date (`hito_posterior`), a fact the date did not know —, the outcome with its explanation, and the
 * target's source.
 *
 * @param outcomes the state's rows of `metas_resultado` on the view date's month
 * @param context the targets by id, the state's name, the view date, and whether any
 *   target had begun by then (`evaluadas`)
 */
export function targetsTable(
  outcomes: readonly TargetOutcome[],
  {
    metas,
    fuentes,
    nombre,
    fecha,
    evaluadas
  }: {
    metas: ReadonlyMap<string, Row<"metas">>;
    fuentes: Fuentes;
    nombre: string;
    fecha: string;
    evaluadas: boolean;
  }
): HTMLElement {
  if (!evaluadas)
    return html`<p>Al ${dayText(fecha)} ninguna meta de grupo del INAI había empezado: se fijaron para el primer trimestre de 2017.</p>`;
  if (!outcomes.length) return html`<p>Ninguna meta de grupo del INAI del registro nombra a ${nombre}.</p>`;
  return html`<div class="tabla-ancha" tabindex="0" role="region" aria-label="Tabla: metas de grupo que nombran a la entidad">
  <table class="metas-estado"><caption>Metas de grupo del INAI que nombran a ${nombre}, al ${dayText(fecha)}</caption>
    <thead><tr><th scope="col">Meta</th><th scope="col">Plazo</th><th scope="col">Se cumple con</th><th scope="col">Resultado</th><th scope="col">Por qué</th><th scope="col">Fuente de la meta</th></tr></thead>
    <tbody>${outcomes.map((r) => {
      const meta = metas.get(r.meta_id);
      const outcome = OUTCOME_BY_ID.get(r.resultado) ?? {label: r.resultado, symbol: ""};
      const later = r.hito_posterior;
      const delay =
        r.resultado === "tarde" && r.retraso_dias_min !== null
          ? r.retraso_dias_max === null
            ? ` (al menos ${r.retraso_dias_min} días tarde)`
            : r.retraso_dias_min === r.retraso_dias_max
              ? ` (${r.retraso_dias_min} días tarde)`
              : ` (entre ${r.retraso_dias_min} y ${r.retraso_dias_max} días tarde)`
          : "";
      return html`<tr data-meta=${r.meta_id} data-resultado=${r.resultado}>
        <th scope="row">${meta?.descripcion ?? r.meta_id}<br><small>${GROUPS[r.grupo] ?? r.grupo}</small></th>
        <td>${meta ? formatInterval(meta.fecha_min, meta.fecha_max) : `a más tardar el ${dayText(r.fecha_limite)}`}</td>
        <td>${HITO_LABELS[r.tipo] ?? r.tipo}${r.fecha_hito_max ? html`<br><small class="fecha-hito" data-posterior=${later ?? "no"}>${formatInterval(r.fecha_hito_min, r.fecha_hito_max)}</small>` : ""}${later && later !== "no" ? html`<br>${laterMark(later, fecha)}` : ""}</td>
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
 * @param casos the state's rows of `casos`
 */
export function casesSection(
  casos: readonly Row<"casos">[],
  {
    cifras,
    compromisos,
    fuentes,
    nombre
  }: {
    cifras: readonly Row<"casos_cifras">[];
    compromisos: ReadonlyMap<string, Row<"compromisos">>;
    fuentes: Fuentes;
    nombre: string;
  }
): HTMLElement {
  if (!casos.length) return html`<p>El registro no tiene casos de buenas prácticas de ${nombre}.</p>`;
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
            ? html`<a href=${`#compromiso-${compromiso.compromiso_id}`}>${compromiso.titulo}</a> (ejercicio ${compromiso.ejercicio})${c.cita_compromiso ? html`<br><small>${readerQuote(c.cita_compromiso)}</small>` : ""}`
            : html`<span class="sin-dato">${SIN_DATO}</span>: ninguna fuente permite decir de qué compromiso viene`
        }</dd></div>
        <div><dt>Fuente</dt><dd>${sourceRef(fuentes.get(c.fuente_id), {cita: c.cita, fuenteId: c.fuente_id})}</dd></div>
      </dl>
    </article>`;
  })}`;
}

const ORIGIN: Record<string, string> = {microdatos: "microdatos", publicado: "publicado"};
const INDICATOR_ORDER = new Map<string, number>(MGA_SCORES.map((p, i) => [p.id, i]));
const INDICATOR_LABEL = new Map<string, string>(MGA_SCORES.map((p) => [p.id, p.label]));

/** A score at its precision, with a decimal point: 0.4104. */
const fixed = (v: number | null | undefined, d: number) => (v === null || v === undefined ? null : v.toFixed(d));
const signed = (v: number | null | undefined, d: number) =>
  v === null || v === undefined ? null : `${v > 0 ? "+" : v < 0 ? "−" : "±"}${Math.abs(v).toFixed(d)}`;

/**
 * The state's Métrica de Gobierno Abierto scores in every edition with data (`mga_ediciones`), each against
 * the national value of the same edition, indicator and origin, labelled microdatos (average of the sujetos
 * obligados) or publicado (as a source published it), with its rank when all 32 states have a value. On a
 * view date, the edition in force (`mgaEditionOn`: the latest certainly published by then) is marked, and the later ones
 * say they are after the date.
 *
 * @param rows the state's rows of `mga_ediciones`
 * @param context the view date (AAAA-MM-DD) and every row of `mga_ediciones` (when each edition was out)
 */
export function mgaEditionsTable(
  rows: readonly MgaEditionValue[],
  {
    fuentes,
    nombre,
    fecha,
    ediciones
  }: {fuentes: Fuentes; nombre: string; fecha: string; ediciones: readonly MgaEditionValue[]}
): HTMLElement {
  const vigente = mgaEditionOn(ediciones, fecha)?.edicion ?? null;
  const edicionTexto =
    vigente === null
      ? html`<p class="edicion-vigente" data-edicion="">Al ${dayText(fecha)} no se había publicado ninguna edición de la Métrica.</p>`
      : html`<p class="edicion-vigente" data-edicion=${vigente}>Al ${dayText(fecha)}, la edición más reciente de la Métrica es la de <strong>${vigente}</strong>${rows.some((r) => r.edicion === vigente) ? "" : html`, <span class="sin-dato">sin dato</span> de ${nombre}`}; las ediciones posteriores se marcan.</p>`;
  if (!rows.length)
    return html`<div>${edicionTexto}<p><span class="sin-dato">${SIN_DATO}</span>: el registro no tiene puntajes de la Métrica de ${nombre}.</p></div>`;
  const sorted = [...rows].sort(
    (a, b) =>
      a.edicion - b.edicion ||
      a.origen.localeCompare(b.origen) ||
      (INDICATOR_ORDER.get(a.indicador) ?? 9) - (INDICATOR_ORDER.get(b.indicador) ?? 9)
  );
  return html`<div>${edicionTexto}<div class="tabla-ancha" tabindex="0" role="region" aria-label="Tabla: Métrica de Gobierno Abierto de la entidad en cada edición">
  <table class="mga-estado"><caption>Métrica de Gobierno Abierto de ${nombre} frente al valor nacional, por edición (0 a 1; más es más abierto)</caption>
    <thead><tr><th scope="col" class="num">Edición</th><th scope="col">Origen</th><th scope="col">Puntaje</th><th scope="col" class="num">${nombre}</th><th scope="col" class="num">Nacional</th><th scope="col" class="num">Diferencia</th><th scope="col" class="num">Lugar</th><th scope="col">Fuente y notas</th></tr></thead>
    <tbody>${sorted.map((r) => {
      const d = r.decimales ?? 4;
      const later = vigente === null || r.edicion > vigente;
      return html`<tr data-edicion=${r.edicion} data-indicador=${r.indicador} data-origen=${r.origen} data-posterior=${later ? "si" : "no"} class=${[r.indicador === "ga" ? "indice" : "", later ? "fila-posterior" : "", r.edicion === vigente ? "vigente" : ""].join(" ").trim()}>
        <td class="num">${r.edicion}${later ? html`<br><small class="posterior"><strong>Posterior a la fecha elegida</strong></small>` : r.edicion === vigente ? html`<br><small>vigente</small>` : ""}</td>
        <td>${ORIGIN[r.origen] ?? r.origen}</td>
        <th scope="row">${INDICATOR_LABEL.get(r.indicador) ?? r.indicador}</th>
        <td class="num">${fixed(r.valor, d)}</td>
        <td class="num">${fixed(r.nacional, d) ?? html`<span class="sin-dato">${SIN_DATO}</span>`}</td>
        <td class="num">${signed(r.diferencia_nacional, d) ?? "—"}</td>
        <td class="num">${r.posicion ? `${r.posicion}.º de 32` : html`<span title="No todas las entidades tienen un valor de este origen en la edición">—</span>`}</td>
        <td class="fuente">${
          r.origen === "microdatos"
            ? html`<small>promedio de sus sujetos obligados</small>`
            : (r.fuentes ?? "")
                .split(";")
                .map((s) => s.trim())
                .filter(Boolean)
                .flatMap((id, i) => [i ? html`<br>` : "", sourceRef(fuentes.get(id), {fuenteId: id})])
        }${r.nota ? html`<br><small><strong>Nota:</strong> ${readerQuote(r.nota)}</small>` : ""}</td>
      </tr>`;
    })}</tbody>
  </table></div></div>`;
}
