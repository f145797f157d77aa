/**
 * The printable report's whole body on one date: title page with its summary, national figures, INAI's
 * status table, the three maps, each group's section, the group targets, the disagreements and the sources.
 * The page (/reporte) draws it for the month chosen; the build writes it for the latest month into the
 * page's HTML (scripts/prerender.ts, {@link reportFirstView}), so the report shows and prints with
 * JavaScript off and appears before any script runs.
 */
import {html} from "npm:htl";
import type {TargetOutcome} from "../lib/target-outcomes.js";
import type {Row} from "../lib/model/schema.js";
import type {Construccion} from "./load-table.js";
import {COLORING_TEXT, type Coloring, mapAttribution, mapLegend, mapSentence, mexicoMap} from "./mexico-map.js";
import {reportModel, type ReportTables} from "./report-model.js";
import {
  conflictsList,
  fechaLarga,
  groupSection,
  howToRead,
  nationalTable,
  printMargins,
  sectionHeader,
  sourcesList,
  statusTable,
  targetsSection,
  titlePage,
  yearSummary
} from "./report-sections.js";

/** The published tables the report reads (rows as `loadTable` returns them), whole. */
export interface ReportPageTables extends Omit<ReportTables, "fecha"> {
  metas: readonly Row<"metas">[];
  metas_entidades: readonly Row<"metas_entidades">[];
  metas_resultado: readonly TargetOutcome[];
}

const MAPS: {coloring: Coloring; title: string}[] = [
  {coloring: "fase", title: "Por fase"},
  {coloring: "logro", title: "Por lo logrado (todos los ejercicios)"},
  {coloring: "semaforo", title: "Por semáforo"}
];

/**
 * The report's body on `fecha` (a month-end of `fases_mensuales`), as one fragment.
 *
 * @param invalid the `?fecha=` the address asked for when it is not a date of the record (said on the title page)
 * @param address the page's address, on the title page (null when not known: the report written at build time)
 */
export function reportBody(
  t: ReportPageTables,
  {
    fecha,
    construccion,
    invalid,
    address
  }: {fecha: string; construccion: Construccion; invalid?: string; address: string | null}
): HTMLElement {
  const fechas = [...new Set(t.fases.map((r) => r.fecha))].sort();
  const nombres = new Map(t.entidades.map((e) => [e.clave_inegi, e.nombre_corto]));
  const model = reportModel({...t, fecha});
  const porClave = new Map(t.entidades.map((e) => [e.clave_inegi, e]));
  const enFecha = model.states.flatMap((s) =>
    s.fase ? [{...s.fase, nombre_corto: s.nombre_corto, iso_3166_2: porClave.get(s.clave_inegi)?.iso_3166_2 ?? ""}] : []
  );
  // In the report a state on the map leads to its row of the status table below (the report is read on paper too).
  const aSuFila = (clave: string) => `#entidad-${clave}`;
  const caption = (coloring: Coloring) =>
    `Mapa de las 32 entidades al ${fechaLarga(fecha)}, por ${COLORING_TEXT[coloring]}: ${mapSentence(enFecha, {coloring})}.`;
  return html`<div class="reporte-cuerpo">
    ${printMargins({fecha, construccion})}
    ${titlePage({fecha, construccion, invalid, fechas, address, resumen: yearSummary(model, {names: nombres})})}
    <section class="reporte-seccion" aria-labelledby="cifras-nacionales">
      ${sectionHeader(fecha)}
      <h2 id="cifras-nacionales">Cifras nacionales al ${fechaLarga(fecha)}</h2>
      ${howToRead()}
      ${nationalTable(model, {names: nombres})}
    </section>
    <section class="reporte-seccion reporte-continua" aria-labelledby="estatus">
      <h2 id="estatus">Estatus de los ejercicios por entidad</h2>
      <p>La tabla «Estatus de los ejercicios» que el INAI publicó en 2016 para sus grupos G15 y G16, rehecha para el ${fechaLarga(fecha)} con las 32 entidades.</p>
      <div class="tabla-ancha" tabindex="0" role="region" aria-label="Tabla: estatus de los ejercicios por entidad">${statusTable(model)}</div>
    </section>
    <section class="reporte-seccion" aria-labelledby="mapas">
      ${sectionHeader(fecha)}
      <h2 id="mapas">Mapas: fase, lo logrado y semáforo al ${fechaLarga(fecha)}</h2>
      ${MAPS.map(
        ({coloring, title}) => html`<div class="reporte-mapa">
        <h3>${title}</h3>
        <div class="mapa-y-leyenda">
          <div class="mapa-contenedor">${mexicoMap(enFecha, {width: 640, coloring, caption: caption(coloring), stateHref: aSuFila, idPrefix: `reporte-${coloring}`})}</div>
          <div class="leyenda-contenedor">${mapLegend(enFecha, {coloring})}</div>
        </div>
        <p class="resumen-mapa"><small>${caption(coloring)}</small></p>
      </div>`
      )}
      <p class="atribucion"><small>${mapAttribution()}. Fase, lo logrado y semáforo: el registro, mes a mes; cada entidad, con sus fuentes, en la tabla de estatus y en la página de su grupo. Rayado: no participa, aún no se suma (o sin Declaratoria todavía) o sin dato.</small></p>
    </section>
    ${model.groups.map((g) => groupSection(g, model))}
    <section class="reporte-seccion" aria-labelledby="metas">
      ${sectionHeader(fecha)}
      <h2 id="metas">Metas de grupo del INAI</h2>
      ${targetsSection(
        {
          metas: t.metas,
          resultados: t.metas_resultado,
          fuentes: new Map(t.fuentes.map((f) => [f.fuente_id, f])),
          evaluables: new Set(t.metas_entidades.map((m) => m.meta_id))
        },
        fecha
      )}
    </section>
    <section class="reporte-seccion" aria-labelledby="desacuerdos">
      ${sectionHeader(fecha)}
      <h2 id="desacuerdos">Donde las fuentes no coinciden</h2>
      <p>Cuando dos fuentes fechan distinto un mismo hito, el registro guarda ambas y una decisión dice cuál usa y por qué. Aquí, los hitos de este reporte con fuentes en desacuerdo.</p>
      ${conflictsList(model)}
      <h2 id="fuentes">Fuentes citadas</h2>
      ${sourcesList(model)}
    </section>
  </div>`;
}

/**
 * The report's first view fixed at build time — the latest month of the record, no date asked for — keyed
 * by the `data-ssr` placeholder it fills in the page's HTML. The page's cell replaces it (`takeOver`) when it
 * runs.
 *
 * @throws Error when `fases_mensuales` has no rows
 */
export function reportFirstView(t: ReportPageTables, construccion: Construccion): Record<string, Node | string> {
  const fecha = [...new Set(t.fases.map((r) => r.fecha))].sort().at(-1);
  if (fecha === undefined) throw new Error("reportFirstView: fases_mensuales no tiene filas");
  return {reporte: reportBody(t, {fecha, construccion, address: null})};
}
