import * as Plot from "npm:@observablehq/plot";
import {html} from "npm:htl";
import {dayText, formatInterval} from "./date-text.js";
import type {Construccion, Hito} from "./load-table.js";
import {MILESTONE_BY_ID, MILESTONES, PHASE_BY_ID, PHASES} from "./phase-style.js";
import type {NamedPhase} from "./phase-timeline.js";
import {withTextAlternative} from "./plot-a11y.js";
import {milestoneStatus} from "./report-model.js";
import {chartSvg, viewExport} from "./view-export.js";

/** A row of `hitos` with the state's short name. */
export type NamedHito = Hito & {nombre_corto: string};

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const monthStart = (fecha: string) => day(`${fecha.slice(0, 7)}-01`);
const nextMonth = (fecha: string) => {
  const d = monthStart(fecha);
  d.setUTCMonth(d.getUTCMonth() + 1);
  return d;
};

/**
 * Each state's milestones over time, one row per state: a pale band of its phase month by month
 * (`fases_mensuales`), every dated fact of `hitos` on top — a mark on its day when the source gives the
 * day, a line over the interval its source allows otherwise (dashed back to the chart's start when the
 * source only says "a más tardar") — and the chosen date as a vertical rule.
 *
 * @param order state names, top to bottom
 */
export function milestoneTimeline(
  hitos: readonly NamedHito[],
  fases: readonly NamedPhase[],
  {width, fecha, order}: {width: number; fecha: string; order: readonly string[]}
): SVGSVGElement | HTMLElement {
  const start = monthStart(fases.reduce((a, r) => (r.fecha < a ? r.fecha : a), "9999"));
  const exact = hitos.filter((h) => h.fecha_min && h.fecha_min === h.fecha_max);
  const ranged = hitos.filter((h) => h.fecha_min && h.fecha_min !== h.fecha_max);
  const openEnded = hitos.filter((h) => !h.fecha_min);
  const title = (h: NamedHito) =>
    `${h.nombre_corto}, ejercicio ${h.ejercicio}: ${MILESTONE_BY_ID.get(h.tipo)?.label ?? h.tipo}\n${formatInterval(h.fecha_min, h.fecha_max)}${
      milestoneStatus(h, fecha) === "despues" ? " (posterior a la fecha marcada)" : ""
    }`;
  const chart = Plot.plot({
    width,
    height: 40 + order.length * 22,
    marginLeft: 120,
    x: {type: "utc", label: null, grid: true},
    y: {domain: order, label: null},
    color: {domain: MILESTONES.map((m) => m.label), range: MILESTONES.map((m) => m.color)},
    symbol: {domain: MILESTONES.map((m) => m.label), range: MILESTONES.map((m) => m.symbol), legend: true},
    marks: [
      Plot.barX(fases, {
        x1: (d: NamedPhase) => monthStart(d.fecha),
        x2: (d: NamedPhase) => nextMonth(d.fecha),
        y: "nombre_corto",
        fill: (d: NamedPhase) => PHASE_BY_ID.get(d.fase)?.color ?? "#ccc",
        fillOpacity: 0.35,
        insetTop: 4,
        insetBottom: 4
      }),
      Plot.ruleY(openEnded, {
        y: "nombre_corto",
        x1: () => start,
        x2: (h: NamedHito) => day(h.fecha_max),
        stroke: "#777",
        strokeDasharray: "1,3",
        strokeWidth: 1.2
      }),
      Plot.ruleY(ranged, {
        y: "nombre_corto",
        x1: (h: NamedHito) => day(h.fecha_min ?? h.fecha_max),
        x2: (h: NamedHito) => day(h.fecha_max),
        stroke: "#222",
        strokeWidth: 2.5
      }),
      Plot.tickX([...ranged, ...openEnded], {
        x: (h: NamedHito) => day(h.fecha_max),
        y: "nombre_corto",
        stroke: "#222",
        strokeWidth: 2,
        inset: 5
      }),
      Plot.dot(exact, {
        x: (h: NamedHito) => day(h.fecha_max),
        y: "nombre_corto",
        symbol: (h: NamedHito) => MILESTONE_BY_ID.get(h.tipo)?.label,
        fill: (h: NamedHito) => MILESTONE_BY_ID.get(h.tipo)?.label,
        stroke: "#000",
        strokeWidth: 0.8,
        r: 5,
        title,
        tip: true
      }),
      Plot.ruleX([day(fecha)], {stroke: "#a84a00", strokeWidth: 2, strokeDasharray: "5,3"})
    ]
  });
  return withTextAlternative(chart, {
    label: `Hitos de ${order.length} entidades a lo largo del tiempo, con la fecha elegida (${fecha}) marcada`,
    description: `Una fila por entidad; franja clara: su fase mes a mes; figuras: hitos con día exacto (${exact.length}); líneas: hitos que la fuente sólo fecha en un intervalo (${ranged.length}) o «a más tardar» (${openEnded.length}, punteadas). La tabla de hitos debajo tiene los mismos datos.`
  });
}

