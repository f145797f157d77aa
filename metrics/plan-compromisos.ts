import {compareDefault} from "./collation.js";
import type {Registry, RowOf} from "./model/schema.js";
import {memoizeOnTables} from "./memo.js";
import {clave, derivedTable, int, text} from "./table-def.js";
import {usedCompromisos, usedCompromisosByPlan} from "./used-compromisos.js";

/** What the record knows of the size of one plan (a state's PAL of one ejercicio). */
export interface PlanCount {
  /** The plan's row in `planes`, when there is one. */
  plan_id: string | null;
  /** Compromisos the record holds by title (not proactive / proactive). */
  titulos: number;
  titulosProactivos: number;
  /** The counts a source reports (`planes.compromisos_reportados`, `proactivos_reportados`); null = no source gives them. */
  reportados: number | null;
  proactivosReportados: number | null;
  /** The count the project uses: per kind, the larger of the titles held and the count reported. */
  sinProactivos: number;
  total: number;
  /** True when a reported count is larger than the titles held: the record lacks some of the plan's titles. */
  usaReportado: boolean;
}

type Inputs = Pick<Registry, "compromisos" | "decisiones" | "planes">;

/**
 * The size of every plan, keyed `clave|ejercicio`: the compromisos held by title ({@link usedCompromisos})
 * and the number a source reports (`planes`). Where a source reports more compromisos than the record has
 * titles for (Jalisco's first plan: OGP numbers seven, the record holds six titles), the reported number is
 * used, so that totals over the states can rebuild national figures; where titles are as many or more,
 * the titles are used (a count never lowers what the record holds). Not-proactive and proactive
 * compromisos are compared separately (sources count proactive ones apart; an unreported proactive count
 * is taken as the titles held, not as zero). Plans in `planes` with no titles appear with their reported
 * counts. Computed once per registry ({@link memoizeOnTables}).
 */
export const planCompromisos = memoizeOnTables((r: Inputs) => [r.compromisos, r.decisiones, r.planes], compute);

function compute(registry: Inputs): Map<string, PlanCount> {
  const plans = new Map<string, PlanCount>();
  const get = (clave: string, ejercicio: number) => {
    const key = `${clave}|${ejercicio}`;
    let p = plans.get(key);
    if (!p) {
      p = {
        plan_id: null,
        titulos: 0,
        titulosProactivos: 0,
        reportados: null,
        proactivosReportados: null,
        sinProactivos: 0,
        total: 0,
        usaReportado: false
      };
      plans.set(key, p);
    }
    return p;
  };
  // Grouped by state and ejercicio first: one plan lookup per plan, not per compromiso.
  for (const group of usedCompromisosByPlan(registry)) {
    const p = get(group[0].clave_inegi, group[0].ejercicio);
    for (const c of group) {
      if (c.proactivo === true) p.titulosProactivos++;
      else p.titulos++;
    }
  }
  for (const row of registry.planes) {
    const p = get(row.clave_inegi, row.ejercicio);
    p.plan_id = row.plan_id;
    p.reportados = row.compromisos_reportados;
    p.proactivosReportados = row.proactivos_reportados;
  }
  for (const p of plans.values()) {
    p.sinProactivos = Math.max(p.titulos, p.reportados ?? 0);
    const proactivos = Math.max(p.titulosProactivos, p.proactivosReportados ?? 0);
    p.total = p.sinProactivos + proactivos;
    p.usaReportado = p.total > p.titulos + p.titulosProactivos;
  }
  return plans;
}

/** Columns of `cobertura_planes`. */
const COLUMNS = [
  clave(),
  text("nombre_corto", "Nombre de la entidad.", true),
  int("ejercicio", "Ejercicio del plan."),
  text(
    "plan_id",
    "El plan en la tabla `planes`; vacío si el registro tiene compromisos de ese ejercicio pero ninguna fila del plan."
  ),
  int("compromisos_por_titulo", "Compromisos no proactivos que el registro tiene por título."),
  int("proactivos_por_titulo", "Compromisos proactivos que el registro tiene por título."),
  int("compromisos_reportados", "Compromisos que reporta una fuente (`planes`); vacío si ninguna lo dice.", false),
  int("proactivos_reportados", "Proactivos que una fuente cuenta aparte; vacío si ninguna los cuenta.", false),
  int("compromisos_usados", "Los que cuentan los totales: por clase, el mayor entre los títulos y lo reportado."),
  int(
    "faltan_titulos",
    "Compromisos reportados cuyo título no tiene el registro (0 si tiene todos o si no se reporta el número)."
  )
] as const;

/** One row of `cobertura_planes`. */
export type PlanCoverage = RowOf<typeof COLUMNS>;

/** Per plan, how many compromisos the record knows by title and by count ({@link planCompromisos}), by state and ejercicio. */
export function planCoverage(
  registry: Pick<Registry, "entidades" | "compromisos" | "decisiones" | "planes">
): PlanCoverage[] {
  const names = new Map(registry.entidades.map((e) => [e.clave_inegi, e.nombre_corto]));
  return [...planCompromisos(registry)]
    .map(([key, p]) => {
      const [clave, ejercicio] = key.split("|");
      return {
        clave_inegi: clave,
        nombre_corto: names.get(clave) ?? clave,
        ejercicio: Number(ejercicio),
        plan_id: p.plan_id,
        compromisos_por_titulo: p.titulos,
        proactivos_por_titulo: p.titulosProactivos,
        compromisos_reportados: p.reportados,
        proactivos_reportados: p.proactivosReportados,
        compromisos_usados: p.total,
        faltan_titulos: p.total - p.titulos - p.titulosProactivos
      };
    })
    .sort((a, b) => compareDefault(a.clave_inegi, b.clave_inegi) || a.ejercicio - b.ejercicio);
}

/** The published table `cobertura_planes`. */
export const COBERTURA_PLANES = derivedTable({
  name: "cobertura_planes",
  description:
    "Cada Plan de Acción Local: cuántos compromisos conoce el registro por título y cuántos reporta una fuente, y cuántos usan los totales. Vacío = ninguna fuente da el número.",
  columns: COLUMNS,
  compute: planCoverage,
  metrics: [
    {
      id: "cobertura_planes",
      nombre: "Compromisos por plan: por título y por número",
      unidad: "compromisos",
      descripcion:
        "Para cada plan, los compromisos que el registro tiene por título, los que reporta una fuente y los que cuentan los totales.",
      formula:
        "Por plan (entidad y ejercicio) y por clase (no proactivos, proactivos): usados = el mayor entre los títulos del registro (sin las filas apartadas por una decisión) y el número reportado en planes; faltan_titulos = usados − títulos.",
      fuente: "Registro del proyecto (tablas compromisos y planes).",
      funcion: "planCoverage"
    }
  ]
});
