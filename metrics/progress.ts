import type {Registry, Row, RowOf} from "./model/schema.js";
import type {HitoTipo} from "./model/vocabulary.js";
import {daysBetween} from "./days-between.js";
import {memoizeOnTables} from "./memo.js";
import {median} from "./median.js";
import {latestFactDate} from "./monthly-phases.js";
import {resolvedByState, resolveMilestones} from "./resolve-milestones.js";
import {bool, clave, day, derivedTable, int, num, text} from "./table-def.js";
import {dayKey, phaseEvidence, type PhaseEvidence} from "./phase-evidence.js";
import {phaseOnDate} from "./phase-on-date.js";
import {planCompromisos} from "./plan-compromisos.js";
import {usedCompromisosByPlan} from "./used-compromisos.js";

/** A median of whole days: whole, or halfway between two (the mean of the middle pair): 1 decimal. */
const HALF_DAYS = {digits: 1, why: "mediana de días enteros: entera o a medio día (promedio de los dos del medio)"};

/** Columns of `indicadores_estatales`. */
const STATE_COLUMNS = [
  clave(),
  text("nombre_corto", "Nombre de la entidad.", true),
  day("fecha", "Fecha del corte."),
  bool(
    "declaratoria_firmada",
    "Si la Declaratoria está firmada con seguridad a la fecha; vacío si los hitos fechados no permiten ubicar a la entidad.",
    false
  ),
  bool("stl_instalado", "Si algún STL está instalado con seguridad a la fecha; vacío si no se puede ubicar.", false),
  int("pal_publicados", "PAL publicados con seguridad a la fecha; vacío si no se puede ubicar.", false),
  int(
    "ciclos_completados",
    "Ejercicios con hito de cierre de ciclo seguro a la fecha; vacío si no se puede ubicar.",
    false
  ),
  int("compromisos", "Compromisos de esos PAL, incluidos los proactivos; vacío si no se puede ubicar.", false),
  int(
    "compromisos_sin_proactivos",
    "Compromisos de esos PAL que no están marcados como proactivos; vacío si no se puede ubicar.",
    false
  ),
  int("fojas", "Fojas de evidencia reportadas para esos compromisos; vacío si ninguna.", false),
  int("reuniones", "Reuniones reportadas para esos compromisos; vacío si ninguna.", false),
  int(
    "dias_declaratoria_stl_min",
    "Mínimo de días de la Declaratoria al STL (primer ejercicio) que permiten las fechas.",
    false
  ),
  int("dias_declaratoria_stl_max", "Máximo de días de la Declaratoria al STL; vacío si no está acotado.", false),
  int("dias_stl_primer_pal_min", "Mínimo de días del STL al primer PAL.", false),
  int("dias_stl_primer_pal_max", "Máximo de días del STL al primer PAL; vacío si no está acotado.", false)
] as const;

/** Progress of one state on a date (one row of `indicadores_estatales`). */
export type StateProgress = RowOf<typeof STATE_COLUMNS>;

/** Columns of `indicadores_nacionales`. */
export const NATIONAL_COLUMNS = [
  day("fecha", "Último día del mes."),
  int("estados_declaratoria", "Entidades con Declaratoria firmada con seguridad."),
  int("estados_stl", "Entidades con algún STL instalado con seguridad."),
  int("estados_con_pal", "Entidades con al menos un PAL publicado con seguridad."),
  int("pal_publicados", "PAL publicados (entidad y ejercicio)."),
  int("ciclos_completados", "Ejercicios con cierre de ciclo."),
  int("compromisos", "Compromisos de los PAL publicados, incluidos los proactivos."),
  int("compromisos_sin_proactivos", "Compromisos que no están marcados como proactivos."),
  num(
    "mediana_dias_declaratoria_stl",
    "Mediana de días de la Declaratoria al STL, entre las entidades con ambas fechas al día.",
    HALF_DAYS
  ),
  num(
    "mediana_dias_stl_primer_pal",
    "Mediana de días del STL al primer PAL, entre las entidades con ambas fechas al día.",
    HALF_DAYS
  )
] as const;

/** National progress on a date (one row of `indicadores_nacionales`). */
export type NationalProgress = RowOf<typeof NATIONAL_COLUMNS>;

type Inputs = Pick<Registry, "entidades" | "hitos" | "decisiones" | "compromisos" | "planes">;

