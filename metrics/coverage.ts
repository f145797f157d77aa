import {intervalPrecision} from "./model/dates.js";
import {discardedIds} from "./model/decisions.js";
import {SCHEMA, type Registry, type RowOf} from "./model/schema.js";
import {HITO_TIPOS, MILESTONE_KINDS} from "./model/vocabulary.js";
import {groupBy} from "./group-by.js";
import {type ResolvedMilestone, resolvedByState} from "./resolve-milestones.js";

/** Position of each kind of milestone in {@link HITO_TIPOS}. */
const TIPO_INDEX = new Map(HITO_TIPOS.map((t, k) => [t, k]));
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
  const used = resolvedByState(registry);
  const rows = groupBy(registry.hitos, (h) => h.clave_inegi);
  const discarded = discardedIds(registry.decisiones, "hitos");
  const cells: CoverageCell[] = [];
  const T = HITO_TIPOS.length;
  for (const e of registry.entidades) {
    const own = rows.get(e.clave_inegi) ?? [];
    const maxEjercicio = own.reduce((m, h) => Math.max(m, h.ejercicio), 1);
    // One slot per (ejercicio, tipo) of the state, at (ejercicio − 1) × T + the tipo's index: each row of
    // `hitos` and each used milestone is read once, not once per cell.
    const filas = new Array<number>(maxEjercicio * T).fill(0);
    const conflicto = new Array<boolean>(maxEjercicio * T).fill(false);
    const usedAt = new Array<ResolvedMilestone | undefined>(maxEjercicio * T);
    for (const h of own) {
      const slot = (h.ejercicio - 1) * T + TIPO_INDEX.get(h.tipo)!;
      filas[slot]++;
      conflicto[slot] ||= discarded.has(h.hito_id);
    }
    for (const m of used.get(e.clave_inegi) ?? [])
      usedAt[(m.hito.ejercicio - 1) * T + TIPO_INDEX.get(m.hito.tipo)!] = m;
    for (let ejercicio = 1; ejercicio <= maxEjercicio; ejercicio++) {
      for (let t = 0; t < T; t++) {
        const slot = (ejercicio - 1) * T + t;
        const m = usedAt[slot];
        cells.push({
          clave_inegi: e.clave_inegi,
          nombre_corto: e.nombre_corto,
          ejercicio,
          tipo: HITO_TIPOS[t],
          conocido: m !== undefined,
          precision: m ? intervalPrecision(m.hito.fecha_min, m.hito.fecha_max) : null,
          fuentes: m?.fuentes ?? 0,
          filas: filas[slot],
          en_conflicto: conflicto[slot],
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
