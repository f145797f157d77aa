import * as Plot from "npm:@observablehq/plot";
import {html} from "npm:htl";
import {type MgaEditionValue, mgaEditionOn} from "../lib/mga-editions.js";
import type {Row} from "../lib/model/schema.js";
import {MGA_SCORES, type MgaPuntaje} from "../lib/model/vocabulary.js";
import type {StateProgress} from "../lib/progress.js";
import {referenceValue} from "../lib/reference-value.js";
import type {ViewElement} from "./controls.js";
import {countList} from "./count-list.js";
import {dayText} from "./date-text.js";
import type {Construccion} from "./load-table.js";
import {withTextAlternative} from "./plot-a11y.js";
import {chartSvg, viewExport} from "./view-export.js";

/** A row of the data dictionary (`diccionario`) as the site reads it: the fields this page uses. */
export interface DictionaryRow {
  tabla: string;
  columna: string;
  tipo: string;
  descripcion: string;
}

/** The published tables this page compares states on. */
export interface CompareTables {
  /** Rows of `indicadores_estatales`: each state's progress at each cut-off. */
  progress: readonly StateProgress[];
  /** Rows of `mga_ediciones`: the Métrica in every edition, by origin. */
  mga: readonly MgaEditionValue[];
}

/** One indicator a state can be ranked on: a numeric column of `indicadores_estatales`, or a Métrica score. */
export type Indicator =
  | {id: string; kind: "avance"; columna: keyof StateProgress & string; label: string}
  | {id: string; kind: "metrica"; puntaje: MgaPuntaje; label: string};

/** Columns of `indicadores_estatales` that are not indicators. */
const NOT_INDICATORS = new Set(["fecha"]);

const num = new Intl.NumberFormat("es-MX", {maximumFractionDigits: 3});

/** A value for people: «3.156», or «sin dato» for null. */
export const formatValue = (v: number | null | undefined): string =>
  v === null || v === undefined ? "sin dato" : num.format(v);

/**
 * The indicators one can rank states on: every numeric column of `indicadores_estatales`, named by its
 * description in the data dictionary (so a new column of the metrics appears with its words and nothing to
 * edit), then every score of the Métrica de Gobierno Abierto (`MGA_SCORES`).
 *
 * @param dictionary rows of `diccionario`
 */
export function indicatorOptions(dictionary: readonly DictionaryRow[]): Indicator[] {
  const progress: Indicator[] = dictionary
    .filter(
      (d) =>
        d.tabla === "indicadores_estatales" &&
        (d.tipo === "integer" || d.tipo === "number") &&
        !NOT_INDICATORS.has(d.columna)
    )
    .map((d) => ({
      id: `indicadores_estatales.${d.columna}`,
      kind: "avance",
      columna: d.columna as keyof StateProgress & string,
      // The dictionary's note on empty cells ("; vacío si …") is for the download, not for a chart's title.
      label: `${d.descripcion.replace(/;\s*vacío\b.*$/s, "").replace(/\.$/, "")} (avance)`
    }));
  const metrica: Indicator[] = MGA_SCORES.map((s) => ({
    id: `metrica.${s.id}`,
    kind: "metrica",
    puntaje: s.id,
    label: `${s.label} (Métrica de Gobierno Abierto)`
  }));
  return [...progress, ...metrica];
}

/** The cut-off dates of `indicadores_estatales` (each year's end and the latest fact's date), latest first. */
export function cutOffs(progress: readonly StateProgress[]): string[] {
  return [...new Set(progress.map((r) => r.fecha))].sort().reverse();
}

/** The cut-off a requested date falls in: the latest cut-off on or before it (undefined if none). */
export function cutOffOn(cortes: readonly string[], fecha: string): string | undefined {
  return [...cortes]
    .sort()
    .reverse()
    .find((c) => c <= fecha);
}

/** One state's value on the chosen indicator and cut-off, with its group. */
export interface StateValue {
  clave_inegi: string;
  nombre: string;
  valor: number | null;
  grupo: string | null;
}

/** What the values of an indicator at a cut-off are, for the chart, the tables and their captions. */
export interface IndicatorValues {
  states: StateValue[];
  /** The line drawn across the ranking; null when no reference can be given (fewer than two states with data). */
  reference: {valor: number; n: number; label: string; nacional: boolean} | null;
  /** For a Métrica score: the edition shown (the latest on or before the cut-off) and its origin; null for progress. */
  edition: {edicion: number; origen: MgaEditionValue["origen"]} | null;
  /** Why there are no values at all (e.g. no edition of the Métrica before the date), or null. */
  empty: string | null;
}

