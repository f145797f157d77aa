import {html} from "npm:htl";
import {PHASE_LABELS} from "../lib/model/vocabulary.js";
import {dayText, intervalPrecision, monthText, partialDateText, shortDayText, timestampText} from "./date-text.js";
import type {Construccion} from "./load-table.js";
import {differenceText, figureMembers} from "./national-figures.js";
import {SEMAFORO_BY_ID} from "./phase-style.js";
import {dataOrigin} from "./provenance-note.js";
import type {Conflict, ReportModel, ReportState, UsedMilestone} from "./report-model.js";
import {recordEndCell, semaforoRule} from "./semaforo-table.js";
import {shownParam} from "./url-state.js";
import {citaText, sourceCitation} from "./source-cite.js";
import {metaCard} from "./metas-casos.js";
import type {Row} from "../lib/model/schema.js";
import type {TargetOutcome} from "../lib/target-outcomes.js";
import {readerQuote} from "../lib/source-citation.js";

/**
 * The sections of the printable report (/reporte), each a function of the model `reportModel` builds
 * (report-model.js). Every value from the data goes through htl, which escapes it. Each figure carries the
 * number of its source, `[n]`, a link to the numbered list of sources at the end of the report.
 */

const SIN_DATO = "sin dato";
const num = new Intl.NumberFormat("es-MX");

/** "31 de diciembre de 2017". */
export const fechaLarga = dayText;

/**
 * A milestone's date as precise as its source (the library's `intervalPrecision`), short for a table cell:
 * "4 ago 2016", "agosto de 2016", "2016", "a más tardar el 31 dic 2016", "entre el 16 oct 2016 y el 31 oct 2016".
 */
export function fechaHito({fecha_min: min, fecha_max: max}: {fecha_min: string | null; fecha_max: string}): string {
  switch (intervalPrecision(min, max)) {
    case "dia":
      return shortDayText(max);
    case "mes":
      return monthText(max);
    case "anio":
      return max.slice(0, 4);
    case "a_mas_tardar":
      return `a más tardar el ${shortDayText(max)}`;
    default:
      return `entre el ${shortDayText(min ?? max)} y el ${shortDayText(max)}`;
  }
}

/** "2017", "diciembre de 2018", "12 de junio de 2019": a cut-off as precise as its source. */
const corte = partialDateText;

/** A link to source number n in the list at the end. */
export function ref(n: number | null | undefined): HTMLElement {
  return n
    ? html`<a class="ref" href=${`#fuente-${n}`} aria-label=${`fuente ${n}`}>[${n}]</a>`
    : html`<span class="sin-dato">(sin fuente)</span>`;
}

/** The line at the top of each section: the report's date, which is also printed in every page's margin. */
export function sectionHeader(fecha: string): HTMLElement {
  return html`<p class="reporte-encabezado" aria-hidden="true">Reporte al ${fechaLarga(fecha)} · Tablero de Gobierno Abierto Local</p>`;
}

/**
 * The running header and footer of every printed page (CSS @page margin boxes, Chromium 131 and later):
 * the report's date, the data's date and the page number. Written as a <style> element because the
 * date is chosen on the page; CSS strings are escaped.
 */
export function printMargins({fecha, construccion}: {fecha: string; construccion: Construccion}): HTMLStyleElement {
  const css = (text: string) => `"${String(text).replace(/[\\"\n]/g, (c) => `\\${c.charCodeAt(0).toString(16)} `)}"`;
  const style = document.createElement("style");
  style.className = "reporte-margenes";
  style.textContent = `@media print { @page {
  @top-left { content: ${css("Tablero de Gobierno Abierto Local")}; }
  @top-right { content: ${css(`Reporte al ${fechaLarga(fecha)}`)}; }
  @bottom-left { content: ${css(`Datos del registro al ${timestampText(construccion.fecha_registro)} · sitio construido el ${timestampText(construccion.fecha_construccion)}`)}; }
  @bottom-right { content: "Página " counter(page) " de " counter(pages); }
} }`;
  return style;
}

