import {MGA_PUNTAJES, type Registry, type Row} from "./model/schema.js";
import {mean} from "./mean.js";
import {rankDescending} from "./rank.js";

type Puntaje = (typeof MGA_PUNTAJES)[number];
type Scores = Record<Puntaje, number | null>;

/** The seven Métrica scores of a group of sujetos obligados: the plain mean of each. */
export function meanScores(sujetos: readonly Row<"mga_sujetos">[]): Scores {
  return Object.fromEntries(MGA_PUNTAJES.map((k) => [k, mean(sujetos.map((s) => s[k]))])) as Scores;
}

/**
 * A note for each edition imported from a partial file (`mga_importaciones.parcial`): how many sujetos
 * obligados it holds against the published national count, when known. Every row of that edition in the
 * Métrica's derived tables carries it, so that a partial edition is never read as the published one.
 */
export function partialEditionNotes(registry: Pick<Registry, "mga_importaciones" | "mga_reportados">): Map<number, string> {
  const notes = new Map<number, string>();
  for (const m of registry.mga_importaciones) {
    if (!m.parcial) continue;
    const published = registry.mga_reportados
      .filter((r) => r.edicion === m.edicion && r.ambito === "nacional" && r.indicador === "sujetos_obligados")
      .map((r) => r.valor);
    const of = published.length > 0 ? ` de ${Math.min(...published)} publicados` : " (no se sabe cuántos se publicaron)";
    notes.set(m.edicion, `Edición ${m.edicion} importada de un archivo parcial: ${m.filas} sujetos obligados${of}; los promedios no son los de la Métrica publicada.`);
  }
  return notes;
}

type MgaRegistry = Pick<Registry, "mga_sujetos" | "entidades"> & Partial<Pick<Registry, "mga_importaciones" | "mga_reportados">>;

function notesOf(registry: MgaRegistry): Map<number, string> {
  return partialEditionNotes({mga_importaciones: registry.mga_importaciones ?? [], mga_reportados: registry.mga_reportados ?? []});
}

/** One row of `mga_estatal`. */
export interface MgaStateRow extends Scores {
  edicion: number;
  ambito: "estatal" | "federal" | "nacional";
  clave_inegi: string | null;
  nombre: string;
  sujetos: number;
  /** t − p: how far transparency runs ahead of participation. */
  brecha_t_p: number | null;
  /** Position by IGA among the 32 states (1 = most open; ties share a place); null for other rows. */
  posicion: number | null;
  /** ga − the national ga of the same edition. */
  diferencia_nacional: number | null;
  /** Set when the edition was imported from a partial file ({@link partialEditionNotes}); null otherwise. */
  nota: string | null;
}

/**
 * Métrica de Gobierno Abierto by state, for every edition in `mga_sujetos`.
 *
 * Method (as the published state results are computed — CIDE–INAI, MGA 2017; checked in
 * `shared/data/mga2017/README.md`): each state's score is the plain, unweighted mean of its sujetos
 * obligados, for each of IGA, T, P, TG, TC, PG, PC; the federal row averages the federal sujetos
 * obligados; the national row averages all of them (2017: 0.3887 → published 0.39). IGA = (T+P)/2,
 * T = (TG+TC)/2, P = (PG+PC)/2 hold for the means as they do for each subject. Ranking: by IGA among the
 * states, descending, ties at 4 decimals share a place ({@link rankDescending}). A state with no subjects
 * in an edition is left out of that edition.
 */
export function mgaByState(registry: MgaRegistry): MgaStateRow[] {
  const rows: MgaStateRow[] = [];
  const notes = notesOf(registry);
  for (const edicion of [...new Set(registry.mga_sujetos.map((s) => s.edicion))].sort()) {
    const all = registry.mga_sujetos.filter((s) => s.edicion === edicion);
    const national = meanScores(all);
    const row = (ambito: MgaStateRow["ambito"], clave: string | null, nombre: string, group: Row<"mga_sujetos">[]): MgaStateRow => {
      const scores = meanScores(group);
      return {
        edicion,
        ambito,
        clave_inegi: clave,
        nombre,
        sujetos: group.length,
        ...scores,
        brecha_t_p: scores.t === null || scores.p === null ? null : scores.t - scores.p,
        posicion: null,
        diferencia_nacional: scores.ga === null || national.ga === null ? null : scores.ga - national.ga,
        nota: notes.get(edicion) ?? null
      };
    };
    const states = registry.entidades
      .map((e) => row("estatal", e.clave_inegi, e.nombre_corto, all.filter((s) => s.clave_inegi === e.clave_inegi)))
      .filter((r) => r.sujetos > 0);
    rankDescending(states.map((r) => r.ga)).forEach((p, k) => (states[k].posicion = p));
    rows.push(...states);
    const federal = all.filter((s) => s.nivel === "federal");
    if (federal.length > 0) rows.push(row("federal", null, "Federación", federal));
    rows.push(row("nacional", null, "Nacional", all));
  }
  return rows;
}

/** One row of `mga_por_tipo`. */
export interface MgaGroupRow extends Scores {
  edicion: number;
  /** "nivel" (federal, estatal, municipal) or "tipo" (Ejecutivo estatal, Municipio, Partido…). */
  agrupacion: "nivel" | "tipo";
  grupo: string;
  /** Empty for the whole country; otherwise the state of the subjects. */
  clave_inegi: string | null;
  sujetos: number;
  brecha_t_p: number | null;
  /** Set when the edition was imported from a partial file ({@link partialEditionNotes}); null otherwise. */
  nota: string | null;
}

/**
 * Métrica de Gobierno Abierto by level of government and by type of sujeto obligado, nationally and
 * within each state: the plain mean of the subjects in each group (same method as {@link mgaByState}).
 * Only groups with at least one subject appear.
 */
export function mgaByGroup(registry: MgaRegistry): MgaGroupRow[] {
  const rows: MgaGroupRow[] = [];
  const notes = notesOf(registry);
  for (const edicion of [...new Set(registry.mga_sujetos.map((s) => s.edicion))].sort()) {
    const all = registry.mga_sujetos.filter((s) => s.edicion === edicion);
    for (const agrupacion of ["nivel", "tipo"] as const) {
      const keyOf = (s: Row<"mga_sujetos">) => (agrupacion === "nivel" ? s.nivel : s.tipo);
      const groups = [...new Set(all.map(keyOf))].sort((a, b) => a.localeCompare(b, "es"));
      for (const clave of [null, ...registry.entidades.map((e) => e.clave_inegi)]) {
        const scope = clave === null ? all : all.filter((s) => s.clave_inegi === clave);
        for (const grupo of groups) {
          const members = scope.filter((s) => keyOf(s) === grupo);
          if (members.length === 0) continue;
          const scores = meanScores(members);
          rows.push({edicion, agrupacion, grupo, clave_inegi: clave, sujetos: members.length, ...scores, brecha_t_p: scores.t === null || scores.p === null ? null : scores.t - scores.p, nota: notes.get(edicion) ?? null});
        }
      }
    }
  }
  return rows;
}
