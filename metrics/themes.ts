import {compareEs} from "./collation.js";
import type {Registry, RowOf} from "./model/schema.js";
import {groupBy} from "./group-by.js";
import {clave, derivedTable, int, text} from "./table-def.js";

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
 * (`tema`); compromisos with no theme are counted under "sin dato". Sorted by scope, then count
 * (descending), then theme.
 */
export function compromisosByTheme(registry: Pick<Registry, "compromisos">): ThemeCount[] {
  const count = (rows: Registry["compromisos"], clave: string | null): ThemeCount[] => {
    const by = new Map<string, number>();
    for (const c of rows) by.set(c.tema ?? "sin dato", (by.get(c.tema ?? "sin dato") ?? 0) + 1);
    return [...by]
      .map(([tema, compromisos]) => ({clave_inegi: clave, tema, compromisos}))
      .sort((a, b) => b.compromisos - a.compromisos || compareEs(a.tema, b.tema));
  };
  const byState = groupBy(registry.compromisos, (c) => c.clave_inegi);
  return [
    ...count(registry.compromisos, null),
    ...[...byState.keys()].sort().flatMap((s) => count(byState.get(s)!, s))
  ];
}

/** The published table `compromisos_por_tema`. */
export const COMPROMISOS_POR_TEMA = derivedTable({
  name: "compromisos_por_tema",
  description: "Compromisos por tema, en todo el país (clave vacía) y por entidad; sin tema = «sin dato».",
  columns: COLUMNS,
  compute: compromisosByTheme,
  metrics: [
    {
      id: "compromisos_por_tema",
      nombre: "Compromisos por tema",
      unidad: "compromisos",
      descripcion:
        "Compromisos por el tema que da su fuente, en el país y por entidad; los que no tienen tema cuentan como sin dato.",
      formula: "Conteo de filas de compromisos por tema.",
      fuente: "Registro del proyecto.",
      funcion: "compromisosByTheme"
    }
  ]
});
