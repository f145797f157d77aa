/**
 * /comparar over time: the chosen states side by side month by month — what each had achieved (bands with
 * their words), a count (PAL publicados or compromisos) as steps — the table of the same periods and the
 * export menus. The series come from the library ({@link compareSeries}, {@link attainmentRuns},
 * {@link seriesPeriods}); this file only draws them.
 */
import * as Plot from "npm:@observablehq/plot";
import {html} from "npm:htl";
import {
  type AttainmentRun,
  attainmentRuns,
  type CompareMonth,
  type ComparePeriod,
  seriesPeriods
} from "../lib/compare-over-time.js";
import {LOGRO_LABELS} from "../lib/model/vocabulary.js";

export {compareSeries} from "../lib/compare-over-time.js";
import {dayText, monthText, shortMonthText} from "./date-text.js";
import type {Construccion} from "./load-table.js";
import {LOGRO_BY_ID, LOGROS, textOn} from "./phase-style.js";
import {withTextAlternative} from "./plot-a11y.js";
import {chartSvg, type LegendItem, viewExport} from "./view-export.js";

/** The counts the step chart can draw: a column of {@link CompareMonth}, its words, and its possible column. */
export const COUNTS = [
  {id: "pal_publicados", label: "PAL publicados", posible: "pal_publicados_posibles"},
  {id: "compromisos", label: "Compromisos de los PAL publicados", posible: null}
] as const;
export type CountId = (typeof COUNTS)[number]["id"];

/** First day of a month-end's month, and of the next month (a month's extent on the time axis). */
const monthStart = (fecha: string) => new Date(`${fecha.slice(0, 7)}-01T00:00:00Z`);
const nextMonth = (fecha: string) => {
  const d = monthStart(fecha);
  d.setUTCMonth(d.getUTCMonth() + 1);
  return d;
};

const MARGIN_LEFT = 112;
const MARGIN_RIGHT = 12;

/** The words written on a band of `px` pixels: the full label, the attainment alone, its letter, or nothing. */
function bandText(run: AttainmentRun, px: number): string {
  const fits = (t: string) => t.length * 6.6 + 6 <= px;
  if (fits(run.etiqueta)) return run.etiqueta;
  const short = run.logro === null ? "sin dato" : LOGRO_LABELS[run.logro];
  const withMark = run.posible ? `${short} +?` : short;
  if (fits(withMark)) return withMark;
  const symbol = `${LOGRO_BY_ID.get(run.logro ?? "sin_dato")?.symbol ?? "?"}${run.posible ? "+?" : ""}`;
  return fits(symbol) ? symbol : "";
}

/**
 * What each chosen state had achieved, month by month: one row per state (named by `names`), a band per
 * run of months with the same certain and possible attainment, coloured by the attainment and labelled
 * with its words (or its letter, D S P C, where the band is narrow); bands where more was possible are
 * lighter and marked «+?». Months no source places are left empty (a gap), labelled «sin dato» when wide.
 */
