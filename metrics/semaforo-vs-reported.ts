import {partialDateBounds} from "./model/dates.js";
import {SCHEMA, type Registry, type RowOf} from "./model/schema.js";
import {
  AGREEMENT_KINDS,
  AGREEMENTS,
  type Agreement,
  COMPUTED_SEMAFOROS,
  listEs,
  PHASES,
  PHASES_O_SIN_DATO,
  PHASE_LABELS,
  STAGE_OF_PHASE,
  type FaseOSinDato
} from "./model/vocabulary.js";
import {phaseEvidence} from "./phase-evidence.js";
import {phaseOnDate} from "./phase-on-date.js";
import {recordEnd} from "./record-end.js";
import {semaforo, seguimiento} from "./semaforo.js";
import {clave, coded, day, derivedTable, text} from "./table-def.js";

/** How a computed phase compares with the one a source reported. */
export {AGREEMENTS, type Agreement} from "./model/vocabulary.js";

/** Columns of `semaforo_vs_reportado`. */
const COLUMNS = [
  clave(),
  text("nombre_corto", "Nombre de la entidad.", true),
  {...SCHEMA.estatus_reportados.columns[1]},
  text("fuente_id", "Fuente del estatus reportado.", true),
  text("fase_reportada", "La fase con las palabras de la fuente.", true),
  coded("fase_reportada_normalizada", PHASES, "La fase reportada en el vocabulario del proyecto.", false),
  text("semaforo_reportado", "El color que reportó la fuente; vacío si no se puede leer."),
  day("fecha_calculo", "Fecha del cálculo: último día del corte."),
  coded("fase_calculada", PHASES_O_SIN_DATO, "Fase segura según los hitos (sin estatus)."),
  coded("fase_calculada_posible", PHASES_O_SIN_DATO, "Fase más avanzada posible según los hitos."),
  coded("semaforo_calculado", COMPUTED_SEMAFOROS, "Semáforo calculado en esa fecha."),
  coded("acuerdo", AGREEMENT_KINDS, `${listEs(AGREEMENTS, "o")}.`),
  text("explicacion", "Qué evidencia explica el acuerdo o el desacuerdo.", true)
] as const;

/** One row of `semaforo_vs_reportado`. */
export type ReportedComparison = RowOf<typeof COLUMNS>;

const stageOf = (f: FaseOSinDato): number | null =>
  f === "sin_dato" || f === "no_participa" ? null : (STAGE_OF_PHASE[f] ?? null);

/**
 * Every phase a source reported (estatus_reportados: the 2016 G15/G16 tables, the 2017–2018 state pages…)
 * beside the phase the registry's milestones give for the same date.
 *
 * Method: the phase is computed from milestones only (statuses left out: comparing a status with itself
 * would be circular) on the last day of the cut (`fecha_corte` "2016" → 2016-12-31), so every milestone
 * the report could have known counts. Agreement: "coincide" when the reported phase is the phase the
 * milestones certainly place the state in; "compatible" when it lies between that and the furthest phase
 * the interval dates allow; "registro_detras" when the report places the state further than the
 * milestones can (the registry lacks a dated milestone); "registro_delante" when the milestones place it
 * further (the report predates the cut's last day or lags behind its own date); "sin_fase_reportada"
 * when the reported words map to no phase. Phases are compared within the ejercicio the milestones give,
 * by stage. `explicacion` says, in Spanish, which evidence makes the difference.
 */
