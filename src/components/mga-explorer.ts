import * as Plot from "npm:@observablehq/plot";
import * as aq from "npm:arquero";
import {html, svg} from "npm:htl";
import mexico from "npm:@svg-maps/mexico";
import type {MgaGroupRow} from "../lib/mga-aggregate.js";
import type {MgaEditionValue} from "../lib/mga-editions.js";
import type {Row} from "../lib/model/schema.js";
import {MGA_SCORES, mgaSubjectKindLabel} from "../lib/model/vocabulary.js";

export {mgaEditionOn} from "../lib/mga-editions.js";
import {sinDato, sourceRef} from "./explorar-common.js";
import type {Construccion} from "./load-table.js";
import {textOn} from "./phase-style.js";
import {withTextAlternative} from "./plot-a11y.js";
import {MAP_GEOMETRY_LICENCE} from "./mexico-map.js";
import {chartSvg, viewExport} from "./view-export.js";
import {readerQuote} from "../lib/source-citation.js";

type Fuentes = ReadonlyMap<string, Row<"fuentes">>;

/** What each origin of a value is, in words (`mga_ediciones.origen`). */
export const ORIGENES = [
  {
    id: "microdatos",
    label: "microdatos",
    long: "Microdatos: promedio simple de los sujetos obligados de la base publicada por sujeto obligado"
  },
  {
    id: "publicado",
    label: "publicado",
    long: "Publicado: el valor tal como lo publicó una fuente (informe, comunicado o nota), con su fuente"
  }
];
export const ORIGEN_BY_ID = new Map<string, (typeof ORIGENES)[number]>(ORIGENES.map((o) => [o.id, o]));
export const INDICADOR_BY_ID = new Map<string, (typeof MGA_SCORES)[number]>(MGA_SCORES.map((p) => [p.id, p]));

/** Short names of the scores, for column heads and the map's labels. */
export const SIGLAS: Record<string, string> = {ga: "IGA", t: "T", p: "P", tg: "TG", tc: "TC", pg: "PG", pc: "PC"};

/** Sequential purples (ColorBrewer "Purples", 5 classes): the map's classes, light = lower. */
const CLASS_COLORS = ["#efedf5", "#cbc9e2", "#9e9ac8", "#756bb1", "#54278f"];
const NO_DATA = "#e0e0e0";

const fixed = (x: number | null | undefined, d: number) => (x === null || x === undefined ? null : x.toFixed(d));
const signed = (x: number | null | undefined, d: number) =>
  x === null || x === undefined ? null : `${x > 0 ? "+" : x < 0 ? "−" : "±"}${Math.abs(x).toFixed(d)}`;

/**
 * The map's classes: with five distinct values or fewer (at the precision shown), one class per value;
 * otherwise five equal intervals between the lowest and the highest value. Returns a function value → class
 * index and the classes with their colour, words and how many states fall in each.
 */
export function valueClasses(
  values: readonly (number | null)[],
  decimals: number
): {
  classOf: (v: number | null) => number | null;
  classes: {i: number; color: string; label: string | null; count: number}[];
} {
  const vs = values.filter((v): v is number => v !== null && v !== undefined);
  if (!vs.length) return {classOf: () => null, classes: []};
  const distinct = [...new Set(vs.map((v) => v.toFixed(decimals)))].map(Number).sort((a, b) => a - b);
  if (distinct.length <= 5) {
    const colors = distinct.length === 1 ? [CLASS_COLORS[3]] : CLASS_COLORS.slice(5 - distinct.length);
    const classOf = (v: number | null) =>
      v === null || v === undefined ? null : distinct.indexOf(Number(v.toFixed(decimals)));
    return {
      classOf,
      classes: distinct.map((d, i) => ({
        i,
        color: colors[i],
        label: fixed(d, decimals),
        count: vs.filter((v) => classOf(v) === i).length
      }))
    };
  }
  const lo = Math.min(...vs);
  const hi = Math.max(...vs);
  const step = (hi - lo) / 5;
  const classOf = (v: number | null) =>
    v === null || v === undefined ? null : Math.max(0, Math.min(4, Math.floor((v - lo) / step)));
  return {
    classOf,
    classes: CLASS_COLORS.map((color, i) => ({
      i,
      color,
      label: `${fixed(lo + i * step, decimals)} a ${fixed(i === 4 ? hi : lo + (i + 1) * step, decimals)}`,
      count: vs.filter((v) => classOf(v) === i).length
    }))
  };
}

