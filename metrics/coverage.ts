import {intervalPrecision, type Precision} from "./model/dates.js";
import {discardedIds} from "./model/decisions.js";
import {HITO_TIPOS, type HitoTipo, type Registry} from "./model/schema.js";
import {groupBy} from "./group-by.js";
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
  const used = groupBy(resolveMilestones(registry), (m) => m.hito.clave_inegi);
  const rows = groupBy(registry.hitos, (h) => h.clave_inegi);
  const discarded = discardedIds(registry.decisiones, "hitos");
  const cells: CoverageCell[] = [];
  for (const e of registry.entidades) {
    const own = rows.get(e.clave_inegi) ?? [];
    const mine = used.get(e.clave_inegi) ?? [];
    const maxEjercicio = own.reduce((m, h) => Math.max(m, h.ejercicio), 1);
    for (let ejercicio = 1; ejercicio <= maxEjercicio; ejercicio++) {
      for (const tipo of HITO_TIPOS) {
        const m = mine.find((x) => x.hito.ejercicio === ejercicio && x.hito.tipo === tipo);
        let filas = 0;
        let conflicto = false;
        for (const h of own) {
          if (h.ejercicio !== ejercicio || h.tipo !== tipo) continue;
          filas++;
          conflicto ||= discarded.has(h.hito_id);
        }
        cells.push({
          clave_inegi: e.clave_inegi,
          nombre_corto: e.nombre_corto,
          ejercicio,
          tipo,
          conocido: m !== undefined,
          precision: m ? intervalPrecision(m.hito.fecha_min, m.hito.fecha_max) : null,
          fuentes: m?.fuentes ?? 0,
          filas,
          en_conflicto: conflicto,
          hito_id: m?.hito.hito_id ?? null
        });
      }
    }
  }
  return cells;
}
