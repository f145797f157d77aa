import {HITO_TIPOS} from "./vocabulary.js";

/**
 * What the printable report (/reporte) shows on one date, picked from the published tables — no phase is
 * computed here: the phase, its certainty and the semáforo come from `fases_mensuales`, the national
 * figures from `panorama_nacional`, the reported totals from `totales_derivados`. This module only selects
 * rows for the date, resolves which milestone row the record uses (`cobertura.hito_id`, which already
 * applies `decisiones`) and numbers the sources so each figure can point to the list at the end.
 */

/** Stage order of each milestone kind (declaratoria first), from the generated vocabulary. */
const KIND_ORDER = new Map(HITO_TIPOS.map((k, i) => [k.id, i]));
const KIND_LABEL = new Map(HITO_TIPOS.map((k) => [k.id, k.label]));

/** The groups of the report, in order: INAI's 2016 groups, then the states in neither. */
export const GROUPS = [
  {id: "G15", title: "Grupo G15 del INAI"},
  {id: "G16", title: "Grupo G16 del INAI"},
  {id: null, title: "Entidades fuera de los grupos G15 y G16"}
];

/** National figures: column of `panorama_nacional` (certain), its "possible" column, the reported indicator. */
export const NATIONAL_FIGURES = [
  {
    key: "estados_participantes",
    possible: "estados_participantes_posibles",
    reported: "estados_participantes",
    label: "Entidades en el proceso (Declaratoria firmada o más adelante)",
    of: 32
  },
  {
    key: "estados_stl",
    possible: "estados_stl_posibles",
    reported: "stl_instalados",
    label: "Entidades con STL instalado",
    of: 32
  },
  {
    key: "pal_publicados",
    possible: "pal_publicados_posibles",
    reported: "pal_publicados",
    label: "Planes de Acción Local publicados"
  },
  {key: "compromisos", possible: null, reported: "compromisos", label: "Compromisos de esos planes"}
];

/** How far, in days, a reported total's cut-off may be from the report's date to count as "near". */
const NEAR_DAYS = 183;

/** Last day of a cut-off written as AAAA, AAAA-MM or AAAA-MM-DD. */
export function cutoffEnd(corte) {
  if (/^\d{4}$/.test(corte)) return `${corte}-12-31`;
  if (/^\d{4}-\d{2}$/.test(corte)) {
    const [y, m] = corte.split("-").map(Number);
    return new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
  }
  return corte;
}

const days = (a, b) => Math.round((Date.parse(`${a}T00:00:00Z`) - Date.parse(`${b}T00:00:00Z`)) / 86_400_000);

/**
 * The reported totals of one indicator nearest the date: those whose cut-off ends closest to it (all of
 * them when several sources give the same cut-off), if that is within about six months.
 */
export function nearReported(totals, indicador, fecha) {
  const rows = totals
    .filter((t) => t.indicador === indicador)
    .map((t) => ({...t, distancia: Math.abs(days(cutoffEnd(t.fecha_corte), fecha))}));
  const best = Math.min(...rows.map((r) => r.distancia));
  if (!Number.isFinite(best) || best > NEAR_DAYS) return [];
  return rows.filter((r) => r.distancia === best);
}

/**
 * Where a milestone's date stands against the report's date: "cierto" (its last possible day has passed),
 * "posible" (it may have happened by then) or "despues" (its first possible day is later).
 */
export function milestoneStatus(hito, fecha) {
  if (hito.fecha_max <= fecha) return "cierto";
  if (hito.fecha_min && hito.fecha_min > fecha) return "despues";
  return "posible";
}

/**
 * Numbers sources in the order the report first cites them: `cite(id)` returns the number, `list()` the
 * cited sources with their number (unknown ids are kept, so a broken reference shows instead of vanishing).
 */
export function sourceNumbering(fuentes) {
  const byId = new Map(fuentes.map((f) => [f.fuente_id, f]));
  const numbers = new Map();
  return {
    cite(id) {
      if (!id) return null;
      if (!numbers.has(id)) numbers.set(id, numbers.size + 1);
      return numbers.get(id);
    },
    list: () => [...numbers].map(([id, n]) => ({n, fuente_id: id, fuente: byId.get(id) ?? null}))
  };
}

/**
 * Everything the report shows on `fecha`, with sources numbered in reading order (national figures,
 * status table, groups).
 *
 * @param {{fecha: string, entidades: any[], fases: any[], panorama: any[], totales: any[], fuentes: any[], hitos: any[], cobertura: any[], decisiones: any[]}} tables
 */