export type Grouping = "ninguno" | "cohorte" | "grupo_inai";

/** A state's group for the chart and the table, in words. */
function groupOf(e: Row<"entidades">, grouping: Grouping): string | null {
  if (grouping === "cohorte") return e.anio_inicio ? `inició en ${e.anio_inicio}` : "inicio sin dato";
  if (grouping === "grupo_inai") return e.grupo_inai ?? "sin grupo";
  return null;
}

/**
 * The Métrica rows of one score in the edition in force on a date (`mgaEditionOn`: the latest edition on or
 * before it), microdata preferred over published values when the edition has both (one origin at a time:
 * the two are different measurements). Empty when no edition is that old.
 */
function metricaOn(
  mga: readonly MgaEditionValue[],
  puntaje: MgaPuntaje,
  fecha: string
): {rows: MgaEditionValue[]; edition: IndicatorValues["edition"]} {
  const edicion = mgaEditionOn(mga, fecha)?.edicion ?? null;
  if (edicion === null) return {rows: [], edition: null};
  const ofEdition = mga.filter((r) => r.edicion === edicion && r.indicador === puntaje);
  const origen = ofEdition.some((r) => r.origen === "microdatos") ? "microdatos" : "publicado";
  return {rows: ofEdition.filter((r) => r.origen === origen), edition: {edicion, origen}};
}

/**
 * One value per state for an indicator at a cut-off, with its group, and the reference line: the mean of the
 * states that have a value, with how many they are (`referenceValue`: states with data only; none when fewer
 * than two, since one state's value is no reference). A Métrica score is read in the edition in force on the
 * cut-off date, and its reference is the Métrica's own national value when the edition publishes one.
 * Unknown stays null: nothing is counted as zero.
 *
 * @param tables rows of `indicadores_estatales` and `mga_ediciones`
 * @param indicator from {@link indicatorOptions}
 * @param corte a cut-off date of `indicadores_estatales` (AAAA-MM-DD)
 * @param entidades rows of `entidades`
 */
export function indicatorValues(
  tables: CompareTables,
  indicator: Indicator,
  corte: string,
  entidades: readonly Row<"entidades">[],
  grouping: Grouping
): IndicatorValues {
  const values = new Map<string, number | null>();
  let edition: IndicatorValues["edition"] = null;
  let national: number | null = null;
  let empty: string | null = null;
  if (indicator.kind === "avance") {
    for (const r of tables.progress.filter((x) => x.fecha === corte)) {
      const v = r[indicator.columna];
      values.set(r.clave_inegi, typeof v === "number" ? v : null);
    }
  } else {
    const {rows, edition: e} = metricaOn(tables.mga, indicator.puntaje, corte);
    edition = e;
    if (!e) empty = `al ${dayText(corte)} no se había publicado con seguridad ninguna edición de la Métrica`;
    for (const r of rows) if (r.ambito === "estatal" && r.clave_inegi) values.set(r.clave_inegi, r.valor);
    national = rows.find((r) => r.ambito === "nacional")?.valor ?? null;
  }
  const states = entidades.map((e) => ({
    clave_inegi: e.clave_inegi,
    nombre: e.nombre_corto,
    valor: values.get(e.clave_inegi) ?? null,
    grupo: groupOf(e, grouping)
  }));
  // One state's value is no reference: the line needs two states with data.
  const mean = referenceValue(states);
  const reference =
    national !== null
      ? {valor: national, n: mean.n, label: "valor nacional publicado por la Métrica", nacional: true}
      : mean.valor !== null && mean.n >= 2
        ? {valor: mean.valor, n: mean.n, label: mean.etiqueta, nacional: false}
        : null;
  return {states, reference, edition, empty};
}

/** Ranks: higher first, ties broken by name. */
const byValue = (a: StateValue, b: StateValue) =>
  (b.valor ?? 0) - (a.valor ?? 0) || a.nombre.localeCompare(b.nombre, "es");

/**
 * States ranked on one indicator: a bar each for the states with a value (highest first; by group first when
 * grouping), the states picked in dark and the rest in grey, the group written after each bar when grouping,
 * and a dashed rule at the reference. States without a value are not drawn (never as zero): they are listed
 * under the chart.
 *
 * @param data from {@link indicatorValues}
 * @param options width in px, the indicator's words, the picked states (none = all in dark)
 */
