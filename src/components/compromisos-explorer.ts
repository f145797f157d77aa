import {html} from "npm:htl";
import {ratingSummary} from "./progress-ratings.js";
import type {Row} from "../lib/model/schema.js";
import type {ThemeCount} from "../lib/themes.js";
import type {ViewElement} from "./controls.js";
import {fold, sinDato, sourceRef, statePage} from "./explorar-common.js";

type Avance = number | null | undefined;
const known = (a: Avance): a is number => a !== null && a !== undefined;

/** Progress ranges of the filter (`avance`, 0–100 %); "sin dato" is a range of its own. */
export const AVANCE_RANGOS: readonly {id: string; label: string; test: (a: Avance) => boolean}[] = [
  {id: "sin_dato", label: "sin dato", test: (a) => !known(a)},
  {id: "0-24", label: "menos de 25 %", test: (a) => known(a) && a < 25},
  {id: "25-49", label: "25 a 49 %", test: (a) => known(a) && a >= 25 && a < 50},
  {id: "50-74", label: "50 a 74 %", test: (a) => known(a) && a >= 50 && a < 75},
  {id: "75-99", label: "75 a 99 %", test: (a) => known(a) && a >= 75 && a < 100},
  {id: "100", label: "100 %", test: (a) => a === 100}
];

/** Value of the theme filter for compromisos with no theme. */
export const SIN_TEMA = "sin dato";

/** A compromiso as published, with its state's name, its plan and the folded text search looks into. */
export type CompromisoRow = Row<"compromisos"> & {entidad: string; plan: Row<"planes"> | undefined; texto: string};

/** The filters' values: each empty = no filter. */
export interface Filters {
  q?: string;
  entidad?: string;
  ejercicio?: string;
  tema?: string;
  proactivo?: string;
  avance?: string;
}

/** An option of a filter's select. */
export interface Option {
  id: string;
  label: string;
}

/**
 * Compromisos joined with their state's name and their plan (by state and ejercicio), each with the folded
 * text that search looks into (title, theme, state, plan, responsible, OSC, region, id).
 *
 * @param compromisos rows of `compromisos`
 * @param entidades rows of `entidades`
 * @param planes rows of `planes`
 */
export function compromisoRows(
  compromisos: readonly Row<"compromisos">[],
  entidades: readonly Row<"entidades">[],
  planes: readonly Row<"planes">[]
): CompromisoRow[] {
  const names = new Map(entidades.map((e) => [e.clave_inegi, e]));
  const plans = new Map(planes.map((p) => [`${p.clave_inegi}-${p.ejercicio}`, p]));
  return compromisos
    .map((c) => {
      const e = names.get(c.clave_inegi);
      const plan = plans.get(`${c.clave_inegi}-${c.ejercicio}`);
      const entidad = e?.nombre_corto ?? c.clave_inegi;
      const row: CompromisoRow = {
        ...c,
        entidad,
        plan,
        texto: fold(
          [c.titulo, c.tema, entidad, e?.nombre, plan?.nombre, c.responsable, c.osc, c.region, c.compromiso_id]
            .filter(Boolean)
            .join(" · ")
        )
      };
      return row;
    })
    .sort(
      (a, b) =>
        a.entidad.localeCompare(b.entidad, "es") ||
        a.ejercicio - b.ejercicio ||
        Number(a.proactivo === true) - Number(b.proactivo === true) ||
        (a.numero ?? 999) - (b.numero ?? 999) ||
        a.compromiso_id.localeCompare(b.compromiso_id)
    );
}

/**
 * The compromisos that pass every filter. `q`: every word must appear (accents and case ignored, on both
 * sides); `entidad`: INEGI key; `ejercicio`: number as text; `tema`: the theme, or SIN_TEMA for none;
 * `proactivo`: si / no / sin_dato; `avance`: an id of AVANCE_RANGOS. Empty = no filter.
 *
 * @param rows from {@link compromisoRows}
 */
export function filterCompromisos(rows: readonly CompromisoRow[], f: Filters): CompromisoRow[] {
  const words = fold(f.q).split(/\s+/).filter(Boolean);
  const range = AVANCE_RANGOS.find((r) => r.id === f.avance);
  return rows.filter(
    (r) =>
      words.every((w) => r.texto.includes(w)) &&
      (!f.entidad || r.clave_inegi === f.entidad) &&
      (!f.ejercicio || String(r.ejercicio) === f.ejercicio) &&
      (!f.tema || (f.tema === SIN_TEMA ? !r.tema : r.tema === f.tema)) &&
      (!f.proactivo ||
        (f.proactivo === "sin_dato"
          ? r.proactivo === null || r.proactivo === undefined
          : r.proactivo === (f.proactivo === "si"))) &&
      (!range || range.test(r.avance))
  );
}

