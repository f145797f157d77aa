import {intervalPrecision, type Precision} from "../loaders/dates.js";
import {discardedIds} from "../loaders/decisions.js";
import {HITO_TIPOS, type HitoTipo, type Registry} from "../loaders/schema.js";
import {resolveMilestones} from "./resolve-milestones.js";

/** What the registry knows of one kind of milestone, for one state and ejercicio. */
export interface CoverageCell {
  clave_inegi: string;
  nombre_corto: string;
  ejercicio: number;
  tipo: HitoTipo;
  conocido: boolean;
  precision: Precision | null;
  /** Distinct sources behind the rows the project uses for it. */
  fuentes: number;
  /** Rows in `hitos` for it, including those a decision sets aside. */
  filas: number;
  /** True when sources disagreed and `decisiones` chose one. */
  en_conflicto: boolean;
  hito_id: string | null;
}

/**
 * Coverage of the milestone record: for every state, every ejercicio from 1 to the highest one any
 * source mentions for it (at least 1), and every kind of milestone, whether a date is known, to what
 * precision (of the milestone the project uses, see {@link resolveMilestones}), from how many distinct
 * sources, and whether sources disagreed. Unknown means no source in the registry dates it — not that it
 * did not happen.
 */
export function milestoneCoverage(registry: Pick<Registry, "entidades" | "hitos" | "decisiones">): CoverageCell[] {
  const used = new Map(resolveMilestones(registry).map((m) => [`${m.hito.clave_inegi}|${m.hito.ejercicio}|${m.hito.tipo}`, m]));
  const discarded = discardedIds(registry.decisiones, "hitos");
  const rows = new Map<string, {filas: number; conflicto: boolean}>();
  for (const h of registry.hitos) {
    const key = `${h.clave_inegi}|${h.ejercicio}|${h.tipo}`;
    const r = rows.get(key) ?? {filas: 0, conflicto: false};
    r.filas++;
    r.conflicto ||= discarded.has(h.hito_id);
    rows.set(key, r);
  }
  const maxEjercicio = new Map<string, number>();
  for (const h of registry.hitos) maxEjercicio.set(h.clave_inegi, Math.max(maxEjercicio.get(h.clave_inegi) ?? 1, h.ejercicio));
  const cells: CoverageCell[] = [];
  for (const e of registry.entidades) {
    for (let ejercicio = 1; ejercicio <= (maxEjercicio.get(e.clave_inegi) ?? 1); ejercicio++) {
      for (const tipo of HITO_TIPOS) {
        const key = `${e.clave_inegi}|${ejercicio}|${tipo}`;
        const m = used.get(key);
        const r = rows.get(key);
        cells.push({
          clave_inegi: e.clave_inegi,
          nombre_corto: e.nombre_corto,
          ejercicio,
          tipo,
          conocido: m !== undefined,
          precision: m ? intervalPrecision(m.hito.fecha_min, m.hito.fecha_max) : null,
          fuentes: m?.fuentes ?? 0,
          filas: r?.filas ?? 0,
          en_conflicto: r?.conflicto ?? false,
          hito_id: m?.hito.hito_id ?? null
        });
      }
    }
  }
  return cells;
}