export function attainmentBands(
  series: readonly CompareMonth[],
  {width, names}: {width: number; names: ReadonlyMap<string, string>}
): SVGSVGElement | HTMLElement {
  const runs = attainmentRuns(series);
  const claves = [...new Set(series.map((m) => m.clave_inegi))];
  const fechas = [...new Set(series.map((m) => m.fecha))].sort();
  const pxPerMonth = (width - MARGIN_LEFT - MARGIN_RIGHT) / Math.max(1, fechas.length);
  const name = (r: {clave_inegi: string}) => names.get(r.clave_inegi) ?? r.clave_inegi;
  const fill = (r: AttainmentRun) => LOGRO_BY_ID.get(r.logro ?? "sin_dato")?.color ?? "#cccccc";
  const placed = runs.filter((r) => r.logro !== null);
  const chart = Plot.plot({
    width,
    height: 34 + claves.length * 34,
    marginLeft: MARGIN_LEFT,
    marginRight: MARGIN_RIGHT,
    x: {type: "utc", label: null, grid: true, domain: [monthStart(fechas[0]), nextMonth(fechas.at(-1) ?? fechas[0])]},
    y: {domain: claves.map((c) => names.get(c) ?? c), label: null, padding: 0.12},
    marks: [
      Plot.barX(placed, {
        x1: (r: AttainmentRun) => monthStart(r.desde),
        x2: (r: AttainmentRun) => nextMonth(r.hasta),
        y: name,
        fill,
        fillOpacity: (r: AttainmentRun) => (r.posible ? 0.5 : 1),
        stroke: "white",
        strokeWidth: 1,
        title: (r: AttainmentRun) =>
          `${name(r)}, ${shortMonthText(r.desde)} – ${shortMonthText(r.hasta)}: ${r.etiqueta}`
      }),
      Plot.text(runs, {
        x: (r: AttainmentRun) => new Date((monthStart(r.desde).getTime() + nextMonth(r.hasta).getTime()) / 2),
        y: name,
        text: (r: AttainmentRun) => bandText(r, r.meses * pxPerMonth),
        fill: (r: AttainmentRun) => (r.logro === null ? "#555555" : r.posible ? "#000000" : textOn(fill(r))),
        fontSize: 11
      })
    ]
  });
  return withTextAlternative(chart, {
    label: `Lo logrado por ${claves.length === 1 ? "la entidad elegida" : `las ${claves.length} entidades elegidas`}, mes a mes, de ${monthText(fechas[0])} a ${monthText(fechas.at(-1) ?? "")}`,
    description:
      "Una fila por entidad; cada franja dice lo logrado con seguridad y, más clara y con «+?», los meses en que pudo haber logrado más. Los meses sin dato quedan vacíos. La tabla de abajo da los mismos periodos."
  });
}

/**
 * A count month by month, one small chart per chosen state, drawn as steps: the certain value as a solid
 * line and, for PAL publicados, the possible one as a dashed line (the two read apart without colour).
 * Months no source places are gaps in the line, never zero.
 */
export function countSteps(
  series: readonly CompareMonth[],
  {width, names, count}: {width: number; names: ReadonlyMap<string, string>; count: CountId}
): SVGSVGElement | HTMLElement {
  const def = COUNTS.find((c) => c.id === count) ?? COUNTS[0];
  const claves = [...new Set(series.map((m) => m.clave_inegi))];
  const fechas = [...new Set(series.map((m) => m.fecha))].sort();
  const name = (m: CompareMonth) => names.get(m.clave_inegi) ?? m.clave_inegi;
  // The value at the month's start, carried to the next month (a step): Plot breaks the line where y is null.
  const x = (m: CompareMonth) => monthStart(m.fecha);
  const line = (column: keyof CompareMonth, dashed: boolean) =>
    Plot.lineY(series, {
      x,
      y: (m: CompareMonth) => m[column],
      fy: name,
      z: name,
      curve: "step-after",
      stroke: dashed ? "#7a5a00" : "#1d4f91",
      strokeWidth: dashed ? 1.5 : 2,
      strokeDasharray: dashed ? "4 3" : undefined
    });
  // Whole numbers only on the y axis: every tick when the counts are small, three otherwise.
  let max = 0;
  for (const m of series) max = Math.max(max, m[def.id] ?? 0, def.posible ? (m[def.posible] ?? 0) : 0);
  const ticks = max <= 4 ? Array.from({length: max + 1}, (_, i) => i) : 3;
  const chart = Plot.plot({
    width,
    height: 40 + claves.length * 96,
    marginLeft: 40,
    marginRight: MARGIN_RIGHT,
    marginTop: 28,
    x: {type: "utc", label: null, grid: true, domain: [monthStart(fechas[0]), nextMonth(fechas.at(-1) ?? fechas[0])]},
    y: {label: null, grid: true, ticks, tickFormat: "d", domain: [0, Math.max(1, max)]},
    fy: {domain: claves.map((c) => names.get(c) ?? c), label: null, axis: null, padding: 0.3},
    marks: [
      Plot.frame({stroke: "#dddddd"}),
      // Each small chart's state, written above it (the facets' own axis would sit on the y ticks).
      Plot.text(claves, {
        fy: (c: string) => names.get(c) ?? c,
        text: (c: string) => names.get(c) ?? c,
        frameAnchor: "top-left",
        dy: -14,
        fontWeight: "bold",
        fontSize: 12
      }),
      ...(def.posible ? [line(def.posible, true)] : []),
      line(def.id, false),
      Plot.tip(
        series,
        Plot.pointerX({
          x,
          y: (m: CompareMonth) => m[def.id],
          fy: name,
          title: (m: CompareMonth) =>
            `${name(m)}, ${shortMonthText(m.fecha)}\n${def.label}: ${m[def.id] ?? "sin dato"}${def.posible && m[def.posible] !== null && m[def.posible] !== m[def.id] ? `\nPosibles: ${m[def.posible]}` : ""}`
        })
      )
    ]
  });
  return withTextAlternative(chart, {
    label: `${def.label} de ${claves.length === 1 ? "la entidad elegida" : `las ${claves.length} entidades elegidas`}, mes a mes, de ${monthText(fechas[0])} a ${monthText(fechas.at(-1) ?? "")}`,
    description: `Un recuadro por entidad; línea continua, con seguridad${def.posible ? "; punteada, los que pudieron estar publicados" : ""}. Los meses sin dato quedan como huecos. La tabla de abajo da los mismos periodos.`
  });
}

