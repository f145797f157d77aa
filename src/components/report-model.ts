import {type YearChange, type YearInReview, yearInReview} from "../lib/year-in-review.js";
import {isAfterViewDate} from "../lib/as-of.js";
import {
  type PanoramaIndicatorId,
  type PanoramaMember,
  PANORAMA_INDICATORS,
  panoramaMembers
} from "../lib/national-panorama.js";
import {HITO_LABELS, HITO_TIPOS, type HitoTipo} from "../lib/model/vocabulary.js";
import type {
  CoverageCell,
  Decision,
  DerivedTotal,
  Entidad,
  Fuente,
  Hito,
  MonthlyPhase,
  NationalPanorama
} from "./load-table.js";

/**
 * What the national pages (home, /reporte) show on one date, picked from the published tables and the
 * library's own definitions — no phase or count is computed here: the phase, its certainty, what a state
 * had achieved and the semáforo come from `fases_mensuales`; the national figures from `panorama_nacional`
 * and the list of states behind each from the library's `panoramaMembers` (the same definitions that sum to
 * the figure); the reported totals from `totales_derivados`. This module only selects rows for the date,
 * resolves which milestone row the record uses (`cobertura.hito_id`, which already applies `decisiones`)
 * and numbers the sources so each figure can point to the list at the end.
 */

/** Stage order of each milestone kind (declaratoria first), from the library's vocabulary. */
const KIND_ORDER = new Map<string, number>(HITO_TIPOS.map((k, i) => [k, i]));

/** The groups of the report, in order: INAI's 2016 groups, then the states in neither. */
export const GROUPS = [
  {id: "G15", title: "Grupo G15 del INAI"},
  {id: "G16", title: "Grupo G16 del INAI"},
  {id: null, title: "Entidades fuera de los grupos G15 y G16"}
] as const;

/** A headline figure: a count of `panorama_nacional` (the library's definition), the reported total it compares with, and its scale. */
export interface HeadlineFigure {
  id: PanoramaIndicatorId;
  label: string;
  /** The column of the possible count, or null. */
  possible: keyof NationalPanorama | null;
  /** The indicator of `totales_reportados` that reports the same thing, or null. */
  reportedIndicator: string | null;
  /** "de 32" for counts of states. */
  of: number | null;
  /** The figure counts states (1 each) rather than plans or compromisos (several per state). */
  ofStates: boolean;
}

/** The reported total that counts the same as each headline figure (INAI's national totals). */
const REPORTED: Partial<Record<PanoramaIndicatorId, string>> = {
  estados_participantes: "estados_participantes",
  estados_stl: "stl_instalados",
  pal_publicados: "pal_publicados",
  compromisos: "compromisos"
};

/** The headline figures of the home page and the report, in order: every count of the library's
 * `PANORAMA_INDICATORS` but the states it cannot place (said in a note instead). */
export const HEADLINE_FIGURES: readonly HeadlineFigure[] = PANORAMA_INDICATORS.filter(
  (i) => i.id !== "entidades_sin_dato"
).map((i) => {
  const ofStates = i.id.startsWith("estados_");
  return {
    id: i.id,
    label: i.label,
    possible: i.idPosibles,
    reportedIndicator: REPORTED[i.id] ?? null,
    of: ofStates ? 32 : null,
    ofStates
  };
});

/** How far, in days, a reported total's cut-off may be from the report's date to count as "near". */
const NEAR_DAYS = 183;

/** Last day of a cut-off written as AAAA, AAAA-MM or AAAA-MM-DD. */
export function cutoffEnd(corte: string): string {
  if (/^\d{4}$/.test(corte)) return `${corte}-12-31`;
  if (/^\d{4}-\d{2}$/.test(corte)) {
    const [y, m] = corte.split("-").map(Number);
    return new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
  }
  return corte;
}

const days = (a: string, b: string) =>
  Math.round((Date.parse(`${a}T00:00:00Z`) - Date.parse(`${b}T00:00:00Z`)) / 86_400_000);