export function rankingChart(
  {states, reference}: IndicatorValues,
  {width, label, selected}: {width: number; label: string; selected: ReadonlySet<string>}
): HTMLElement {
  const known = drawnOrder(states);
  const unknown = states.filter((s) => s.valor === null);
  const picked = (s: StateValue) => selected.size === 0 || selected.has(s.clave_inegi);
  // Narrow screens: the group goes with the state's name, so the bars keep their room.
  const narrow = width < 600;
  const grouped = known.some((s) => s.grupo);
  const groupByName = new Map(known.map((s) => [s.nombre, s.grupo]));
  const missing = unknown.length
    ? html`<p class="sin-dato-lista" data-sin-dato=${unknown.length}><small><strong>Sin dato (no se dibujan):</strong> ${unknown
        .map((s) => s.nombre)
        .sort((a, b) => a.localeCompare(b, "es"))
        .join(", ")}.</small></p>`
    : "";
  if (!known.length)
    return html`<div><p class="sin-dato">Ninguna entidad tiene un valor de este indicador en este corte.</p>${missing}</div>`;
  const chart = Plot.plot({
    width,
    height: 40 + known.length * 20,
    marginLeft: narrow && grouped ? 175 : 130,
    marginRight: grouped && !narrow ? 150 : 45,
    x: {label: `${label} →`, grid: true, nice: true},
    y: {
      domain: known.map((s) => s.nombre),
      label: null,
      tickFormat: (n: string) => (narrow && grouped ? `${n} · ${groupByName.get(n)}` : n)
    },
    marks: [
      Plot.barX(known, {
        x: "valor",
        y: "nombre",
        fill: (s: StateValue) => (picked(s) ? "#1d5f8a" : "#c4c4c4"),
        title: (s: StateValue) => `${s.nombre}: ${formatValue(s.valor)}${s.grupo ? ` (${s.grupo})` : ""}`,
        tip: true
      }),
      Plot.text(known, {
        x: "valor",
        y: "nombre",
        text: (s: StateValue) => `${formatValue(s.valor)}${s.grupo && !narrow ? ` · ${s.grupo}` : ""}`,
        dx: 4,
        textAnchor: "start",
        fill: "currentColor"
      }),
      reference ? Plot.ruleX([reference.valor], {stroke: "#a84a00", strokeWidth: 2, strokeDasharray: "5,3"}) : null,
      reference
        ? Plot.text([reference.valor], {
            x: (v: number) => v,
            frameAnchor: "top",
            dy: -10,
            text: () => (reference.nacional ? "nacional" : `promedio (n = ${reference.n})`),
            fill: "#a84a00"
          })
        : null,
      Plot.ruleX([0])
    ]
  });
  const first = known.reduce((a, s) => (s.valor > a.valor ? s : a));
  const last = known.reduce((a, s) => (s.valor < a.valor ? s : a));
  const figure = withTextAlternative(chart, {
    label: `${known.length} entidades con dato ordenadas por ${label}`,
    description: `La más alta: ${first.nombre} (${formatValue(first.valor)}); la más baja: ${last.nombre} (${formatValue(last.valor)}). ${reference ? `Línea punteada: ${reference.label}, ${formatValue(reference.valor)}. ` : "Sin línea de referencia: menos de dos entidades tienen dato. "}${unknown.length ? `${unknown.length} sin dato, no dibujadas. ` : ""}La tabla debajo tiene los mismos valores.`
  });
  return html`<div>${figure}${missing}</div>`;
}

/** The ranking's drawn order: by group when grouping, then highest first; only states with a value. */
function drawnOrder(states: readonly StateValue[]): (StateValue & {valor: number})[] {
  return states
    .filter((s): s is StateValue & {valor: number} => s.valor !== null)
    .sort((a, b) => (a.grupo ?? "").localeCompare(b.grupo ?? "", "es") || byValue(a, b));
}

/**
 * The export menu of the ranking chart ({@link rankingChart}): PNG, SVG, link, citation and, as «Datos de esta
 * vista», the bars drawn in their order (state, INEGI key, value, group when grouping; the states without a
 * value are not drawn and not in it). `container` holds the chart (redrawn as the page resizes).
 */