/**
 * The bands' legend, one list for the page and the exported image: each attainment's colour and letter,
 * the lighter mark of months where more was possible («+?», the blue at half opacity over white, as the
 * bands draw it) and the empty mark of months without data.
 */
const BANDS_LEGEND: readonly LegendItem[] = [
  ...LOGROS.filter((l) => l.id !== "no_participa" && l.id !== "sin_dato").map((l) => ({
    color: l.color,
    symbol: l.symbol,
    ink: textOn(l.color),
    label: l.label
  })),
  {color: "#8ec8e0", symbol: "+?", ink: "#000000", label: "más claro: pudo haber logrado más"},
  {color: "#ffffff", label: "vacío: sin dato"}
];

/** The words of the bands' legend ({@link BANDS_LEGEND}). */
export function bandsLegend(): HTMLElement {
  return html`<ul class="leyenda-logro">${BANDS_LEGEND.map(
    (l) =>
      html`<li><span class="muestra" aria-hidden="true" style=${`background:${l.color};color:${l.ink ?? "#000000"}`}>${l.symbol ?? ""}</span> ${l.label}</li>`
  )}</ul>`;
}

/** The words of the steps' lines: solid for the certain count, dashed for the possible one (PAL only). */
export function countsLegend(count: CountId): HTMLElement {
  const def = COUNTS.find((c) => c.id === count) ?? COUNTS[0];
  return html`<ul class="leyenda-conteo">
    <li><svg width="28" height="10" aria-hidden="true"><line x1="0" y1="5" x2="28" y2="5" stroke="#1d4f91" stroke-width="2"></line></svg> ${def.label}, con seguridad</li>
    ${def.posible ? html`<li><svg width="28" height="10" aria-hidden="true"><line x1="0" y1="5" x2="28" y2="5" stroke="#7a5a00" stroke-width="1.5" stroke-dasharray="4 3"></line></svg> los que pudieron estar publicados</li>` : ""}
    <li>hueco en la línea: sin dato</li>
  </ul>`;
}

/** A period's cell: the count, and the possible one beside when it differs; «sin dato» when null. */
const cell = (value: number | string | null, posible?: number | null) =>
  value === null
    ? html`<span class="sin-dato">sin dato</span>`
    : posible !== undefined && posible !== null && posible !== value
      ? html`${value} <small>(posibles: ${posible})</small>`
      : html`${value}`;

/**
 * The table of the same data as both charts: one row per period of the chosen states in which nothing
 * drawn changes ({@link seriesPeriods}), months as «dic 2018».
 */
