import {html} from "npm:htl";

/** Text shown wherever no source gives a value. */
export const SIN_DATO = "sin dato";

const PRECISION_TEXT = {
  dia: "día exacto",
  mes: "mes",
  anio: "año",
  a_mas_tardar: "a más tardar",
  intervalo: "intervalo"
};

/** Only web addresses become links; anything else (a repository path) is shown as text. */
function sourceLink(titulo, url) {
  const label = titulo ?? SIN_DATO;
  return url && /^https?:\/\//i.test(url)
    ? html`<a href=${url} rel="noopener noreferrer">${label}</a>`
    : html`<span>${label}</span>${url ? html`<br><small class="ruta">${url}</small>` : ""}`;
}

/**
 * The 32 entities with their latest known milestone: stage, ejercicio, date as precise as its source,
 * number of sources and the source with its quote. Missing values read "sin dato". Every value from
 * the data is interpolated through htl, which escapes it.
 *
 * Each state's name links to its page (`stateHref`, by default `./estados/<clave>.html`).
 *
 * @param {Array<Record<string, any>>} rows rows of `ultimo_hito.parquet` (one per entity)
 * @param {{stateHref?: (clave: string) => string}} [options]
 * @returns {HTMLTableElement}
 */
export function latestMilestoneTable(rows, {stateHref = (clave) => `./estados/${clave}.html`} = {}) {
  return html`<table class="ultimo-hito">
    <caption>Último hito conocido de cada entidad federativa</caption>
    <thead><tr>
      <th scope="col">Entidad</th>
      <th scope="col">Último hito conocido</th>
      <th scope="col" class="num">Ejercicio</th>
      <th scope="col">Fecha</th>
      <th scope="col">Precisión</th>
      <th scope="col" class="num">Fuentes</th>
      <th scope="col">Fuente y cita</th>
    </tr></thead>
    <tbody>${rows.map((r) =>
      r.tipo === null
        ? html`<tr class="vacia">
            <th scope="row"><a href=${stateHref(r.clave_inegi)}>${r.nombre_corto}</a></th>
            <td colspan="6"><span class="sin-dato">${SIN_DATO}</span>: ninguna fuente del registro fecha todavía un hito de esta entidad</td>
          </tr>`
        : html`<tr>
            <th scope="row"><a href=${stateHref(r.clave_inegi)}>${r.nombre_corto}</a></th>
            <td>${r.tipo_texto}</td>
            <td class="num">${`${r.ejercicio}.º`}</td>
            <td>${r.fecha_texto}</td>
            <td>${PRECISION_TEXT[r.precision]}</td>
            <td class="num">${r.fuentes}</td>
            <td class="fuente">${sourceLink(r.fuente_titulo, r.fuente_url)}<details><summary>Cita</summary><q>${r.cita}</q></details></td>
          </tr>`
    )}</tbody>
  </table>`;
}
