import {html} from "npm:htl";
import type {DatedAttainment} from "../lib/attainment.js";
import {type StateSummary, type SummaryFact, stateSummary} from "../lib/state-summary.js";
import type {Entidad, Fuente, Hito, LatestMilestone, MonthlyPhase} from "./load-table.js";
import {citaText, SIN_DATO, sourceRef, sourcesById} from "./source-cite.js";

const ORDINAL = ["primer", "segundo", "tercer", "cuarto", "quinto", "sexto", "séptimo", "octavo"];
/** The ordinal before a noun: "primer", "segundo", "tercer"… */
const ordinal = (n: number) => ORDINAL[n - 1] ?? `${n}.º`;

/** Joins phrases as Spanish does: "a", "a y b", "a, b y c". */
function joined(parts: (string | Node)[][]): (string | Node)[] {
  return parts.flatMap((p, k) => [k === 0 ? "" : k === parts.length - 1 ? " y " : ", ", ...p]);
}

/** A source's quotes in the summary: one «Cita», or «Citas (n)» each named by the fact it proves. */
function quotes(citas: {etiqueta: string; cita: string}[]): HTMLElement | string {
  if (citas.length === 0) return "";
  if (citas.length === 1)
    return html`<details class="cita"><summary>Cita</summary>${citaText(citas[0].cita)}</details>`;
  return html`<details class="cita"><summary>Citas (${citas.length})</summary><ul>${citas.map(
    (c) => html`<li>${c.etiqueta[0].toUpperCase()}${c.etiqueta.slice(1)}: ${citaText(c.cita)}</li>`
  )}</ul></details>`;
}

/**
 * The opening summary of a state's page (issue #16, item 6): its story in plain Spanish from
 * {@link StateSummary} — when it signed, installed its STL, published each plan and closed each cycle (in
 * process order, ejercicio by ejercicio), the
 * latest fact the record dates and how far its record runs — each fact followed by a numbered mark that
 * leads to its source (title, issuer, date, and the quotes one click away) in the short list below, each
 * source listed once. What no
 * source dates is said to be unknown, never filled. Element `[data-resumen]`.
 *
 * @param s the state's summary (the library's `stateSummary`)
 * @param fuentes rows of `fuentes` by id
 * @param citas each milestone's quote (`hitos.cita`) by `hito_id`
 */
