import {html} from "npm:htl";
import type {CoverageCell} from "../lib/coverage.js";
import type {Row} from "../lib/model/schema.js";
import {HITO_LABELS, MILESTONE_KINDS, PRECISIONS} from "../lib/model/vocabulary.js";
import type {PlanCoverage} from "../lib/plan-compromisos.js";
import type {MetricDef} from "../lib/table-def.js";
import {withCode} from "./downloads-table.js";
import {sourceCitation} from "./source-cite.js";
import {PHASES, SEMAFOROS} from "./phase-style.js";

/** A row of the data dictionary (`diccionario`): one column of a published table. */
export interface DictionaryRow {
  tabla: string;
  clase: string;
  columna: string;
  tipo: string;
  obligatoria: boolean;
  valores: string | null;
  descripcion: string;
  descripcion_tabla: string;
}

interface PhaseStyle {
  id: string;
  label: string;
  color: string;
  symbol: string;
}
interface LightStyle extends PhaseStyle {
  ink: string;
}

/** What the «Metodología y datos» page shows, each a function of published rows returning an element.
 * Text from the data always goes through htl (escaped); nothing here computes a phase or a metric. */

/** «sin dato», a new element each time (an element can be in one place of the page only). */
const sinDato = () => html`<span class="sin-dato">sin dato</span>`;
const orNone = (value: string | null | undefined) =>
  value === null || value === undefined || value === "" ? sinDato() : value;
const number = new Intl.NumberFormat("es-MX");

/** Spanish names of `fuentes.tipo` (the dictionary's values). */
const SOURCE_KINDS: Record<string, string> = {
  semilla: "documento semilla",
  oficial: "documento oficial",
  prensa: "prensa",
  repositorio: "repositorio público",
  datos: "datos publicados",
  referencia: "referencia"
};

/** The same, counted (one, many): «1 referencia», «44 notas de prensa». */
const SOURCE_KINDS_COUNTED: Record<string, [string, string]> = {
  semilla: ["documento semilla", "documentos semilla"],
  oficial: ["documento oficial", "documentos oficiales"],
  prensa: ["nota de prensa", "notas de prensa"],
  repositorio: ["archivo de un repositorio público", "archivos de repositorios públicos"],
  datos: ["conjunto de datos publicado", "conjuntos de datos publicados"],
  referencia: ["referencia", "referencias"]
};

/** Spanish names of the dictionary's column types. */
const COLUMN_TYPES: Record<string, string> = {
  text: "texto",
  id: "identificador",
  integer: "entero",
  number: "número",
  boolean: "sí / no",
  date: "fecha",
  partial_date: "fecha (AAAA, AAAA-MM o AAAA-MM-DD)",
  enum: "lista de valores"
};

/**
 * Every source with its full citation ({@link sourceCitation}: emisor, título — marked when the project
 * wrote it —, fecha, where it is, a search for archived copies, the technical fields folded), what it is and
 * its kind. Each item has the id `fuente-<fuente_id>`, so a row's
 * `fuente_id` can link here.
 *
 * @param fuentes rows of `fuentes`
 */
export function sourcesList(fuentes: readonly Row<"fuentes">[]): HTMLElement {
  return html`<ol class="fuentes">${fuentes.map(
    (f) => html`<li id=${`fuente-${f.fuente_id}`}>
      <p class="cita">${sourceCitation(f)}</p>
      ${f.descripcion ? html`<p class="descripcion">${f.descripcion}</p>` : ""}
      <p class="tipo"><small>Tipo: ${SOURCE_KINDS[f.tipo] ?? f.tipo}</small></p>
    </li>`
  )}</ol>`;
}