export function reportModel({fecha, entidades, fases, panorama, totales, fuentes, hitos, cobertura, decisiones}) {
  const sources = sourceNumbering(fuentes);
  const hitoById = new Map(hitos.map((h) => [h.hito_id, h]));
  const decisionOf = new Map();
  for (const d of decisiones) for (const id of d.ids_en_conflicto.split(";")) decisionOf.set(id.trim(), d);
  const conflicts = [];

  /** A milestone row the record uses, with its date's standing on the report's date and its source number. */
  const resolve = (cov) => {
    const h = hitoById.get(cov.hito_id);
    if (!h) return null;
    const decision = cov.en_conflicto === true ? decisionOf.get(h.hito_id) : undefined;
    let conflicto = null;
    if (decision) {
      conflicto = conflicts.find((c) => c.decision.decision_id === decision.decision_id);
      if (!conflicto) {
        const rows = decision.ids_en_conflicto
          .split(";")
          .map((id) => hitoById.get(id.trim()))
          .filter(Boolean)
          .map((r) => ({...r, usado: r.hito_id === decision.id_usado, fuente: sources.cite(r.fuente_id)}));
        conflicto = {
          n: conflicts.length + 1,
          decision,
          rows,
          clave_inegi: h.clave_inegi,
          tipo: h.tipo,
          tipo_texto: KIND_LABEL.get(h.tipo) ?? h.tipo,
          ejercicio: h.ejercicio
        };
        conflicts.push(conflicto);
      }
    }
    return {
      ...h,
      tipo_texto: KIND_LABEL.get(h.tipo) ?? h.tipo,
      estado: milestoneStatus(h, fecha),
      fuente: sources.cite(h.fuente_id),
      conflicto
    };
  };

  const national = panorama.find((r) => r.fecha === fecha) ?? null;
  const figures = NATIONAL_FIGURES.map((f) => ({
    ...f,
    value: national ? national[f.key] : null,
    possibleValue: national && f.possible ? national[f.possible] : null,
    reported: nearReported(totales, f.reported, fecha).map((t) => ({...t, fuente: sources.cite(t.fuente_id)}))
  }));

  const usedByState = new Map();
  for (const c of cobertura) {
    if (c.conocido !== true || !c.hito_id) continue;
    if (!usedByState.has(c.clave_inegi)) usedByState.set(c.clave_inegi, []);
    usedByState.get(c.clave_inegi).push(c);
  }
  const phaseOf = new Map(fases.filter((r) => r.fecha === fecha).map((r) => [r.clave_inegi, r]));
  const states = [...entidades]
    .sort((a, b) => a.nombre_corto.localeCompare(b.nombre_corto, "es"))
    .map((e) => {
      const fase = phaseOf.get(e.clave_inegi) ?? null;
      const used = usedByState.get(e.clave_inegi) ?? [];
      const ejercicio = fase?.ejercicio ?? 1;
      const pick = (tipo) => {
        const cov = used.find((c) => c.tipo === tipo && c.ejercicio === ejercicio);
        return cov ? resolve(cov) : null;
      };
      return {
        ...e,
        ...(fase ?? {}),
        nombre_corto: e.nombre_corto,
        tieneFase: fase !== null,
        ejercicioTabla: ejercicio,
        grupo: {
          id: e.grupo_inai ?? null,
          fuente: e.grupo_inai ? sources.cite(e.fuente_id_grupo_inai) : null,
          cita: e.cita_grupo_inai ?? null
        },
        stl: pick("instalacion_stl"),
        pal: pick("publicacion_pal")
      };
    });

  // The latest milestone certain on the date (its last possible day has passed): the most advanced by
  // ejercicio, then stage, then date — the same order as `ultimo_hito`, cut at the report's date.
  for (const s of states) {
    const certain = (usedByState.get(s.clave_inegi) ?? [])
      .map((c) => ({c, h: hitoById.get(c.hito_id)}))
      .filter(({h}) => h && h.fecha_max <= fecha)
      .sort(
        (a, b) =>
          a.h.ejercicio - b.h.ejercicio ||
          KIND_ORDER.get(a.h.tipo) - KIND_ORDER.get(b.h.tipo) ||
          a.h.fecha_max.localeCompare(b.h.fecha_max)
      );
    s.ultimoCobertura = certain.at(-1)?.c ?? null;
  }
  const groups = GROUPS.map((g) => ({...g, states: states.filter((s) => (s.grupo_inai ?? null) === g.id)}));
  // Resolve the latest milestones in the order the group pages print them, so the numbering follows reading.
  for (const g of groups) for (const s of g.states) s.ultimo = s.ultimoCobertura ? resolve(s.ultimoCobertura) : null;

  return {fecha, national, figures, states, groups, conflicts, sources: sources.list()};
}