/** Legend of the pale phase bands (the marks have Plot's own legend). */
export function phaseBandLegend(): HTMLElement {
  return html`<p class="leyenda-fases"><small>Franja de fondo: ${PHASES.flatMap((p, i) => [i ? " · " : "", html`<span class="muestra" style=${{"--muestra": p.color}} aria-hidden="true"></span> ${p.label}`])}</small></p>`;
}

/**
 * Every dated fact of the timeline as a table (the chart's data, readable without it), its date as precise
 * as its source; with `fecha` (the date marked), a fact dated after it says «posterior a la fecha marcada»
 * (or «quizá posterior» when its interval straddles it).
 */
export function milestoneTable(hitos: readonly NamedHito[], {fecha}: {fecha?: string} = {}): HTMLElement {
  const rows = [...hitos].sort(
    (a, b) =>
      a.nombre_corto.localeCompare(b.nombre_corto, "es") ||
      a.ejercicio - b.ejercicio ||
      a.fecha_max.localeCompare(b.fecha_max)
  );
  return html`<table class="hitos">
    <caption>Hitos fechados por las fuentes del registro (${rows.length})</caption>
    <thead><tr><th scope="col">Entidad</th><th scope="col" class="num">Ejercicio</th><th scope="col">Hito</th><th scope="col">Fecha</th><th scope="col">Respecto de la fecha marcada</th><th scope="col">Fuente</th></tr></thead>
    <tbody>${rows.map((h) => {
      const standing = fecha ? milestoneStatus(h, fecha) : "cierto";
      return html`<tr data-posterior=${standing === "cierto" ? null : standing}><th scope="row">${h.nombre_corto}</th><td class="num">${h.ejercicio}</td><td>${MILESTONE_BY_ID.get(h.tipo)?.label ?? h.tipo}</td><td>${formatInterval(h.fecha_min, h.fecha_max)}</td><td>${standing === "despues" ? html`<span class="posterior">posterior</span>` : standing === "posible" ? "quizá posterior (intervalo)" : "anterior"}</td><td><code>${h.fuente_id}</code></td></tr>`;
    })}</tbody>
  </table>`;
}

/** A fact's date against the date marked, in the words of «Datos de esta vista». */
const STANDING_TEXT = {cierto: "anterior", posible: "quizá posterior", despues: "posterior"} as const;

/**
 * The export menu of {@link milestoneTimeline}: PNG, SVG (with the milestones' legend drawn in), link,
 * citation and, as «Datos de esta vista», every fact drawn — state (in the chart's order), INEGI key,
 * ejercicio, milestone in words, its date as its source gives it (words and first and last possible day)
 * and whether it is later than the date marked. `container` holds the chart.
 */
export function milestoneTimelineExport(
  hitos: readonly NamedHito[],
  {
    fecha,
    order,
    container,
    construccion
  }: {
    fecha: string;
    order: readonly string[];
    container: () => Element | null;
    construccion: Pick<Construccion, "fecha_construccion" | "fecha_registro">;
  }
): HTMLElement {
  const rank = new Map(order.map((name, i) => [name, i]));
  return viewExport(() => chartSvg(container()), {
    title: `Hitos de cada entidad, con el ${dayText(fecha)} marcado`,
    date: dayText(fecha),
    source:
      "registro del Tablero de Gobierno Abierto Local: cada hito con la fecha que da su fuente (figura: el día; línea: el intervalo; punteada: «a más tardar»); franja de fondo: la fase de cada mes",
    legend: MILESTONES.map((m) => ({color: m.color, label: m.label})),
    columns: [
      {name: "entidad"},
      {name: "clave_inegi"},
      {name: "ejercicio", type: "integer"},
      {name: "hito"},
      {name: "fecha"},
      {name: "fecha_min"},
      {name: "fecha_max"},
      {name: "frente_a_la_fecha_marcada"}
    ],
    rows: hitos
      .filter((h) => rank.has(h.nombre_corto))
      .sort(
        (a, b) =>
          (rank.get(a.nombre_corto) ?? 0) - (rank.get(b.nombre_corto) ?? 0) ||
          a.ejercicio - b.ejercicio ||
          a.fecha_max.localeCompare(b.fecha_max)
      )
      .map((h) => ({
        entidad: h.nombre_corto,
        clave_inegi: h.clave_inegi,
        ejercicio: h.ejercicio,
        hito: MILESTONE_BY_ID.get(h.tipo)?.label ?? h.tipo,
        fecha: formatInterval(h.fecha_min, h.fecha_max),
        fecha_min: h.fecha_min,
        fecha_max: h.fecha_max,
        frente_a_la_fecha_marcada: STANDING_TEXT[milestoneStatus(h, fecha)]
      })),
    filename: `linea-de-tiempo-${fecha}`,
    construccion
  });
}
