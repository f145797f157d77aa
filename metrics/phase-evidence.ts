import {partialDateBounds} from "./model/dates.js";
import type {Registry, Row} from "./model/schema.js";
import {
  comparePositions,
  MILESTONE_ORDER,
  STAGE_OF_MILESTONE,
  STAGE_OF_PHASE,
  type Position
} from "./model/vocabulary.js";
import {memoizeOnTables} from "./memo.js";
import {resolvedByState, resolveMilestones} from "./resolve-milestones.js";

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
  /** `min` and `max` as numbers (AAAAMMDD; -1 for an unknown `min`), for fast comparison. */
  minKey: number;
  maxKey: number;
}

/** A day as the number AAAAMMDD ("2015-03-09" → 20150309), which orders like the day itself. */
export function dayKey(day: string): number {
  // Digit by digit from the character codes (48 is "0"): this runs for every state and month of the panel.
  return (
    (day.charCodeAt(0) - 48) * 10_000_000 +
    (day.charCodeAt(1) - 48) * 1_000_000 +
    (day.charCodeAt(2) - 48) * 100_000 +
    (day.charCodeAt(3) - 48) * 10_000 +
    (day.charCodeAt(5) - 48) * 1_000 +
    (day.charCodeAt(6) - 48) * 100 +
    (day.charCodeAt(8) - 48) * 10 +
    (day.charCodeAt(9) - 48)
  );
}

/**
 * The evidence the phase engine uses, per state.
 *
 * Milestones: the ones the project uses ({@link resolveMilestones}), each placing the state at
 * (ejercicio, stage of its kind) within its date interval, its lower end raised by the process order
 * ({@link earliestPossible}). Reported statuses (when `withStatuses`): a
 * status with a normalised phase, reported at `fecha_corte`, shows the state had reached that phase by the
 * last day of the cut, with no lower bound; its ejercicio is the highest one of which the state has a
 * milestone certainly done by then (1 when none) — a status line names no ejercicio. A status adds nothing
 * where a milestone already places the state at the same ejercicio and stage (the milestone's dates are
 * better), so it is skipped. Statuses are left out when computing the phase to compare with those same
 * statuses (it would be circular). Computed once per registry ({@link memoizeOnTables}): read-only.
 */
export function phaseEvidence(
  registry: Pick<Registry, "hitos" | "decisiones" | "estatus_reportados">,
  {withStatuses}: {withStatuses: boolean}
): Map<string, PhaseEvidence[]> {
  return withStatuses ? evidenceWithStatuses(registry) : evidenceFromMilestones(registry);
}

type EvidenceInputs = Pick<Registry, "hitos" | "decisiones" | "estatus_reportados">;
const evidenceFromMilestones = memoizeOnTables(
  (r: EvidenceInputs) => [r.hitos, r.decisiones],
  (r) => {
    const byState = milestoneItems(r);
    for (const items of byState.values()) raiseByEarlierPositions(items);
    return byState;
  }
);
const evidenceWithStatuses = memoizeOnTables(
  (r: EvidenceInputs) => [r.hitos, r.decisiones, r.estatus_reportados],
  withStatuses
);

/** For each kind, the kinds that the process puts before it within an ejercicio ({@link MILESTONE_ORDER}). */
const PREDECESSORS = new Map<string, string[]>();
for (const [before, after] of MILESTONE_ORDER) {
  const list = PREDECESSORS.get(after) ?? [];
  if (!list.includes(before)) list.push(before);
  PREDECESSORS.set(after, list);
}

/**
 * The first day a milestone can have happened, given the others of its state: no earlier than its own
 * `fecha_min`, than the `fecha_min` of every kind the process puts before it in the same ejercicio
 * ({@link MILESTONE_ORDER}, transitive, so one pass suffices), nor than the same kind in an earlier
 * ejercicio. A PAL known only "a más tardar 2022" of a third ejercicio whose Declaratoria was signed on
 * 15 December 2020 cannot have happened in 2016. Null when nothing bounds it.
 */
function earliestPossible(h: Row<"hitos">, floors: FirstDays): string | null {
  let min = h.fecha_min;
  const sameEjercicio = floors[h.ejercicio];
  if (sameEjercicio)
    for (const before of PREDECESSORS.get(h.tipo) ?? []) {
      const day = sameEjercicio.get(before);
      if (day !== undefined && (min === null || day > min)) min = day;
    }
  for (let ejercicio = 1; ejercicio < h.ejercicio && ejercicio < floors.length; ejercicio++) {
    const day = floors[ejercicio]?.get(h.tipo);
    if (day !== undefined && (min === null || day > min)) min = day;
  }
  return min;
}

/**
 * A state's used milestones' known first days (`fecha_min`), by ejercicio (the array's index) and kind —
 * one milestone each ({@link resolveMilestones}) — so that {@link earliestPossible} reads the few it needs,
 * not every milestone.
 */
