import {partialDateBounds} from "../loaders/dates.js";
import type {HitoTipo, Registry} from "../loaders/schema.js";
import {STAGE_OF_MILESTONE, STAGE_OF_PHASE, type Position} from "./phase-stages.js";
import {resolveMilestones} from "./resolve-milestones.js";

/**
 * One piece of evidence that a state reached a position in the process: it happened no earlier than
 * `min` (null = unknown) and no later than `max`.
 */
export interface PhaseEvidence extends Position {
  clave_inegi: string;
  min: string | null;
  max: string;
  /** What the evidence is: a `hito_id`, or "estatus:<fuente_id>:<fecha_corte>". */
  origen: string;
}

/**
 * The evidence the phase engine uses, per state.
 *
 * Milestones: the ones the project uses ({@link resolveMilestones}), each placing the state at
 * (ejercicio, stage of its kind) within its date interval. Reported statuses (when `withStatuses`): a
 * status with a normalised phase, reported at `fecha_corte`, shows the state had reached that phase by the
 * last day of the cut, with no lower bound; its ejercicio is the highest one of which the state has a
 * milestone that may have happened by then (1 when none) — a status line names no ejercicio. Statuses are
 * left out when computing the phase to compare with those same statuses (it would be circular).
 */
export function phaseEvidence(registry: Pick<Registry, "hitos" | "decisiones" | "estatus_reportados">, {withStatuses}: {withStatuses: boolean}): Map<string, PhaseEvidence[]> {
  const byState = new Map<string, PhaseEvidence[]>();
  const add = (e: PhaseEvidence) => {
    const list = byState.get(e.clave_inegi);
    if (list) list.push(e);
    else byState.set(e.clave_inegi, [e]);
  };
  for (const {hito: h} of resolveMilestones(registry)) {
    add({clave_inegi: h.clave_inegi, ejercicio: h.ejercicio, stage: STAGE_OF_MILESTONE[h.tipo as HitoTipo], min: h.fecha_min, max: h.fecha_max, origen: h.hito_id});
  }
  if (withStatuses) {
    const milestones = new Map([...byState].map(([k, v]) => [k, [...v]]));
    for (const s of registry.estatus_reportados) {
      const stage = s.fase_normalizada ? STAGE_OF_PHASE[s.fase_normalizada as keyof typeof STAGE_OF_PHASE] : undefined;
      if (stage === undefined) continue;
      const max = partialDateBounds(s.fecha_corte).max;
      const ejercicio = Math.max(1, ...(milestones.get(s.clave_inegi) ?? []).filter((m) => m.min === null || m.min <= max).map((m) => m.ejercicio));
      add({clave_inegi: s.clave_inegi, ejercicio, stage, min: null, max, origen: `estatus:${s.fuente_id}:${s.fecha_corte}`});
    }
  }
  return byState;
}

export type {Position};