/** The title page: what the report is, its date, where its data come from and when the site was built. */
export function titlePage({
  fecha,
  construccion,
  invalid,
  fechas,
  resumen,
  address
}: {
  fecha: string;
  construccion: Construccion;
  invalid: string | undefined;
  fechas: readonly string[];
  /** The page's address (`location.href`); null in the report written at build time, where it is not known. */
  address: string | null;
  /** The one-page summary ({@link yearSummary}), on the title page so that page 1 says what matters. */
  resumen: HTMLElement;
}): HTMLElement {
  const origin = dataOrigin(construccion);
  return html`<section class="reporte-portada" aria-labelledby="portada-titulo">
    <p class="reporte-serie">Tablero de Gobierno Abierto Local · Ejercicios locales «Cocreación desde lo local»</p>
    <h1 id="portada-titulo">Reporte de los ejercicios locales de Gobierno Abierto al ${fechaLarga(fecha)}</h1>
    ${
      invalid !== undefined
        ? html`<p class="aviso" role="alert"><strong>La dirección pide una fecha que no está en el registro:</strong> «${shownParam(invalid)}». El registro va mes a mes, al último día de cada mes, del ${fechaLarga(fechas[0])} al ${fechaLarga(fechas[fechas.length - 1])} (escríbala como <code>2017-12-31</code>). Este reporte es al ${fechaLarga(fecha)}.</p>`
        : ""
    }
    <dl class="reporte-ficha">
      <dt>Fecha del reporte</dt><dd>${fechaLarga(fecha)} (situación al cierre de ese día)</dd>
      <dt>Datos</dt><dd>${origin}, con fecha ${timestampText(construccion.fecha_registro)}${construccion.aviso ? html`. <strong>Aviso:</strong> ${construccion.aviso}` : ""}</dd>
      <dt>Sitio construido el</dt><dd>${timestampText(construccion.fecha_construccion)}</dd>
      ${address ? [html`<dt>Dirección</dt>`, html`<dd class="ruta">${address}</dd>`] : ""}
      <dt>Fuentes</dt><dd>cada cifra lleva entre corchetes el número de su fuente, en la lista del final («Fuentes citadas»)</dd>
    </dl>
    ${resumen}
    <h2 class="reporte-indice-titulo">Contenido</h2>
    <ol class="reporte-indice" aria-label="Contenido">
      <li><a href="#resumen">Resumen: el último año</a> (esta página)</li>
      <li><a href="#cifras-nacionales">Cifras nacionales</a></li>
      <li><a href="#estatus">Estatus de los ejercicios por entidad</a></li>
      <li><a href="#mapas">Mapas: fase y semáforo</a></li>
      <li><a href="#grupo-G15">Grupo G15</a>, <a href="#grupo-G16">grupo G16</a> y <a href="#grupo-otras">entidades fuera de esos grupos</a></li>
      <li><a href="#metas">Metas de grupo del INAI</a></li>
      <li><a href="#desacuerdos">Donde las fuentes no coinciden</a></li>
      <li><a href="#fuentes">Fuentes citadas</a></li>
    </ol>
  </section>`;
}

/** How to read the report: phase, attainment, «posible», «sin dato» and «datos hasta» (after the summary, on page 2). */
export function howToRead(): HTMLElement {
  return html`<p class="nota"><small><strong>Cómo leerlo.</strong> La fase de cada entidad es la de su ejercicio actual, la más avanzada que el registro prueba en la fecha (calculada de los hitos fechados y de los estatus que reportó el INAI); lo logrado cuenta todos sus ejercicios (el PAL de un primer ejercicio sigue contando en el segundo); «posible» dice hasta dónde pudo haber llegado cuando una fuente sólo da un intervalo. «Sin dato» quiere decir que ninguna fuente del registro lo dice, no que no haya ocurrido. «Datos hasta» es el último día del que alguna fuente habla de la entidad; si es posterior a la fecha del reporte, se dice.</small></p>`;
}