/** One state on the Métrica's map: its value (null = sin dato), rank and precision. */
export interface MapValue {
  clave_inegi: string;
  iso_3166_2: string;
  nombre_corto: string;
  valor: number | null;
  posicion: number | null;
  decimales: number | null;
}

/**
 * The states coloured by one score of one edition and origin (a numeric choropleth on @svg-maps/mexico):
 * each state a link to its page (`a.entidad`, keyboard-reachable), named by its value, with `data-clave`
 * and `data-valor`; the class number is written on the shape, so the colour is never alone; no value =
 * grey, hatched, "sin dato".
 *
 * @param rows one per state
 * @param options href: where a state leads (its page, or its row in the ranking)
 */
export function mgaMap(
  rows: readonly MapValue[],
  {
    width,
    caption,
    sigla,
    origen,
    decimals,
    href
  }: {width: number; caption: string; sigla: string; origen: string; decimals: number; href: (clave: string) => string}
): HTMLElement {
  const byIso = new Map(rows.map((r) => [r.iso_3166_2.replace(/^MX-/, "").toLowerCase(), r]));
  const {classOf, classes} = valueClasses(
    rows.map((r) => r.valor),
    decimals
  );
  const [, , w, h] = mexico.viewBox.split(" ").map(Number);
  const shown = Math.min(width, 900);
  const label = (r: MapValue) =>
    r.valor === null || r.valor === undefined
      ? `${r.nombre_corto}: ${sigla} sin dato`
      : `${r.nombre_corto}: ${sigla} ${fixed(r.valor, r.decimales ?? decimals)} (${origen})${r.posicion ? `, lugar ${r.posicion}` : ""}`;
  const map = svg`<svg class="mapa-mexico mapa-mga" viewBox=${mexico.viewBox} width=${shown} height=${Math.round((shown * h) / w)} role="group" aria-label=${caption}>
    <defs><pattern id="mga-sin-dato" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="6" height="6" fill=${NO_DATA}></rect><line x1="0" y1="0" x2="0" y2="6" stroke="#8a8a8a" stroke-width="1.5"></line></pattern></defs>
    ${mexico.locations.map((loc: {id: string; path: string}) => {
      const r = byIso.get(loc.id);
      if (!r) return null;
      const k = classOf(r.valor);
      return svg`<a class="entidad" href=${href(r.clave_inegi)} data-clave=${r.clave_inegi} aria-label=${label(r)}>
        <title>${label(r)}</title>
        <path d=${loc.path} data-clave=${r.clave_inegi} data-valor=${r.valor ?? "sin_dato"} fill=${k === null ? "url(#mga-sin-dato)" : classes[k].color}></path>
      </a>`;
    })}
  </svg>`;
  // Class numbers at the centre of each shape, once laid out (hidden from assistive technology).
  const layer = svg`<g class="rotulos" aria-hidden="true"></g>`;
  map.append(layer);
  const place = () => {
    if (!map.isConnected) return requestAnimationFrame(place);
    for (const path of map.querySelectorAll("path[data-clave]") as NodeListOf<SVGPathElement>) {
      const r = rows.find((x) => x.clave_inegi === path.dataset.clave);
      const k = classOf(r?.valor ?? null);
      const b = path.getBBox();
      layer.append(
        svg`<text class="clase-mapa" x=${b.x + b.width / 2} y=${b.y + b.height / 2} fill=${k === null ? "#000" : textOn(classes[k].color)}>${k === null ? "·" : k + 1}</text>`
      );
    }
  };
  requestAnimationFrame(place);
  const legend = html`<ul class="leyenda" aria-label=${`Leyenda del mapa: ${sigla}`}>
    ${classes.map((c) => html`<li><span class="muestra" style=${{"--muestra": c.color, color: textOn(c.color)}} aria-hidden="true">${c.i + 1}</span> ${c.label} <span class="cuenta">(${c.count})</span></li>`)}
    <li><span class="muestra rayada" style=${{"--muestra": NO_DATA, color: "#000"}} aria-hidden="true">·</span> sin dato <span class="cuenta">(${rows.filter((r) => classOf(r.valor) === null).length})</span></li>
  </ul>`;
  return html`<div class="mapa-y-leyenda"><div class="mapa-contenedor"><figure class="mapa">${map}</figure></div><div class="leyenda-contenedor"><h3>${sigla}: clases</h3>${legend}<p class="nota"><small>${classes.some((c) => c.label?.includes(" a ")) ? "Cinco clases iguales entre el valor más bajo y el más alto del mapa (a la precisión mostrada)" : "Una clase por valor (a la precisión mostrada)"}; el número de la clase va escrito en cada estado. Rayado: ninguna fuente da el valor. Al elegir un estado se va a su página.</small></p></div></div>`;
}