export function rankingExport(
  data: IndicatorValues,
  {
    label,
    corte,
    container,
    construccion
  }: {
    label: string;
    corte: string;
    container: () => Element | null;
    construccion: Pick<Construccion, "fecha_construccion" | "fecha_registro">;
  }
): HTMLElement {
  const grouped = data.states.some((s) => s.grupo);
  const source = data.edition
    ? `Métrica de Gobierno Abierto ${data.edition.edicion} (CIDE–INAI), ${data.edition.origen === "microdatos" ? "promedio de los sujetos obligados de cada entidad (microdatos)" : "valores publicados"}`
    : "registro del Tablero de Gobierno Abierto Local: avance de cada entidad con sus hitos fechados";
  return viewExport(() => chartSvg(container()), {
    title: `${label}, al ${dayText(corte)}`,
    date: dayText(corte),
    source: data.reference
      ? `${source}. Línea punteada: ${data.reference.label}, ${formatValue(data.reference.valor)}`
      : source,
    columns: [
      {name: "entidad"},
      {name: "clave_inegi"},
      {name: "valor", type: "number"},
      ...(grouped ? [{name: "grupo"}] : [])
    ],
    rows: drawnOrder(data.states).map((s) => ({
      entidad: s.nombre,
      clave_inegi: s.clave_inegi,
      valor: Math.round(s.valor * 1000) / 1000,
      ...(grouped ? {grupo: s.grupo ?? null} : {})
    })),
    filename: `comparar-${corte}`,
    construccion
  });
}

/** «+0.5», «−1.25», «0». */
function signed(d: number): string {
  return `${d > 0 ? "+" : d < 0 ? "−" : ""}${formatValue(Math.abs(d))}`;
}

/**
 * The ranking as a table: place, state, value, difference with the reference of the other states (each
 * state against the mean of the others with data — `referenceValue` with the state excluded —, never
 * against its own value) and group; states without a value last, as «sin dato», with no place. `href`: each
 * state's page (on the cut-off's month), none = names only.
 */
export function rankingTable(
  {states, reference}: IndicatorValues,
  {label, href}: {label: string; href?: (clave: string) => string}
): HTMLElement {
  const name = (s: StateValue) => (href ? html`<a href=${href(s.clave_inegi)}>${s.nombre}</a>` : s.nombre);
  const known = states.filter((s) => s.valor !== null).sort(byValue);
  const unknown = states.filter((s) => s.valor === null).sort((a, b) => a.nombre.localeCompare(b.nombre, "es"));
  const grouped = states.some((s) => s.grupo);
  const national = reference?.nacional ? reference : null;
  const against = (s: StateValue) => {
    if (s.valor === null) return "";
    if (national) return signed(s.valor - national.valor);
    const others = referenceValue(states, {exclude: s.clave_inegi});
    return others.valor !== null
      ? html`${signed(s.valor - others.valor)} <small>(n = ${others.n})</small>`
      : html`<span class="sin-dato">sin referencia</span>`;
  };
  return html`<table class="ranking">
    <caption>${label}<br><small>${
      national
        ? `Referencia: ${national.label}, ${formatValue(national.valor)}.`
        : `«Frente a las demás»: diferencia con el promedio de las otras entidades con dato (n entidades), sin contar la propia.${reference ? ` Referencia: ${reference.label}, ${formatValue(reference.valor)}.` : ""}`
    }</small></caption>
    <thead><tr><th scope="col" class="num">Lugar</th><th scope="col">Entidad</th><th scope="col" class="num">Valor</th><th scope="col" class="num">${national ? "Frente al nacional" : "Frente a las demás"}</th>${grouped ? html`<th scope="col">Grupo</th>` : ""}</tr></thead>
    <tbody>${known.map(
      (s, i) =>
        html`<tr data-clave=${s.clave_inegi}><td class="num">${i + 1}</td><th scope="row">${name(s)}</th><td class="num">${formatValue(s.valor)}</td><td class="num">${against(s)}</td>${grouped ? html`<td>${s.grupo}</td>` : ""}</tr>`
    )}${unknown.map((s) => html`<tr class="vacia" data-clave=${s.clave_inegi}><td class="num"></td><th scope="row">${name(s)}</th><td class="num sin-dato">sin dato</td><td></td>${grouped ? html`<td>${s.grupo}</td>` : ""}</tr>`)}</tbody>
  </table>`;
}

/**
 * How many states have a value and how many do not, each a figure that opens its list ({@link countList}:
 * `data-cifra="entidades_con_dato"` and `"entidades_sin_dato"`, each listed state with `data-clave`).
 */
export function coverageCount({states}: IndicatorValues): HTMLElement {
  const known = states.filter((s) => s.valor !== null);
  const unknown = states.filter((s) => s.valor === null);
  return html`<div class="conteos">${countList("entidades_con_dato", known, {
    label: `de ${states.length} entidades con dato`,
    heading: "Con dato"
  })}${countList("entidades_sin_dato", unknown, {label: "sin dato (no se dibujan ni se promedian)", heading: "Sin dato"})}</div>`;
}