/**
 * The national figures on the date (certain and possible) beside the totals reported near it; each
 * figure's cell carries `data-cifra` and the list of the states it counts ({@link figureMembers}).
 *
 * @param names short name of each state by INEGI key
 */
export function nationalTable(model: ReportModel, {names}: {names: ReadonlyMap<string, string>}): HTMLElement {
  if (!model.national)
    return html`<p class="sin-dato">${SIN_DATO}: no hay cifras nacionales para el ${fechaLarga(model.fecha)}</p>`;
  const sinDato = model.national.entidades_sin_dato;
  return html`<div class="tabla-ancha" tabindex="0" role="region" aria-label="Tabla: cifras nacionales"><table class="reporte-tabla cifras-nacionales">
    <caption>Cifras nacionales al ${fechaLarga(model.fecha)}: las que dan las entidades del registro y los totales reportados cerca de esa fecha</caption>
    <thead><tr>
      <th scope="col">Indicador</th>
      <th scope="col" class="num">Registro: seguras</th>
      <th scope="col" class="num">Registro: posibles</th>
      <th scope="col">Total reportado cerca de la fecha (corte, fuente)</th>
      <th scope="col">El registro a ese corte</th>
    </tr></thead>
    <tbody>${model.figures.map(
      (f) => html`<tr>
        <th scope="row">${f.label}</th>
        <td class="num" data-cifra=${f.id}><span class="valor-cifra">${f.value === null ? SIN_DATO : num.format(f.value)}</span>${f.of ? html` <span class="de">de ${f.of}</span>` : ""}${figureMembers(f, {names, fecha: model.fecha})}</td>
        <td class="num">${f.possibleValue === null ? "—" : num.format(f.possibleValue)}</td>
        <td>${
          f.reported.length
            ? f.reported.map(
                (t) =>
                  html`<div><strong>${num.format(t.valor_reportado)}</strong> (corte ${corte(t.fecha_corte)}) ${ref(t.fuente)}</div>`
              )
            : html`<span class="sin-dato">ningún total reportado en los seis meses alrededor de la fecha</span>`
        }</td>
        <td>${f.reported.map((t) => html`<div>${num.format(t.valor_derivado)} (${differenceText(t.diferencia)})</div>`)}</td>
      </tr>`
    )}</tbody>
  </table></div>
  <p class="nota"><small><strong>Cómo se cuentan.</strong> «Seguras»: entidades (o planes, o compromisos) que el registro prueba en la fecha; «posibles»: las que además permiten las fechas que una fuente sólo da en un intervalo; «Ver…» lista las entidades que cuenta cada cifra. Una entidad en un ejercicio nuevo conserva lo que logró en los anteriores. «Total reportado»: lo que una fuente publicó para el corte más cercano a la fecha (a lo más seis meses antes o después; todos, si varias fuentes dan el mismo corte), y a su lado lo que los hechos por entidad del registro dan para ese mismo corte y la diferencia (negativa: al registro le faltan hechos que la fuente cuenta). ${sinDato ? `En esta fecha el registro no permite ubicar a ${sinDato} ${sinDato === 1 ? "entidad" : "entidades"}.` : ""}</small></p>`;
}

/** Phase on the date with its ejercicio and certainty, in words: "Sensibilización (ejercicio 2)". */
function phaseText(s: ReportState): HTMLElement {
  const f = s.fase;
  if (!f) return html`<span class="sin-dato">${SIN_DATO}</span>`;
  return html`<span>${PHASE_LABELS[f.fase]}${f.ejercicio && f.ejercicio > 1 ? ` (ejercicio ${f.ejercicio})` : ""}${
    f.certeza === "posible"
      ? html`<br><small>posible: quizá ya en ${PHASE_LABELS[f.fase_posible]}${f.ejercicio_posible && f.ejercicio_posible !== f.ejercicio ? ` (ejercicio ${f.ejercicio_posible})` : ""}</small>`
      : ""
  }</span>`;
}

