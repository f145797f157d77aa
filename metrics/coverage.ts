import {intervalPrecision} from "./model/dates.js";
import {discardedIds} from "./model/decisions.js";
import {SCHEMA, type Registry, type RowOf} from "./model/schema.js";
import {HITO_TIPOS, MILESTONE_KINDS} from "./model/vocabulary.js";
import {groupBy} from "./group-by.js";
import {resolveMilestones} from "./resolve-milestones.js";
import {bool, derivedTable, int, precisionColumn, text, coded} from "./table-def.js";

/** Columns of `cobertura`: what the registry knows of each milestone of each state and ejercicio. */
const COLUMNS = [
  {...SCHEMA.entidades.columns[0]},
  text("nombre_corto", "Nombre de uso común de la entidad.", true),
  int("ejercicio", "Ejercicio (ciclo de PAL), de 1 al mayor que alguna fuente menciona."),
  coded("tipo", MILESTONE_KINDS, "Clase de hito."),
  bool("conocido", "Si alguna fuente del registro fecha este hito (no = sin dato, no que no haya ocurrido)."),
  precisionColumn(),
  int("fuentes", "Fuentes distintas que respaldan el hito usado."),
  int("filas", "Filas de `hitos` sobre este hito, incluidas las que una decisión deja de lado."),
  bool("en_conflicto", "Si las fuentes se contradicen y `decisiones` eligió una."),
  text("hito_id", "El hito usado.")
] as const;

/**
 * What the registry knows of one kind of milestone, for one state and ejercicio: whether a date is known,
 * its precision, the distinct sources behind the rows the project uses (`fuentes`), the rows in `hitos`
 * for it including those a decision sets aside (`filas`), and whether sources disagreed and `decisiones`
 * chose one (`en_conflicto`).
 */
export type CoverageCell = RowOf<typeof COLUMNS>;

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

/** The published table `cobertura`. */
export const COBERTURA = derivedTable({
  name: "cobertura",
  description:
    "Qué sabe el registro de cada hito de cada entidad y ejercicio: si se conoce, con qué precisión y de cuántas fuentes. «No conocido» quiere decir que ninguna fuente del registro lo fecha, no que no haya ocurrido.",
  columns: COLUMNS,
  compute: milestoneCoverage,
  metrics: [
    {
      id: "cobertura",
      nombre: "Cobertura del registro",
      unidad: "hitos",
      descripcion: "Qué hitos de cada entidad y ejercicio conoce el registro, con qué precisión y de cuántas fuentes.",
      formula:
        "Para cada entidad, ejercicio (1 al mayor mencionado) y clase de hito: conocido si hay un hito usado; precisión de su intervalo; fuentes distintas de las filas usadas.",
      fuente: "Registro del proyecto.",
      funcion: "milestoneCoverage"
    }
  ]
});
