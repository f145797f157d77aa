import * as Plot from "npm:@observablehq/plot";
import {dayText, monthText} from "./date-text.js";
import type {Construccion, MonthlyPhase} from "./load-table.js";
import {PHASE_BY_ID, PHASES} from "./phase-style.js";
import {withTextAlternative} from "./plot-a11y.js";
import {chartSvg, viewExport} from "./view-export.js";

/** A row of `fases_mensuales` with the state's short name. */
export type NamedPhase = MonthlyPhase & {nombre_corto: string};

/** First day of a month-end's month, and of the next month (a month's bar). */
const monthStart = (fecha: string) => new Date(`${fecha.slice(0, 7)}-01T00:00:00Z`);
const nextMonth = (fecha: string) => {
  const d = monthStart(fecha);
  d.setUTCMonth(d.getUTCMonth() + 1);
  return d;
};

/**
 * Each state's phase month by month: one row per state, one cell per month, coloured by phase; months
 * where a further phase was already possible (the sources' dates are intervals) are drawn lighter.
 *
 * @param order state names, top to bottom ({@link statesByStart})
 */
export function phaseTimeline(
  rows: readonly NamedPhase[],
  {width, order}: {width: number; order: readonly string[]}
): SVGSVGElement | HTMLElement {
  const chart = Plot.plot({
    width,
    height: 24 + order.length * 17,
    marginLeft: 120,
    x: {type: "utc", label: null, grid: true},
    y: {domain: order, label: null},
    color: {
      domain: PHASES.map((p) => p.id),
      range: PHASES.map((p) => p.color),
      tickFormat: (id: string) => PHASE_BY_ID.get(id)?.label ?? id,
      legend: true
    },
    marks: [
      Plot.barX(rows, {
        x1: (d: NamedPhase) => monthStart(d.fecha),
        x2: (d: NamedPhase) => nextMonth(d.fecha),
        y: "nombre_corto",
        fill: "fase",
        fillOpacity: (d: NamedPhase) => (d.certeza === "cierta" ? 1 : 0.55),
        insetTop: 1,
        insetBottom: 1,
        tip: true,
        title: (d: NamedPhase) =>
          `${d.nombre_corto}, ${d.fecha.slice(0, 7)}\n${PHASE_BY_ID.get(d.fase)?.label ?? d.fase}${d.ejercicio ? ` (ejercicio ${d.ejercicio})` : ""}${d.certeza === "posible" ? "\nPudo haber avanzado más: las fechas de las fuentes lo permiten" : ""}`
      })
    ]
  });
  const months = new Set(rows.map((d) => d.fecha)).size;
  return withTextAlternative(chart, {
    label: `Fase de cada una de las ${order.length} entidades, mes a mes (${months} meses)`,
    description:
      "Una fila por entidad, ordenadas por el mes en que alcanzaron con certeza su primera fase; los colores siguen la leyenda y los meses más claros son fases sólo posibles. La tabla de abajo da la situación del mes elegido, y la página Datos, todos los meses."
  });
}

/**
 * States ordered by the month they first reached a phase for certain (earliest first), then by name;
 * states never placed go last.
 *
 */
export function statesByStart(rows: readonly {nombre_corto: string; fecha: string; fase: string}[]): string[] {
  const start = new Map<string, string>();
  for (const r of rows) {
    if (!start.has(r.nombre_corto)) start.set(r.nombre_corto, "9999");
    if (r.fase !== "sin_dato" && r.fase !== "no_participa" && r.fecha < (start.get(r.nombre_corto) ?? "9999"))
      start.set(r.nombre_corto, r.fecha);
  }
  return [...start].sort((a, b) => a[1].localeCompare(b[1]) || a[0].localeCompare(b[0], "es")).map(([name]) => name);
}

/**
 * The export menu of {@link phaseTimeline}: PNG, SVG (with the phases' legend drawn in), link, citation and,
 * as «Datos de esta vista», every cell drawn — one row per state (in the chart's order) and month: state,
 * INEGI key, month-end date, phase in words, its certainty and the ejercicio. `container` holds the chart.
 */
export function phaseTimelineExport(
  rows: readonly NamedPhase[],
  {
    order,
    container,
    construccion
  }: {
    order: readonly string[];
    container: () => Element | null;
    construccion: Pick<Construccion, "fecha_construccion" | "fecha_registro">;
  }
): HTMLElement {
  const fechas = [...new Set(rows.map((r) => r.fecha))].sort();
  const rank = new Map(order.map((name, i) => [name, i]));
  const last = fechas.at(-1) ?? "";
  return viewExport(() => chartSvg(container()), {
    title: `Fase de cada entidad, mes a mes, de ${monthText(fechas[0] ?? "")} a ${monthText(last)}`,
    date: dayText(last),
    source:
      "registro del Tablero de Gobierno Abierto Local: hitos fechados de cada entidad y estatus reportados por el INAI; más claros, los meses en que una fase posterior ya era posible",
    legend: PHASES.map((p) => ({color: p.color, label: p.label})),
    columns: [
      {name: "entidad"},
      {name: "clave_inegi"},
      {name: "fecha"},
      {name: "fase"},
      {name: "certeza"},
      {name: "ejercicio", type: "integer"}
    ],
    rows: [...rows]
      .sort(
        (a, b) => (rank.get(a.nombre_corto) ?? 99) - (rank.get(b.nombre_corto) ?? 99) || a.fecha.localeCompare(b.fecha)
      )
      .map((r) => ({
        entidad: r.nombre_corto,
        clave_inegi: r.clave_inegi,
        fecha: r.fecha,
        fase: PHASE_BY_ID.get(r.fase)?.label ?? r.fase,
        certeza: r.certeza,
        ejercicio: r.ejercicio ?? null
      })),
    filename: `fases-${last}`,
    construccion
  });
}
