import {html} from "npm:htl";
import {timestampText} from "./date-text.js";
import type {Construccion} from "./load-table.js";
import {dataOrigin} from "./provenance-note.js";

/**
 * A block shown only on paper (tablero.css hides it on screen): the view printed (date and colouring, when
 * the page has them), its address, the day it was printed, where the data came from and when the site was
 * built. The address and the day are taken again just before printing.
 */
export function printNote({vista, construccion}: {vista?: string; construccion: Construccion}): HTMLElement {
  const address = html`<span></span>`;
  const day = html`<span></span>`;
  const refresh = () => {
    address.textContent = location.href;
    day.textContent = timestampText(new Date().toISOString());
  };
  refresh();
  addEventListener("beforeprint", refresh);
  return html`<div class="solo-impresion">
    <p>${vista ? html`<strong>Vista:</strong> ${vista}. ` : ""}<strong>Dirección:</strong> ${address}. <strong>Impreso el</strong> ${day}.</p>
    <p><strong>Datos:</strong> ${dataOrigin(construccion)}, con fecha ${timestampText(construccion.fecha_registro)}; cada fila cita su fuente. <strong>Sitio construido el</strong> ${timestampText(construccion.fecha_construccion)}.</p>
  </div>`;
}