/** Semáforo with its symbol (coloured, hidden from screen readers) and its words: colour is never alone. */
function semaforoText(s: ReportState): HTMLElement {
  if (!s.fase) return html`<span class="sin-dato">${SIN_DATO}</span>`;
  const light = SEMAFORO_BY_ID.get(s.fase.semaforo) ?? {ink: "inherit", symbol: "", label: s.fase.semaforo};
  return html`<span><span class="simbolo" style=${{color: light.ink}} aria-hidden="true">${light.symbol}</span> ${light.label}</span>`;
}

/** Where a disagreement's ≠n leads: `#desacuerdo-n` on the report; the report's section from another page. */
export type ConflictHref = (n: number) => string;

/** The ≠n mark of a milestone whose sources disagree, linked to the disagreement. */
function conflictMark(c: Conflict | null, conflictHref: ConflictHref): HTMLElement | "" {
  return c ? html` <a class="ref" href=${conflictHref(c.n)} aria-label=${`desacuerdo ${c.n}`}>≠${c.n}</a>` : "";
}

/**
 * A milestone cell of the status table: the last finished round when the state is in a later ejercicio
 * ("PAL 1: 4 ago 2016 · ejercicio 2: …"), then the current ejercicio's milestone — its date as its source
 * gives it, how it stands on the report's date ("quizá:", or «aún no» when the source dates it later), its
 * source and any disagreement.
 */
function milestoneCell(
  h: UsedMilestone | null,
  before: UsedMilestone | null,
  s: ReportState,
  {short, conflictHref}: {short: string; conflictHref: ConflictHref}
): HTMLElement | string {
  const previous = before
    ? html`<span class="ronda-anterior" data-ronda=${before.ejercicio}>${short} ${before.ejercicio}: ${fechaHito(before)} ${ref(before.fuente)}${conflictMark(before.conflicto, conflictHref)}</span> · ejercicio ${s.ejercicioTabla}: `
    : "";
  if (!h) {
    if (before) return html`<span>${previous}<span class="sin-dato">${SIN_DATO}</span></span>`;
    const fase = s.fase?.fase;
    return fase === "no_participa" || fase === "aun_no_se_suma" ? "—" : html`<span class="sin-dato">${SIN_DATO}</span>`;
  }
  const mark = conflictMark(h.conflicto, conflictHref);
  if (h.estado === "despues")
    return html`<span>${previous}aún no <small class="posterior">(la fuente lo fecha después: ${fechaHito(h)})</small> ${ref(h.fuente)}${mark}</span>`;
  return html`<span>${previous}${h.estado === "posible" ? "quizá: " : ""}${fechaHito(h)} ${ref(h.fuente)}${mark}</span>`;
}

const datosHasta = (s: ReportState, fecha: string) => recordEndCell(s.fase?.datos_hasta ?? null, fecha);

/**
 * INAI's status table ("Estatus de los ejercicios", 2016: instalación del STL, lanzamiento del PAL,
 * estatus, semáforo) rebuilt for the date for all 32 states, with INAI's group and how far each state's
 * record runs. A state in a later ejercicio shows its last finished round beside the current one ("PAL 1:
 * 4 ago 2016 · ejercicio 2: aún no"). Rows have the id `entidad-<clave>`, so the map's states lead here
 * (`{ids: false}` leaves them out, for a page that already gives those ids to another table). `conflictHref`
 * says where ≠n leads (the report's own section by default; the home page links to the report's).
 */
