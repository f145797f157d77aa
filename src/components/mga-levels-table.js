import * as aq from "npm:arquero";
import {html} from "npm:htl";

const f3 = (x) => (x === null || x === undefined ? "sin dato" : x.toFixed(3));

/**
 * The Métrica's index by level of government within each state — state and municipal sujetos obligados
 * side by side — pivoted from the long table `mga_por_tipo` with arquero. States without municipal
 * subjects in the sample show "sin dato".
 *
 * @param {Array<Record<string, any>>} rows rows of `mga_por_tipo` for one edition
 * @param {Map<string, string>} names state name by INEGI key
 */
export function mgaLevelsTable(rows, names) {
  const wide = aq
    .from(rows)
    .filter((d) => d.agrupacion === "nivel" && d.clave_inegi !== null)
    .groupby("clave_inegi")
    .pivot("grupo", "ga")
    .objects()
    .map((r) => ({...r, nombre: names.get(r.clave_inegi) ?? r.clave_inegi}))
    .sort((a, b) => a.nombre.localeCompare(b.nombre, "es"));
  return html`<table class="mga-niveles">
    <thead><tr><th scope="col">Entidad</th><th scope="col" class="num">IGA, sujetos estatales</th><th scope="col" class="num">IGA, municipios</th></tr></thead>
    <tbody>${wide.map((r) => html`<tr><th scope="row">${r.nombre}</th><td class="num">${f3(r.estatal)}</td><td class="num">${f3(r.municipal)}</td></tr>`)}</tbody>
  </table>`;
}
