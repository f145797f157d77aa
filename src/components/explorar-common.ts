import {html} from "npm:htl";
import type {Option, ViewElement} from "./controls.js";
import {dayText, partialDateText} from "./date-text.js";
import {sourceRef} from "./source-cite.js";
import {shownParam} from "./url-state.js";

/**
 * Shared pieces of the explorer pages (compromisos, métrica, metas, casos): accent- and case-blind text
 * folding, links to a state's page, "sin dato", and filters kept in the address. A source reference is
 * `sourceRef` of source-cite.ts (re-exported here).
 */

export {sourceRef};

/** Text folded for search: NFD, combining marks stripped, lower case ("Querétaro" → "queretaro"). */
export function fold(text: unknown): string {
  return String(text ?? "")
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase();
}

/** The address of a state's page (static file; pages at the site root link to it relatively). */
export const statePage = (clave: string): string => `./estados/${clave}.html`;

/** "sin dato", muted: what no source says. */
export const sinDato = (): HTMLElement => html`<span class="sin-dato">sin dato</span>`;

/** Date of a source as written (AAAA, AAAA-MM or AAAA-MM-DD) in Spanish words; "sin fecha" when unknown. */
export const sourceDate = partialDateText;

/** "31 de diciembre de 2017" for an ISO day; "sin dato" when there is none. */
export function dayLabel(iso: string | null | undefined): string {
  return iso ? dayText(iso) : "sin dato";
}

/** A parameter of the address that names a value the page does not have. */
export interface InvalidFilter {
  name: string;
  raw: string;
}

/**
 * Reads filters from the address: each `name` keeps its value only if it is among `allowed[name]`
 * (compared as text; null allows any text); a value that is not is reported in `invalid` (and not
 * applied), so the page can say so — shortened, with {@link shownParam}.
 */
export function readFilters(allowed: Record<string, readonly string[] | null>): {
  value: Record<string, string>;
  invalid: InvalidFilter[];
} {
  const params = new URLSearchParams(location.search);
  const value: Record<string, string> = {};
  const invalid: InvalidFilter[] = [];
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
export function writeFilters(filters: Record<string, string | number | null | undefined>): void {
  const url = new URL(location.href);
  for (const [name, v] of Object.entries(filters)) {
    if (v === "" || v === null || v === undefined) url.searchParams.delete(name);
    else url.searchParams.set(name, String(v));
  }
  history.replaceState(history.state, "", url);
}

/**
 * The "this address asks for something that does not exist" notice, or nothing. Items are nodes or text;
 * an address's own text must already be shortened ({@link shownParam}, or {@link invalidFilterText}).
 */
export function invalidNotice(items: readonly (Node | string)[]): HTMLElement | "" {
  if (!items.length) return "";
  return html<HTMLElement>`<p class="aviso" role="alert"><strong>La dirección pide algo que no existe:</strong> ${items.flatMap((m, i) => (i ? ["; ", m] : [m]))}.</p>`;
}

/** «name=valor» of an unknown filter, its value shortened ({@link shownParam}). */
export function invalidFilterText({name, raw}: InvalidFilter): string {
  return `«${name}=${shownParam(raw)}»`;
}

let selects = 0;

/** A labelled drop-down for `view()`: its value is the chosen option's id. */
export function selectControl<I extends string>(
  options: readonly Option<I>[],
  {label, value = options[0]?.id}: {label: string; value?: I}
): ViewElement<HTMLDivElement, I> {
  const id = `seleccion-${++selects}`;
  const el = html<HTMLSelectElement>`<select id=${id}>${options.map((o) => html`<option value=${o.id} selected=${o.id === value}>${o.label}</option>`)}</select>`;
  const wrap = html<
    ViewElement<HTMLDivElement, I>
  >`<div class="control-seleccion"><label for=${id}>${label}</label>${el}</div>`;
  wrap.value = el.value as I;
  el.addEventListener("input", (event) => {
    event.stopPropagation();
    wrap.value = el.value as I;
    wrap.dispatchEvent(new Event("input", {bubbles: true}));
  });
  el.addEventListener("change", (event) => event.stopPropagation());
  return wrap;
}
