/**
 * The process vocabulary as the site's components list it — arrays of `{id, label}` (with `stage` where the
 * process has one), in process order — taken at run time from the library's own declaration
 * (`metrics/model/vocabulary.ts`, through `src/lib`). Nothing is copied or generated: a term added there
 * appears here. New code may import the library's lists directly.
 */
import {
  MGA_SCORES,
  MILESTONE_KINDS,
  NATIONAL_TOTALS,
  PHASES,
  PRECISIONS,
  SEMAFORO_COLOURS,
  SIN_DATO,
  SIN_SEGUIMIENTO,
  STL_SECTORS
} from "../lib/model/vocabulary.js";

/** Kinds of milestone (`hitos.tipo`), in process order, with the stage each puts a state in. */
export const HITO_TIPOS = MILESTONE_KINDS.map(({id, label, stage}) => ({id, label, stage}));

/** Phases, in the order of the schema, then «sin dato» (stage null outside the process). */
export const FASES = [...PHASES.map(({id, label, stage}) => ({id, label, stage})), {...SIN_DATO, stage: null}];

/** Computed semáforo values: the colours, «sin seguimiento», then «sin dato». */
export const SEMAFOROS = [...SEMAFORO_COLOURS, SIN_SEGUIMIENTO, SIN_DATO].map(({id, label}) => ({id, label}));

/** How precisely a date is known. */
export const PRECISIONES = PRECISIONS.map(({id, label}) => ({id, label}));

/** Sectors of a Secretariado Técnico Local. */
export const SECTORES_STL = STL_SECTORS.map(({id, label}) => ({id, label}));

/** What a reported national total counts. */
export const INDICADORES_TOTALES = NATIONAL_TOTALS.map(({id, label}) => ({id, label}));

/** Scores of the Métrica de Gobierno Abierto. */
export const MGA_PUNTAJES = MGA_SCORES.map(({id, label}) => ({id, label}));
