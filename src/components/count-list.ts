import {html} from "npm:htl";

/** A state as a count's list names it. */
export interface ListedState {
  clave_inegi: string;
  nombre: string;
}

const byName = (a: ListedState, b: ListedState) => a.nombre.localeCompare(b.nombre, "es");

/**
 * A count figure that opens the list of the states it counts: a `<details>` whose summary carries the number
 * (`data-cifra="<cifra>"`, the count of `certain`) and the words after it, and whose body lists the states,
 * each an element with `data-clave` — the certain ones, and apart (`data-certeza="posible"`) those that only
 * possibly belong, when given. The number shown is always the length of its list.
 *
 * @param cifra the indicator's id, written in `data-cifra`
 * @param certain the states counted
 * @param options the words after the number; the possible states (listed apart, not counted); the list's
 *   heading; `href` for each state's page (none: its name only)
 */
export function countList(
  cifra: string,
  certain: readonly ListedState[],
  {
    label,
    possible = [],
    heading = "Cuáles",
    href
  }: {
    label: string | Node;
    possible?: readonly ListedState[];
    heading?: string;
    href?: (clave: string) => string;
  }
): HTMLElement {
  const item = (s: ListedState, certeza: "cierta" | "posible") =>
    html`<li data-clave=${s.clave_inegi} data-certeza=${certeza}>${href ? html`<a href=${href(s.clave_inegi)}>${s.nombre}</a>` : s.nombre}</li>`;
  const list = (rows: readonly ListedState[], certeza: "cierta" | "posible") =>
    rows.length
      ? html`<ul class="lista-entidades">${[...rows].sort(byName).map((s) => item(s, certeza))}</ul>`
      : html`<p><small>ninguna</small></p>`;
  return html`<details class="lista-cifra" data-lista=${cifra}>
    <summary><strong data-cifra=${cifra}>${certain.length}</strong> ${label}</summary>
    <div class="listas">
      <div><h4>${heading} (${certain.length})</h4>${list(certain, "cierta")}</div>
      ${possible.length ? html`<div><h4>Posibles, no contadas (${possible.length})</h4>${list(possible, "posible")}</div>` : ""}
    </div>
  </details>`;
}