/** How many sources of each kind, as a sentence. */
export function sourcesSummary(fuentes: readonly Row<"fuentes">[]): HTMLElement {
  const counts = new Map<string, number>();
  for (const f of fuentes) counts.set(f.tipo, (counts.get(f.tipo) ?? 0) + 1);
  const parts = [...counts].map(
    ([tipo, n]) => `${number.format(n)} ${SOURCE_KINDS_COUNTED[tipo]?.[n === 1 ? 0 : 1] ?? tipo}`
  );
  const attributed = fuentes.filter((f) => f.titulo_atribuido === true).length;
  const copies = fuentes.filter((f) => f.copia).length;
  return html`<p>${number.format(fuentes.length)} fuentes: ${parts.join(", ")}. ${number.format(attributed)} no traen título y el que se muestra lo escribió el proyecto (se marca así). El proyecto guarda copia de ${number.format(copies)}, para verificar las citas aunque el original desaparezca: los micrositios del INAI ya no cargan.</p>`;
}

/**
 * The data dictionary, one collapsible section per table (in the order of the download index), each with
 * its columns: name, type, whether it is required, allowed values and description.
 *
 * @param dictionary rows of `diccionario`
 * @param order table names in the order to show (others after, alphabetically)
 */
export function dictionaryTables(dictionary: readonly DictionaryRow[], order: readonly string[] = []): HTMLElement {
  const byTable = new Map<string, DictionaryRow[]>();
  for (const d of dictionary) byTable.set(d.tabla, [...(byTable.get(d.tabla) ?? []), d]);
  const rank = (t: string) => (order.includes(t) ? order.indexOf(t) : order.length);
  const tables = [...byTable.keys()].sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
  return html`<div class="diccionario">${tables.map((tabla) => {
    const columns = byTable.get(tabla) ?? [];
    return html`<details class="tabla-diccionario" id=${`diccionario-${tabla}`}>
      <summary><code>${tabla}</code> <span class="clase">(${columns[0].clase}, ${columns.length} columnas)</span></summary>
      <p>${withCode(columns[0].descripcion_tabla)}</p>
      <div class="tabla-ancha" tabindex="0" role="region" aria-label=${`Columnas de la tabla ${tabla}`}>
        <table class="columnas">
          <thead><tr><th scope="col">Columna</th><th scope="col">Tipo</th><th scope="col">Obligatoria</th><th scope="col">Valores</th><th scope="col">Descripción</th></tr></thead>
          <tbody>${columns.map(
            (c) => html`<tr>
              <th scope="row"><code>${c.columna}</code></th>
              <td>${COLUMN_TYPES[c.tipo] ?? c.tipo}</td>
              <td>${c.obligatoria === true ? "sí" : "no"}</td>
              <td class="valores">${c.valores ?? "—"}</td>
              <td>${withCode(c.descripcion)}</td>
            </tr>`
          )}</tbody>
        </table>
      </div>
    </details>`;
  })}</div>`;
}

/**
 * The process model from the generated vocabulary: the kinds of milestone in process order (with their
 * stage), then the phases a state can be in, in stage order, and the states outside the process.
 */
export function processModel(): HTMLElement {
  const phases = PHASES as PhaseStyle[];
  const inProcess = phases.filter((p) => !["no_participa", "aun_no_se_suma", "sin_dato"].includes(p.id));
  const outside = phases.filter((p) => ["no_participa", "aun_no_se_suma", "sin_dato"].includes(p.id));
  return html`<div class="modelo">
    <div>
      <h3>Hitos, en el orden del proceso</h3>
      <ol class="hitos-proceso">${MILESTONE_KINDS.map((h) => html`<li><strong>${h.label}</strong> <small>(<code>${h.id}</code>, etapa ${h.stage})</small></li>`)}</ol>
      <p><small>STL instalado y mesas para el PAL son la misma etapa (3). Un ejercicio termina con el cierre; el siguiente empieza con su propia Declaratoria o instalación.</small></p>
    </div>
    <div>
      <h3>Fases de una entidad en una fecha</h3>
      <ol class="fases-proceso">${inProcess.map((p) => html`<li><span class="muestra" style=${{"--muestra": p.color}} aria-hidden="true">${p.symbol}</span> <strong>${p.label}</strong> <small>(<code>${p.id}</code>)</small></li>`)}</ol>
      <p>Fuera del proceso:</p>
      <ul class="fases-fuera">${outside.map((p) => html`<li><span class="muestra rayada" style=${{"--muestra": p.color}} aria-hidden="true">${p.symbol}</span> <strong>${p.label}</strong> <small>(<code>${p.id}</code>)</small></li>`)}</ul>
    </div>
  </div>`;
}

