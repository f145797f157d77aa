import * as Plot from "npm:@observablehq/plot";
import {html} from "npm:htl";
import {withTextAlternative} from "./plot-a11y.js";

/** Published tables whose numeric columns can be compared state by state, and the columns left out. */
const TABLES = {
  indicadores_estatales: {by: "fecha", skip: new Set(["fecha"])},
  mga_estatal: {by: "edicion", skip: new Set(["edicion", "posicion", "sujetos"])}
};

const num = new Intl.NumberFormat("es-MX", {maximumFractionDigits: 3});
export const formatValue = (v) => (v === null || v === undefined ? "sin dato" : num.format(v));

/**
 * The indicators one can rank states on: every numeric column of `indicadores_estatales` and
 * `mga_estatal`, named by its description in the data dictionary (`diccionario`), so a new column of
 * the metrics appears here with its words and nothing to edit.
 *
 * @param {Array<Record<string, any>>} dictionary rows of `diccionario`
 * @returns {{id: string, tabla: string, columna: string, label: string}[]}
 */
export function indicatorOptions(dictionary) {
  return dictionary
    .filter(
      (d) => TABLES[d.tabla] && (d.tipo === "integer" || d.tipo === "number") && !TABLES[d.tabla].skip.has(d.columna)
    )
    .map((d) => ({
      id: `${d.tabla}.${d.columna}`,
      tabla: d.tabla,
      columna: d.columna,
      label: `${d.descripcion.replace(/\.$/, "")} (${d.tabla === "mga_estatal" ? "Métrica" : "avance"})`
    }));
}

/** The cut-offs an indicator's table has (dates of `indicadores_estatales`, editions of the Métrica), latest first. */
export function cutOffs(tables, indicator) {
  const by = TABLES[indicator.tabla].by;
  return [...new Set(tables[indicator.tabla].map((r) => String(r[by])))].sort().reverse();
}

/**
 * One value per state for an indicator at a cut-off, with its group, and the national reference: the
 * Métrica's own national row, or else the mean of the states that have a value (said so in `reference.label`).
 *
 * @param {Record<string, Array<Record<string, any>>>} tables rows by table name
 * @param {{tabla: string, columna: string}} indicator
 * @param {string} corte
 * @param {Map<string, Record<string, any>>} entidades rows of `entidades` by INEGI key
 * @param {"ninguno"|"cohorte"|"grupo_inai"} grouping
 */
export function indicatorValues(tables, indicator, corte, entidades, grouping) {
  const by = TABLES[indicator.tabla].by;
  const rows = tables[indicator.tabla].filter((r) => String(r[by]) === corte);
  const states = [...entidades.values()].map((e) => {
    const r = rows.find((x) => x.clave_inegi === e.clave_inegi);
    const group =
      grouping === "cohorte"
        ? e.anio_inicio
          ? `inició en ${e.anio_inicio}`
          : "inicio sin dato"
        : grouping === "grupo_inai"
          ? (e.grupo_inai ?? "sin grupo")
          : null;
    return {
      clave_inegi: e.clave_inegi,
      nombre: e.nombre_corto,
      valor: r ? (r[indicator.columna] ?? null) : null,
      grupo: group
    };
  });
  const national = rows.find((r) => r.ambito === "nacional");
  const known = states.filter((s) => s.valor !== null);
  const reference =
    national && national[indicator.columna] !== null
      ? {valor: national[indicator.columna], label: "valor nacional publicado por la Métrica"}
      : known.length
        ? {
            valor: known.reduce((a, s) => a + s.valor, 0) / known.length,
            label: `promedio de las ${known.length} entidades con dato`
          }
        : null;
  return {states, reference};
}

/**
 * States ranked on one indicator: a bar each (highest first; by group first when grouping), the states picked in dark and the rest in
 * grey, the group written after each bar when grouping, and a dashed rule at the national reference.
 * States without a value are listed under the chart, not drawn as zero.
 *
 * @param {{states: Array<{nombre: string, valor: number|null, grupo: string|null, clave_inegi: string}>, reference: {valor: number, label: string}|null}} data
 * @param {{width: number, label: string, selected: Set<string>}} options
 */
