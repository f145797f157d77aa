import {partialDateBounds} from "./model/dates.js";
import {SCHEMA, type Registry, type Row, type RowOf} from "./model/schema.js";
import {resolveMilestones} from "./resolve-milestones.js";
import {groupBy} from "./group-by.js";
import {type PreparedProgress, prepareProgress} from "./progress.js";
import {bool, day, derivedTable, int, text} from "./table-def.js";

/** Columns of `totales_derivados`: each reported national total beside what the per-state facts give. */
const COLUMNS = [
  {...SCHEMA.totales_reportados.columns[0]},
  {...SCHEMA.totales_reportados.columns[1]},
  text("fuente_id", "La fuente del total reportado.", true),
  int("valor_reportado", "El total tal como lo reportó la fuente."),
  day(
    "fecha_limite",
    "Último día en que un hecho estatal cuenta: el último de `fecha_corte` o la fecha de la fuente, el que sea posterior."
  ),
  int("valor_derivado", "El total que dan los hechos por entidad del registro a esa fecha."),
  int("diferencia", "valor_derivado − valor_reportado (negativo: al registro le faltan hechos)."),
  bool("reconstruible", "Si los hechos por entidad reconstruyen el total reportado (diferencia 0)."),
  text("entidades", "Las entidades que cuenta el valor derivado."),
  text("metodo", "Qué se cuenta.", true)
] as const;

/**
 * A reported national total beside the value the per-state facts give for the same date: the limit date
 * the facts may fall on to count (see {@link derivedTotals}), the derived value, the difference
 * (valor_derivado − valor_reportado), whether they agree, the entities counted (by short name) and what
 * is counted.
 */
export type DerivedTotal = RowOf<typeof COLUMNS>;

const METHODS: Record<Row<"totales_reportados">["indicador"], string> = {
  estados_participantes: "Entidades con Declaratoria firmada a más tardar en la fecha límite.",
  stl_instalados: "Entidades con algún STL instalado a más tardar en la fecha límite (una por entidad).",
  pal_publicados: "Planes de Acción Local (entidad y ejercicio) publicados a más tardar en la fecha límite.",
  compromisos:
    "Compromisos (incluidos los proactivos, sin las filas que una decisión deja de lado) de los PAL publicados a más tardar en la fecha límite; de cada plan, los que el registro tiene por título o, si su fuente reporta más, ese número."
};

/**
 * For every reported national total, the value the per-state facts give, and whether they rebuild it.
 *
 * Formula: a state fact counts when it certainly happened by the limit date — its milestone's `fecha_max`
 * (of the row the project uses, {@link resolveMilestones}) is on or before it. The limit is the later of
 * the last day of `fecha_corte` ("2017" → 2017-12-31) and the date of the reporting source (a note
 * published on 2018-01-03 about "2017" may count what was known by then). Counts: see `metodo` per
 * indicator. `reconstruible` is true when the derived value equals the reported one. Facts with unknown
 * dates never count, so a derived value below the reported one means the registry lacks facts, and one
 * above means the sources disagree.
 */
export function derivedTotals(
  registry: Pick<
    Registry,
    "entidades" | "hitos" | "decisiones" | "compromisos" | "fuentes" | "totales_reportados" | "planes"
  >
): DerivedTotal[] {
  const byType = groupBy(
    resolveMilestones(registry).map((m) => m.hito),
    (h) => h.tipo
  );
  const plans = prepareProgress(registry).compromisos;
  const sourceDates = new Map(
    registry.fuentes.map((f) => [f.fuente_id, f.fecha ? partialDateBounds(f.fecha).max : null])
  );
  const names = new Map(registry.entidades.map((e) => [e.clave_inegi, e.nombre_corto]));
  return registry.totales_reportados.map((t) => {
    const cut = partialDateBounds(t.fecha_corte).max;
    const published = sourceDates.get(t.fuente_id) ?? null;
    const limit = published && published > cut ? published : cut;
    const counted = countBy(t, byType, plans, limit);
    return {
      fecha_corte: t.fecha_corte,
      indicador: t.indicador,
      fuente_id: t.fuente_id,
      valor_reportado: t.valor,
      fecha_limite: limit,
      valor_derivado: counted.value,
      diferencia: counted.value - t.valor,
      reconstruible: counted.value === t.valor,
      entidades: [...counted.states]
        .sort()
        .map((c) => names.get(c) ?? c)
        .join(", "),
      metodo:
        counted.reportedPlans.length > 0
          ? `${METHODS[t.indicador]} Donde el registro no tiene el título de todos los compromisos de un plan se usa el número que reporta su fuente (tabla planes): ${counted.reportedPlans.join(", ")}.`
          : METHODS[t.indicador]
    };
  });
}

/**
 * The value of one reported total from the state facts certain by `limit`, the states it counts, and the
 * plans whose size is their source's reported count. One pass over the milestones of the indicator's kind,
 * no intermediate lists.
 */
function countBy(
  t: Row<"totales_reportados">,
  byType: Map<string, Row<"hitos">[]>,
  plans: PreparedProgress["compromisos"],
  limit: string
): {value: number; states: Set<string>; reportedPlans: string[]} {
  const tipo =
    t.indicador === "estados_participantes"
      ? "declaratoria"
      : t.indicador === "stl_instalados"
        ? "instalacion_stl"
        : "publicacion_pal";
  const states = new Set<string>();
  const reportedPlans: string[] = [];
  let value = 0;
  for (const h of byType.get(tipo) ?? []) {
    if (h.fecha_max > limit) continue;
    if (t.indicador === "pal_publicados") {
      value++;
      states.add(h.clave_inegi);
    } else if (t.indicador === "compromisos") {
      const plan = plans.get(h.clave_inegi)?.get(h.ejercicio);
      if (!plan || plan.total === 0) continue;
      value += plan.total;
      states.add(h.clave_inegi);
      if (plan.usaReportado) reportedPlans.push(plan.plan_id ?? `${h.clave_inegi}-${h.ejercicio}`);
    } else states.add(h.clave_inegi);
  }
  if (t.indicador === "estados_participantes" || t.indicador === "stl_instalados") value = states.size;
  return {value, states, reportedPlans: reportedPlans.sort()};
}

/** The published table `totales_derivados`. */
export const TOTALES_DERIVADOS = derivedTable({
  name: "totales_derivados",
  description:
    "Cada total nacional reportado junto al que dan los hechos por entidad del registro a la misma fecha, la diferencia y si se puede reconstruir.",
  columns: COLUMNS,
  compute: derivedTotals,
  metrics: [
    {
      id: "totales_derivados",
      nombre: "Totales nacionales: derivados frente a reportados",
      unidad: "entidades, PAL o compromisos",
      descripcion:
        "Cada total nacional que una fuente reportó junto al que dan los hechos por entidad del registro, con la diferencia.",
      formula:
        "Fecha límite = el último día de fecha_corte o la fecha de la fuente, la posterior. Se cuentan los hechos seguros a esa fecha: entidades con Declaratoria, entidades con STL, PAL (entidad y ejercicio), compromisos de esos PAL (de cada plan, los que el registro tiene por título, o el número que reporta su fuente si es mayor: tabla planes). diferencia = derivado − reportado.",
      fuente: "Totales reportados por el INAI y la prensa (tabla totales_reportados).",
      funcion: "derivedTotals"
    }
  ]
});
