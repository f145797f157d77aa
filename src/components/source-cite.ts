import {html} from "npm:htl";
import type {Fuente} from "./load-table.js";
import {partialDateText} from "./date-text.js";
import {sourceCitation as citationOf, readerQuote} from "../lib/source-citation.js";

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
  }${fuente.emisor ? `, ${fuente.emisor}` : ""}${fuente.fecha ? html` <small class="fecha-fuente">(${partialDateText(fuente.fecha)})</small>` : ""}${cita ? html`<details class="cita"><summary>Cita</summary>${citaText(cita)}</details>` : ""}</span>`;
}

/** A recorded quote (`cita`) as a reader meets it ({@link readerQuote}): not wrapped in a second pair of marks. */
export function citaText(cita: string): HTMLElement {
  return html`<span class="cita-texto">${readerQuote(cita)}</span>`;
}

/** Map of `fuentes` rows by `fuente_id`. */
export function sourcesById(fuentes: readonly Fuente[]): Map<string, Fuente> {
  return new Map(fuentes.map((f) => [f.fuente_id, f]));
}

/** The legend of the «título atribuido» mark, for the foot of a page that shows it. */
export function attributedTitleNote(): HTMLElement {
  return html`<p class="nota"><small><strong>«Título atribuido por el proyecto»:</strong> el documento no trae título (o no se pudo leer) y el título que se muestra lo escribió el proyecto a partir de su contenido o de su dirección.</small></p>`;
}

/**
 * A source's full citation, as a reader can find it again: issuer, title (marked when the project wrote
 * it), date, where it is (linked), a search for archived copies of a web address, and the record's
 * technical fields (identifier, file, repository path, commit) folded in a «Detalle técnico» disclosure.
 * The parts come from the library ({@link citationOf}); this only renders them.
 */
export function sourceCitation(fuente: Fuente): HTMLElement {
  const c = citationOf(fuente);
  const title = c.titulo.trim().replace(/\.$/, "");
  return html`<span class="cita-fuente">${c.emisor ? html`${c.emisor}. ` : ""}<cite>${title}</cite>${
    c.titulo_atribuido ? html` <span class="atribuido">(título atribuido por el proyecto)</span>` : ""
  }${c.fecha ? `, ${partialDateText(c.fecha)}` : ", sin fecha"}. ${
    c.donde.enlace
      ? html`<a href=${c.donde.enlace} rel="noopener noreferrer" class="url">${c.donde.texto}</a>.`
      : html`<span>${c.donde.texto[0].toUpperCase()}${c.donde.texto.slice(1)}.</span>`
  }${
    c.copia_archivada
      ? html`<a href=${c.copia_archivada} rel="noopener noreferrer" class="archivada"> Buscar copia archivada.</a>`
      : ""
  } <details class="tecnico"><summary>Detalle técnico</summary><dl>${c.tecnico.map(
    (t) => html`<div><dt>${t.etiqueta}</dt><dd><code>${t.valor}</code></dd></div>`
  )}</dl></details></span>`;
}