/**
 * The picked states side by side on every indicator at one cut-off date (the Métrica in the edition in
 * force on that date), with the reference of each: the mean of the states with data and how many they are,
 * or the Métrica's national value.
 *
 * @param tables rows of `indicadores_estatales` and `mga_ediciones`
 * @param indicators from {@link indicatorOptions}
 * @param claves the picked states
 */
export function sideBySide(
  tables: CompareTables,
  indicators: readonly Indicator[],
  claves: readonly string[],
  {fecha, entidades}: {fecha: string; entidades: readonly Row<"entidades">[]}
): HTMLElement {
  if (claves.length === 0) return html`<p class="sin-dato">Elija una o más entidades para verlas lado a lado.</p>`;
  const names = new Map(entidades.map((e) => [e.clave_inegi, e.nombre_corto]));
  const rows = indicators.map((ind) => {
    const data = indicatorValues(tables, ind, fecha, entidades, "ninguno");
    return {ind, data, values: claves.map((c) => data.states.find((s) => s.clave_inegi === c)?.valor ?? null)};
  });
  const cut = (d: IndicatorValues) =>
    d.edition ? `edición ${d.edition.edicion}, ${d.edition.origen}` : d.empty ? "sin edición" : dayText(fecha);
  return html`<table class="lado-a-lado">
    <caption>Entidades elegidas, lado a lado, al ${dayText(fecha)} (la Métrica, en su edición más reciente a esa fecha)</caption>
    <thead><tr><th scope="col">Indicador (corte)</th>${claves.map((c) => html`<th scope="col" class="num">${names.get(c) ?? c}</th>`)}<th scope="col" class="num">Referencia</th></tr></thead>
    <tbody>${rows.map(
      (r) =>
        html`<tr><th scope="row">${r.ind.label} <small>(${cut(r.data)})</small></th>${r.values.map((v) => html`<td class="num">${v === null ? html`<span class="sin-dato">sin dato</span>` : formatValue(v)}</td>`)}<td class="num">${r.data.reference ? html`${formatValue(r.data.reference.valor)}<br><small>${r.data.reference.nacional ? "nacional" : `promedio, n = ${r.data.reference.n}`}</small>` : html`<span class="sin-dato">sin referencia</span>`}</td></tr>`
    )}</tbody>
  </table>`;
}

/**
 * Checkboxes to pick states (for `view()`): the value is the list of picked INEGI keys.
 *
 * @param entidades rows of `entidades`
 */
export function statePicker(
  entidades: readonly Row<"entidades">[],
  {value = []}: {value?: readonly string[]} = {}
): ViewElement<HTMLFieldSetElement, string[]> {
  const sorted = [...entidades].sort((a, b) => a.nombre_corto.localeCompare(b.nombre_corto, "es"));
  const form = html<
    ViewElement<HTMLFieldSetElement, string[]>
  >`<fieldset class="entidades-elegidas"><legend>Entidades para comparar lado a lado</legend>${sorted.map(
    (e) =>
      html`<label><input type="checkbox" value=${e.clave_inegi} checked=${value.includes(e.clave_inegi)}> ${e.nombre_corto}</label>`
  )}</fieldset>`;
  const read = () => [...form.querySelectorAll("input:checked")].map((i) => (i as HTMLInputElement).value);
  form.value = read();
  for (const box of form.querySelectorAll("input")) {
    box.addEventListener("input", (event: Event) => {
      event.stopPropagation();
      form.value = read();
      form.dispatchEvent(new Event("input", {bubbles: true}));
    });
  }
  return form;
}

let selects = 0;

/**
 * A labelled native <select> for `view()`: its value is the chosen option's id.
 *
 * @param options ids and their words
 */
export function labelledSelect(
  options: readonly {id: string; label: string}[],
  {label, value = options[0]?.id}: {label: string; value?: string}
): ViewElement<HTMLDivElement, string> {
  const id = `sel-comparar-${++selects}`;
  const select = html<HTMLSelectElement>`<select id=${id}>${options.map((o) => html`<option value=${o.id} selected=${o.id === value}>${o.label}</option>`)}</select>`;
  const wrap = html<
    ViewElement<HTMLDivElement, string>
  >`<div class="seleccion"><label for=${id}>${label}</label>${select}</div>`;
  wrap.value = select.value;
  select.addEventListener("input", (event: Event) => {
    event.stopPropagation();
    wrap.value = select.value;
    wrap.dispatchEvent(new Event("input", {bubbles: true}));
  });
  return wrap;
}