/**
 * The semáforo's values (symbol and words) and its rule and thresholds, from the `semaforo` row of
 * `catalogo_metricas` (the same text metrics/semaforo-thresholds.ts declares).
 *
 * @param catalogue rows of `catalogo_metricas`
 */
export function semaforoRules(catalogue: readonly MetricDef[]): HTMLElement {
  const rule = catalogue.find((m) => m.id === "semaforo");
  return html`<div class="semaforo-reglas">
    <ul class="leyenda">${(SEMAFOROS as LightStyle[]).map((s) => html`<li><span class="simbolo" style=${{color: s.ink}} aria-hidden="true">${s.symbol}</span> ${s.label}</li>`)}</ul>
    ${
      rule
        ? html`<p><strong>Qué dice:</strong> ${rule.descripcion}</p>
      <p><strong>Regla y umbrales:</strong> ${rule.formula}</p>
      <p><small><strong>De dónde viene el método:</strong> ${rule.fuente}</small></p>
      <details class="tecnico"><summary>Detalle técnico</summary><p><small>Se calcula en <code>metrics/</code> (<code>${rule.funcion}</code>) y se publica en la columna <code>semaforo</code> de <code>fases_mensuales</code>.</small></p></details>`
        : html`<p class="aviso">El catálogo de métricas no trae la regla del semáforo.</p>`
    }
  </div>`;
}

/**
 * Every metric of `catalogo_metricas`: name, what it measures, formula, unit, the table that holds it,
 * where its method comes from and the function that computes it. Generated from the catalogue: a new
 * metric appears here with no edit.
 *
 * @param catalogue rows of `catalogo_metricas`
 */
export function metricCatalogue(catalogue: readonly MetricDef[]): HTMLElement {
  return html`<div class="catalogo">${catalogue.map(
    (m) => html`<section class="metrica-def" id=${`metrica-${m.id}`} aria-labelledby=${`metrica-${m.id}-titulo`}>
      <h3 id=${`metrica-${m.id}-titulo`}>${m.nombre} <small>(<code>${m.id}</code>)</small></h3>
      <p>${withCode(m.descripcion)}</p>
      <dl>
        <div><dt>Fórmula</dt><dd>${withCode(m.formula)}</dd></div>
        <div><dt>Unidad</dt><dd>${orNone(m.unidad)}</dd></div>
        <div><dt>Tabla</dt><dd><a href=${`#descarga-${m.tabla}`}><code>${m.tabla}</code></a></dd></div>
        <div><dt>Método</dt><dd>${withCode(m.fuente)}</dd></div>
      </dl>
      <details class="tecnico"><summary>Detalle técnico</summary><p><small>Función de la biblioteca que la calcula: <code>${m.funcion}</code> (carpeta <code>metrics/</code> del repositorio).</small></p></details>
    </section>`
  )}</div>`;
}

const fechaLarga = (iso: string | null) =>
  iso
    ? new Date(`${iso.slice(0, 10)}T12:00:00Z`).toLocaleDateString("es-MX", {
        year: "numeric",
        month: "long",
        day: "numeric",
        timeZone: "UTC"
      })
    : null;

/**
 * Coverage state by state: for each ejercicio, which milestones the record knows and which it does not
 * (from `cobertura`), how precisely, how many have sources in conflict; the plans and their compromisos
 * known by title against those reported (`cobertura_planes`); and up to when the state's record runs
 * (`datos_hasta` of its last row in `fases_mensuales`). Only counts published rows: computes no phase.
 *
 * @param data rows of `entidades`, `cobertura`, `cobertura_planes`, and each state's `datos_hasta`
 */