export function rankingChart({states, reference}, {width, label, selected}) {
  // Grouped: by group (in text order), then by value within each group.
  const known = states
    .filter((s) => s.valor !== null)
    .sort(
      (a, b) =>
        (a.grupo ?? "").localeCompare(b.grupo ?? "", "es") ||
        b.valor - a.valor ||
        a.nombre.localeCompare(b.nombre, "es")
    );
  const picked = (s) => selected.size === 0 || selected.has(s.clave_inegi);
  // Narrow screens: the group goes with the state's name, so the bars keep their room.
  const narrow = width < 600;
  const grouped = known.some((s) => s.grupo);
  const groupOf = new Map(known.map((s) => [s.nombre, s.grupo]));
  const chart = Plot.plot({
    width,
    height: 40 + known.length * 20,
    marginLeft: narrow && grouped ? 175 : 130,
    marginRight: grouped && !narrow ? 150 : 45,
    x: {label: `${label} →`, grid: true, nice: true},
    y: {
      domain: known.map((s) => s.nombre),
      label: null,
      tickFormat: (n) => (narrow && grouped ? `${n} · ${groupOf.get(n)}` : n)
    },
    marks: [
      Plot.barX(known, {
        x: "valor",
        y: "nombre",
        fill: (s) => (picked(s) ? "#1d5f8a" : "#c4c4c4"),
        title: (s) => `${s.nombre}: ${formatValue(s.valor)}${s.grupo ? ` (${s.grupo})` : ""}`,
        tip: true
      }),
      Plot.text(known, {
        x: "valor",
        y: "nombre",
        text: (s) => `${formatValue(s.valor)}${s.grupo && !narrow ? ` · ${s.grupo}` : ""}`,
        dx: 4,
        textAnchor: "start",
        fill: "currentColor"
      }),
      reference ? Plot.ruleX([reference.valor], {stroke: "#a84a00", strokeWidth: 2, strokeDasharray: "5,3"}) : null,
      reference
        ? Plot.text([reference.valor], {
            x: (v) => v,
            frameAnchor: "top",
            dy: -10,
            text: () => (reference.label.startsWith("promedio") ? "promedio" : "nacional"),
            fill: "#a84a00"
          })
        : null,
      Plot.ruleX([0])
    ]
  });
  return withTextAlternative(chart, {
    label: `${known.length} entidades ordenadas por ${label}`,
    description: `${known.length ? `La más alta: ${known[0].nombre} (${formatValue(known[0].valor)}); la más baja: ${known.at(-1).nombre} (${formatValue(known.at(-1).valor)}). ` : ""}${reference ? `Línea punteada: ${reference.label}, ${formatValue(reference.valor)}. ` : ""}La tabla debajo tiene los mismos valores.`
  });
}

/**
 * The ranking as a table: place, state, value, difference with the national reference and group; states
 * without a value last, as "sin dato".
 */
export function rankingTable({states, reference}, {label}) {
  const known = states
    .filter((s) => s.valor !== null)
    .sort((a, b) => b.valor - a.valor || a.nombre.localeCompare(b.nombre, "es"));
  const unknown = states.filter((s) => s.valor === null).sort((a, b) => a.nombre.localeCompare(b.nombre, "es"));
  const grouped = states.some((s) => s.grupo);
  const diff = (v) =>
    reference
      ? `${v - reference.valor > 0 ? "+" : v - reference.valor < 0 ? "−" : ""}${formatValue(Math.abs(v - reference.valor))}`
      : "";
  return html`<table class="ranking">
    <caption>${label}${reference ? html`<br><small>Referencia: ${reference.label}, ${formatValue(reference.valor)}</small>` : ""}</caption>
    <thead><tr><th scope="col" class="num">Lugar</th><th scope="col">Entidad</th><th scope="col" class="num">Valor</th><th scope="col" class="num">Frente a la referencia</th>${grouped ? html`<th scope="col">Grupo</th>` : ""}</tr></thead>
    <tbody>${known.map(
      (s, i) =>
        html`<tr><td class="num">${i + 1}</td><th scope="row">${s.nombre}</th><td class="num">${formatValue(s.valor)}</td><td class="num">${diff(s.valor)}</td>${grouped ? html`<td>${s.grupo}</td>` : ""}</tr>`
    )}${unknown.map((s) => html`<tr class="vacia"><td class="num"></td><th scope="row">${s.nombre}</th><td class="num sin-dato">sin dato</td><td></td>${grouped ? html`<td>${s.grupo}</td>` : ""}</tr>`)}</tbody>
  </table>`;
}

