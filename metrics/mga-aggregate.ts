import {compareEs} from "./collation.js";
import type {Registry, Row, RowOf} from "./model/schema.js";
import {MGA_PUNTAJES, type MgaPuntaje} from "./model/vocabulary.js";
import {groupBy} from "./group-by.js";
import {memoizeOnTables} from "./memo.js";
import {mean} from "./mean.js";
import {rankDescending} from "./rank.js";
import {clave, derivedTable, int, MGA_DECIMALS, num, oneOf, text} from "./table-def.js";

type Scores = Record<MgaPuntaje, number | null>;

/** The seven score columns and the T − P gap, averaged over `what`. */
const scoreColumns = (what: string) =>
  [
    num("ga", `Índice de Gobierno Abierto (promedio de ${what}).`, MGA_DECIMALS),
    num("t", "Subíndice de Transparencia.", MGA_DECIMALS),
    num("p", "Subíndice de Participación.", MGA_DECIMALS),
    num("tg", "Transparencia, perspectiva gubernamental.", MGA_DECIMALS),
    num("tc", "Transparencia, perspectiva ciudadana.", MGA_DECIMALS),
    num("pg", "Participación, perspectiva gubernamental.", MGA_DECIMALS),
    num("pc", "Participación, perspectiva ciudadana.", MGA_DECIMALS),
    num("brecha_t_p", "t − p: cuánto adelanta la transparencia a la participación.", MGA_DECIMALS)
  ] as const;

/** The column of the Métrica's derived tables that warns of an edition imported from a partial file. */
const MGA_NOTE_DESCRIPTION =
  "Advertencia sobre la edición: dice si se importó de un archivo parcial (`mga_importaciones.parcial`), con cuántos sujetos obligados de cuántos publicados; vacía si la edición está completa.";

/** Columns of `mga_estatal`. */
const STATE_COLUMNS = [
  int("edicion", "Edición de la Métrica."),
  oneOf("ambito", ["estatal", "federal", "nacional"], "estatal, federal o nacional."),
  clave("Clave INEGI de la entidad; vacía para los ámbitos federal y nacional.", false),
  text("nombre", "Entidad, «Federación» o «Nacional».", true),
  int("sujetos", "Sujetos obligados promediados."),
  ...scoreColumns("los sujetos obligados"),
  int("posicion", "Lugar por IGA entre las entidades (1 = más abierta; empates comparten lugar).", false),
  num("diferencia_nacional", "ga − ga nacional de la misma edición.", MGA_DECIMALS),
  text("nota", MGA_NOTE_DESCRIPTION)
] as const;

/** Columns of `mga_por_tipo`. */
const GROUP_COLUMNS = [
  int("edicion", "Edición de la Métrica."),
  oneOf("agrupacion", ["nivel", "tipo"], "nivel (federal, estatal, municipal) o tipo de sujeto obligado."),
  text("grupo", "El nivel o el tipo.", true),
  clave("Clave INEGI; vacía para todo el país.", false),
  int("sujetos", "Sujetos obligados del grupo."),
  ...scoreColumns("los sujetos obligados del grupo"),
  text("nota", MGA_NOTE_DESCRIPTION)
] as const;

/** The seven Métrica scores of a group of sujetos obligados: the plain mean of each. */
export function meanScores(sujetos: readonly Row<"mga_sujetos">[]): Scores {
  const scores = {} as Scores;
  for (const k of MGA_PUNTAJES) scores[k] = mean(sujetos, (s) => s[k]);
  return scores;
}

/**
 * A note for each edition imported from a partial file (`mga_importaciones.parcial`): how many sujetos
 * obligados it holds against the published national count, when known. Every row of that edition in the
 * Métrica's derived tables carries it, so that a partial edition is never read as the published one.
 */
export function partialEditionNotes(
  registry: Pick<Registry, "mga_importaciones" | "mga_reportados">
): Map<number, string> {
  const notes = new Map<number, string>();
  for (const m of registry.mga_importaciones) {
    if (!m.parcial) continue;
    const published = registry.mga_reportados
      .filter((r) => r.edicion === m.edicion && r.ambito === "nacional" && r.indicador === "sujetos_obligados")
      .map((r) => r.valor);
    const of =
      published.length > 0 ? ` de ${Math.min(...published)} publicados` : " (no se sabe cuántos se publicaron)";
    notes.set(
      m.edicion,
      `Edición ${m.edicion} importada de un archivo parcial: ${m.filas} sujetos obligados${of}; los promedios no son los de la Métrica publicada.`
    );
  }
  return notes;
}

type MgaRegistry = Pick<Registry, "mga_sujetos" | "entidades"> &
  Partial<Pick<Registry, "mga_importaciones" | "mga_reportados">>;

function notesOf(registry: MgaRegistry): Map<number, string> {
  return partialEditionNotes({
    mga_importaciones: registry.mga_importaciones ?? [],
    mga_reportados: registry.mga_reportados ?? []
  });
}

/**
 * One row of `mga_estatal`: a state, the federal level or the whole country in one edition, with its mean
 * scores, `brecha_t_p` = t − p (how far transparency runs ahead of participation), `posicion` by IGA among
 * the 32 states (1 = most open; ties share a place; null for other rows) and `diferencia_nacional` = ga −
 * the national ga of the same edition.
 */
export type MgaStateRow = RowOf<typeof STATE_COLUMNS>;

