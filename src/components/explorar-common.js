import {html} from "npm:htl";

/**
 * Shared pieces of the explorer pages (compromisos, métrica, metas, casos): accent- and case-blind text
 * folding, a source reference with its date and quotation, links to a state's page, and URL filters.
 */

/** Text folded for search: NFD, combining marks stripped, lower case ("Querétaro" → "queretaro"). */
export function fold(text) {
  return String(text ?? "")
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase();
}

/** The address of a state's page (static file; pages at the site root link to it relatively). */
export const statePage = (clave) => `./estados/${clave}.html`;

/** "sin dato", muted: what no source says. */
export const sinDato = () => html`<span class="sin-dato">sin dato</span>`;

/** Date of a source as written (AAAA, AAAA-MM or AAAA-MM-DD) in Spanish words; "sin fecha" when unknown. */
export function sourceDate(fecha) {
  if (!fecha) return "sin fecha";
  const [y, m, d] = fecha.split("-").map(Number);
  const date = new Date(Date.UTC(y, (m ?? 1) - 1, d ?? 1));
  if (d) return date.toLocaleDateString("es-MX", {day: "numeric", month: "long", year: "numeric", timeZone: "UTC"});
  if (m) return date.toLocaleDateString("es-MX", {month: "long", year: "numeric", timeZone: "UTC"});
  return String(y);
}

/** "31 de diciembre de 2017" for an ISO day. */
export function dayLabel(iso) {
  return iso
    ? new Date(`${iso}T00:00:00Z`).toLocaleDateString("es-MX", {
        day: "numeric",
        month: "long",
        year: "numeric",
        timeZone: "UTC"
      })
    : "sin dato";
}

/**
 * A source as the reader needs it to find it again: its title (linked when it has a web address), issuer,
 * date, and — when given — the quotation of where it says so, one click away.
 *
 * @param {Record<string, any>|undefined} fuente row of `fuentes`
 * @param {{id?: string, cita?: string|null}} [options]
 */
export function sourceRef(fuente, {id, cita} = {}) {
  if (!fuente) return html`<span><code>${id ?? "sin fuente"}</code></span>`;
  const title =
    fuente.url && /^https?:\/\//i.test(fuente.url)
      ? html`<a href=${fuente.url} rel="noopener noreferrer">${fuente.titulo}</a>`
      : html`<cite>${fuente.titulo}</cite>`;
  const where =
    fuente.url && !/^https?:\/\//i.test(fuente.url) ? html` <small class="ruta">(${fuente.url})</small>` : "";
  return html`<span class="fuente-ref">${title}${where}${fuente.emisor ? `, ${fuente.emisor}` : ""} (${sourceDate(fuente.fecha)})${
    cita ? html`<details class="cita"><summary>Cita</summary><q>${cita}</q></details>` : ""
  }</span>`;
}

/**
 * Reads filters from the address: each `name` keeps its value only if it is among `allowed[name]`
 * (compared as text); a value that is not is reported in `invalid` (and not applied), so the page can say so.
 *
 * @param {Record<string, readonly string[] | null>} allowed allowed values by parameter (null: any text)
 * @returns {{value: Record<string, string>, invalid: {name: string, raw: string}[]}}
 */
export function readFilters(allowed) {
  const params = new URLSearchParams(location.search);
  /** @type {Record<string, string>} */
  const value = {};
  const invalid = [];
  for (const [name, options] of Object.entries(allowed)) {
    const raw = params.get(name);
    if (raw === null || raw === "") value[name] = "";
    else if (options === null || options.includes(raw)) value[name] = raw;
    else {
      invalid.push({name, raw});
      value[name] = "";
    }
  }
  return {value, invalid};
}

/** Writes filters into the address (empty ones removed) without reloading or adding a history entry. */
export function writeFilters(filters) {
  const url = new URL(location.href);
  for (const [name, v] of Object.entries(filters)) {
    if (v === "" || v === null || v === undefined) url.searchParams.delete(name);
    else url.searchParams.set(name, String(v));
  }
  history.replaceState(history.state, "", url);
}

/** The "this address asks for something that does not exist" notice, or nothing. */
export function invalidNotice(items) {
  if (!items.length) return "";
  return html`<p class="aviso" role="alert"><strong>La dirección pide algo que no existe:</strong> ${items.flatMap((m, i) => (i ? ["; ", m] : [m]))}.</p>`;
}

let selects = 0;

/**
 * A labelled drop-down for `view()`: its value is the chosen option's id.
 *
 * @param {{id: string, label: string}[]} options
 * @param {{label: string, value?: string}} settings
 */
export function selectControl(options, {label, value = options[0]?.id}) {
  const id = `seleccion-${++selects}`;
  const el = html`<select id=${id}>${options.map((o) => html`<option value=${o.id} selected=${o.id === value}>${o.label}</option>`)}</select>`;
  const wrap = html`<div class="control-seleccion"><label for=${id}>${label}</label>${el}</div>`;
  wrap.value = el.value;
  el.addEventListener("input", (event) => {
    event.stopPropagation();
    wrap.value = el.value;
    wrap.dispatchEvent(new Event("input", {bubbles: true}));
  });
  el.addEventListener("change", (event) => event.stopPropagation());
  return wrap;
}
