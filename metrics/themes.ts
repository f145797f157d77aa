import {compareEs} from "./collation.js";
import type {Registry, RowOf} from "./model/schema.js";
import {clave, derivedTable, int, text} from "./table-def.js";
import {usedCompromisos, usedCompromisosByPlan} from "./used-compromisos.js";

/** Columns of `compromisos_por_tema`. */
const COLUMNS = [
  clave("Clave INEGI de la entidad; vacía para todo el país.", false),
  text("tema", "Tema del compromiso según su fuente.", true),
  int("compromisos", "Número de compromisos.")
] as const;

/** One row of `compromisos_por_tema`: compromisos of one theme, in one state or (clave null) the whole country. */
export type ThemeCount = RowOf<typeof COLUMNS>;

/**
 * Compromisos by theme, nationally (`clave_inegi` null) and per state, as the sources name the theme
 * (`tema`); compromisos with no theme are counted under "sin dato". The compromisos counted are those the
 * project counts everywhere ({@link usedCompromisos}): a row a decision sets aside (a second source's row
 * of a compromiso already counted) does not count again. Sorted by scope, then count (descending), then theme.
 */
export function compromisosByTheme(registry: Pick<Registry, "compromisos" | "decisiones">): ThemeCount[] {
  // Each state's counts by theme, read plan by plan from the compromisos already grouped by plan (the
  // grouping the plans' sizes use); the country's are their sums.
  const byState = new Map<string, Map<string, number>>();
  for (const plan of usedCompromisosByPlan(registry)) {
    const state = plan[0].clave_inegi;
    let own = byState.get(state);
    if (!own) {
      own = new Map<string, number>();
      byState.set(state, own);
    }
    for (const c of plan) {
      const tema = c.tema ?? "sin dato";
      own.set(tema, (own.get(tema) ?? 0) + 1);
    }
  }
  const national = new Map<string, number>();
  for (const counts of byState.values())
    for (const [tema, n] of counts) national.set(tema, (national.get(tema) ?? 0) + n);
  const rows = (by: Map<string, number>, clave: string | null): ThemeCount[] =>
    [...by]
      .map(([tema, compromisos]) => ({clave_inegi: clave, tema, compromisos}))
      .sort((a, b) => b.compromisos - a.compromisos || compareEs(a.tema, b.tema));
  return [...rows(national, null), ...[...byState.keys()].sort().flatMap((s) => rows(byState.get(s)!, s))];
}

/** The published table `compromisos_por_tema`. */
export const COMPROMISOS_POR_TEMA = derivedTable({
  name: "compromisos_por_tema",
  description:
    "Compromisos por tema, en todo el país (clave vacía) y por entidad; sin tema = «sin dato». Cada compromiso cuenta una vez: la fila de una segunda fuente que una decisión deja de lado no se cuenta.",
  columns: COLUMNS,
  compute: compromisosByTheme,
  metrics: [
    {
      id: "compromisos_por_tema",
      nombre: "Compromisos por tema",
      unidad: "compromisos",
      descripcion:
        "Compromisos por el tema que da su fuente, en el país y por entidad; los que no tienen tema cuentan como sin dato.",
      formula:
        "Conteo por tema de los compromisos del registro, sin las filas que una decisión deja de lado (la segunda fuente de un compromiso ya contado), como en los demás conteos de compromisos.",
      fuente: "Registro del proyecto.",
      funcion: "compromisosByTheme"
    }
  ]
});
