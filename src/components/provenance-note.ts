import {html} from "npm:htl";
import {timestampText} from "./date-text.js";
import type {Construccion} from "./load-table.js";

/** Where the data came from, in words: the shipped registry or the remote one (its address as text). */
export function dataOrigin(p: Construccion): HTMLElement {
  return p.origen === "remoto"
    ? html`<span>el registro remoto <code>${p.url}</code></span>`
    : html`<span>el registro incluido en el repositorio del proyecto</span>`;
}

/**
 * Where the data of this build came from and when: the shipped registry or a remote one, the date of the
 * registry and of the build, and why a configured remote source was not used, if it was not.
 */
export function provenanceNote(p: Construccion): HTMLElement {
  return html`<p class="procedencia"><small>Datos: ${dataOrigin(p)}, con fecha ${timestampText(p.fecha_registro)}. Sitio construido el ${timestampText(p.fecha_construccion)}.${p.aviso ? html` <strong>Aviso:</strong> ${p.aviso}` : ""}</small></p>`;
}