/**
 * The export menu of {@link mgaMap}: PNG, SVG (with its classes drawn in as the legend), link, citation and,
 * as «Datos de esta vista», the 32 states with their value at the precision shown (empty: sin dato), rank
 * and class number. `container` holds the map.
 */
export function mgaMapExport(
  rows: readonly MapValue[],
  {
    title,
    edicion,
    origen,
    decimals,
    container,
    construccion
  }: {
    title: string;
    edicion: string;
    origen: string;
    decimals: number;
    container: () => Element | null;
    construccion: Pick<Construccion, "fecha_construccion" | "fecha_registro">;
  }
): HTMLElement {
  const {classOf, classes} = valueClasses(
    rows.map((r) => r.valor),
    decimals
  );
  const round = (v: number, d: number) => Number(v.toFixed(d));
  return viewExport(() => chartSvg(container()), {
    title,
    date: null,
    source: `Métrica de Gobierno Abierto ${edicion} (CIDE–INAI), ${origen === "microdatos" ? "promedio de los sujetos obligados de cada entidad (microdatos)" : "valores publicados"}`,
    licences: [MAP_GEOMETRY_LICENCE],
    legend: [
      ...classes.map((c) => ({
        color: c.color,
        symbol: String(c.i + 1),
        ink: textOn(c.color),
        label: `${c.label} (${c.count})`
      })),
      {
        color: NO_DATA,
        symbol: "·",
        hatched: true,
        label: `sin dato (${rows.filter((r) => classOf(r.valor) === null).length})`
      }
    ],
    columns: [
      {name: "entidad"},
      {name: "clave_inegi"},
      {name: "valor", type: "number"},
      {name: "lugar", type: "integer"},
      {name: "clase", type: "integer"}
    ],
    rows: [...rows]
      .sort((a, b) => a.clave_inegi.localeCompare(b.clave_inegi))
      .map((r) => {
        const k = classOf(r.valor);
        return {
          entidad: r.nombre_corto,
          clave_inegi: r.clave_inegi,
          valor: r.valor === null ? null : round(r.valor, r.decimales ?? decimals),
          lugar: r.posicion,
          clase: k === null ? null : k + 1
        };
      }),
    filename: `metrica-${edicion}-${origen}`,
    construccion
  });
}

/** The sources of a published value (`fuentes`, separated by "; "), as references. */
function valueSources(ids: string | null, fuentes: Fuentes): HTMLElement[] | null {
  if (!ids) return null;
  return ids.split(/;\s*/).map((id) => html`<div>${sourceRef(fuentes.get(id), {id})}</div>`);
}

/**
 * The ranking of one score in one edition and origin: rank (ties share it, at the precision shown; none when
 * not all 32 states have a value), state (linked), value, difference with the national value, origin, source
 * and note; federal and national rows last.
 *
 * @param rows rows of `mga_ediciones` for the edition, indicator and origin
 * @param options microCount: sujetos obligados averaged in a microdata row; href: a state's page (none: its name only)
 */
