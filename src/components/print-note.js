import {html} from "npm:htl";
import {timestampText} from "./date-text.js";

/**
 * A block shown only on paper (tablero.css hides it on screen): the view printed (date and colouring, when
 * the page has them), its address, the day it was printed, where the data came from and when the site was
 * built. The address and the day are taken again just before printing.
 *
 * @param {{vista?: string, construccion: {origen: string, url: string|null, fecha_registro: string|null, fecha_construccion: string}}} options
 */
export function printNote({vista, construccion}) {
  const address = html`<span></span>`;
  const day = html`<span></span>`;
  const refresh = () => {
    address.textContent = location.href;
    day.textContent = timestampText(new Date().toISOString());
  };
  refresh();
  addEventListener("beforeprint", refresh);
  const origin =
    construccion.origen === "remoto"
      ? `el registro remoto ${construccion.url}`
      : "el registro incluido en el repositorio (data/)";
  return html`<div class="solo-impresion">
    <p>${vista ? html`<strong>Vista:</strong> ${vista}. ` : ""}<strong>Dirección:</strong> ${address}. <strong>Impreso el</strong> ${day}.</p>
    <p><strong>Datos:</strong> ${origin}, con fecha ${timestampText(construccion.fecha_registro)}; cada fila cita su fuente (tablas <code>fuentes</code> y <code>cita</code>). <strong>Sitio construido el</strong> ${timestampText(construccion.fecha_construccion)}.</p>
  </div>`;
}
