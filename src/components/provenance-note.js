import {html} from "npm:htl";
import {timestampText} from "./date-text.js";

/**
 * Where the data of this build came from and when: the shipped registry or a remote one, the date of the
 * registry and of the build, and why a configured remote source was not used, if it was not.
 *
 * @param {{origen: string, url: string|null, aviso: string|null, fecha_registro: string|null, fecha_construccion: string}} p
 */
export function provenanceNote(p) {
  const origin =
    p.origen === "remoto"
      ? html`el registro remoto <code>${p.url}</code>`
      : html`el registro incluido en el repositorio (<code>data/</code>)`;
  return html`<p class="procedencia"><small>Datos: ${origin}, con fecha ${timestampText(p.fecha_registro)}. Sitio construido el ${timestampText(p.fecha_construccion)}.${p.aviso ? html` <strong>Aviso:</strong> ${p.aviso}` : ""}</small></p>`;
}
