import * as Plot from "npm:@observablehq/plot";
import {PHASES} from "./phase-style.js";
import {withTextAlternative} from "./plot-a11y.js";

/**
 * Each state's phase month by month: one row per state, one cell per month, coloured by phase; months
 * where a further phase was already possible (the sources' dates are intervals) are drawn lighter.
 *
 * @param {Array<{nombre_corto: string, fecha: string, fase: string, certeza: string, ejercicio: number|null}>} rows
 * @param {{width: number, order: string[]}} options `order`: state names, top to bottom
 */
export function phaseTimeline(rows, {width, order}) {
  const chart = Plot.plot({
    width,
    height: 24 + order.length * 17,
    marginLeft: 120,
    x: {type: "utc", label: null, grid: true},
    y: {domain: order, label: null},
    color: {
      domain: PHASES.map((p) => p.id),
      range: PHASES.map((p) => p.color),
      tickFormat: (id) => PHASES.find((p) => p.id === id).label,
      legend: true
    },
    marks: [
      Plot.barX(rows, {
        x1: (d) => new Date(`${d.fecha.slice(0, 7)}-01`),
        x2: (d) => new Date(new Date(`${d.fecha.slice(0, 7)}-01`).setUTCMonth(Number(d.fecha.slice(5, 7)))),
        y: "nombre_corto",
        fill: "fase",
        fillOpacity: (d) => (d.certeza === "cierta" ? 1 : 0.55),
        insetTop: 1,
        insetBottom: 1,
        tip: true,
        title: (d) =>
          `${d.nombre_corto}, ${d.fecha.slice(0, 7)}\n${PHASES.find((p) => p.id === d.fase).label}${d.ejercicio ? ` (ejercicio ${d.ejercicio})` : ""}${d.certeza === "posible" ? "\nPudo haber avanzado más: las fechas de las fuentes lo permiten" : ""}`
      })
    ]
  });
  const months = new Set(rows.map((d) => d.fecha)).size;
  return withTextAlternative(chart, {
    label: `Fase de cada una de las ${order.length} entidades, mes a mes (${months} meses)`,
    description:
      "Una fila por entidad, ordenadas por el mes en que alcanzaron con certeza su primera fase; los colores siguen la leyenda y los meses más claros son fases sólo posibles. La tabla de abajo da la situación del mes elegido, y la tabla fases_mensuales (página Datos) todos los meses."
  });
}

/**
 * States ordered by the month they first reached a phase for certain (earliest first), then by name;
 * states never placed go last.
 *
 * @param {Array<{nombre_corto: string, fecha: string, fase: string}>} rows
 */
export function statesByStart(rows) {
  const start = new Map();
  for (const r of rows) {
    if (!start.has(r.nombre_corto)) start.set(r.nombre_corto, "9999");
    if (r.fase !== "sin_dato" && r.fase !== "no_participa" && r.fecha < start.get(r.nombre_corto))
      start.set(r.nombre_corto, r.fecha);
  }
  return [...start].sort((a, b) => a[1].localeCompare(b[1]) || a[0].localeCompare(b[0], "es")).map(([name]) => name);
}
