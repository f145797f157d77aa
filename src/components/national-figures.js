import {html} from "npm:htl";
import {monthLabel} from "./controls.js";

/** Headline figures: column of `panorama_nacional` (and its `_posibles` twin), its words, and the reported total it compares with. */
const FIGURES = [
  {
    key: "estados_participantes",
    possible: "estados_participantes_posibles",
    label: "Entidades en el proceso",
    reported: "estados_participantes",
    of: 32
  },
  {
    key: "estados_stl",
    possible: "estados_stl_posibles",
    label: "Entidades con STL instalado",
    reported: "stl_instalados",
    of: 32
  },
  {
    key: "pal_publicados",
    possible: "pal_publicados_posibles",
    label: "Planes de Acción Local publicados",
    reported: "pal_publicados"
  },
  {key: "compromisos", possible: null, label: "Compromisos en esos planes", reported: "compromisos"}
];

const num = new Intl.NumberFormat("es-MX");

/** The latest total of `indicador` reported on or before `fecha` (by its cut-off day), if any. */
function latestReported(totals, indicador, fecha) {
  return totals
    .filter((t) => t.indicador === indicador && t.fecha_limite <= fecha)
    .sort((a, b) => a.fecha_limite.localeCompare(b.fecha_limite))
    .at(-1);
}

/** A short, linked name of a source (its issuer, or its title cut short), with the full title on hover. */
function sourceLink(fuente, id) {
  if (!fuente) return html`<code>${id}</code>`;
  const title = fuente.titulo.replace(/^\[|\]$/g, "");
  const issuer = (fuente.emisor ?? "").split(/[,(]/)[0].trim();
  const short = issuer || (title.length > 48 ? `${title.slice(0, 46).trim()}…` : title);
  return fuente.url && /^https?:\/\//i.test(fuente.url)
    ? html`<a href=${fuente.url} title=${title} rel="noopener noreferrer">${short}</a>`
    : html`<span title=${title}>${short}</span>`;
}

/**
 * The national headline figures on a date, each with its source note: the counts every state's phase on
 * that date gives (`panorama_nacional`, from `fases_mensuales`: certain, and possible where dates are intervals),
 * and beside each one the latest total a source reported by then (`totales_derivados`: the reported value,
 * its source, and what the registry's facts give for that same cut-off, with the difference).
 *
 * @param {Record<string, any>|undefined} national row of `panorama_nacional` on the date
 * @param {Array<Record<string, any>>} totals rows of `totales_derivados`
 * @param {Map<string, Record<string, any>>} sources rows of `fuentes` by `fuente_id`
 * @param {{fecha: string}} options
 */
export function nationalFigures(national, totals, sources, {fecha}) {
  if (!national) return html`<p class="sin-dato">sin dato para ${monthLabel(fecha)}</p>`;
  const day = new Date(`${fecha}T00:00:00Z`).toLocaleDateString("es-MX", {
    day: "numeric",
    month: "short",
    year: "numeric",
    timeZone: "UTC"
  });
  return html`<div class="cifras">${FIGURES.map((f) => {
    const reported = f.reported ? latestReported(totals, f.reported, fecha) : undefined;
    return html`<div class="card cifra">
      <h3>${f.label}</h3>
      <span class="big">${num.format(national[f.key])}</span>${f.of ? html` <span class="de">de ${f.of}</span>` : ""}
      <p class="nota-cifra"><small>Registro, con certeza al ${day}${f.possible && national[f.possible] > national[f.key] ? html`; hasta ${num.format(national[f.possible])} posibles por las fechas en intervalo` : ""}${f.key === "compromisos" ? " (cota inferior)" : ""}</small></p>
      ${
        reported
          ? html`<p class="reportado"><small>Reportado: <strong>${num.format(reported.valor_reportado)}</strong> (corte ${reported.fecha_corte}, ${sourceLink(sources.get(reported.fuente_id), reported.fuente_id)}); el registro da ${num.format(reported.valor_derivado)} a ese corte (${diferencia(reported.diferencia)}).</small></p>`
          : f.reported
            ? html`<p class="reportado"><small>Ningún total reportado antes de esta fecha.</small></p>`
            : ""
      }
    </div>`;
  })}</div>
  <p class="nota"><small><strong>Cómo se cuentan.</strong> Cada cifra suma la fase de cada entidad en la fecha, la misma del mapa (tabla <code>panorama_nacional</code>, de <code>fases_mensuales</code>: hitos fechados y estatus que reportó el INAI): cuenta lo que es seguro, y «posibles» lo que las fechas en intervalo permiten. Los compromisos son los de los planes publicados con seguridad: los que el registro tiene por título, o el número que reporta la fuente del plan si es mayor. «Reportado» es el último total nacional que una fuente publicó hasta esta fecha (tabla <code>totales_derivados</code>), con lo que los hechos del registro reconstruyen para ese mismo corte.</small></p>`;
}

function diferencia(d) {
  if (d === null || d === undefined) return "diferencia sin dato";
  if (d === 0) return "coincide";
  return `${d > 0 ? "+" : "−"}${num.format(Math.abs(d))}`;
}

/** "31 de diciembre de 2019". */
export function fechaLarga(fecha) {
  return new Date(`${fecha}T00:00:00Z`).toLocaleDateString("es-MX", {
    day: "numeric",
    month: "long",
    year: "numeric",
    timeZone: "UTC"
  });
}