/**
 * The picked states side by side on every indicator at a cut-off of `indicadores_estatales` and on the
 * Métrica's last edition, with the national reference of each.
 *
 * @param {Record<string, Array<Record<string, any>>>} tables
 * @param {ReturnType<typeof indicatorOptions>} indicators
 * @param {string[]} claves the picked states
 * @param {{fecha: string, entidades: Map<string, Record<string, any>>}} options
 */
export function sideBySide(tables, indicators, claves, {fecha, entidades}) {
  if (claves.length === 0) return html`<p class="sin-dato">Elija una o más entidades para verlas lado a lado.</p>`;
  const rows = indicators.map((ind) => {
    const corte = ind.tabla === "mga_estatal" ? cutOffs(tables, ind)[0] : fecha;
    const {states, reference} = indicatorValues(tables, ind, corte, entidades, "ninguno");
    return {ind, corte, values: claves.map((c) => states.find((s) => s.clave_inegi === c)?.valor ?? null), reference};
  });
  return html`<table class="lado-a-lado">
    <caption>Entidades elegidas, lado a lado</caption>
    <thead><tr><th scope="col">Indicador (corte)</th>${claves.map((c) => html`<th scope="col" class="num">${entidades.get(c)?.nombre_corto ?? c}</th>`)}<th scope="col" class="num">Referencia</th></tr></thead>
    <tbody>${rows.map(
      (r) =>
        html`<tr><th scope="row">${r.ind.label} <small>(${r.corte})</small></th>${r.values.map((v) => html`<td class="num">${formatValue(v)}</td>`)}<td class="num">${r.reference ? formatValue(r.reference.valor) : "—"}</td></tr>`
    )}</tbody>
  </table>`;
}

/**
 * Checkboxes to pick states (for `view()`): the value is the list of picked INEGI keys.
 *
 * @param {Map<string, Record<string, any>>} entidades
 * @param {{value?: string[]}} [options]
 */
export function statePicker(entidades, {value = []} = {}) {
  const sorted = [...entidades.values()].sort((a, b) => a.nombre_corto.localeCompare(b.nombre_corto, "es"));
  const form = html`<fieldset class="entidades-elegidas"><legend>Entidades para comparar lado a lado</legend>${sorted.map(
    (e) =>
      html`<label><input type="checkbox" value=${e.clave_inegi} checked=${value.includes(e.clave_inegi)}> ${e.nombre_corto}</label>`
  )}</fieldset>`;
  const read = () => [...form.querySelectorAll("input:checked")].map((i) => i.value);
  form.value = read();
  for (const box of form.querySelectorAll("input")) {
    box.addEventListener("input", (event) => {
      event.stopPropagation();
      form.value = read();
      form.dispatchEvent(new Event("input", {bubbles: true}));
    });
  }
  return form;
}

/**
 * A labelled native <select> for `view()`.
 *
 * @param {{id: string, label: string}[]} options
 * @param {{label: string, value?: string}} settings
 */
export function labelledSelect(options, {label, value = options[0]?.id}) {
  const id = `sel-${Math.random().toString(36).slice(2, 8)}`;
  const select = html`<select id=${id}>${options.map((o) => html`<option value=${o.id} selected=${o.id === value}>${o.label}</option>`)}</select>`;
  const wrap = html`<div class="seleccion"><label for=${id}>${label}</label>${select}</div>`;
  wrap.value = select.value;
  select.addEventListener("input", (event) => {
    event.stopPropagation();
    wrap.value = select.value;
    wrap.dispatchEvent(new Event("input", {bubbles: true}));
  });
  return wrap;
}