/**
 * Métrica de Gobierno Abierto by state, for every edition in `mga_sujetos`.
 *
 * Method (as the published state results are computed — CIDE–INAI, MGA 2017; checked in
 * `data/archivo/mga2017/README.md`): each state's score is the plain, unweighted mean of its sujetos
 * obligados, for each of IGA, T, P, TG, TC, PG, PC; the federal row averages the federal sujetos
 * obligados; the national row averages all of them (2017: 0.3887 → published 0.39). IGA = (T+P)/2,
 * T = (TG+TC)/2, P = (PG+PC)/2 hold for the means as they do for each subject. Ranking: by IGA among the
 * states, descending, ties at 4 decimals share a place ({@link rankDescending}). A state with no subjects
 * in an edition is left out of that edition.
 * Computed once per registry ({@link memoizeOnTables}; `mga_ediciones` reads it too): read-only.
 */
export const mgaByState = memoizeOnTables(
  (r: MgaRegistry) => [r.mga_sujetos, r.entidades, r.mga_importaciones ?? NONE, r.mga_reportados ?? NONE],
  stateRows
);

/** The table given for an absent optional table, so that the cache has an object to key on. */
const NONE: readonly never[] = [];

function stateRows(registry: MgaRegistry): MgaStateRow[] {
  const rows: MgaStateRow[] = [];
  const notes = notesOf(registry);
  for (const edicion of [...new Set(registry.mga_sujetos.map((s) => s.edicion))].sort()) {
    const all = registry.mga_sujetos.filter((s) => s.edicion === edicion);
    const byState = groupBy(all, (s) => s.clave_inegi);
    const national = meanScores(all);
    const row = (
      ambito: MgaStateRow["ambito"],
      clave: string | null,
      nombre: string,
      group: Row<"mga_sujetos">[]
    ): MgaStateRow => {
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
      .map((e) => row("estatal", e.clave_inegi, e.nombre_corto, byState.get(e.clave_inegi) ?? []))
      .filter((r) => r.sujetos > 0);
    for (const [k, p] of rankDescending(states.map((r) => r.ga)).entries()) states[k].posicion = p;
    rows.push(...states);
    const federal = all.filter((s) => s.nivel === "federal");
    if (federal.length > 0) rows.push(row("federal", null, "Federación", federal));
    rows.push(row("nacional", null, "Nacional", all));
  }
  return rows;
}

/**
 * One row of `mga_por_tipo`: `agrupacion` "nivel" (federal, estatal, municipal) or "tipo" (Ejecutivo
 * estatal, Municipio, Partido…), the group, the state of its subjects (null for the whole country), their
 * number and mean scores.
 */
export type MgaGroupRow = RowOf<typeof GROUP_COLUMNS>;

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
      const groups = [...new Set(all.map(keyOf))].sort(compareEs);
      const byState = groupBy(all, (s) => s.clave_inegi);
      for (const clave of [null, ...registry.entidades.map((e) => e.clave_inegi)]) {
        // Each sujeto keeps its order in the table within its group (the means add in that order).
        const byGroup = groupBy(clave === null ? all : (byState.get(clave) ?? []), keyOf);
        for (const grupo of groups) {
          const members = byGroup.get(grupo);
          if (!members) continue;
          const scores = meanScores(members);
          rows.push({
            edicion,
            agrupacion,
            grupo,
            clave_inegi: clave,
            sujetos: members.length,
            ...scores,
            brecha_t_p: scores.t === null || scores.p === null ? null : scores.t - scores.p,
            nota: notes.get(edicion) ?? null
          });
        }
      }
    }
  }
  return rows;
}

/** The published table `mga_estatal`. */
export const MGA_ESTATAL = derivedTable({
  name: "mga_estatal",
  description:
    "Métrica de Gobierno Abierto por entidad (promedio simple de sus sujetos obligados), con el ámbito federal y el nacional, posición, brecha T − P y diferencia con el valor nacional.",
  columns: STATE_COLUMNS,
  compute: mgaByState,
  metrics: [
    {
      id: "mga_estatal",
      nombre: "Métrica de Gobierno Abierto por entidad",
      unidad: "puntaje 0–1",
      descripcion:
        "IGA, transparencia, participación y sus perspectivas por entidad, el ámbito federal y el nacional; posición por IGA, brecha T − P y diferencia con el valor nacional.",
      formula:
        "Promedio simple de los sujetos obligados de cada entidad (y de los federales; el nacional promedia todos). IGA = (T + P)/2; T = (TG + TC)/2; P = (PG + PC)/2. Posición: por IGA descendente entre las 32 entidades, empates a 4 decimales comparten lugar. Brecha = T − P.",
      fuente:
        "CIDE–INAI, Métrica de Gobierno Abierto 2017; los resultados estatales publicados son el promedio simple de los sujetos obligados (comprobado con los microdatos: el promedio nacional 0.3887 se publicó como 0.39).",
      funcion: "mgaByState"
    }
  ]
});

/** The published table `mga_por_tipo`. */
export const MGA_POR_TIPO = derivedTable({
  name: "mga_por_tipo",
  description:
    "Métrica de Gobierno Abierto por nivel de gobierno y por tipo de sujeto obligado, en el país (clave vacía) y en cada entidad.",
  columns: GROUP_COLUMNS,
  compute: mgaByGroup,
  metrics: [
    {
      id: "mga_por_tipo",
      nombre: "Métrica de Gobierno Abierto por nivel y tipo de sujeto obligado",
      unidad: "puntaje 0–1",
      descripcion:
        "Los siete puntajes por nivel de gobierno (federal, estatal, municipal) y por tipo de sujeto obligado, en el país y en cada entidad.",
      formula: "Promedio simple de los sujetos obligados de cada grupo; brecha = T − P.",
      fuente: "CIDE–INAI, Métrica de Gobierno Abierto 2017.",
      funcion: "mgaByGroup"
    }
  ]
});