export function mgaRanking(
  rows: readonly MgaEditionValue[],
  fuentes: Fuentes,
  {
    sigla,
    microCount,
    href
  }: {sigla: string; microCount?: (row: MgaEditionValue) => number | undefined; href?: (clave: string) => string}
): HTMLElement {
  const states = rows
    .filter((r) => r.ambito === "estatal")
    .sort((a, b) => b.valor - a.valor || a.nombre.localeCompare(b.nombre, "es"));
  const others = rows
    .filter((r) => r.ambito !== "estatal")
    .sort((a, b) => Number(a.ambito === "nacional") - Number(b.ambito === "nacional"));
  const ranked = states.some((r) => r.posicion !== null);
  const tied = new Map<number, number>();
  for (const r of states) if (r.posicion !== null) tied.set(r.posicion, (tied.get(r.posicion) ?? 0) + 1);
  const source = (r: MgaEditionValue) =>
    r.origen === "microdatos"
      ? html`<small>promedio de ${microCount?.(r) ?? "sus"} sujetos obligados (base por sujeto obligado; fuente al pie)</small>`
      : (valueSources(r.fuentes, fuentes) ?? sinDato());
  const row = (
    r: MgaEditionValue
  ) => html`<tr class=${r.ambito} id=${r.clave_inegi ? `mga-${r.clave_inegi}` : `mga-${r.ambito}`} data-clave=${r.clave_inegi ?? ""}>
    <td class="num">${r.posicion === null ? "" : html`${r.posicion}${(tied.get(r.posicion) ?? 0) > 1 ? html` <small>(empate)</small>` : ""}`}</td>
    <th scope="row">${r.clave_inegi && href ? html`<a href=${href(r.clave_inegi)}>${r.nombre}</a>` : r.nombre}</th>
    <td class="num valor">${fixed(r.valor, r.decimales)}</td>
    <td class="num">${r.ambito === "nacional" ? "" : (signed(r.diferencia_nacional, r.decimales) ?? sinDato())}</td>
    <td><span class="origen" title=${ORIGEN_BY_ID.get(r.origen)?.long}>${ORIGEN_BY_ID.get(r.origen)?.label ?? r.origen}</span></td>
    <td class="fuente">${source(r)}</td>
    <td class="nota-valor">${r.nota ? html`<small>${readerQuote(r.nota)}</small>` : ""}</td>
  </tr>`;
  return html`<table class="mga-ranking">
    <caption>${ranked ? `Lugar de las 32 entidades por ${sigla} (1 = más alto; los empates a la precisión mostrada comparten lugar)` : `Sin lugares: sólo ${states.length} de 32 entidades tienen un valor de ${sigla}; ordenadas por valor, sin numerar (una lista parcial no es un ranking)`}</caption>
    <thead><tr><th scope="col" class="num">Lugar</th><th scope="col">Entidad</th><th scope="col" class="num">${sigla}</th><th scope="col" class="num">Frente al nacional</th><th scope="col">Origen</th><th scope="col">Fuente</th><th scope="col">Nota</th></tr></thead>
    <tbody>${[...states, ...others].map(row)}</tbody>
  </table>`;
}

/**
 * Every edition with data: for each edition and origin, which scores it has, how many states have a value,
 * whether there is a national value and whether states are ranked (all 32 from one base).
 *
 * @param ediciones rows of `mga_ediciones`
 */
export function mgaEditionsTable(ediciones: readonly MgaEditionValue[]): HTMLElement {
  const keys = [...new Set(ediciones.map((r) => `${r.edicion}|${r.origen}`))].sort().reverse();
  return html`<table class="mga-ediciones">
    <caption>Ediciones de la Métrica con datos en el registro, y de dónde viene cada valor</caption>
    <thead><tr><th scope="col">Edición</th><th scope="col">Origen</th><th scope="col">Puntajes</th><th scope="col" class="num">Entidades con dato (máx.)</th><th scope="col">Nacional</th><th scope="col">Lugares</th></tr></thead>
    <tbody>${keys.map((k) => {
      const [edicion, origen] = k.split("|");
      const rows = ediciones.filter((r) => String(r.edicion) === edicion && r.origen === origen);
      const present = MGA_SCORES.filter((p) => rows.some((r) => r.indicador === p.id)).map((p) => SIGLAS[p.id]);
      const states = Math.max(0, ...rows.filter((r) => r.ambito === "estatal").map((r) => r.entidades_con_dato));
      return html`<tr data-edicion=${edicion} data-origen=${origen}>
        <th scope="row">${edicion}</th><td><span class="origen">${ORIGEN_BY_ID.get(origen)?.label}</span></td><td>${present.join(", ")}</td>
        <td class="num">${states}</td><td>${rows.some((r) => r.ambito === "nacional") ? "sí" : sinDato()}</td><td>${rows.some((r) => r.posicion !== null) ? "sí, las 32" : "no (lista parcial)"}</td>
      </tr>`;
    })}</tbody>
  </table>`;
}