/**
 * The reported totals of one indicator nearest the date: those whose cut-off ends closest to it (all of
 * them when several sources give the same cut-off), if that is within about six months.
 */
export function nearReported(totals: readonly DerivedTotal[], indicador: string, fecha: string): DerivedTotal[] {
  const rows = totals
    .filter((t) => t.indicador === indicador)
    .map((t) => ({t, distancia: Math.abs(days(cutoffEnd(t.fecha_corte), fecha))}));
  const best = Math.min(...rows.map((r) => r.distancia));
  if (!Number.isFinite(best) || best > NEAR_DAYS) return [];
  return rows.filter((r) => r.distancia === best).map((r) => r.t);
}

/** The latest total of `indicador` a source had reported by `fecha` (its facts' limit day on or before it), if any. */
export function latestReported(
  totals: readonly DerivedTotal[],
  indicador: string,
  fecha: string
): DerivedTotal | undefined {
  return totals
    .filter((t) => t.indicador === indicador && t.fecha_limite <= fecha)
    .sort((a, b) => a.fecha_limite.localeCompare(b.fecha_limite))
    .at(-1);
}

/** Where a fact's date stands against a view's date. */
export type DateStanding = "cierto" | "posible" | "despues";

/**
 * Where a milestone's date stands against the view's date — the library's `isAfterViewDate`, in the
 * report's words: "cierto" (its last possible day has passed), "posible" (it may have happened by then) or
 * "despues" (its first possible day is later).
 */
export function milestoneStatus(hito: {fecha_min: string | null; fecha_max: string}, fecha: string): DateStanding {
  const after = isAfterViewDate(hito.fecha_min, hito.fecha_max, fecha);
  return after === "no" ? "cierto" : after === "cierto" ? "despues" : "posible";
}

/** A cited source with its number in the report. */
export interface NumberedSource {
  n: number;
  fuente_id: string;
  fuente: Fuente | null;
}

/**
 * Numbers sources in the order the report first cites them: `cite(id)` returns the number, `list()` the
 * cited sources with their number (unknown ids are kept, so a broken reference shows instead of vanishing).
 */
export function sourceNumbering(fuentes: readonly Fuente[]) {
  const byId = new Map(fuentes.map((f) => [f.fuente_id, f]));
  const numbers = new Map<string, number>();
  return {
    cite(id: string | null | undefined): number | null {
      if (!id) return null;
      if (!numbers.has(id)) numbers.set(id, numbers.size + 1);
      return numbers.get(id) ?? null;
    },
    list: (): NumberedSource[] => [...numbers].map(([id, n]) => ({n, fuente_id: id, fuente: byId.get(id) ?? null}))
  };
}

/** A disagreement between sources behind a milestone the page shows, numbered ≠n. */
export interface Conflict {
  n: number;
  decision: Decision;
  rows: (Hito & {usado: boolean; fuente: number | null})[];
  clave_inegi: string;
  tipo: HitoTipo;
  tipo_texto: string;
  ejercicio: number;
}

/** A milestone the record uses, with its standing on the view's date and its source's number. */
export type UsedMilestone = Hito & {
  tipo_texto: string;
  estado: DateStanding;
  fuente: number | null;
  conflicto: Conflict | null;
};

/** One state in the model: its names and group, its row of `fases_mensuales` on the date (null: none). */
export interface ReportState {
  clave_inegi: string;
  nombre_corto: string;
  grupo_inai: string | null;
  fase: MonthlyPhase | null;
  /** The ejercicio the status table describes (the state's current one; 1 when unknown). */
  ejercicioTabla: number;
  grupo: {id: string | null; fuente: number | null; cita: string | null};
  /** STL and PAL of the current ejercicio, if the record has them. */
  stl: UsedMilestone | null;
  pal: UsedMilestone | null;
  /** The latest STL and PAL of an earlier ejercicio certain on the date: the last finished round. */
  stlAnterior: UsedMilestone | null;
  palAnterior: UsedMilestone | null;
  /** The most advanced milestone certain on the date. */
  ultimo: UsedMilestone | null;
}

