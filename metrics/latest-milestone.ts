import {intervalPrecision, formatInterval, type Precision} from "./model/dates.js";
import type {HitoTipo, Registry} from "./model/schema.js";
import {HITO_LABELS} from "./labels.js";
import {STAGE_OF_MILESTONE} from "./phase-stages.js";
import {resolveMilestones} from "./resolve-milestones.js";

/** The latest known milestone of one entity, or nulls ("sin dato") when no source dates any. */
export interface LatestMilestone {
  clave_inegi: string;
  nombre_corto: string;
  ejercicio: number | null;
  tipo: HitoTipo | null;
  tipo_texto: string | null;
  fecha_min: string | null;
  fecha_max: string | null;
  precision: Precision | null;
  fecha_texto: string | null;
  fuentes: number;
  hito_id: string | null;
  fuente_id: string | null;
  fuente_titulo: string | null;
  fuente_url: string | null;
  cita: string | null;
}

/**
 * Each of the 32 entities with its latest known milestone.
 *
 * Method: among the milestones the project uses ({@link resolveMilestones}), the latest is the one furthest
 * along the process — highest ejercicio, then highest stage ({@link STAGE_OF_MILESTONE}: Declaratoria <
 * sensibilización < STL and mesas < PAL < evaluación < cierre, the order the phase engine uses), then
 * latest `fecha_max`. Process position comes before the date because a
 * date can be only "a más tardar" (e.g. an STL listed in a 2016 table) while a later stage is known to the
 * day. An entity without any dated milestone gets nulls and `fuentes` = 0. Rows follow `entidades` order.
 * The source's title and URL are copied from `fuentes` so the table can be read on its own.
 */
export function latestMilestones(registry: Pick<Registry, "entidades" | "hitos" | "decisiones" | "fuentes">): LatestMilestone[] {
  const fuentes = new Map(registry.fuentes.map((f) => [f.fuente_id, f]));
  const byEntity = new Map<string, ReturnType<typeof resolveMilestones>[number]>();
  for (const m of resolveMilestones(registry)) {
    const current = byEntity.get(m.hito.clave_inegi);
    if (!current || later(m.hito, current.hito)) byEntity.set(m.hito.clave_inegi, m);
  }
  return registry.entidades.map((e) => {
    const m = byEntity.get(e.clave_inegi);
    if (!m) {
      return {clave_inegi: e.clave_inegi, nombre_corto: e.nombre_corto, ejercicio: null, tipo: null, tipo_texto: null, fecha_min: null, fecha_max: null, precision: null, fecha_texto: null, fuentes: 0, hito_id: null, fuente_id: null, fuente_titulo: null, fuente_url: null, cita: null};
    }
    const h = m.hito;
    return {
      clave_inegi: e.clave_inegi,
      nombre_corto: e.nombre_corto,
      ejercicio: h.ejercicio,
      tipo: h.tipo as HitoTipo,
      tipo_texto: HITO_LABELS[h.tipo as HitoTipo],
      fecha_min: h.fecha_min,
      fecha_max: h.fecha_max,
      precision: intervalPrecision(h.fecha_min, h.fecha_max),
      fecha_texto: formatInterval(h.fecha_min, h.fecha_max),
      fuentes: m.fuentes,
      hito_id: h.hito_id,
      fuente_id: h.fuente_id,
      fuente_titulo: fuentes.get(h.fuente_id)?.titulo ?? null,
      fuente_url: fuentes.get(h.fuente_id)?.url ?? null,
      cita: h.cita
    };
  });
}

function later(a: {ejercicio: number; tipo: string; fecha_max: string}, b: {ejercicio: number; tipo: string; fecha_max: string}): boolean {
  if (a.ejercicio !== b.ejercicio) return a.ejercicio > b.ejercicio;
  const ra = STAGE_OF_MILESTONE[a.tipo as HitoTipo];
  const rb = STAGE_OF_MILESTONE[b.tipo as HitoTipo];
  if (ra !== rb) return ra > rb;
  return a.fecha_max > b.fecha_max;
}