export function statusTable(
  model: ReportModel,
  {ids = true, conflictHref = (n: number) => `#desacuerdo-${n}`}: {ids?: boolean; conflictHref?: ConflictHref} = {}
): HTMLElement {
  return html`<table class="reporte-tabla estatus">
    <caption>Estatus de los ejercicios de las 32 entidades al ${fechaLarga(model.fecha)}</caption>
    <thead><tr>
      <th scope="col">Entidad</th><th scope="col">Grupo INAI</th><th scope="col">Instalación del STL</th><th scope="col">Lanzamiento del PAL</th>
      <th scope="col">Estatus (fase)</th><th scope="col">Semáforo</th><th scope="col">Datos hasta</th>
    </tr></thead>
    <tbody>${model.states.map(
      (
        s
      ) => html`<tr id=${ids ? `entidad-${s.clave_inegi}` : null} tabindex=${ids ? "-1" : null} data-clave=${s.clave_inegi}>
        <th scope="row">${s.nombre_corto}</th>
        <td>${s.grupo.id ? html`<span>${s.grupo.id} ${ref(s.grupo.fuente)}</span>` : "—"}</td>
        <td>${milestoneCell(s.stl, s.stlAnterior, s, {short: "STL", conflictHref})}</td>
        <td data-hito="pal">${milestoneCell(s.pal, s.palAnterior, s, {short: "PAL", conflictHref})}</td>
        <td>${phaseText(s)}</td>
        <td>${semaforoText(s)}</td>
        <td>${datosHasta(s, model.fecha)}</td>
      </tr>`
    )}</tbody>
  </table>
  <p class="nota"><small><strong>Cómo se lee.</strong> STL y PAL del ejercicio en que está la entidad en la fecha, con la fecha tan precisa como su fuente y el número de la fuente; si la entidad ya está en un ejercicio posterior, antes va el de su último ejercicio terminado («PAL 1: … · ejercicio 2: …»); «quizá:» la fuente sólo da un intervalo que incluye la fecha del reporte; «aún no»: la fuente lo fecha después; «—»: la entidad no participa o aún no se suma; ≠: las fuentes no coinciden (sección «Donde las fuentes no coinciden» del reporte).</small></p>
  ${semaforoRule()}`;
}

/** One group's page: each state's phase, semáforo, latest milestone certain on the date and its source. */
export function groupSection(
  group: {id: string | null; title: string; states: ReportState[]},
  model: ReportModel
): HTMLElement {
  const id = group.id ? `grupo-${group.id}` : "grupo-otras";
  const sourceOfGroup = group.states.find((s) => s.grupo.fuente)?.grupo.fuente;
  return html`<section class="reporte-seccion reporte-grupo" aria-labelledby=${`${id}-titulo`}>
    ${sectionHeader(model.fecha)}
    <h2 id=${id}><span id=${`${id}-titulo`}>${group.title}</span> <small class="cuenta">(${group.states.length} ${group.states.length === 1 ? "entidad" : "entidades"})</small></h2>
    <p>${
      group.id
        ? html`Entidades que el INAI reportó en 2016 en su grupo ${group.id} ${ref(sourceOfGroup)}.`
        : "Entidades que el registro no ubica en ninguno de los dos grupos que reportó el INAI en 2016: se sumaron después, o ninguna fuente del registro las nombra en esas tablas."
    }</p>
    <div class="tabla-ancha" tabindex="0" role="region" aria-label=${`Tabla: ${group.title}`}><table class="reporte-tabla grupo">
      <caption>${group.title}: situación al ${fechaLarga(model.fecha)}</caption>
      <thead><tr><th scope="col">Entidad</th><th scope="col">Fase</th><th scope="col">Semáforo</th><th scope="col">Último hito cierto a la fecha</th><th scope="col">Fuente y cita</th><th scope="col">Datos hasta</th></tr></thead>
      <tbody>${group.states.map(
        (s) => html`<tr>
          <th scope="row">${s.nombre_corto}</th>
          <td>${phaseText(s)}</td>
          <td>${semaforoText(s)}</td>
          <td>${
            s.ultimo
              ? html`${s.ultimo.tipo_texto}${s.ultimo.ejercicio > 1 ? ` (ejercicio ${s.ultimo.ejercicio})` : ""}<br><small>${fechaHito(s.ultimo)}</small>${
                  s.ultimo.conflicto
                    ? html` <a class="ref" href=${`#desacuerdo-${s.ultimo.conflicto.n}`} aria-label=${`desacuerdo ${s.ultimo.conflicto.n}`}>≠${s.ultimo.conflicto.n}</a>`
                    : ""
                }`
              : html`<span class="sin-dato">${SIN_DATO}</span>: ningún hito fechado antes de esta fecha`
          }</td>
          <td class="cita">${s.ultimo ? html`${ref(s.ultimo.fuente)} ${citaText(s.ultimo.cita)}` : "—"}</td>
          <td>${datosHasta(s, model.fecha)}</td>
        </tr>`
      )}</tbody>
    </table></div>
    <p class="nota"><small>«Último hito cierto»: el paso más avanzado que una fuente fecha a más tardar en la fecha del reporte (la fila que usa el registro cuando varias fuentes lo fechan). La fase puede ir más adelante cuando la da un estatus que reportó el INAI. Semáforo: ● verde, ▲ amarillo, ■ rojo, ◇ sin seguimiento, ○ gris (ver la tabla de estatus).</small></p>
  </section>`;
}