/** A headline figure on the date: its value, its possible value and the states behind both. */
export interface FigureOnDate extends HeadlineFigure {
  value: number | null;
  possibleValue: number | null;
  /** States behind the certain count, with what each adds. */
  members: PanoramaMember[];
  /** States only possibly behind the possible count (not already among `members`). */
  possibleOnly: PanoramaMember[];
  /** Totals reported near the date (for the report). */
  reported: (DerivedTotal & {fuente: number | null})[];
}

/** The tables the model reads. */
export interface ReportTables {
  fecha: string;
  entidades: readonly Entidad[];
  fases: readonly MonthlyPhase[];
  panorama: readonly NationalPanorama[];
  totales: readonly DerivedTotal[];
  fuentes: readonly Fuente[];
  hitos: readonly Hito[];
  cobertura: readonly CoverageCell[];
  decisiones: readonly Decision[];
}

/** What {@link reportModel} returns. */
export interface ReportModel {
  fecha: string;
  national: NationalPanorama | null;
  figures: FigureOnDate[];
  states: ReportState[];
  groups: {id: string | null; title: string; states: ReportState[]}[];
  conflicts: Conflict[];
  sources: NumberedSource[];
  /** What changed in the year before the date (the library's `yearInReview`), each change with its source's number. */
  year: Omit<YearInReview, "cambios"> & {cambios: (YearChange & {fuente: number | null})[]};
}

/**
 * Everything the national views show on `fecha`, with sources numbered in reading order (national
 * figures, status table, groups).
 */
