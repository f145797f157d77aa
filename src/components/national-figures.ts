import {html} from "npm:htl";
import type {PanoramaMember} from "../lib/national-panorama.js";
import {dayText, shortDayText} from "./date-text.js";
import type {DerivedTotal, Fuente} from "./load-table.js";
import {statePageHref} from "./mexico-map.js";
import {type FigureOnDate, latestReported, type ReportModel} from "./report-model.js";

const num = new Intl.NumberFormat("es-MX");

/** "31 de diciembre de 2019". */
export const fechaLarga = dayText;

/** A short, linked name of a source (its issuer, or its title cut short), with the full title on hover. */
function sourceLink(fuente: Fuente | undefined, id: string): HTMLElement {
  if (!fuente) return html`<span class="sin-dato">fuente no encontrada</span>`;
  const title = fuente.titulo.replace(/^\[|\]$/g, "");
  const issuer = (fuente.emisor ?? "").split(/[,(]/)[0].trim();
  const short = issuer || (title.length > 48 ? `${title.slice(0, 46).trim()}…` : title);
  return fuente.url && /^https?:\/\//i.test(fuente.url)
    ? html`<a href=${fuente.url} title=${title} rel="noopener noreferrer" data-fuente=${id}>${short}</a>`
    : html`<span title=${title} data-fuente=${id}>${short}</span>`;
}

/** A list of states behind a figure: each an item with `data-clave` (and `data-valor`, what it adds), linked to its page at the date. */
function memberList(
  members: readonly PanoramaMember[],
  {names, fecha, ofStates, kind}: {names: ReadonlyMap<string, string>; fecha: string; ofStates: boolean; kind: string}
): HTMLElement {
  const sorted = [...members].sort((a, b) =>
    (names.get(a.clave_inegi) ?? a.clave_inegi).localeCompare(names.get(b.clave_inegi) ?? b.clave_inegi, "es")
  );
  return html`<ul class=${`lista-cifra-${kind}`}>${sorted.map(
    (m) =>
      html`<li data-clave=${m.clave_inegi} data-valor=${m.valor}><a href=${statePageHref(m.clave_inegi, fecha)}>${names.get(m.clave_inegi) ?? m.clave_inegi}</a>${ofStates ? "" : ` (${num.format(m.valor)})`}</li>`
  )}</ul>`;
}

/**
 * The list behind a headline figure, as a disclosure that works without scripts (`<details>`): the states
 * it counts for certain (each `data-clave`, and `data-valor` with what it adds: 1 for a count of states, its
 * plans or compromisos otherwise — they add up to the figure), then, apart, the states that only the
 * intervals of the sources' dates allow (they add up, with the certain ones, to the possible figure).
 */
export function figureMembers(
  figure: FigureOnDate,
  {names, fecha}: {names: ReadonlyMap<string, string>; fecha: string}
): HTMLElement {
  const states = figure.members.length;
  const summary = figure.ofStates
    ? `Ver ${states === 1 ? "la entidad" : `las ${states} entidades`}`
    : `Ver de qué ${states === 1 ? "entidad" : `${states} entidades`}`;
  return html`<details class="lista-cifra" data-lista=${figure.id}>
    <summary>${summary}${figure.possibleOnly.length ? ` (y ${figure.possibleOnly.length} ${figure.possibleOnly.length === 1 ? "posible" : "posibles"})` : ""}</summary>
    ${
      states
        ? memberList(figure.members, {names, fecha, ofStates: figure.ofStates, kind: "ciertas"})
        : html`<p class="sin-dato">ninguna con certeza en la fecha</p>`
    }
    ${
      figure.possibleOnly.length
        ? html`<p class="lista-cifra-titulo">Posibles además, porque la fuente sólo da un intervalo de fechas:</p>${memberList(
            figure.possibleOnly,
            {names, fecha, ofStates: figure.ofStates, kind: "posibles"}
          )}`
        : ""
    }
  </details>`;
}

/** "coincide", "+2", "−3", or "diferencia sin dato". */
export function differenceText(d: number | null | undefined): string {
  if (d === null || d === undefined) return "diferencia sin dato";
  if (d === 0) return "coincide";
  return `${d > 0 ? "+" : "−"}${num.format(Math.abs(d))}`;
}

/**
 * The national headline figures on a date, each with its source note: the counts every state's row of
 * `fases_mensuales` gives (`panorama_nacional`: certain, and possible where dates are intervals), the
 * element of each carrying `data-cifra="<indicator id>"` with the list of the states it counts
 * ({@link figureMembers}); and beside each one the latest total a source reported by then
 * (`totales_derivados`: the reported value, its source, and what the registry's facts give for that same
 * cut-off, with the difference).
 *
 * @param model {@link reportModel} on the date (its `figures`)
 * @param names short name of each state by INEGI key
 */
export function nationalFigures(
  model: ReportModel,
  totals: readonly DerivedTotal[],
  sources: ReadonlyMap<string, Fuente>,
  {names}: {names: ReadonlyMap<string, string>}
): HTMLElement {
  const {fecha} = model;
  if (!model.national) return html`<p class="sin-dato">sin dato para el ${dayText(fecha)}</p>`;
  const sinDato = model.national.entidades_sin_dato;
  return html`<div class="cifras-bloque"><div class="cifras">${model.figures.map((f) => {
    const reported = f.reportedIndicator ? latestReported(totals, f.reportedIndicator, fecha) : undefined;
    return html`<div class="card cifra" data-cifra=${f.id}>
      <h3>${f.label}</h3>
      <span class="big">${f.value === null ? "sin dato" : num.format(f.value)}</span>${f.of ? html` <span class="de">de ${f.of}</span>` : ""}
      <p class="nota-cifra"><small>Registro, con certeza al ${shortDayText(fecha)}${f.possibleValue !== null && f.value !== null && f.possibleValue > f.value ? html`; hasta ${num.format(f.possibleValue)} posibles por las fechas en intervalo` : ""}${f.id === "compromisos" ? " (cota inferior)" : ""}</small></p>
      ${figureMembers(f, {names, fecha})}
      ${
        reported
          ? html`<p class="reportado"><small>Reportado: <strong>${num.format(reported.valor_reportado)}</strong> (corte ${reported.fecha_corte}, ${sourceLink(sources.get(reported.fuente_id), reported.fuente_id)}); el registro da ${num.format(reported.valor_derivado)} a ese corte (${differenceText(reported.diferencia)}).</small></p>`
          : f.reportedIndicator
            ? html`<p class="reportado"><small>Ningún total reportado antes de esta fecha.</small></p>`
            : ""
      }
    </div>`;
  })}</div>
  <p class="nota"><small><strong>Cómo se cuentan.</strong> Cada cifra suma lo que dice de cada entidad su fila del mes, la misma del mapa y de la tabla: la fase de su ejercicio actual y lo que ya había logrado en todos sus ejercicios (una entidad en la sensibilización de su segundo ejercicio conserva el PAL del primero). Cuenta lo que es seguro, y «posibles» lo que las fechas en intervalo permiten; «Ver…» abre la lista de las entidades que cuenta. Los compromisos son los de los planes publicados con seguridad: los que el registro tiene por título, o el número que reporta la fuente del plan si es mayor. «Reportado» es el último total nacional que una fuente publicó hasta esta fecha, con lo que los hechos del registro reconstruyen para ese mismo corte.${sinDato ? ` En esta fecha el registro no permite ubicar a ${sinDato} ${sinDato === 1 ? "entidad" : "entidades"}.` : ""}</small></p></div>`;
}