/** Each disagreement between sources behind a milestone the report shows: every row, and the decision. */
export function conflictsList(model: ReportModel): HTMLElement {
  if (!model.conflicts.length)
    return html`<p>Ninguno de los hitos que muestra este reporte tiene fuentes en desacuerdo.</p>`;
  const name = new Map(model.states.map((s) => [s.clave_inegi, s.nombre_corto]));
  return html`<ul class="reporte-desacuerdos">${model.conflicts.map(
    (c) => html`<li id=${`desacuerdo-${c.n}`}>
      <strong>≠${c.n}. ${name.get(c.clave_inegi) ?? c.clave_inegi}: ${c.tipo_texto} (ejercicio ${c.ejercicio})</strong>
      <ul>${c.rows.map((r) => html`<li>${r.usado ? html`<strong>Usada:</strong> ` : "Otra fuente: "}${fechaHito(r)} ${ref(r.fuente)}</li>`)}</ul>
      <p><strong>Decisión:</strong> ${readerQuote(c.decision.razon)}</p>
    </li>`
  )}</ul>`;
}

/** The numbered list of every source the report cites, with its full citation. */
export function sourcesList(model: ReportModel): HTMLElement {
  return html`<ol class="reporte-fuentes">${model.sources.map(
    ({n, fuente_id, fuente}) =>
      html`<li id=${`fuente-${n}`} value=${n}>${
        fuente
          ? sourceCitation(fuente)
          : html`<code>${fuente_id}</code>: <span class="sin-dato">fuente que no está en la tabla fuentes</span>`
      }</li>`
  )}</ol>`;
}

/**
 * The report's one-page summary (issue #16, item 9), from the library's `yearInReview` in the model: the
 * national counts at the date beside a year before, the states that advanced in that year — each step,
 * its date at its source's precision and its source number (steps whose date may fall before the year are
 * left out of this list) —, those whose only steps may have been before the year (dates "a más tardar"),
 * and those with no dated milestone in the year, with how far each one's record runs.
 *
 * @param names short name of each state by INEGI key
 */
