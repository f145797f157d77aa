import {html} from "npm:htl";
import type {Fuente} from "./load-table.js";
import {partialDateText} from "./date-text.js";

/** Text shown wherever no source gives a value. */
export const SIN_DATO = "sin dato";

const isWeb = (url: string | null): url is string => url !== null && /^https?:\/\//i.test(url);

/**
 * A source of `fuentes` as a reader meets it beside a fact: its title (a link when its address is a web
 * address; a repository path is shown as text), the mark «título atribuido» when the document has no title
 * and the project wrote it (`titulo_atribuido`), its issuer, its date, and the quote (`cita`) one click away.
 * An unknown source says so, with the id the fact gave (`fuenteId`, or `id`).
 */
export function sourceRef(
  fuente: Fuente | undefined | null,
  {cita, fuenteId, id}: {cita?: string | null; fuenteId?: string; id?: string} = {}
): HTMLElement {
  const missing = fuenteId ?? id;
  if (!fuente)
    return html`<span><span class="sin-dato">fuente no encontrada</span>${missing ? html` <code>${missing}</code>` : ""}</span>`;
  const title = isWeb(fuente.url)
    ? html`<a href=${fuente.url} rel="noopener noreferrer">${fuente.titulo}</a>`
    : html`<span>${fuente.titulo}</span>`;
  return html`<span class="fuente-ref">${title}${
    fuente.titulo_atribuido
      ? html` <small class="atribuido" title="El documento no trae título: lo escribió el proyecto">(título atribuido por el proyecto)</small>`
      : ""
  }${fuente.emisor ? `, ${fuente.emisor}` : ""}${fuente.fecha ? html` <small class="fecha-fuente">(${partialDateText(fuente.fecha)})</small>` : ""}${
    !isWeb(fuente.url) && fuente.url ? html`<br><small class="ruta">${fuente.url}</small>` : ""
  }${cita ? html`<details class="cita"><summary>Cita</summary><q>${cita}</q></details>` : ""}</span>`;
}

/** Map of `fuentes` rows by `fuente_id`. */
export function sourcesById(fuentes: readonly Fuente[]): Map<string, Fuente> {
  return new Map(fuentes.map((f) => [f.fuente_id, f]));
}

/** The legend of the «título atribuido» mark, for the foot of a page that shows it. */
export function attributedTitleNote(): HTMLElement {
  return html`<p class="nota"><small><strong>«Título atribuido por el proyecto»:</strong> el documento no trae título (o no se pudo leer) y el título que se muestra lo escribió el proyecto a partir de su contenido o de su dirección.</small></p>`;
}
