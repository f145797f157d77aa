import {html} from "npm:htl";

const f3 = (x) => (x === null || x === undefined ? "sin dato" : x.toFixed(3));
const signed = (x) =>
  x === null || x === undefined ? "sin dato" : `${x > 0 ? "+" : x < 0 ? "−" : ""}${Math.abs(x).toFixed(3)}`;

/**
 * The Métrica by state as a table (the chart's data, readable without it): position, the seven scores
 * summarised as IGA, T, P, the gap T − P, the difference with the national value and the number of
 * sujetos obligados averaged. Federal and national rows last. Each state's name links to its page.
 *
 * @param {Array<Record<string, any>>} rows rows of `mga_estatal` for one edition
 */
export function mgaTable(rows) {
  const ordered = [
    ...rows.filter((r) => r.ambito === "estatal").sort((a, b) => a.posicion - b.posicion),
    ...rows.filter((r) => r.ambito !== "estatal")
  ];
  return html`<table class="mga">
    <thead><tr>
      <th scope="col" class="num">Lugar</th><th scope="col">Entidad</th><th scope="col" class="num">IGA</th>
      <th scope="col" class="num">Transparencia</th><th scope="col" class="num">Participación</th>
      <th scope="col" class="num">Brecha T − P</th><th scope="col" class="num">Frente al nacional</th><th scope="col" class="num">Sujetos obligados</th>
    </tr></thead>
    <tbody>${ordered.map(
      (r) => html`<tr class=${r.ambito}>
        <td class="num">${r.posicion ?? ""}</td><th scope="row">${r.clave_inegi ? html`<a href=${`./estados/${r.clave_inegi}.html`}>${r.nombre}</a>` : r.nombre}</th>
        <td class="num">${f3(r.ga)}</td><td class="num">${f3(r.t)}</td><td class="num">${f3(r.p)}</td>
        <td class="num">${f3(r.brecha_t_p)}</td><td class="num">${r.ambito === "nacional" ? "" : signed(r.diferencia_nacional)}</td><td class="num">${r.sujetos}</td>
      </tr>`
    )}</tbody>
  </table>`;
}
