import type {Row} from "../lib/model/schema.js";
import type {CoverageCell, Decision} from "./load-table.js";
import {attributedTitleNote, sourcesById} from "./source-cite.js";
import {decisionsList, milestonesTable, stateDecisions} from "./state-record.js";
import {type StateOpeningTables, stateOpening} from "./state-summary.js";

/**
 * The published tables a state page's first view reads, whole (rows as `loadTable` returns them): those of
 * its opening summary, and `cobertura`, `decisiones` and `compromisos` for its milestones and where its
 * sources disagree.
 */
export interface StateFirstViewTables extends StateOpeningTables {
  cobertura: readonly CoverageCell[];
  decisiones: readonly Decision[];
  compromisos: readonly Row<"compromisos">[];
}

/**
 * A state page's first view fixed at build time, keyed by the `data-ssr` placeholder each piece fills in
 * the page's HTML: its opening summary ({@link stateOpening}), its milestones as the page shows them on the
 * panel's last month, the month it opens on (`milestonesTable`), where its sources disagree
 * (`decisionsList`) and what a title attributed by the project is (their sources carry that label), each
 * drawn by the page's own function from the state's rows, as the page selects them.
 * scripts/prerender.ts writes them in, so they show and print with JavaScript off and arrive with the HTML;
 * the page's cells replace them (`takeOver`) when they run, on the month the page shows.
 *
 * @throws Error when `clave` is not a state of `entidades`
 */
export function stateFirstView(t: StateFirstViewTables, clave: string): Record<string, Node | string> {
  const entidad = t.entidades.find((e) => e.clave_inegi === clave);
  if (!entidad) throw new Error(`stateFirstView: la clave ${JSON.stringify(clave)} no está en entidades`);
  const own = <R extends {clave_inegi: string}>(rows: readonly R[]) => rows.filter((r) => r.clave_inegi === clave);
  const hitos = own(t.hitos);
  const compromisos = own(t.compromisos);
  const decisiones = stateDecisions(
    t.decisiones,
    new Set([...hitos.map((h) => h.hito_id), ...compromisos.map((c) => c.compromiso_id)])
  );
  const fuentes = sourcesById(t.fuentes);
  const fecha = own(t.fases).reduce((last, r) => (r.fecha > last ? r.fecha : last), "");
  return {
    "resumen-entidad": stateOpening(t, clave),
    "hitos-entidad": milestonesTable(hitos, {
      cobertura: own(t.cobertura),
      decisiones,
      fuentes,
      nombre: entidad.nombre_corto,
      fecha
    }),
    "desacuerdos-entidad": decisionsList(decisiones, {hitos, compromisos, fuentes}),
    "titulo-atribuido": attributedTitleNote()
  };
}
