import {html} from "npm:htl";
import {dayText} from "./date-text.js";
import type {Construccion, Entidad, MonthlyPhase} from "./load-table.js";
import {
  COLORINGS,
  type Coloring,
  MAP_GEOMETRY_LICENCE,
  MAP_SOURCE,
  mapLegend,
  mapSentence,
  mexicoMap,
  statesOnDate,
  tileGridMap
} from "./mexico-map.js";
import {datedHref, requestedDate, requestedParam} from "./url-state.js";
import {DATA_LICENCE, PROJECT} from "./view-export.js";

/**
 * The home map alone, for an `<iframe>` on another site (`insertar/mapa.html?fecha=…&color=…&vista=…`, the
 * same query as the home page): title, the map or tile grid, its legend, the source and licences, and a link
 * back to the full view (opened in the top window). Fits from 320 px (`width`: the page's width in px).
 */
export function mapEmbed({
  entidades,
  fases,
  construccion,
  width
}: {
  entidades: readonly Entidad[];
  fases: readonly MonthlyPhase[];
  construccion: Pick<Construccion, "fecha_construccion">;
  width: number;
}): HTMLElement {
  const fechas = [...new Set(fases.map((r) => r.fecha))].sort();
  const fecha = requestedDate(fechas).value;
  const coloring = requestedParam<Coloring>(
    "color",
    COLORINGS.map((c) => c.id),
    "fase"
  ).value;
  const vista = requestedParam("vista", ["mapa", "mosaico"], "mapa").value;
  const rows = statesOnDate(fases, entidades, fecha);
  const label = COLORINGS.find((c) => c.id === coloring)?.label ?? coloring;
  const title = `${label} de las 32 entidades al ${dayText(fecha)}`;
  const full = new URL(datedHref("../index.html", fecha), location.href);
  full.searchParams.set("color", coloring);
  full.searchParams.set("vista", vista);
  const draw = vista === "mosaico" ? tileGridMap : mexicoMap;
  const stateHref = (clave: string) => datedHref(`../estados/${clave}.html`, fecha);
  return html`<div class="insertar">
    <h1 class="insertar-titulo">${title}</h1>
    <div class="mapa-contenedor">${draw(rows, {width: Math.max(280, width), coloring, fecha, stateHref, caption: `${title}: ${mapSentence(rows, {coloring})}.`})}</div>
    ${mapLegend(rows, {coloring})}
    <p class="insertar-fuente"><small>Fuente: ${MAP_SOURCE}. ${DATA_LICENCE}. ${MAP_GEOMETRY_LICENCE}. Sitio construido el ${dayText(construccion.fecha_construccion.slice(0, 10))}.</small></p>
    <p class="insertar-volver"><a href=${full.href} target="_top" data-vista-completa>Ver la vista completa en el ${PROJECT}</a></p>
  </div>`;
}
