import type {ProcessPhase} from "./model/vocabulary.js";

/**
 * How long a state may stay in each phase before its semáforo turns amarillo and then rojo, in months
 * (the time counted is `meses_en_fase`: calendar months since the month in which the state had certainly
 * entered the phase). All thresholds live here, each with its reason (in Spanish: it is published in the metric
 * catalogue). The observed durations quoted are those of the registry (agentes-v2 state pages, in data/hitos.csv).
 */
export const SEMAFORO_THRESHOLDS: Readonly<Record<ProcessPhase, SemaforoThreshold>> = {
  sensibilizacion: {
    amarillo: 6,
    rojo: 12,
    razon:
      'El INAI diseñó los ejercicios locales "en dos etapas semestrales" (modelo del SNT de 18 de marzo de 2016): seis meses de sensibilización antes de instalar el STL es el ritmo previsto; un año sin avanzar, un ejercicio detenido.'
  },
  declaratoria_firmada: {
    amarillo: 6,
    rojo: 12,
    razon:
      "Mismo ritmo semestral de la Declaratoria al STL. Observado: de 1 a 10 meses (Oaxaca, Durango, Morelos y Veracruz en abril de 2015; Coahuila en 6.6 meses; Sinaloa en 10), con Tabasco como excepción (2 años y medio)."
  },
  stl_instalado: {
    amarillo: 6,
    rojo: 12,
    razon:
      "Del STL al PAL publicado, observado: de 4.5 a 13.4 meses (Durango 4.5, Morelos 5.5, Veracruz 9, Coahuila 10.2, Tlaxcala 11.8, Oaxaca 13.4). Hasta seis meses es el ritmo previsto (una etapa semestral); más de un año sin PAL, un ejercicio detenido."
  },
  pal_en_seguimiento: {
    amarillo: 12,
    rojo: 18,
    razon:
      'Los compromisos del PAL son "puntuales, realizables, relevantes y medibles, con duración de un año" (páginas estatales del programa Agentes Locales de Cambio): un año de seguimiento es lo previsto; seis meses más sin evaluación ni cierre es retraso; después, un ejercicio detenido.'
  },
  evaluacion: {
    amarillo: 6,
    rojo: 12,
    razon: "Una evaluación debería llevar al cierre del ciclo en un semestre, con el mismo ritmo semestral."
  },
  cierre_de_ciclo: {
    amarillo: null,
    rojo: null,
    razon:
      "Un ciclo cerrado es un ejercicio concluido, no uno atrasado: sólo se juzgaría contra un plazo para iniciar el siguiente ejercicio fijado por una fuente, y ninguna fuente del registro lo fija (las metas del INAI de 2017 se refieren a la Declaratoria, el STL y el PAL). Por eso la entidad queda en verde mientras siga en cierre de ciclo."
  }
};

/**
 * A phase's thresholds in months: amarillo from `amarillo` months, rojo from `rojo`; both null when no
 * source sets a deadline for leaving the phase (the state is never called behind in it).
 */
export type SemaforoThreshold =
  | {amarillo: number; rojo: number; razon: string}
  | {amarillo: null; rojo: null; razon: string};

/**
 * The rule that turns the thresholds into colours, with its reason (Spanish, in words a reader knows, not
 * column names: it is published in the catalogue and shown next to the colours on the site). The thresholds measure time on the clock; a state
 * is only called behind where the record observed it behind: some source dated after the deadline (its own
 * page, a national list that names it, a status report, a later milestone) shows it still without the next
 * step. The record thins after 2019, so without this rule most states would turn red in later years only
 * because no source speaks of them, not because they stalled.
 */
export const SEMAFORO_RULE = {
  verde: "verde mientras los meses en la fase no llegan al umbral amarillo de la fase",
  atraso:
    "amarillo (o rojo) cuando los meses en la fase alcanzan el umbral amarillo (o rojo) y alguna fuente fechada después de ese plazo —la página de la entidad, una lista nacional que la nombra, un reporte de estatus o un hito posterior— muestra que la entidad seguía sin el siguiente paso: el último día del que habla alguna fuente sobre la entidad («datos hasta») llega, en meses completos, al inicio de la fase más el umbral, y ninguna fase más avanzada era posible en la fecha",
  sinSeguimiento:
    "sin seguimiento cuando el plazo venció pero ninguna fuente posterior al plazo habla de la entidad, o sus fechas permiten que ya hubiera avanzado: el registro no sabe si está atrasada",
  sinPlazo:
    "verde en cierre de ciclo: un ciclo concluido no está atrasado salvo que una fuente fije un plazo para el siguiente ejercicio, y ninguna lo fija",
  fuera: "gris si no participa o aún no se suma; sin dato si el registro no permite ubicarla",
  razon:
    "Los colores sólo juzgan lo que el registro observó: el registro se adelgaza después de 2019, y un plazo vencido sin fuentes posteriores dice que faltan fuentes, no que la entidad se detuvo."
} as const;
