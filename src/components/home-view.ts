import {html} from "npm:htl";
import type {DerivedTotal, Fuente} from "./load-table.js";
import {
  COLORING_TEXT,
  type Coloring,
  type MapRow,
  mapLegend,
  mapSentence,
  mexicoMap,
  statesOnDate,
  tileGridMap
} from "./mexico-map.js";
import {fechaLarga, nationalFigures} from "./national-figures.js";
import {type ReportModel, type ReportTables, reportModel} from "./report-model.js";
import {sourcesList, statusTable} from "./report-sections.js";
import {semaforoRule, semaforoTable} from "./semaforo-table.js";
import {datedHref} from "./url-state.js";

/** The published tables the home reads (rows as `loadTable` returns them). */
export type HomeTables = Omit<ReportTables, "fecha">;

/** How the home shows the states: on the map of Mexico or as a tile grid. */
export type HomeLayout = "mapa" | "mosaico";

/** What the home shows on one month: the states on the date (for the map and its table) and the report's model (figures, status table). */
export interface HomeModel {
  fecha: string;
  enFecha: MapRow[];
  estatus: ReportModel;
  names: Map<string, string>;
  sources: Map<string, Fuente>;
  totales: readonly DerivedTotal[];
}

/** The home's figures and tables on `fecha` (a month-end date of `fases_mensuales`). */
export function homeModel(t: HomeTables, fecha: string): HomeModel {
  return {
    fecha,
    enFecha: statesOnDate(t.fases, t.entidades, fecha),
    estatus: reportModel({fecha, ...t}),
    names: new Map(t.entidades.map((e) => [e.clave_inegi, e.nombre_corto])),
    sources: new Map(t.fuentes.map((f) => [f.fuente_id, f])),
    totales: t.totales
  };
}

/** The map in one sentence, its accessible name and the line under it: "Mapa de las 32 entidades al …, por fase: 8 en …". */
export function homeCaption(m: HomeModel, coloring: Coloring): string {
  return `Mapa de las 32 entidades al ${fechaLarga(m.fecha)}, por ${COLORING_TEXT[coloring]}: ${mapSentence(m.enFecha, {coloring})}.`;
}

/** The map (or the tile grid) of the home, `width` px wide at most; `idPrefix` as in `mexicoMap`. */
export function homeMap(
  m: HomeModel,
  {width, coloring, layout, idPrefix}: {width: number; coloring: Coloring; layout: HomeLayout; idPrefix?: string}
): HTMLElement {
  return (layout === "mosaico" ? tileGridMap : mexicoMap)(m.enFecha, {
    width,
    coloring,
    caption: homeCaption(m, coloring),
    fecha: m.fecha,
    idPrefix
  });
}

const LEGEND_TITLES: Record<Coloring, string> = {fase: "Fase", logro: "Lo logrado", semaforo: "Semáforo"};

/** The legend beside the map: its title with the date, the values with their counts, what the colouring means, and how to reach a state. */
export function homeLegend(m: HomeModel, coloring: Coloring): HTMLElement {
  return html`<div class="leyenda-mapa">
    <h3>${LEGEND_TITLES[coloring]} al ${fechaLarga(m.fecha)}</h3>
    ${mapLegend(m.enFecha, {coloring})}
    ${
      coloring === "semaforo"
        ? semaforoRule()
        : coloring === "logro"
          ? html`<p class="nota"><small>Lo más avanzado que cada entidad había logrado con certeza en la fecha, en todos sus ejercicios: una entidad que ya empezó un segundo ejercicio conserva el PAL del primero. Rayado: no participa, sin Declaratoria todavía o sin dato (ninguna fuente permite ubicarla; no quiere decir que no participe).</small></p>`
          : html`<p class="nota"><small>Fase del ejercicio en curso: la del hito más avanzado que es <em>cierto</em> en la fecha (su último día posible ya pasó). Una entidad que empieza un nuevo ejercicio vuelve a las primeras fases; «Lo logrado» muestra lo que ya consiguió. Rayado: no participa, o sin dato (ninguna fuente permite ubicarla; no quiere decir que no participe).</small></p>`
    }
    <p class="nota pista-mapa"><small><span class="pista-puntero">Pase el puntero o el foco del teclado por un estado para ver sus cifras; al elegirlo se abre su página en la misma fecha, con sus hitos, su STL, sus planes y sus fuentes.</span><span class="pista-tactil">Toque un estado para abrir su página en la misma fecha, con sus hitos, su STL, sus planes y sus fuentes; las cifras de todos están en la tabla de abajo.</span></small></p>
  </div>`;
}

/** The headline figures of the month. */
export const homeFigures = (m: HomeModel): HTMLElement =>
  nationalFigures(m.estatus, m.totales, m.sources, {names: m.names});

/** The map's table: phase, attainment and semáforo of each state. */
export const homeMapTable = (m: HomeModel): HTMLElement =>
  semaforoTable(m.enFecha, {
    caption: `Fase, lo logrado y semáforo de cada entidad al ${fechaLarga(m.fecha)}`,
    fecha: m.fecha
  });

/** INAI's status table rebuilt for the month; its source numbers lead to {@link homeStatusSources}. */
export const homeStatusTable = (m: HomeModel): HTMLElement =>
  statusTable(m.estatus, {ids: false, conflictHref: (n) => datedHref(`./reporte.html#desacuerdo-${n}`, m.fecha)});

/** The numbered sources of the status table. */
export const homeStatusSources = (m: HomeModel): HTMLElement => sourcesList(m.estatus);

/**
 * The home's first view — latest month, coloured by phase, on the map — keyed by the `data-ssr` placeholder
 * each piece fills in the page's HTML. scripts/prerender.ts renders it at build time (the same functions
 * the page calls, on a server-side DOM), so the map, the figures and the tables are in the HTML itself: they
 * show and print with JavaScript off, and the page's cells replace each piece ({@link takeOver}) once they run.
 */
export function homeFirstView(t: HomeTables): Record<string, Node | string> {
  const fecha = [...new Set(t.fases.map((r) => r.fecha))].sort().at(-1);
  if (fecha === undefined) throw new Error("homeFirstView: fases_mensuales no tiene filas");
  const m = homeModel(t, fecha);
  return {
    fecha: fechaLarga(fecha),
    cifras: homeFigures(m),
    mapa: homeMap(m, {width: 640, coloring: "fase", layout: "mapa", idPrefix: "ssr-mapa"}),
    leyenda: homeLegend(m, "fase"),
    resumen: homeCaption(m, "fase"),
    "tabla-mapa": homeMapTable(m),
    estatus: homeStatusTable(m),
    "fuentes-estatus": homeStatusSources(m)
  };
}