/** What the compromisos of one PAL add up to: the plan's size ({@link planCompromisos}) and the evidence reported for its compromisos. */
interface PalCompromisos {
  total: number;
  sinProactivos: number;
  fojas: number | null;
  reuniones: number | null;
  /** True when the size is a source's reported count because the record lacks some titles. */
  usaReportado: boolean;
  plan_id: string | null;
}

/** The milestones and compromisos the progress indicators use, grouped by state once for many dates. */
export interface PreparedProgress {
  entidades: Inputs["entidades"];
  /** Per state, its milestones the project uses, in order of their last possible day (`fecha_max`). */
  milestones: Map<string, Row<"hitos">[]>;
  /** Per state, the {@link dayKey} of each milestone's `fecha_max`, in the order of `milestones`. */
  maxKeys: Map<string, number[]>;
  /** Per state, the phase evidence of its dated milestones alone (no reported statuses), to place it on a date. */
  evidence: Map<string, PhaseEvidence[]>;
  /** Per state, per ejercicio: the compromisos of that ejercicio's PAL, summed. */
  compromisos: Map<string, Map<number, PalCompromisos>>;
}

/** Groups the milestones the project uses and sums the compromisos it counts, by state and ejercicio (once per registry). */
export const prepareProgress = memoizeOnTables(
  (r: Inputs) => [r.entidades, r.hitos, r.decisiones, r.compromisos, r.planes],
  prepare
);

function prepare(registry: Inputs): PreparedProgress {
  const compromisos = new Map<string, Map<number, PalCompromisos>>();
  const evidence = new Map<string, readonly Row<"compromisos">[]>();
  for (const group of usedCompromisosByPlan(registry))
    evidence.set(`${group[0].clave_inegi}|${group[0].ejercicio}`, group);
  for (const [key, plan] of planCompromisos(registry)) {
    const [clave, ejercicio] = key.split("|");
    const group = evidence.get(key) ?? [];
    const byEjercicio = compromisos.get(clave) ?? new Map<number, PalCompromisos>();
    byEjercicio.set(Number(ejercicio), {
      total: plan.total,
      sinProactivos: plan.sinProactivos,
      fojas: sumKnownOf(group, (c) => c.fojas),
      reuniones: sumKnownOf(group, (c) => c.reuniones),
      usaReportado: plan.usaReportado,
      plan_id: plan.plan_id
    });
    compromisos.set(clave, byEjercicio);
  }
  // Each state's milestones in order of their last possible day (a count at a date stops at the first later
  // one), with those days as numbers: each day read once, and sorted as numbers (the same order as the ISO
  // dates; the sort is stable).
  const milestones = new Map<string, Row<"hitos">[]>();
  const maxKeys = new Map<string, number[]>();
  for (const [clave, own] of resolvedByState(registry)) {
    const keyed = own.map((m) => ({hito: m.hito, key: dayKey(m.hito.fecha_max)}));
    keyed.sort((a, b) => a.key - b.key);
    milestones.set(
      clave,
      keyed.map((k) => k.hito)
    );
    maxKeys.set(
      clave,
      keyed.map((k) => k.key)
    );
  }
  return {
    entidades: registry.entidades,
    milestones,
    maxKeys,
    // Milestones only: the statuses are not read (the evidence is cached on hitos and decisiones).
    evidence: phaseEvidence(
      {hitos: registry.hitos, decisiones: registry.decisiones, estatus_reportados: []},
      {
        withStatuses: false
      }
    ),
    compromisos
  };
}

/**
 * Progress indicators of every state on a date, from the milestones the project uses
 * ({@link resolveMilestones}): a milestone counts when it certainly happened by the date (`fecha_max` ≤
 * date); one known only "a más tardar" a later day does not count yet.
 *
 * - `declaratoria_firmada`, `stl_instalado`: any ejercicio; `pal_publicados`: PALs (one per ejercicio);
 *   `ciclos_completados`: ejercicios with a cierre.
 * - `compromisos`: compromisos of the published PALs, proactive ones included — each plan's size as
 *   {@link planCompromisos} gives it (the titles held, or the count a source reports when titles are missing);
 *   `compromisos_sin_proactivos` leaves out those marked proactivo = si (unmarked ones count as not
 *   proactive).
 * - `fojas`, `reuniones`: sums of the evidence reported for those compromisos; null when none is reported
 *   (never zero for unknown).
 * - `dias_declaratoria_stl_*`, `dias_stl_primer_pal_*`: the fewest and most days between the first
 *   ejercicio's milestones that the date intervals allow ({@link daysBetween}); null when either milestone
 *   is not certain by the date, `_max` null when the earlier date's lower end is unknown.
 *
 * Unknown is never zero: where the state's dated milestones cannot place it on the date ({@link phaseOnDate}
 * of the milestones alone gives sin_dato — no milestone of it is certain yet, or none at all, as for Baja
 * California Sur and Nayarit) the Declaratoria, STL, PAL, cycle and compromisos columns are null. A state
 * recorded as not taking part, or one whose every milestone is later than the date, has known zeros.
 *
 * Pass {@link prepareProgress}'s result instead of the registry to compute many dates without regrouping.
 */