export function yearSummary(model: ReportModel, {names}: {names: ReadonlyMap<string, string>}): HTMLElement {
  const y = model.year;
  const name = (clave: string) => names.get(clave) ?? clave;
  const change = (a: number | null, b: number | null) =>
    a === null || b === null
      ? html`<span class="sin-dato">sin dato</span>`
      : b === a
        ? "sin cambio"
        : `${b > a ? "+" : "−"}${num.format(Math.abs(b - a))}`;
  const steps = (clave: string, en: "cierta" | "posible") =>
    y.cambios
      .filter((c) => c.clave_inegi === clave && c.en_el_anio === en)
      .map(
        (c, k) =>
          html`${k ? "; " : ""}${c.tipo_texto}${c.ejercicio > 1 ? ` (ejercicio ${c.ejercicio})` : ""}, ${c.cuando} ${ref(c.fuente)}`
      );
  const stateList = (claves: readonly string[], en: "cierta" | "posible") =>
    html`<ul class="reporte-avances">${claves.map((c) => html`<li><strong>${name(c)}</strong>: ${steps(c, en)}.</li>`)}</ul>`;
  return html`<section class="reporte-resumen" aria-labelledby="resumen">
    <h2 id="resumen">Resumen: el año al ${fechaLarga(y.hasta)}</h2>
    <table class="reporte-resumen-cifras">
      <caption>Cifras nacionales (seguras) hace un año y en la fecha del reporte</caption>
      <thead><tr><th scope="col">Indicador</th><th scope="col" class="num">${fechaLarga(y.desde)}</th><th scope="col" class="num">${fechaLarga(y.hasta)}</th><th scope="col" class="num">Cambio</th></tr></thead>
      <tbody>${y.cifras.map(
        (c) =>
          html`<tr><th scope="row">${c.label}</th><td class="num">${c.antes === null ? html`<span class="sin-dato">sin dato</span>` : num.format(c.antes)}</td><td class="num">${c.ahora === null ? html`<span class="sin-dato">sin dato</span>` : num.format(c.ahora)}</td><td class="num">${change(c.antes, c.ahora)}</td></tr>`
      )}</tbody>
    </table>
    <h3>Lo que el registro fecha en el año</h3>
    ${
      y.avanzaron.length
        ? html`<p>${num.format(y.avanzaron.length)} ${y.avanzaron.length === 1 ? "entidad dio" : "entidades dieron"} al menos un paso fechado con certeza después del ${fechaLarga(y.desde)}:</p>${stateList(y.avanzaron, "cierta")}`
        : html`<p>Ninguna entidad tiene un paso fechado con certeza entre el ${fechaLarga(y.desde)} y el ${fechaLarga(y.hasta)}.</p>`
    }
    ${
      y.quiza_avanzaron.length
        ? html`<p>${num.format(y.quiza_avanzaron.length)} más ${y.quiza_avanzaron.length === 1 ? "tiene" : "tienen"} un paso que su fuente fecha «a más tardar» dentro del año (pudo ocurrir antes):</p>${stateList(y.quiza_avanzaron, "posible")}`
        : ""
    }
    <p><strong>Sin novedad en el registro</strong> (${num.format(y.sin_novedad.length)}: ningún paso fechado en el año; no quiere decir que nada haya ocurrido): ${y.sin_novedad.map(
      (s, k) =>
        html`${k ? ", " : ""}${name(s.clave_inegi)} <small>(${s.posterior ? "hay fuentes posteriores a la fecha" : s.datos_hasta ? `registro hasta el ${fechaHito({fecha_min: s.datos_hasta, fecha_max: s.datos_hasta})}` : "sin fuente fechada"})</small>`
    )}.</p>
  </section>`;
}

/**
 * INAI's group targets at the report's date (issue #16, item 9): each target in the source's words with
 * the outcome of every state it names, as `metas_resultado` gives them on the last month evaluated on or
 * before the date (the card of /metas).
 *
 * @param metas rows of `metas`; `resultados`, rows of `metas_resultado`; `evaluables`, targets with states
 */
export function targetsSection(
  {
    metas,
    resultados,
    fuentes,
    evaluables
  }: {
    metas: readonly Row<"metas">[];
    resultados: readonly TargetOutcome[];
    fuentes: ReadonlyMap<string, Row<"fuentes">>;
    evaluables: ReadonlySet<string>;
  },
  fecha: string
): HTMLElement {
  const evaluated =
    [...new Set(resultados.map((r) => r.fecha))]
      .filter((f) => f <= fecha)
      .sort()
      .at(-1) ?? null;
  return html`<div class="reporte-metas">
    <p>En 2016 el INAI fijó metas para el primer trimestre de 2017 a cada grupo de entidades. Cada meta, con el resultado de cada entidad que nombra ${evaluated ? html`al ${fechaLarga(evaluated)}` : "(ninguna se evalúa antes de que empiece su periodo)"}: a tiempo, tarde, no cumplida, pendiente o no se sabe.</p>
    ${metas.map((m) =>
      metaCard(
        m,
        resultados.filter((r) => r.meta_id === m.meta_id && r.fecha === evaluated),
        fuentes,
        {fecha: evaluated ?? fecha, evaluable: evaluables.has(m.meta_id)}
      )
    )}
  </div>`;
}
