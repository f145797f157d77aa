import {html} from "npm:htl";
import {timestampText} from "./date-text.js";
import {PHASE_BY_ID, SEMAFORO_BY_ID} from "./phase-style.js";

/**
 * The sections of the printable report (/reporte), each a function of the model `reportModel` builds
 * (report-model.js). Every value from the data goes through htl, which escapes it. Each figure carries the
 * number of its source, `[n]`, a link to the numbered list of sources at the end of the report.
 */

const SIN_DATO = "sin dato";
const num = new Intl.NumberFormat("es-MX");
const utc = (iso) => new Date(`${iso}T00:00:00Z`);
const LONG = new Intl.DateTimeFormat("es-MX", {day: "numeric", month: "long", year: "numeric", timeZone: "UTC"});
const SHORT = new Intl.DateTimeFormat("es-MX", {day: "numeric", month: "short", year: "numeric", timeZone: "UTC"});
const MONTH = new Intl.DateTimeFormat("es-MX", {month: "long", year: "numeric", timeZone: "UTC"});

/** "31 de diciembre de 2017". */
export const fechaLarga = (iso) => LONG.format(utc(iso));
/** "31 dic 2017". */
const fechaCorta = (iso) => SHORT.format(utc(iso)).replace(/\./g, "");

/** A milestone's date as precise as its source: a day, a month, a year, "a más tardar …" or an interval. */
export function fechaHito({fecha_min: min, fecha_max: max}) {
  if (!min) return `a más tardar el ${fechaCorta(max)}`;
  if (min === max) return fechaCorta(min);
  const lastOfMonth = new Date(Date.UTC(Number(min.slice(0, 4)), Number(min.slice(5, 7)), 0))
    .toISOString()
    .slice(0, 10);
  if (min.endsWith("-01") && max === lastOfMonth) return MONTH.format(utc(min));
  if (min.endsWith("-01-01") && max === `${min.slice(0, 4)}-12-31`) return min.slice(0, 4);
  return `entre el ${fechaCorta(min)} y el ${fechaCorta(max)}`;
}

/** "2017", "diciembre de 2018", "12 jun 2019": a cut-off as precise as its source. */
function corte(fecha) {
  if (/^\d{4}$/.test(fecha)) return fecha;
  if (/^\d{4}-\d{2}$/.test(fecha)) return MONTH.format(utc(`${fecha}-01`));
  return fechaCorta(fecha);
}

/** A link to source number n in the list at the end. */
export function ref(n) {
  return n
    ? html`<a class="ref" href=${`#fuente-${n}`} aria-label=${`fuente ${n}`}>[${n}]</a>`
    : html`<span class="sin-dato">(sin fuente)</span>`;
}

/** The line at the top of each section: the report's date, which is also printed in every page's margin. */
export function sectionHeader(fecha) {
  return html`<p class="reporte-encabezado" aria-hidden="true">Reporte al ${fechaLarga(fecha)} · Tablero de Gobierno Abierto Local</p>`;
}

/**
 * The running header and footer of every printed page (CSS @page margin boxes, Chromium 131 and later):
 * the report's date, the data's date and the page number. Written as a <style> element because the
 * date is chosen on the page; CSS strings are escaped.
 */