/** The options of each filter, from the data. */
export function filterOptions(
  rows: readonly CompromisoRow[],
  entidades: readonly Row<"entidades">[]
): Record<"entidad" | "ejercicio" | "tema" | "proactivo" | "avance", Option[]> {
  const withRows = new Set(rows.map((r) => r.clave_inegi));
  const temas = [...new Set(rows.map((r): string | null => r.tema).filter((t): t is string => Boolean(t)))].sort(
    (a, b) => a.localeCompare(b, "es")
  );
  return {
    entidad: entidades
      .filter((e) => withRows.has(e.clave_inegi))
      .sort((a, b) => a.nombre_corto.localeCompare(b.nombre_corto, "es"))
      .map((e) => ({id: e.clave_inegi, label: e.nombre_corto})),
    ejercicio: [...new Set(rows.map((r) => r.ejercicio))]
      .sort((a, b) => a - b)
      .map((n) => ({id: String(n), label: `Ejercicio ${n}`})),
    tema: [
      ...temas.map((t) => ({id: t, label: t})),
      ...(rows.some((r) => !r.tema) ? [{id: SIN_TEMA, label: "sin dato (la fuente no da tema)"}] : [])
    ],
    proactivo: [
      {id: "si", label: "Sí, proactivo"},
      {id: "no", label: "No proactivo"},
      {id: "sin_dato", label: "sin dato"}
    ],
    avance: AVANCE_RANGOS.map(({id, label}) => ({id, label}))
  };
}

let forms = 0;

/**
 * The filter form: a search box and one select per filter, each with its label; its value is the filters
 * object (for `view()`), sent on every change. "Quitar filtros" empties them.
 *
 * @param options from {@link filterOptions}
 * @param value initial filters
 */
export function compromisosFilters(
  options: ReturnType<typeof filterOptions>,
  value: Filters
): ViewElement<HTMLFormElement, Filters> {
  const id = `filtros-${++forms}`;
  const search = html<HTMLInputElement>`<input type="search" id=${`${id}-q`} name="q" value=${value.q ?? ""} autocomplete="off" placeholder="p. ej. educacion, queretaro, deuda">`;
  const selects = (
    [
      ["entidad", "Entidad", "Todas"],
      ["ejercicio", "Ejercicio", "Todos"],
      ["tema", "Tema", "Todos"],
      ["proactivo", "Proactivo", "Todos"],
      ["avance", "Avance", "Todos"]
    ] as const
  ).map(([name, label, all]) => ({
    name,
    label,
    el: html<HTMLSelectElement>`<select id=${`${id}-${name}`} name=${name}><option value="">${all}</option>${options[name].map((o) => html`<option value=${o.id} selected=${o.id === value[name]}>${o.label}</option>`)}</select>`
  }));
  const clear = html<HTMLButtonElement>`<button type="button">Quitar filtros</button>`;
  const form = html<
    ViewElement<HTMLFormElement, Filters>
  >`<form class="filtros" role="search" aria-label="Buscar y filtrar compromisos" onsubmit=${(e: Event) => e.preventDefault()}>
    <div class="filtro filtro-busqueda"><label for=${`${id}-q`}>Buscar (sin importar acentos ni mayúsculas)</label>${search}</div>
    ${selects.map((s) => html`<div class="filtro"><label for=${s.el.id}>${s.label}</label>${s.el}</div>`)}
    <div class="filtro">${clear}</div>
  </form>`;
  const read = () => Object.fromEntries([["q", search.value.trim()], ...selects.map((s) => [s.name, s.el.value])]);
  form.value = read();
  const emit = () => {
    form.value = read();
    form.dispatchEvent(new Event("input", {bubbles: true}));
  };
  for (const el of [search, ...selects.map((s) => s.el)]) {
    el.addEventListener("input", (event: Event) => {
      event.stopPropagation();
      emit();
    });
    el.addEventListener("change", (event: Event) => event.stopPropagation());
  }
  clear.onclick = () => {
    search.value = "";
    for (const s of selects) s.el.value = "";
    emit();
  };
  return form;
}

/** A si/no column as published (Parquet booleans; null = the source does not say). */
const yesNo = (v: boolean | null) => (v === true ? "sí" : v === false ? "no" : sinDato());