/**
 * Sujetos obligados of each state by level of government (`mga_por_tipo`, agrupación nivel): how many, and
 * the index of each level. A level with none evaluated shows "sin dato".
 *
 * @param porTipo rows of `mga_por_tipo` for one edition
 * @param options a state's page (none: its name only)
 */
export function levelsTable(
  porTipo: readonly MgaGroupRow[],
  names: ReadonlyMap<string, string>,
  {href}: {href?: (clave: string) => string} = {}
): HTMLElement {
  // Long → wide with arquero: one row per state, a column per level (count and index pivoted apart).
  const levels = aq.from(porTipo).filter((d: MgaGroupRow) => d.agrupacion === "nivel" && d.clave_inegi !== null);
  type Pivoted = {clave_inegi: string; estatal?: number | null; municipal?: number | null};
  const pivot = (value: "sujetos" | "ga") =>
    new Map<string, Pivoted>(
      (levels.groupby("clave_inegi").pivot("grupo", value).objects() as Pivoted[]).map((r) => [r.clave_inegi, r])
    );
  const counts = pivot("sujetos");
  const scores = pivot("ga");
  const states = [...counts.keys()].sort((a, b) => (names.get(a) ?? a).localeCompare(names.get(b) ?? b, "es"));
  return html`<table class="mga-niveles">
    <caption>Sujetos obligados evaluados en cada entidad, por nivel de gobierno, y su índice</caption>
    <thead><tr><th scope="col">Entidad</th><th scope="col" class="num">Sujetos estatales</th><th scope="col" class="num">IGA estatal</th><th scope="col" class="num">Municipios</th><th scope="col" class="num">IGA municipal</th><th scope="col" class="num">Total</th></tr></thead>
    <tbody>${states.map((k) => {
      // Cells written out one by one: a fragment of <td>s outside a <tr> would be dropped by the HTML parser.
      const n = counts.get(k) ?? {clave_inegi: k};
      const ga = scores.get(k) ?? {clave_inegi: k};
      return html`<tr data-clave=${k}><th scope="row">${href ? html`<a href=${href(k)}>${names.get(k) ?? k}</a>` : (names.get(k) ?? k)}</th>
        <td class="num">${n.estatal ?? 0}</td><td class="num">${ga.estatal === undefined || ga.estatal === null ? sinDato() : fixed(ga.estatal, 3)}</td>
        <td class="num">${n.municipal ?? 0}</td><td class="num">${ga.municipal === undefined || ga.municipal === null ? sinDato() : fixed(ga.municipal, 3)}</td>
        <td class="num">${(n.estatal ?? 0) + (n.municipal ?? 0)}</td></tr>`;
    })}</tbody>
  </table>`;
}

/**
 * The types of sujeto obligado in one state (or the whole country, clave null): how many and their scores.
 *
 * @param porTipo rows of `mga_por_tipo` for one edition
 * @param clave the state (null: the whole country)
 */
export function typesTable(porTipo: readonly MgaGroupRow[], clave: string | null, nombre: string): HTMLElement {
  const rows = porTipo
    .filter((r) => r.agrupacion === "tipo" && (r.clave_inegi ?? null) === clave)
    .sort(
      (a, b) => b.sujetos - a.sujetos || mgaSubjectKindLabel(a.grupo).localeCompare(mgaSubjectKindLabel(b.grupo), "es")
    );
  return html`<table class="mga-tipos">
    <caption>Tipos de sujeto obligado evaluados: ${nombre}</caption>
    <thead><tr><th scope="col">Tipo</th><th scope="col" class="num">Sujetos</th><th scope="col" class="num">IGA</th><th scope="col" class="num">T</th><th scope="col" class="num">P</th></tr></thead>
    <tbody>${rows.map((r) => html`<tr><th scope="row">${mgaSubjectKindLabel(r.grupo)}</th><td class="num">${r.sujetos}</td><td class="num">${fixed(r.ga, 3) ?? sinDato()}</td><td class="num">${fixed(r.t, 3) ?? sinDato()}</td><td class="num">${fixed(r.p, 3) ?? sinDato()}</td></tr>`)}</tbody>
  </table>`;
}

