import * as Plot from "npm:@observablehq/plot";
import {withTextAlternative} from "./plot-a11y.js";

const SERIES = [
  {key: "ga", label: "Índice de Gobierno Abierto", color: "#0c2c84", symbol: "circle"},
  {key: "t", label: "Transparencia", color: "#E69F00", symbol: "triangle"},
  {key: "p", label: "Participación", color: "#009E73", symbol: "square"}
];

/**
 * Métrica de Gobierno Abierto by state: one row per state, sorted by the index, with the index,
 * transparency and participation as dots (distinct shapes and colours), and a vertical line at the
 * national value of each.
 *
 * @param {Array<Record<string, any>>} rows rows of `mga_estatal` for one edition
 * @param {{width: number}} options
 */
export function mgaChart(rows, {width}) {
  const states = rows.filter((r) => r.ambito === "estatal").sort((a, b) => b.ga - a.ga);
  const national = rows.find((r) => r.ambito === "nacional");
  const long = states.flatMap((r) => SERIES.map((s) => ({nombre: r.nombre, serie: s.label, valor: r[s.key]})));
  const chart = Plot.plot({
    width,
    height: 40 + states.length * 18,
    marginLeft: 130,
    x: {domain: [0, 1], label: "Puntaje (0 = cerrado, 1 = totalmente abierto) →", grid: true},
    y: {domain: states.map((r) => r.nombre), label: null},
    color: {domain: SERIES.map((s) => s.label), range: SERIES.map((s) => s.color), legend: true},
    symbol: {domain: SERIES.map((s) => s.label), range: SERIES.map((s) => s.symbol)},
    marks: [
      Plot.ruleX(
        SERIES.map((s) => ({serie: s.label, valor: national?.[s.key]})),
        {x: "valor", stroke: "serie", strokeDasharray: "4,3"}
      ),
      Plot.ruleY(states, {y: "nombre", x1: (r) => Math.min(r.t, r.p), x2: (r) => Math.max(r.t, r.p), stroke: "#ccc"}),
      Plot.dot(long, {
        x: "valor",
        y: "nombre",
        fill: "serie",
        stroke: "serie",
        symbol: "serie",
        r: 4,
        tip: true,
        title: (d) => `${d.nombre}\n${d.serie}: ${d.valor.toFixed(3)}`
      })
    ]
  });
  return withTextAlternative(chart, {
    label: `Métrica de Gobierno Abierto de ${states.length} entidades: índice, transparencia y participación`,
    description:
      "Un renglón por entidad, ordenadas por el índice; círculo: índice, triángulo: transparencia, cuadro: participación; líneas punteadas: valores nacionales. La tabla de abajo tiene los mismos valores."
  });
}
