import type {Registry} from "./model/schema.js";
import {groupBy} from "./group-by.js";

/** One row of `compromisos_por_tema`. */
export interface ThemeCount {
  clave_inegi: string | null;
  tema: string;
  compromisos: number;
}

/**
 * Compromisos by theme, nationally (`clave_inegi` null) and per state, as the sources name the theme
 * (`tema`); compromisos with no theme are counted under "sin dato". Sorted by scope, then count
 * (descending), then theme.
 */
export function compromisosByTheme(registry: Pick<Registry, "compromisos">): ThemeCount[] {
  const count = (rows: Registry["compromisos"], clave: string | null): ThemeCount[] => {
    const by = new Map<string, number>();
    for (const c of rows) by.set(c.tema ?? "sin dato", (by.get(c.tema ?? "sin dato") ?? 0) + 1);
    return [...by].map(([tema, compromisos]) => ({clave_inegi: clave, tema, compromisos})).sort((a, b) => b.compromisos - a.compromisos || a.tema.localeCompare(b.tema, "es"));
  };
  const byState = groupBy(registry.compromisos, (c) => c.clave_inegi);
  return [...count(registry.compromisos, null), ...[...byState.keys()].sort().flatMap((s) => count(byState.get(s)!, s))];
}