export function compareWithReported(
  registry: Pick<Registry, "entidades" | "hitos" | "decisiones" | "estatus_reportados" | "fuentes">
): ReportedComparison[] {
  const evidence = phaseEvidence(registry, {withStatuses: false});
  const ends = recordEnd(registry);
  const entities = new Map(registry.entidades.map((e) => [e.clave_inegi, e]));
  return registry.estatus_reportados.map((s) => {
    const e = entities.get(s.clave_inegi)!;
    const fecha = partialDateBounds(s.fecha_corte).max;
    const items = evidence.get(s.clave_inegi) ?? [];
    const p = phaseOnDate(items, fecha, e.participa);
    const reported = s.fase_normalizada;
    const r = reported ? stageOf(reported) : null;
    const certain = stageOf(p.fase);
    const possible = stageOf(p.fase_posible);
    let acuerdo: Agreement;
    let explicacion: string;
    if (!reported) {
      acuerdo = "sin_fase_reportada";
      explicacion = `Las palabras de la fuente («${s.fase}») no corresponden a ninguna fase del proyecto.`;
    } else if (reported === p.fase) {
      acuerdo = "coincide";
      explicacion = `Los hitos del registro sitúan a la entidad en ${PHASE_LABELS[p.fase]} al ${fecha}, como la fuente.`;
    } else if (
      r !== null &&
      (certain ?? 0) <= r &&
      possible !== null &&
      r <= possible &&
      (p.ejercicio_posible ?? 1) >= (p.ejercicio ?? 1)
    ) {
      acuerdo = "compatible";
      explicacion = `Con certeza, el registro sólo llega a ${PHASE_LABELS[p.fase]}; sus fechas («a más tardar» o intervalos) permiten que al ${fecha} ya estuviera en ${PHASE_LABELS[reported]}, como dice la fuente.`;
    } else if (certain === null || (r !== null && certain < r && (p.ejercicio ?? 1) <= 1)) {
      acuerdo = "registro_detras";
      explicacion =
        certain === null
          ? `Ningún hito del registro es seguro antes del ${fecha}; la fuente reporta ${PHASE_LABELS[reported]}: falta en el registro un hito fechado que lo respalde.`
          : `El registro llega con certeza sólo a ${PHASE_LABELS[p.fase]} (desde ${p.desde}); la fuente reporta ${PHASE_LABELS[reported]}: falta en el registro el hito fechado de esa fase.`;
    } else {
      acuerdo = "registro_delante";
      explicacion = `Los hitos del registro sitúan a la entidad en ${PHASE_LABELS[p.fase]}${p.ejercicio && p.ejercicio > 1 ? ` del ejercicio ${p.ejercicio}` : ""} (desde ${p.desde}), más adelante que ${PHASE_LABELS[reported]}: la fuente describe un momento anterior al último día del corte (${fecha}) o no estaba al día.`;
    }
    return {
      clave_inegi: s.clave_inegi,
      nombre_corto: e.nombre_corto,
      fecha_corte: s.fecha_corte,
      fuente_id: s.fuente_id,
      fase_reportada: s.fase,
      fase_reportada_normalizada: reported,
      semaforo_reportado: s.semaforo,
      fecha_calculo: fecha,
      fase_calculada: p.fase,
      fase_calculada_posible: p.fase_posible,
      semaforo_calculado: semaforo(p.fase, p.meses_en_fase, seguimiento(p, ends.get(s.clave_inegi) ?? null)),
      acuerdo,
      explicacion
    };
  });
}

/** The published table `semaforo_vs_reportado`. */
export const SEMAFORO_VS_REPORTADO = derivedTable({
  name: "semaforo_vs_reportado",
  description:
    "Cada fase que una fuente reportó, junto a la fase y el semáforo que dan los hitos del registro en esa fecha, con el acuerdo y su explicación.",
  columns: COLUMNS,
  compute: compareWithReported,
  metrics: [
    {
      id: "semaforo_vs_reportado",
      nombre: "Fase calculada frente a la reportada",
      unidad: "acuerdo",
      descripcion:
        "Cada fase que una fuente reportó junto a la que dan los hitos del registro en esa fecha, con el acuerdo y su explicación.",
      formula:
        "Fase calculada sólo con hitos (sin estatus) al último día del corte. coincide = misma fase; compatible = la reportada cabe entre la segura y la posible; registro_detras = la fuente va más adelante; registro_delante = el registro va más adelante; sin_fase_reportada = las palabras de la fuente no corresponden a una fase.",
      fuente: "Tablas G15/G16 del INAI (semilla 002) y líneas de estatus de las páginas estatales (2017–2018).",
      funcion: "compareWithReported"
    }
  ]
});
