import {intervalPrecision, formatInterval} from "./model/dates.js";
import {SCHEMA, type Registry, type Row, type RowOf} from "./model/schema.js";
import {HITO_LABELS, STAGE_OF_MILESTONE, MILESTONE_KINDS} from "./model/vocabulary.js";
import {day, derivedTable, int, precisionColumn, text, coded} from "./table-def.js";
import {resolveMilestones} from "./resolve-milestones.js";

/** Columns of `ultimo_hito`, the latest known milestone of each entity. */
const COLUMNS = [
  {...SCHEMA.entidades.columns[0]},
  text("nombre_corto", "Nombre de uso común de la entidad.", true),
  int("ejercicio", "Ejercicio (ciclo de PAL) del hito; vacío = sin dato.", false),
  coded("tipo", MILESTONE_KINDS, "Clase del último hito conocido; vacío = sin dato.", false),
  text("tipo_texto", 'La clase del hito en palabras: "STL instalado", "PAL publicado"…'),
  day("fecha_min", 'Primer día posible del hito (vacío si es "a más tardar" o sin dato).', false),
  day("fecha_max", "Último día posible del hito.", false),
  precisionColumn(),
  text(
    "fecha_texto",
    'La fecha como se lee: "9 de marzo de 2015", "agosto de 2016", "a más tardar el 31 de diciembre de 2016".'
  ),
  int("fuentes", "Cuántas fuentes distintas respaldan el hito usado (0 = sin dato)."),
  text("hito_id", "El hito usado, en la tabla `hitos`."),
  text("fuente_id", "La fuente del hito usado, en la tabla `fuentes`."),
  text("fuente_titulo", "Título de esa fuente (copiado de `fuentes`)."),
  text("fuente_url", "URL o ruta de repositorio de esa fuente (copiada de `fuentes`)."),
  text("cita", "La cita de la fuente del hito usado.")
] as const;

/** The latest known milestone of one entity, or nulls ("sin dato") when no source dates any. */
export type LatestMilestone = RowOf<typeof COLUMNS>;

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
export function latestMilestones(
  registry: Pick<Registry, "entidades" | "hitos" | "decisiones" | "fuentes">
): LatestMilestone[] {
  const fuentes = new Map(registry.fuentes.map((f) => [f.fuente_id, f]));
  const byEntity = new Map<string, ReturnType<typeof resolveMilestones>[number]>();
  for (const m of resolveMilestones(registry)) {
    const current = byEntity.get(m.hito.clave_inegi);
    if (!current || later(m.hito, current.hito)) byEntity.set(m.hito.clave_inegi, m);
  }
  return registry.entidades.map((e) => {
    const m = byEntity.get(e.clave_inegi);
    if (!m) {
      return {
        clave_inegi: e.clave_inegi,
        nombre_corto: e.nombre_corto,
        ejercicio: null,
        tipo: null,
        tipo_texto: null,
        fecha_min: null,
        fecha_max: null,
        precision: null,
        fecha_texto: null,
        fuentes: 0,
        hito_id: null,
        fuente_id: null,
        fuente_titulo: null,
        fuente_url: null,
        cita: null
      };
    }
    const h = m.hito;
    return {
      clave_inegi: e.clave_inegi,
      nombre_corto: e.nombre_corto,
      ejercicio: h.ejercicio,
      tipo: h.tipo,
      tipo_texto: HITO_LABELS[h.tipo],
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

function later(a: Row<"hitos">, b: Row<"hitos">): boolean {
  if (a.ejercicio !== b.ejercicio) return a.ejercicio > b.ejercicio;
  const ra = STAGE_OF_MILESTONE[a.tipo];
  const rb = STAGE_OF_MILESTONE[b.tipo];
  if (ra !== rb) return ra > rb;
  return a.fecha_max > b.fecha_max;
}

/** The published table `ultimo_hito`. */
export const ULTIMO_HITO = derivedTable({
  name: "ultimo_hito",
  description:
    "Para cada una de las 32 entidades, el último hito conocido: el más avanzado del proceso (ejercicio, luego etapa, luego fecha), con su fecha, su precisión y su fuente. Vacío = sin dato.",
  columns: COLUMNS,
  compute: latestMilestones,
  metrics: [
    {
      id: "ultimo_hito",
      nombre: "Último hito conocido",
      unidad: "hito",
      descripcion: "El paso más avanzado del proceso que alguna fuente fecha para cada entidad.",
      formula:
        "Entre los hitos usados (uno por entidad, ejercicio y clase), el de mayor ejercicio, luego mayor etapa, luego fecha más tardía.",
      fuente: "Registro del proyecto (tablas hitos y decisiones).",
      funcion: "latestMilestones"
    }
  ]
});