/**
 * Each sujeto obligado of a state as a dot on the index (0–1), one row per type, with a line at the state's
 * average. The types table beside it has the same counts and averages.
 *
 * @param sujetos rows of `mga_sujetos` of one edition and state
 */
export function sujetosChart(
  sujetos: readonly Row<"mga_sujetos">[],
  {width, nombre, promedio}: {width: number; nombre: string; promedio: number | null}
): Element {
  const tipos = [...new Set(sujetos.map((s) => mgaSubjectKindLabel(s.tipo)))].sort((a, b) => a.localeCompare(b, "es"));
  const chart = Plot.plot({
    width,
    height: 50 + tipos.length * 26,
    marginLeft: Math.min(200, 8 + 6.5 * Math.max(...tipos.map((t) => t.length))),
    x: {domain: [0, 1], label: "Índice de Gobierno Abierto de cada sujeto obligado →", grid: true},
    y: {domain: tipos, label: null},
    marks: [
      promedio === null ? null : Plot.ruleX([promedio], {stroke: "#54278f", strokeDasharray: "4,3"}),
      Plot.dot(sujetos, {
        x: "ga",
        y: (d: Row<"mga_sujetos">) => mgaSubjectKindLabel(d.tipo),
        stroke: "#54278f",
        r: 3.5,
        tip: true,
        title: (d: Row<"mga_sujetos">) =>
          `${d.sujeto}\n${mgaSubjectKindLabel(d.tipo)} (${d.nivel})\nIGA ${d.ga.toFixed(3)}`
      })
    ]
  });
  return withTextAlternative(chart, {
    label: `${nombre}: índice de cada uno de sus ${sujetos.length} sujetos obligados, por tipo`,
    description:
      "Un círculo por sujeto obligado; la línea punteada es el promedio de la entidad. La tabla de tipos, al lado, da cuántos hay y su promedio."
  });
}

/**
 * The export menu of {@link sujetosChart}: PNG, SVG, link, citation and, as «Datos de esta vista», the
 * sujetos obligados drawn (name, type, level, index at the 3 decimals the chart's tip shows), ordered by type
 * as the chart's rows are, then by name. `container` holds the chart.
 */
export function sujetosExport(
  sujetos: readonly Row<"mga_sujetos">[],
  {
    nombre,
    clave,
    edicion,
    promedio,
    container,
    construccion
  }: {
    nombre: string;
    clave: string;
    edicion: string;
    promedio: number | null;
    container: () => Element | null;
    construccion: Pick<Construccion, "fecha_construccion" | "fecha_registro">;
  }
): HTMLElement {
  return viewExport(() => chartSvg(container()), {
    title: `${nombre}: Índice de Gobierno Abierto de cada sujeto obligado, por tipo, edición ${edicion}`,
    date: null,
    source: `Métrica de Gobierno Abierto ${edicion} (CIDE–INAI), microdatos por sujeto obligado${promedio === null ? "" : `. Línea punteada: promedio de la entidad, ${promedio.toFixed(3)}`}`,
    columns: [
      {name: "entidad"},
      {name: "clave_inegi"},
      {name: "sujeto_obligado"},
      {name: "tipo"},
      {name: "nivel"},
      {name: "indice_gobierno_abierto", type: "number"}
    ],
    rows: [...sujetos]
      .sort(
        (a, b) =>
          mgaSubjectKindLabel(a.tipo).localeCompare(mgaSubjectKindLabel(b.tipo), "es") ||
          a.sujeto.localeCompare(b.sujeto, "es")
      )
      .map((s) => ({
        entidad: nombre,
        clave_inegi: clave,
        sujeto_obligado: s.sujeto,
        tipo: mgaSubjectKindLabel(s.tipo),
        nivel: s.nivel,
        indice_gobierno_abierto: Number(s.ga.toFixed(3))
      })),
    filename: `metrica-${edicion}-sujetos-${clave}`,
    construccion
  });
}