type FirstDays = (Map<string, string> | undefined)[];

function firstDays(milestones: readonly Row<"hitos">[]): FirstDays {
  const floors: FirstDays = [];
  for (const o of milestones) {
    if (o.fecha_min === null) continue;
    const kinds = floors[o.ejercicio] ?? new Map<string, string>();
    kinds.set(o.tipo, o.fecha_min);
    floors[o.ejercicio] = kinds;
  }
  return floors;
}

/**
 * The milestones' evidence before {@link raiseByEarlierPositions}: each used milestone of a state at
 * (ejercicio, stage of its kind), its lower end raised by {@link earliestPossible}.
 */
function milestoneItems(registry: Pick<Registry, "hitos" | "decisiones">): Map<string, PhaseEvidence[]> {
  const byState = new Map<string, PhaseEvidence[]>();
  for (const [clave, resolved] of resolvedByState(registry)) {
    const milestones = resolved.map((m) => m.hito);
    const floors = firstDays(milestones);
    byState.set(
      clave,
      milestones.map((h) =>
        item(clave, h.ejercicio, STAGE_OF_MILESTONE[h.tipo], earliestPossible(h, floors), h.fecha_max, h.hito_id)
      )
    );
  }
  return byState;
}

function item(
  clave_inegi: string,
  ejercicio: number,
  stage: number,
  min: string | null,
  max: string,
  origen: string
): PhaseEvidence {
  return {
    clave_inegi,
    ejercicio,
    stage,
    min,
    max,
    origen,
    minKey: min === null ? -1 : dayKey(min),
    maxKey: dayKey(max)
  };
}

/**
 * The milestones' evidence ({@link evidenceFromMilestones}, shared, read-only) with the reported statuses
 * added to each state's list. A status has no lower bound, so it never raises another item (it sets no
 * floor in {@link raiseByEarlierPositions}): the milestone items, already raised, stay as they are, and
 * only the lists that receive a status are raised again, for the statuses' sake.
 */
function withStatuses(registry: EvidenceInputs): Map<string, PhaseEvidence[]> {
  const milestones = evidenceFromMilestones(registry);
  const byState = new Map([...milestones].map(([k, v]) => [k, [...v]]));
  const withStatus = new Set<PhaseEvidence[]>();
  for (const s of registry.estatus_reportados) {
    const stage = s.fase_normalizada ? STAGE_OF_PHASE[s.fase_normalizada as keyof typeof STAGE_OF_PHASE] : undefined;
    if (stage === undefined) continue;
    const max = partialDateBounds(s.fecha_corte).max;
    const own = milestones.get(s.clave_inegi) ?? [];
    const ejercicio = Math.max(1, ...own.filter((m) => m.max <= max).map((m) => m.ejercicio));
    if (own.some((m) => m.ejercicio === ejercicio && m.stage === stage)) continue;
    const e = item(s.clave_inegi, ejercicio, stage, null, max, `estatus:${s.fuente_id}:${s.fecha_corte}`);
    let list = byState.get(e.clave_inegi);
    if (!list) {
      list = [];
      byState.set(e.clave_inegi, list);
    }
    list.push(e);
    withStatus.add(list);
  }
  for (const items of withStatus) raiseByEarlierPositions(items);
  return byState;
}

/**
 * A position cannot have been reached before every position the process puts before it — in the same
 * ejercicio and in the earlier ones — could have been: each item's first possible day is raised to the
 * latest first possible day of the items at earlier positions (ejercicio, then stage), capped at its own
 * last possible day. So a status "cierre de ciclo" reported with no lower bound is not possible before its
 * state's Declaratoria, and a second ejercicio's milestone known only "a más tardar 2023" is not possible
 * before the first ejercicio's steps. Sorting by position makes one pass transitive. Mutates `items`; an item
 * already raised is left as it is (its first possible day is never below the floor again).
 */
function raiseByEarlierPositions(items: PhaseEvidence[]): void {
  const sorted = [...items].sort(comparePositions);
  let floor: PhaseEvidence | null = null;
  let start = 0;
  while (start < sorted.length) {
    let end = start;
    while (end < sorted.length && comparePositions(sorted[end], sorted[start]) === 0) end++;
    let groupFloor: PhaseEvidence | null = floor;
    for (let k = start; k < end; k++) {
      const e = sorted[k];
      if (floor !== null && e.minKey < floor.minKey) {
        const raised = floor.minKey <= e.maxKey;
        e.min = raised ? floor.min : e.max;
        e.minKey = raised ? floor.minKey : e.maxKey;
      }
      if (e.min !== null && (groupFloor === null || e.minKey > groupFloor.minKey)) groupFloor = e;
    }
    floor = groupFloor;
    start = end;
  }
}