export function periodsTable(
  series: readonly CompareMonth[],
  {names}: {names: ReadonlyMap<string, string>}
): HTMLTableElement {
  const periods = seriesPeriods(series);
  const months = (p: ComparePeriod) =>
    p.meses === 1 ? shortMonthText(p.desde) : `${shortMonthText(p.desde)} – ${shortMonthText(p.hasta)}`;
  const logro = (p: ComparePeriod) =>
    p.logro === null
      ? html`<span class="sin-dato">sin dato</span>`
      : p.logro_posible !== null && p.logro_posible !== p.logro
        ? html`${LOGRO_LABELS[p.logro]} <small>(pudo ser: ${LOGRO_LABELS[p.logro_posible]})</small>`
        : html`${LOGRO_LABELS[p.logro]}`;
  return html`<table class="a-lo-largo">
    <caption>Lo logrado, PAL publicados y compromisos de las entidades elegidas, por periodos en que nada cambia</caption>
    <thead><tr><th scope="col">Entidad</th><th scope="col">Meses</th><th scope="col">Lo logrado</th><th scope="col" class="num">PAL publicados</th><th scope="col" class="num">Compromisos</th></tr></thead>
    <tbody>${periods.map(
      (p) =>
        html`<tr><th scope="row">${names.get(p.clave_inegi) ?? p.clave_inegi}</th><td>${months(p)}</td><td>${logro(p)}</td><td class="num">${cell(p.pal_publicados, p.pal_publicados_posibles)}</td><td class="num">${cell(p.compromisos)}</td></tr>`
    )}</tbody>
  </table>` as HTMLTableElement;
}

/**
 * The export menu of one chart over time (PNG, SVG, link, citation) with, as its data, every month drawn:
 * state, INEGI key, month-end date and the values of that chart (attainment in words, or the count with
 * its possible value). `container` holds the chart.
 */
export function overTimeExport(
  series: readonly CompareMonth[],
  {
    chart,
    count,
    names,
    container,
    construccion
  }: {
    chart: "logro" | "conteo";
    /** The count drawn (the «conteo» chart only). */
    count?: CountId;
    names: ReadonlyMap<string, string>;
    container: () => Element | null;
    construccion: Pick<Construccion, "fecha_construccion" | "fecha_registro">;
  }
): HTMLElement {
  const fechas = [...new Set(series.map((m) => m.fecha))].sort();
  const first = fechas[0] ?? "";
  const last = fechas.at(-1) ?? "";
  const def = COUNTS.find((c) => c.id === count) ?? COUNTS[0];
  const base = (m: CompareMonth) => ({
    entidad: names.get(m.clave_inegi) ?? m.clave_inegi,
    clave_inegi: m.clave_inegi,
    fecha: m.fecha
  });
  const period = `de ${monthText(first)} a ${monthText(last)}`;
  const source = "registro del Tablero de Gobierno Abierto Local: hitos fechados de cada entidad y estatus reportados";
  const common = {date: dayText(last), construccion, filename: `comparar-${chart}-${last}`};
  if (chart === "logro")
    return viewExport(() => chartSvg(container()), {
      ...common,
      title: `Lo logrado por las entidades elegidas, mes a mes, ${period}`,
      source: `${source}; más claros y con «+?», los meses en que pudo haber logrado más`,
      legend: BANDS_LEGEND,
      columns: [{name: "entidad"}, {name: "clave_inegi"}, {name: "fecha"}, {name: "logro"}, {name: "logro_posible"}],
      rows: series.map((m) => ({
        ...base(m),
        logro: m.logro === null ? null : LOGRO_LABELS[m.logro],
        logro_posible: m.logro_posible === null ? null : LOGRO_LABELS[m.logro_posible]
      }))
    });
  return viewExport(() => chartSvg(container()), {
    ...common,
    title: `${def.label} de las entidades elegidas, mes a mes, ${period}`,
    source: def.posible ? `${source}; línea punteada, los que pudieron estar publicados` : source,
    columns: [
      {name: "entidad"},
      {name: "clave_inegi"},
      {name: "fecha"},
      {name: def.id, type: "integer"},
      ...(def.posible ? [{name: def.posible, type: "integer" as const}] : [])
    ],
    rows: series.map((m) => ({
      ...base(m),
      [def.id]: m[def.id],
      ...(def.posible ? {[def.posible]: m[def.posible]} : {})
    }))
  });
}