export function stateProgress(registry: Inputs | PreparedProgress, date: string): StateProgress[] {
  return stateProgressSeries(registry, [date])[0];
}

/**
 * {@link stateProgress} on several dates at once: element k holds the rows of `dates[k]` (every state, in
 * `entidades` order). Each state's milestones, sorted by their last possible day, are read once in date
 * order (what is certain by a date is certain by every later date), instead of once per date: the same rows
 * as calling {@link stateProgress} date by date.
 */
export function stateProgressSeries(registry: Inputs | PreparedProgress, dates: readonly string[]): StateProgress[][] {
  const prepared = "milestones" in registry ? registry : prepareProgress(registry);
  const order = dates.map((date, slot) => ({date, slot, day: dayKey(date)})).sort((a, b) => a.day - b.day);
  const out: StateProgress[][] = dates.map(() => []);
  const span = (a: Row<"hitos"> | undefined, b: Row<"hitos"> | undefined) =>
    a && b ? daysBetween({min: a.fecha_min, max: a.fecha_max}, {min: b.fecha_min, max: b.fecha_max}) : null;
  for (const e of prepared.entidades) {
    let declaratoria = false;
    let stl = false;
    const pals = new Set<number>();
    const cierres = new Set<number>();
    // What the published PALs add up to, kept up to date as each PAL becomes certain (sums of whole numbers,
    // so the order of addition does not matter); fojas and reuniones stay null until a PAL reports some.
    let total = 0;
    let sinProactivos = 0;
    let fojas: number | null = null;
    let reuniones: number | null = null;
    const first: Partial<Record<HitoTipo, Row<"hitos">>> = {};
    let declStl: ReturnType<typeof span> = null;
    let stlPal: ReturnType<typeof span> = null;
    const own = prepared.milestones.get(e.clave_inegi) ?? [];
    const keys = prepared.maxKeys.get(e.clave_inegi) ?? [];
    const sums = prepared.compromisos.get(e.clave_inegi);
    const evidence = prepared.evidence.get(e.clave_inegi) ?? [];
    let k = 0;
    for (const {date, slot, day} of order) {
      // Sorted by fecha_max: the first milestone later than the date ends the count.
      let firstChanged = false;
      for (; k < own.length && keys[k] <= day; k++) {
        const h = own[k];
        if (h.tipo === "declaratoria") declaratoria = true;
        else if (h.tipo === "instalacion_stl") stl = true;
        else if (h.tipo === "publicacion_pal" && !pals.has(h.ejercicio)) {
          pals.add(h.ejercicio);
          const c = sums?.get(h.ejercicio);
          if (c) {
            total += c.total;
            sinProactivos += c.sinProactivos;
            if (c.fojas !== null) fojas = (fojas ?? 0) + c.fojas;
            if (c.reuniones !== null) reuniones = (reuniones ?? 0) + c.reuniones;
          }
        } else if (h.tipo === "cierre") cierres.add(h.ejercicio);
        if (h.ejercicio === 1) {
          first[h.tipo] = h;
          firstChanged = true;
        }
      }
      // The spans change only when a first-ejercicio milestone does.
      if (firstChanged) {
        declStl = span(first.declaratoria, first.instalacion_stl);
        stlPal = span(first.instalacion_stl, first.publicacion_pal);
      }
      const placed = phaseOnDate(evidence, date, e.participa, day).fase !== "sin_dato";
      out[slot].push({
        clave_inegi: e.clave_inegi,
        nombre_corto: e.nombre_corto,
        fecha: date,
        declaratoria_firmada: placed ? declaratoria : null,
        stl_instalado: placed ? stl : null,
        pal_publicados: placed ? pals.size : null,
        ciclos_completados: placed ? cierres.size : null,
        compromisos: placed ? total : null,
        compromisos_sin_proactivos: placed ? sinProactivos : null,
        fojas,
        reuniones,
        dias_declaratoria_stl_min: declStl?.min ?? null,
        dias_declaratoria_stl_max: declStl?.max ?? null,
        dias_stl_primer_pal_min: stlPal?.min ?? null,
        dias_stl_primer_pal_max: stlPal?.max ?? null
      });
    }
  }
  return out;
}