export function coverageTable({
  entidades,
  cobertura,
  coberturaPlanes,
  datosHasta
}: {
  entidades: readonly Row<"entidades">[];
  cobertura: readonly CoverageCell[];
  coberturaPlanes: readonly PlanCoverage[];
  datosHasta: ReadonlyMap<string, string | null>;
}): HTMLElement {
  const precisionLabel = new Map<string | null, string>(PRECISIONS.map((p) => [p.id, p.label]));
  const rows = entidades.map((e) => {
    const mine = cobertura.filter((c) => c.clave_inegi === e.clave_inegi);
    const ejercicios = [...new Set(mine.map((c) => c.ejercicio))].sort((a, b) => a - b);
    const known = mine.filter((c) => c.conocido === true);
    const precision = new Map<string | null, number>();
    for (const c of known) precision.set(c.precision, (precision.get(c.precision) ?? 0) + 1);
    const conflicts = mine.filter((c) => c.en_conflicto === true).length;
    const plans = coberturaPlanes.filter((p) => p.clave_inegi === e.clave_inegi);
    const porTitulo = plans.reduce((s, p) => s + (p.compromisos_por_titulo ?? 0) + (p.proactivos_por_titulo ?? 0), 0);
    const usados = plans.reduce((s, p) => s + (p.compromisos_usados ?? 0), 0);
    const faltan = plans.reduce((s, p) => s + (p.faltan_titulos ?? 0), 0);
    return {
      e,
      mine,
      ejercicios,
      known,
      precision,
      conflicts,
      plans,
      porTitulo,
      usados,
      faltan,
      hasta: datosHasta.get(e.clave_inegi) ?? null
    };
  });
  return html`<table class="cobertura">
    <thead><tr>
      <th scope="col">Entidad</th>
      <th scope="col">Hitos conocidos, por ejercicio</th>
      <th scope="col">Precisión de las fechas conocidas</th>
      <th scope="col" class="num">Con fuentes en conflicto</th>
      <th scope="col">Planes y compromisos</th>
      <th scope="col">Registro hasta</th>
    </tr></thead>
    <tbody>${rows.map(
      (r) => html`<tr id=${`cobertura-${r.e.clave_inegi}`}>
        <th scope="row">${r.e.nombre_corto}</th>
        <td>${
          r.e.participa === false
            ? html`<span class="sin-dato">no participa</span> <small>(según la fuente de su participación)</small>`
            : r.ejercicios.length
              ? html`<ul class="por-ejercicio">${r.ejercicios.map((k) => {
                  const ofK = r.mine.filter((c) => c.ejercicio === k);
                  const missing = ofK.filter((c) => c.conocido !== true);
                  return html`<li>Ejercicio ${k}: ${ofK.length - missing.length} de ${ofK.length}${missing.length ? html`; <span class="faltan">sin dato: ${missing.map((c) => HITO_LABELS[c.tipo] ?? c.tipo).join(", ")}</span>` : ""}</li>`;
                })}</ul>`
              : html`<span class="sin-dato">ningún hito conocido</span>`
        }</td>
        <td>${r.known.length ? [...r.precision].map(([p, n]) => `${precisionLabel.get(p) ?? p ?? "sin dato"}: ${n}`).join(" · ") : "—"}</td>
        <td class="num">${r.conflicts}</td>
        <td>${r.plans.length ? `${r.plans.length} ${r.plans.length === 1 ? "plan" : "planes"}; ${r.porTitulo} compromisos por título de ${r.usados} contados${r.faltan ? ` (faltan ${r.faltan} títulos)` : ""}` : html`<span class="sin-dato">ningún plan en el registro</span>`}</td>
        <td>${r.hasta ? fechaLarga(r.hasta) : sinDato()}</td>
      </tr>`
    )}</tbody>
  </table>`;
}