export function printMargins({fecha, construccion}) {
  const css = (text) => `"${String(text).replace(/[\\"\n]/g, (c) => `\\${c.charCodeAt(0).toString(16)} `)}"`;
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
export function titlePage({fecha, construccion, invalid, fechas}) {
  const origin =
    construccion.origen === "remoto"
      ? html`el registro remoto <code>${construccion.url}</code>`
      : html`el registro incluido en el repositorio del proyecto (carpeta <code>data/</code>)`;
  return html`<section class="reporte-portada" aria-labelledby="portada-titulo">
    <p class="reporte-serie">Tablero de Gobierno Abierto Local · Ejercicios locales «Cocreación desde lo local»</p>
    <h1 id="portada-titulo">Reporte de los ejercicios locales de Gobierno Abierto al ${fechaLarga(fecha)}</h1>
    ${
      invalid !== undefined
        ? html`<p class="aviso" role="alert"><strong>La dirección pide una fecha que no está en el registro:</strong> «${invalid}». El registro va mes a mes, al último día de cada mes, del ${fechaLarga(fechas[0])} al ${fechaLarga(fechas.at(-1))} (escríbala como <code>2017-12-31</code>). Este reporte es al ${fechaLarga(fecha)}.</p>`
        : ""
    }
    <dl class="reporte-ficha">
      <dt>Fecha del reporte</dt><dd>${fechaLarga(fecha)} (situación al cierre de ese día)</dd>
      <dt>Datos</dt><dd>${origin}, con fecha ${timestampText(construccion.fecha_registro)}${construccion.aviso ? html`. <strong>Aviso:</strong> ${construccion.aviso}` : ""}</dd>
      <dt>Sitio construido el</dt><dd>${timestampText(construccion.fecha_construccion)}</dd>
      <dt>Dirección</dt><dd class="ruta">${location.href}</dd>
      <dt>Fuentes</dt><dd>cada cifra lleva entre corchetes el número de su fuente, en la lista del final («Fuentes citadas»)</dd>
    </dl>
    <h2 class="reporte-indice-titulo">Contenido</h2>
    <ol class="reporte-indice">
      <li><a href="#cifras-nacionales">Cifras nacionales</a></li>
      <li><a href="#estatus">Estatus de los ejercicios por entidad</a></li>
      <li><a href="#mapas">Mapas: fase y semáforo</a></li>
      <li><a href="#grupo-G15">Grupo G15</a>, <a href="#grupo-G16">grupo G16</a> y <a href="#grupo-otras">entidades fuera de esos grupos</a></li>
      <li><a href="#desacuerdos">Donde las fuentes no coinciden</a></li>
      <li><a href="#fuentes">Fuentes citadas</a></li>
    </ol>
    <p class="nota"><small><strong>Cómo leerlo.</strong> La fase de cada entidad es la más avanzada que el registro prueba en la fecha (tabla <code>fases_mensuales</code>, calculada de los hitos fechados y de los estatus que reportó el INAI); «posible» dice hasta dónde pudo haber llegado cuando una fuente sólo da un intervalo. «Sin dato» quiere decir que ninguna fuente del registro lo dice, no que no haya ocurrido. «Datos hasta» es el último día del que alguna fuente habla de la entidad.</small></p>
  </section>`;
}

function diferencia(d) {
  if (d === null || d === undefined) return SIN_DATO;
  if (d === 0) return "coincide";
  return `${d > 0 ? "+" : "−"}${num.format(Math.abs(d))}`;
}

/** The national figures on the date (certain and possible) beside the totals reported near it. */
export function nationalTable(model) {
  if (!model.national)
    return html`<p class="sin-dato">${SIN_DATO}: la tabla panorama_nacional no tiene el ${fechaLarga(model.fecha)}</p>`;
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
        <td class="num">${f.value === null ? SIN_DATO : num.format(f.value)}${f.of ? html` <span class="de">de ${f.of}</span>` : ""}</td>
        <td class="num">${f.possibleValue === null ? "—" : num.format(f.possibleValue)}</td>
        <td>${
          f.reported.length
            ? f.reported.map(
                (t) =>
                  html`<div><strong>${num.format(t.valor_reportado)}</strong> (corte ${corte(t.fecha_corte)}) ${ref(t.fuente)}</div>`
              )
            : html`<span class="sin-dato">ningún total reportado en los seis meses alrededor de la fecha</span>`
        }</td>
        <td>${f.reported.map((t) => html`<div>${num.format(t.valor_derivado)} (${diferencia(t.diferencia)})</div>`)}</td>
      </tr>`
    )}</tbody>
  </table></div>
  <p class="nota"><small><strong>Cómo se cuentan.</strong> «Seguras»: entidades (o planes, o compromisos) que el registro prueba en la fecha; «posibles»: las que además permiten las fechas que una fuente sólo da en un intervalo (tabla <code>panorama_nacional</code>). «Total reportado»: lo que una fuente publicó para el corte más cercano a la fecha (a lo más seis meses antes o después; todos, si varias fuentes dan el mismo corte), y a su lado lo que los hechos por entidad del registro dan para ese mismo corte y la diferencia (tabla <code>totales_derivados</code>; negativa: al registro le faltan hechos que la fuente cuenta). ${model.national.entidades_sin_dato ? `En esta fecha el registro no permite ubicar a ${model.national.entidades_sin_dato} ${model.national.entidades_sin_dato === 1 ? "entidad" : "entidades"}.` : ""}</small></p>`;
}

/** Phase on the date with its certainty, in words. */
function phaseText(s) {
  if (!s.tieneFase) return html`<span class="sin-dato">${SIN_DATO}</span>`;
  const label = PHASE_BY_ID.get(s.fase)?.label ?? s.fase;
  const possible = PHASE_BY_ID.get(s.fase_posible)?.label ?? s.fase_posible;
  return html`${label}${s.ejercicio > 1 ? ` (ejercicio ${s.ejercicio})` : ""}${
    s.certeza === "posible"
      ? html`<br><small>posible: quizá ya en ${possible}${s.ejercicio_posible && s.ejercicio_posible !== s.ejercicio ? ` (ejercicio ${s.ejercicio_posible})` : ""}</small>`
      : ""
  }`;
}

/** Semáforo with its symbol (coloured, hidden from screen readers) and its words: colour is never alone. */
function semaforoText(s) {
  if (!s.tieneFase) return html`<span class="sin-dato">${SIN_DATO}</span>`;
  const light = SEMAFORO_BY_ID.get(s.semaforo) ?? {ink: "inherit", symbol: "", label: s.semaforo};
  return html`<span class="simbolo" style=${{color: light.ink}} aria-hidden="true">${light.symbol}</span> ${light.label}`;
}

/** A milestone cell: its date as its source gives it, how it stands on the report's date, its source. */
function milestoneCell(h, {fase}) {
  if (!h)
    return fase === "no_participa" || fase === "aun_no_se_suma" ? "—" : html`<span class="sin-dato">${SIN_DATO}</span>`;
  const mark = h.conflicto
    ? html` <a class="ref" href=${`#desacuerdo-${h.conflicto.n}`} aria-label=${`desacuerdo ${h.conflicto.n}`}>≠${h.conflicto.n}</a>`
    : "";
  if (h.estado === "despues")
    return html`aún no <small>(la fuente lo fecha después: ${fechaHito(h)})</small> ${ref(h.fuente)}${mark}`;
  return html`${h.estado === "posible" ? "quizá: " : ""}${fechaHito(h)} ${ref(h.fuente)}${mark}`;
}

const datosHasta = (s) => (s.datos_hasta ? fechaCorta(s.datos_hasta) : html`<span class="sin-dato">${SIN_DATO}</span>`);

/**
 * INAI's status table ("Estatus de los ejercicios", 2016: instalación del STL, lanzamiento del PAL,
 * estatus, semáforo) rebuilt for the date for all 32 states, with INAI's group and how far each state's
 * record runs. Rows have the id `entidad-<clave>`, so the map's states lead here (`{ids: false}` leaves
 * them out, for a page that already gives those ids to another table).
 *
 * @param {any} model {@link reportModel}'s result
 * @param {{ids?: boolean}} [options]
 */
export function statusTable(model, {ids = true} = {}) {
  return html`<table class="reporte-tabla estatus">
    <caption>Estatus de los ejercicios de las 32 entidades al ${fechaLarga(model.fecha)}</caption>
    <thead><tr>
      <th scope="col">Entidad</th><th scope="col">Grupo INAI</th><th scope="col">Instalación del STL</th><th scope="col">Lanzamiento del PAL</th>
      <th scope="col">Estatus (fase)</th><th scope="col">Semáforo</th><th scope="col">Datos hasta</th>
    </tr></thead>
    <tbody>${model.states.map(
      (s) => html`<tr id=${ids ? `entidad-${s.clave_inegi}` : null} tabindex=${ids ? "-1" : null}>
        <th scope="row">${s.nombre_corto}</th>
        <td>${s.grupo.id ? html`${s.grupo.id} ${ref(s.grupo.fuente)}` : "—"}</td>
        <td>${milestoneCell(s.stl, s)}</td>
        <td>${milestoneCell(s.pal, s)}</td>
        <td>${phaseText(s)}</td>
        <td>${semaforoText(s)}</td>
        <td>${datosHasta(s)}</td>
      </tr>`
    )}</tbody>
  </table>
  <p class="nota"><small><strong>Cómo se lee.</strong> STL y PAL del ejercicio en que está la entidad en la fecha, con la fecha tan precisa como su fuente y el número de la fuente; «quizá:» la fuente sólo da un intervalo que incluye la fecha del reporte; «aún no»: la fuente lo fecha después; «—»: la entidad no participa o aún no se suma; ≠: las fuentes no coinciden (sección «Donde las fuentes no coinciden»). Estatus y semáforo: tabla <code>fases_mensuales</code>. <strong>Semáforo:</strong> ● verde, dentro del plazo; ▲ amarillo, plazo vencido; ■ rojo, muy atrasado: pasó también el segundo plazo (umbrales por fase en <code>metrics/semaforo-thresholds.ts</code>: seis y doce meses por etapa antes del PAL, doce y dieciocho de seguimiento del PAL); sólo hay amarillo o rojo si una fuente fechada después del plazo muestra a la entidad todavía sin el siguiente paso; ◇ sin seguimiento: pasó el plazo y ninguna fuente posterior habla de ella (no quiere decir que se haya detenido); ○ gris: no participa o aún no se suma. Grupo INAI: tabla <code>entidades</code>.</small></p>`;
}

/** One group's page: each state's phase, semáforo, latest milestone certain on the date and its source. */
export function groupSection(group, model) {
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
          <td class="cita">${s.ultimo ? html`${ref(s.ultimo.fuente)} <q>${s.ultimo.cita}</q>` : "—"}</td>
          <td>${datosHasta(s)}</td>
        </tr>`
      )}</tbody>
    </table></div>
    <p class="nota"><small>«Último hito cierto»: el paso más avanzado que una fuente fecha a más tardar en la fecha del reporte (tabla <code>hitos</code>, la fila que usa el registro según <code>cobertura</code>). La fase puede ir más adelante cuando la da un estatus que reportó el INAI (tabla <code>estatus_reportados</code>). Semáforo: ● verde, ▲ amarillo, ■ rojo, ◇ sin seguimiento, ○ gris (ver la tabla de estatus).</small></p>
  </section>`;
}

/** Each disagreement between sources behind a milestone the report shows: every row, and the decision. */
export function conflictsList(model) {
  if (!model.conflicts.length)
    return html`<p>Ninguno de los hitos que muestra este reporte tiene fuentes en desacuerdo.</p>`;
  const name = new Map(model.states.map((s) => [s.clave_inegi, s.nombre_corto]));
  return html`<ul class="reporte-desacuerdos">${model.conflicts.map(
    (c) => html`<li id=${`desacuerdo-${c.n}`}>
      <strong>≠${c.n}. ${name.get(c.clave_inegi) ?? c.clave_inegi}: ${c.tipo_texto} (ejercicio ${c.ejercicio})</strong>
      <ul>${c.rows.map((r) => html`<li>${r.usado ? html`<strong>Usada:</strong> ` : "Otra fuente: "}${fechaHito(r)} ${ref(r.fuente)}</li>`)}</ul>
      <p><strong>Decisión:</strong> ${c.decision.razon} <small>(tabla <code>decisiones</code>, <code>${c.decision.decision_id}</code>)</small></p>
    </li>`
  )}</ul>`;
}

/** The numbered list of every source the report cites, with its full citation. */
export function sourcesList(model) {
  return html`<ol class="reporte-fuentes">${model.sources.map(
    ({n, fuente_id, fuente}) =>
      html`<li id=${`fuente-${n}`} value=${n}>${
        fuente
          ? html`${fuente.emisor ? html`${fuente.emisor}. ` : ""}<cite>${fuente.titulo}</cite>${fuente.titulo_atribuido === true ? " (título atribuido por el proyecto)" : ""}${fuente.fecha ? `, ${corte(fuente.fecha)}` : ", sin fecha"}.${
              fuente.url
                ? html` ${/^https?:\/\//i.test(fuente.url) ? html`<a href=${fuente.url} rel="noopener noreferrer">${fuente.url}</a>` : html`<span class="ruta">${fuente.url}</span>`}`
                : ""
            }${fuente.archivo ? html` Archivo: <span class="ruta">${fuente.archivo}</span>.` : ""}${fuente.copia ? html` Copia en el proyecto: <span class="ruta">${fuente.copia}</span>.` : ""} <small>(<code>${fuente_id}</code>)</small>`
          : html`<code>${fuente_id}</code>: <span class="sin-dato">fuente que no está en la tabla fuentes</span>`
      }</li>`
  )}</ol>`;
}