/**
 * The compromisos as a table: state (linked to its page), plan, number, title, theme, proactive, responsible
 * and OSC, progress, and the source with its quotation. Each row has the id `compromiso-<id>`.
 *
 * @param rows from {@link filterCompromisos}
 * @param fuentes rows of `fuentes` by id
 * @param options.avances rows of `avances`: a rated compromiso shows each rating and who rated it
 */
export function compromisosTable(
  rows: readonly CompromisoRow[],
  fuentes: ReadonlyMap<string, Row<"fuentes">>,
  {caption, avances = []}: {caption: string; avances?: readonly Row<"avances">[]}
): HTMLElement {
  const rated = (id: string) => ratingSummary(avances.filter((a) => a.compromiso_id === id));
  return html`<table class="compromisos">
    <caption>${caption}</caption>
    <thead><tr>
      <th scope="col">Entidad</th><th scope="col">Plan</th><th scope="col" class="num">Núm.</th><th scope="col">Compromiso</th>
      <th scope="col">Tema</th><th scope="col">Proactivo</th><th scope="col">Responsables y OSC</th><th scope="col" class="num">Avance</th><th scope="col">Fuente</th>
    </tr></thead>
    <tbody>${rows.map(
      (r) => html`<tr id=${`compromiso-${r.compromiso_id}`} data-id=${r.compromiso_id} data-clave=${r.clave_inegi}>
        <td><a href=${statePage(r.clave_inegi)}>${r.entidad}</a></td>
        <td>Ejercicio ${r.ejercicio}${r.plan?.nombre ? html`<br><small>${r.plan.nombre}</small>` : ""}</td>
        <td class="num">${r.numero ?? sinDato()}</td>
        <th scope="row" class="titulo">${r.titulo}<br><small class="id">${r.compromiso_id}</small></th>
        <td>${r.tema ?? sinDato()}</td>
        <td>${yesNo(r.proactivo)}</td>
        <td>${r.responsable ? html`<div><small>Responsable:</small> ${r.responsable}</div>` : html`<div><small>Responsable:</small> ${sinDato()}</div>`}${r.osc ? html`<div><small>OSC:</small> ${r.osc}</div>` : ""}</td>
        <td class="num">${rated(r.compromiso_id) || (r.avance === null || r.avance === undefined ? sinDato() : `${r.avance} %`)}</td>
        <td class="fuente">${sourceRef(fuentes.get(r.fuente_id), {id: r.fuente_id, cita: r.cita})}</td>
      </tr>`
    )}</tbody>
  </table>`;
}

/**
 * Compromisos by theme across states (`compromisos_por_tema`): the national count of each theme and the
 * states that have it, with their counts; "sin dato" last.
 *
 * @param porTema rows of `compromisos_por_tema`
 * @param names state name by INEGI key
 */
export function themesTable(porTema: readonly ThemeCount[], names: ReadonlyMap<string, string>): HTMLElement {
  const national = porTema
    .filter((r) => !r.clave_inegi)
    .sort(
      (a, b) =>
        Number(a.tema === SIN_TEMA) - Number(b.tema === SIN_TEMA) ||
        b.compromisos - a.compromisos ||
        a.tema.localeCompare(b.tema, "es")
    );
  const byTheme = new Map<string, ThemeCount[]>();
  for (const r of porTema.filter((r) => r.clave_inegi)) byTheme.set(r.tema, [...(byTheme.get(r.tema) ?? []), r]);
  const nameOf = (clave: string | null) => (clave ? (names.get(clave) ?? clave) : "");
  return html`<table class="temas">
    <caption>Compromisos por tema en todo el país y en cada entidad</caption>
    <thead><tr><th scope="col">Tema</th><th scope="col" class="num">Compromisos</th><th scope="col" class="num">Entidades</th><th scope="col">Dónde</th></tr></thead>
    <tbody>${national.map((t) => {
      const states = (byTheme.get(t.tema) ?? [])
        .map((r) => ({...r, nombre: nameOf(r.clave_inegi)}))
        .sort((a, b) => a.nombre.localeCompare(b.nombre, "es"));
      return html`<tr class=${t.tema === SIN_TEMA ? "sin-tema" : ""}>
        <th scope="row">${t.tema === SIN_TEMA ? html`<span class="sin-dato">sin dato</span> <small>(la fuente no da tema)</small>` : t.tema}</th>
        <td class="num">${t.compromisos}</td><td class="num">${states.length}</td>
        <td>${states.map((s, i) => html`${i ? ", " : ""}${s.nombre} (${s.compromisos})`)}</td>
      </tr>`;
    })}</tbody>
  </table>`;
}