export function reportModel({
  fecha,
  entidades,
  fases,
  panorama,
  totales,
  fuentes,
  hitos,
  cobertura,
  decisiones
}: ReportTables): ReportModel {
  const sources = sourceNumbering(fuentes);
  // The summary opens the report: its sources are numbered first.
  const review = yearInReview({hitos: hitos as Hito[], decisiones: decisiones as Decision[]}, fases, panorama, fecha);
  const year = {...review, cambios: review.cambios.map((c) => ({...c, fuente: sources.cite(c.fuente_id)}))};
  const hitoById = new Map(hitos.map((h) => [h.hito_id, h]));
  const decisionOf = new Map<string, Decision>();
  for (const d of decisiones) for (const id of d.ids_en_conflicto.split(";")) decisionOf.set(id.trim(), d);
  const conflicts: Conflict[] = [];

  const resolve = (cov: CoverageCell): UsedMilestone | null => {
    const h = cov.hito_id ? hitoById.get(cov.hito_id) : undefined;
    if (!h) return null;
    const decision = cov.en_conflicto === true ? decisionOf.get(h.hito_id) : undefined;
    let conflicto: Conflict | null = null;
    if (decision) {
      conflicto = conflicts.find((c) => c.decision.decision_id === decision.decision_id) ?? null;
      if (!conflicto) {
        const rows = decision.ids_en_conflicto
          .split(";")
          .flatMap((id) => {
            const r = hitoById.get(id.trim());
            return r ? [r] : [];
          })
          .map((r) => ({...r, usado: r.hito_id === decision.id_usado, fuente: sources.cite(r.fuente_id)}));
        conflicto = {
          n: conflicts.length + 1,
          decision,
          rows,
          clave_inegi: h.clave_inegi,
          tipo: h.tipo,
          tipo_texto: HITO_LABELS[h.tipo],
          ejercicio: h.ejercicio
        };
        conflicts.push(conflicto);
      }
    }
    return {
      ...h,
      tipo_texto: HITO_LABELS[h.tipo],
      estado: milestoneStatus(h, fecha),
      fuente: sources.cite(h.fuente_id),
      conflicto
    };
  };

  const national = panorama.find((r) => r.fecha === fecha) ?? null;
  const figures: FigureOnDate[] = HEADLINE_FIGURES.map((f) => {
    const {ciertas, posibles} = panoramaMembers(fases, fecha, f.id);
    const certain = new Set(ciertas.map((m) => m.clave_inegi));
    return {
      ...f,
      value: national ? Number(national[f.id]) : null,
      possibleValue: national && f.possible ? Number(national[f.possible]) : null,
      members: ciertas,
      possibleOnly: posibles.filter((m) => !certain.has(m.clave_inegi)),
      reported: f.reportedIndicator
        ? nearReported(totales, f.reportedIndicator, fecha).map((t) => ({...t, fuente: sources.cite(t.fuente_id)}))
        : []
    };
  });

  const usedByState = new Map<string, CoverageCell[]>();
  for (const c of cobertura) {
    if (c.conocido !== true || !c.hito_id) continue;
    const list = usedByState.get(c.clave_inegi) ?? [];
    list.push(c);
    usedByState.set(c.clave_inegi, list);
  }
  const phaseOf = new Map(fases.filter((r) => r.fecha === fecha).map((r) => [r.clave_inegi, r]));
  const states: ReportState[] = [...entidades]
    .sort((a, b) => a.nombre_corto.localeCompare(b.nombre_corto, "es"))
    .map((e) => {
      const fase = phaseOf.get(e.clave_inegi) ?? null;
      const used = usedByState.get(e.clave_inegi) ?? [];
      const ejercicio = fase?.ejercicio ?? 1;
      const pick = (tipo: HitoTipo) => {
        const cov = used.find((c) => c.tipo === tipo && c.ejercicio === ejercicio);
        return cov ? resolve(cov) : null;
      };
      /** The latest milestone of this kind in an earlier ejercicio, certain on the date. */
      const earlier = (tipo: HitoTipo) => {
        const cov = used
          .filter((c) => c.tipo === tipo && c.ejercicio !== null && c.ejercicio < ejercicio)
          .filter((c) => {
            const h = c.hito_id ? hitoById.get(c.hito_id) : undefined;
            return h !== undefined && h.fecha_max <= fecha;
          })
          .sort((a, b) => (a.ejercicio ?? 0) - (b.ejercicio ?? 0))
          .at(-1);
        return cov ? resolve(cov) : null;
      };
      return {
        clave_inegi: e.clave_inegi,
        nombre_corto: e.nombre_corto,
        grupo_inai: e.grupo_inai ?? null,
        fase,
        ejercicioTabla: ejercicio,
        grupo: {
          id: e.grupo_inai ?? null,
          fuente: e.grupo_inai ? sources.cite(e.fuente_id_grupo_inai) : null,
          cita: e.cita_grupo_inai ?? null
        },
        stlAnterior: earlier("instalacion_stl"),
        stl: pick("instalacion_stl"),
        palAnterior: earlier("publicacion_pal"),
        pal: pick("publicacion_pal"),
        ultimo: null
      };
    });

  // The latest milestone certain on the date (its last possible day has passed): the most advanced by
  // ejercicio, then stage, then date — the same order as `ultimo_hito`, cut at the report's date.
  const latestCertain = new Map<string, CoverageCell>();
  for (const s of states) {
    const certain = (usedByState.get(s.clave_inegi) ?? [])
      .flatMap((c) => {
        const h = c.hito_id ? hitoById.get(c.hito_id) : undefined;
        return h && h.fecha_max <= fecha ? [{c, h}] : [];
      })
      .sort(
        (a, b) =>
          a.h.ejercicio - b.h.ejercicio ||
          (KIND_ORDER.get(a.h.tipo) ?? 0) - (KIND_ORDER.get(b.h.tipo) ?? 0) ||
          a.h.fecha_max.localeCompare(b.h.fecha_max)
      );
    const last = certain.at(-1);
    if (last) latestCertain.set(s.clave_inegi, last.c);
  }
  const groups = GROUPS.map((g) => ({...g, states: states.filter((s) => s.grupo_inai === g.id)}));
  // Resolve the latest milestones in the order the group pages print them, so the numbering follows reading.
  for (const g of groups)
    for (const s of g.states) {
      const c = latestCertain.get(s.clave_inegi);
      s.ultimo = c ? resolve(c) : null;
    }

  return {fecha, national, figures, states, groups, conflicts, sources: sources.list(), year};
}