export function stateSummaryParagraph(
  s: StateSummary,
  {fuentes, citas}: {fuentes: Map<string, Fuente>; citas: Map<string, string>}
): HTMLElement {
  // One entry per source: facts from the same source share its number, its quotes listed under it.
  const refs: {fuente_id: string; citas: {etiqueta: string; cita: string}[]}[] = [];
  const mark = (fuente_id: string, cita: string | null, etiqueta: string) => {
    let n = refs.findIndex((r) => r.fuente_id === fuente_id) + 1;
    if (n === 0) n = refs.push({fuente_id, citas: []});
    const ref = refs[n - 1];
    if (cita && !ref.citas.some((c) => c.cita === cita)) ref.citas.push({etiqueta, cita});
    return html`<sup class="marca-fuente"><a href=${`#resumen-fuente-${s.clave_inegi}-${n}`} aria-label=${`fuente ${n}`}>${n}</a></sup>`;
  };
  const at = (f: SummaryFact, etiqueta: string) => [
    ` ${f.cuando}`,
    mark(f.fuente_id, citas.get(f.hito_id) ?? null, etiqueta)
  ];
  const sentences: (string | Node)[][] = [];
  if (s.situacion === "participa") {
    const steps: (string | Node)[][] = [];
    if (s.declaratoria)
      steps.push(["firmó su Declaratoria de Gobierno Abierto", ...at(s.declaratoria, "Declaratoria")]);
    if (s.stl) steps.push(["instaló su Secretariado Técnico Local (STL)", ...at(s.stl, "STL")]);
    // Plans and closed cycles in process order, ejercicio by ejercicio: a cycle closes after its plan.
    const ejercicios = [...new Set([...s.planes, ...s.cierres].map((f) => f.ejercicio ?? 1))].sort((a, b) => a - b);
    let plans = 0;
    for (const ej of ejercicios) {
      const plan = s.planes.find((p) => (p.ejercicio ?? 1) === ej);
      const cierre = s.cierres.find((c) => (c.ejercicio ?? 1) === ej);
      if (plan)
        steps.push(
          plans++ === 0
            ? [`publicó su ${ordinal(ej)} Plan de Acción Local (PAL)`, ...at(plan, `${ordinal(ej)} PAL`)]
            : [`publicó su ${ordinal(ej)} PAL`, ...at(plan, `${ordinal(ej)} PAL`)]
        );
      if (cierre) steps.push([`cerró su ${ordinal(ej)} ciclo`, ...at(cierre, `cierre del ${ordinal(ej)} ciclo`)]);
    }
    if (steps.length > 0) sentences.push([`${s.nombre} `, ...joined(steps), "."]);
    const missing = [
      s.declaratoria ? null : "la firma de su Declaratoria",
      s.stl ? null : "la instalación de su STL",
      s.planes.length > 0 ? null : "la publicación de un plan"
    ].filter((m): m is string => m !== null);
    if (missing.length > 0)
      sentences.push([
        `${steps.length > 0 ? "El registro" : `De ${s.nombre}, el registro`} no fecha ${missing.join(missing.length === 2 ? " ni " : ", ni ")} (${SIN_DATO}).`
      ]);
    const facts = new Set([s.declaratoria, s.stl, ...s.planes, ...s.cierres].map((f) => f?.hito_id));
    if (s.ultimo && !facts.has(s.ultimo.hito_id))
      sentences.push([
        `Lo último que el registro fecha: ${s.ultimo.tipo_texto}${s.ultimo.ejercicio && s.ultimo.ejercicio > 1 ? ` (ejercicio ${s.ultimo.ejercicio})` : ""},`,
        ...at(s.ultimo, s.ultimo.tipo_texto),
        "."
      ]);
  } else if (s.situacion === "sin_hitos")
    sentences.push([
      `El registro no fecha ningún hito de ${s.nombre}: no se sabe cuándo firmó su Declaratoria, ni si instaló un STL o publicó un plan (${SIN_DATO}; no quiere decir que no haya ocurrido).`
    ]);
  if (s.participa_fuente)
    sentences.push([
      s.situacion === "no_participa"
        ? `Según una fuente, ${s.nombre} no está entre las entidades que participaron en los ejercicios locales`
        : "Una fuente, sin embargo, no la cuenta entre las entidades participantes",
      mark(s.participa_fuente.fuente_id, s.participa_fuente.cita, "participación"),
      s.situacion === "no_participa" ? "; el registro no fecha ningún hito suyo." : "."
    ]);
  sentences.push([
    s.datos_hasta_texto
      ? `Lo que el registro sabe de ${s.nombre} llega hasta ${s.datos_hasta_texto}.`
      : `El registro no dice hasta qué fecha llega lo que sabe de ${s.nombre} (${SIN_DATO}).`
  ]);
  return html`<section class="resumen-entidad" data-resumen aria-label=${`Resumen: ${s.nombre}`}>
    <p>${sentences.flatMap((x, k) => (k === 0 ? x : [" ", ...x]))}</p>
    ${
      refs.length > 0
        ? html`<ol class="fuentes-resumen" aria-label="Fuentes del resumen">${refs.map(
            (r, k) =>
              html`<li id=${`resumen-fuente-${s.clave_inegi}-${k + 1}`} value=${k + 1}>${sourceRef(fuentes.get(r.fuente_id), {fuenteId: r.fuente_id})}${quotes(r.citas)}</li>`
          )}</ol>`
        : ""
    }
  </section>`;
}

/** The published tables a state page's opening summary reads, whole (rows as `loadTable` returns them). */
export interface StateOpeningTables {
  entidades: readonly Entidad[];
  logros: readonly DatedAttainment[];
  ultimo_hito: readonly LatestMilestone[];
  fases: readonly MonthlyPhase[];
  fuentes: readonly Fuente[];
  hitos: readonly Hito[];
}

/**
 * The opening summary of state `clave`'s page from the whole published tables: the library's
 * `stateSummary` (its dated attainments, latest milestone, and `datos_hasta` of its last month) drawn by
 * {@link stateSummaryParagraph}. It does not depend on the month the page shows, so the build writes it into
 * the page's HTML (scripts/prerender.ts, `stateFirstView`) and the page draws the same in its place.
 *
 * @throws Error when `clave` is not a state of `entidades`
 */
export function stateOpening(t: StateOpeningTables, clave: string): HTMLElement {
  const entidad = t.entidades.find((e) => e.clave_inegi === clave);
  if (!entidad) throw new Error(`stateOpening: la clave ${JSON.stringify(clave)} no está en entidades`);
  const own = <R extends {clave_inegi: string}>(rows: readonly R[]) => rows.filter((r) => r.clave_inegi === clave);
  const datosHasta =
    own(t.fases).reduce<MonthlyPhase | null>((last, r) => (!last || r.fecha > last.fecha ? r : last), null)
      ?.datos_hasta ?? null;
  const summary = stateSummary(entidad, own(t.logros), own(t.ultimo_hito)[0], datosHasta);
  return stateSummaryParagraph(summary, {
    fuentes: sourcesById(t.fuentes),
    citas: new Map(own(t.hitos).map((h) => [h.hito_id, h.cita]))
  });
}