/** The sum of one field over `rows`, skipping nulls; null when every value is null (unknown is never zero). */
function sumKnownOf<T>(rows: readonly T[], value: (row: T) => number | null): number | null {
  let sum: number | null = null;
  for (const r of rows) {
    const v = value(r);
    if (v !== null) sum = (sum ?? 0) + v;
  }
  return sum;
}

/**
 * National progress on a date: counts over {@link stateProgress} (states with a Declaratoria, with an STL,
 * with at least one PAL; PALs, closed cycles and compromisos summed), and the median days from
 * Declaratoria to STL and from STL to the first PAL over the states whose span is known exactly (both
 * dates to the day). Medians are null when no state qualifies.
 */
export function nationalProgress(registry: Inputs | PreparedProgress, date: string): NationalProgress {
  const states = stateProgress(registry, date);
  const exact = (min: number | null, max: number | null) => (min !== null && min === max ? min : null);
  return {
    fecha: date,
    estados_declaratoria: states.filter((s) => s.declaratoria_firmada).length,
    estados_stl: states.filter((s) => s.stl_instalado).length,
    estados_con_pal: states.filter((s) => (s.pal_publicados ?? 0) > 0).length,
    pal_publicados: states.reduce((a, s) => a + (s.pal_publicados ?? 0), 0),
    ciclos_completados: states.reduce((a, s) => a + (s.ciclos_completados ?? 0), 0),
    compromisos: states.reduce((a, s) => a + (s.compromisos ?? 0), 0),
    compromisos_sin_proactivos: states.reduce((a, s) => a + (s.compromisos_sin_proactivos ?? 0), 0),
    mediana_dias_declaratoria_stl: median(
      states.map((s) => exact(s.dias_declaratoria_stl_min, s.dias_declaratoria_stl_max))
    ),
    mediana_dias_stl_primer_pal: median(states.map((s) => exact(s.dias_stl_primer_pal_min, s.dias_stl_primer_pal_max)))
  };
}

/** Year-end dates from 2015 to before the latest fact, then the latest fact's date itself. */
function snapshotDates(registry: Registry): string[] {
  const last = latestFactDate(registry);
  const years = Array.from({length: Number(last.slice(0, 4)) - 2014}, (_, k) => `${2015 + k}-12-31`).filter(
    (d) => d < last
  );
  return [...years, last];
}

/** The published table `indicadores_estatales`: {@link stateProgress} at each year's end and on the latest fact's date ({@link stateProgressSeries}). */
export const INDICADORES_ESTATALES = derivedTable({
  name: "indicadores_estatales",
  description: "Avance de cada entidad al cierre de cada año desde 2015 y en la fecha del último hecho registrado.",
  columns: STATE_COLUMNS,
  compute: (registry) => {
    return stateProgressSeries(prepareProgress(registry), snapshotDates(registry)).flat();
  },
  metrics: [
    {
      id: "indicadores_estatales",
      nombre: "Avance por entidad",
      unidad: "conteos y días",
      descripcion:
        "Declaratoria, STL, PAL publicados, ciclos completados, compromisos (con y sin proactivos), evidencia reportada y días entre hitos, por entidad, al cierre de cada año.",
      formula:
        "Cuenta los hitos seguros a la fecha (último día posible ≤ fecha). Compromisos de los PAL publicados, sin las filas apartadas por una decisión; de cada plan, los que el registro tiene por título o, si su fuente reporta más, ese número (tabla planes). Días entre hitos del primer ejercicio: mínimo = primer día posible del segundo − último día posible del primero (≥ 0); máximo = último del segundo − primero del primero. Fojas y reuniones: suma de lo reportado, vacío si nada se reporta. Lo desconocido no es cero: si ningún hito fechado de la entidad es seguro a la fecha (o no tiene ninguno) y no consta que no participe ni que todos sus hitos sean posteriores, Declaratoria, STL, PAL, ciclos y compromisos quedan vacíos.",
      fuente: "Registro del proyecto.",
      funcion: "stateProgress"
    }
  ]
});
