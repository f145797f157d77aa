import type {CellValue} from "../loaders/registry/cell.js";
import {FASES, HITO_TIPOS, SCHEMA, type ColumnDef, type Registry} from "./model/schema.js";
import {METRIC_CATALOGUE} from "./catalogue.js";
import {commitmentQuality} from "./commitment-quality.js";
import {milestoneCoverage} from "./coverage.js";
import {derivedTotals} from "./derived-totals.js";
import {latestMilestones} from "./latest-milestone.js";
import {mgaByGroup, mgaByState} from "./mga-aggregate.js";
import {monthEnds} from "./month-ends.js";
import {latestFactDate, monthlyPhases, PANEL_START} from "./monthly-phases.js";
import {nationalProgressSeries} from "./national-series.js";
import {prepareProgress, stateProgress} from "./progress.js";
import {compareWithReported} from "./semaforo-vs-reported.js";
import {compromisosByTheme} from "./themes.js";

/** A table computed from the registry: its dictionary entry and how to compute its rows. */
export interface DerivedTable {
  readonly name: string;
  readonly description: string;
  readonly columns: readonly ColumnDef[];
  readonly compute: (registry: Registry) => readonly Record<string, CellValue>[];
}

/** A text column of a published table. */
export const text = (name: string, description: string, required = false): ColumnDef => ({name, type: "text", required, description});

/** Column of the Métrica's derived tables that warns of an edition imported from a partial file. */
const MGA_NOTE_COLUMN: ColumnDef = text("nota", "Advertencia sobre la edición: dice si se importó de un archivo parcial (`mga_importaciones.parcial`), con cuántos sujetos obligados de cuántos publicados; vacía si la edición está completa.");

/** Column of a derived date's precision. */
const PRECISION_COLUMN: ColumnDef = {name: "precision", type: "enum", required: false, values: ["dia", "mes", "anio", "a_mas_tardar", "intervalo"], description: "Precisión de la fecha: dia, mes, anio, a_mas_tardar o intervalo."};

/** Columns of `ultimo_hito`, the latest known milestone of each entity. */
export const ULTIMO_HITO_COLUMNS: readonly ColumnDef[] = [
  {...SCHEMA.entidades.columns[0]},
  text("nombre_corto", "Nombre de uso común de la entidad.", true),
  {name: "ejercicio", type: "integer", required: false, description: "Ejercicio (ciclo de PAL) del hito; vacío = sin dato."},
  {name: "tipo", type: "enum", required: false, values: HITO_TIPOS, description: "Clase del último hito conocido; vacío = sin dato."},
  text("tipo_texto", "La clase del hito en palabras: \"STL instalado\", \"PAL publicado\"…"),
  {name: "fecha_min", type: "date", required: false, description: "Primer día posible del hito (vacío si es \"a más tardar\" o sin dato)."},
  {name: "fecha_max", type: "date", required: false, description: "Último día posible del hito."},
  PRECISION_COLUMN,
  text("fecha_texto", "La fecha como se lee: \"9 de marzo de 2015\", \"agosto de 2016\", \"a más tardar el 31 de diciembre de 2016\"."),
  {name: "fuentes", type: "integer", required: true, description: "Cuántas fuentes distintas respaldan el hito usado (0 = sin dato)."},
  text("hito_id", "El hito usado, en la tabla `hitos`."),
  text("fuente_id", "La fuente del hito usado, en la tabla `fuentes`."),
  text("fuente_titulo", "Título de esa fuente (copiado de `fuentes`)."),
  text("fuente_url", "URL o ruta de repositorio de esa fuente (copiada de `fuentes`)."),
  text("cita", "La cita de la fuente del hito usado.")
];

/** Columns of `cobertura`: what the registry knows of each milestone of each state and ejercicio. */
export const COBERTURA_COLUMNS: readonly ColumnDef[] = [
  {...SCHEMA.entidades.columns[0]},
  text("nombre_corto", "Nombre de uso común de la entidad.", true),
  {name: "ejercicio", type: "integer", required: true, description: "Ejercicio (ciclo de PAL), de 1 al mayor que alguna fuente menciona."},
  {name: "tipo", type: "enum", required: true, values: HITO_TIPOS, description: "Clase de hito."},
  {name: "conocido", type: "boolean", required: true, description: "Si alguna fuente del registro fecha este hito (no = sin dato, no que no haya ocurrido)."},
  PRECISION_COLUMN,
  {name: "fuentes", type: "integer", required: true, description: "Fuentes distintas que respaldan el hito usado."},
  {name: "filas", type: "integer", required: true, description: "Filas de `hitos` sobre este hito, incluidas las que una decisión deja de lado."},
  {name: "en_conflicto", type: "boolean", required: true, description: "Si las fuentes se contradicen y `decisiones` eligió una."},
  text("hito_id", "El hito usado.")
];

/** Columns of `totales_derivados`: each reported national total beside what the per-state facts give. */
export const TOTALES_DERIVADOS_COLUMNS: readonly ColumnDef[] = [
  {...SCHEMA.totales_reportados.columns[0]},
  {...SCHEMA.totales_reportados.columns[1]},
  text("fuente_id", "La fuente del total reportado.", true),
  {name: "valor_reportado", type: "integer", required: true, description: "El total tal como lo reportó la fuente."},
  {name: "fecha_limite", type: "date", required: true, description: "Último día en que un hecho estatal cuenta: el último de `fecha_corte` o la fecha de la fuente, el que sea posterior."},
  {name: "valor_derivado", type: "integer", required: true, description: "El total que dan los hechos por entidad del registro a esa fecha."},
  {name: "diferencia", type: "integer", required: true, description: "valor_derivado − valor_reportado (negativo: al registro le faltan hechos)."},
  {name: "reconstruible", type: "boolean", required: true, description: "Si los hechos por entidad reconstruyen el total reportado (diferencia 0)."},
  text("entidades", "Las entidades que cuenta el valor derivado."),
  text("metodo", "Qué se cuenta.", true)
];

const int = (name: string, description: string, required = true): ColumnDef => ({name, type: "integer", required, description});
const num = (name: string, description: string, required = false): ColumnDef => ({name, type: "number", required, description});
const bool = (name: string, description: string, required = true): ColumnDef => ({name, type: "boolean", required, description});
const clave = (description = "Clave INEGI de la entidad.", required = true): ColumnDef => ({...SCHEMA.entidades.columns[0], required, description});
const FASE_VALUES = [...FASES, "sin_dato"] as const;
const fase = (name: string, description: string): ColumnDef => ({name, type: "enum", required: true, values: FASE_VALUES, description});
const SEMAFORO_VALUES = ["verde", "amarillo", "rojo", "gris", "sin_dato"] as const;
const scoreColumns = (what: string): ColumnDef[] => [
  num("ga", `Índice de Gobierno Abierto (promedio de ${what}).`),
  num("t", "Subíndice de Transparencia."),
  num("p", "Subíndice de Participación."),
  num("tg", "Transparencia, perspectiva gubernamental."),
  num("tc", "Transparencia, perspectiva ciudadana."),
  num("pg", "Participación, perspectiva gubernamental."),
  num("pc", "Participación, perspectiva ciudadana."),
  num("brecha_t_p", "t − p: cuánto adelanta la transparencia a la participación.")
];

/** Year-end dates from 2015 to before the latest fact, then the latest fact's date itself. */
function snapshotDates(registry: Registry): string[] {
  const last = latestFactDate(registry);
  const years = Array.from({length: Number(last.slice(0, 4)) - 2014}, (_, k) => `${2015 + k}-12-31`).filter((d) => d < last);
  return [...years, last];
}

const rows = <T>(values: readonly T[]) => values as unknown as Record<string, CellValue>[];

/** The tables derived from the registry, in publication order. */
export const DERIVED_TABLES: readonly DerivedTable[] = [
  {
    name: "ultimo_hito",
    description:
      "Para cada una de las 32 entidades, el último hito conocido: el más avanzado del proceso (ejercicio, luego etapa, luego fecha), con su fecha, su precisión y su fuente. Vacío = sin dato.",
    columns: ULTIMO_HITO_COLUMNS,
    compute: (registry) => rows(latestMilestones(registry))
  },
  {
    name: "cobertura",
    description:
      "Qué sabe el registro de cada hito de cada entidad y ejercicio: si se conoce, con qué precisión y de cuántas fuentes. «No conocido» quiere decir que ninguna fuente del registro lo fecha, no que no haya ocurrido.",
    columns: COBERTURA_COLUMNS,
    compute: (registry) => rows(milestoneCoverage(registry))
  },
  {
    name: "totales_derivados",
    description: "Cada total nacional reportado junto al que dan los hechos por entidad del registro a la misma fecha, la diferencia y si se puede reconstruir.",
    columns: TOTALES_DERIVADOS_COLUMNS,
    compute: (registry) => rows(derivedTotals(registry))
  },
  {
    name: "fases_mensuales",
    description:
      "Fase de cada entidad al último día de cada mes, de enero de 2015 al mes del último hecho registrado: ejercicio, fase, certeza, meses en la fase y semáforo.",
    columns: [
      clave(),
      {name: "fecha", type: "date", required: true, description: "Último día del mes."},
      int("ejercicio", "Ejercicio de la fase segura; vacío = sin dato.", false),
      fase("fase", "Fase más avanzada que la entidad había alcanzado con seguridad en la fecha; sin_dato si ninguna."),
      {name: "certeza", type: "enum", required: true, values: ["cierta", "posible"], description: "cierta si ninguna fase más avanzada era posible en la fecha; posible si las fechas de los hitos permiten que ya estuviera más adelante."},
      fase("fase_posible", "Fase más avanzada que la entidad pudo haber alcanzado en la fecha."),
      int("ejercicio_posible", "Ejercicio de la fase posible.", false),
      {name: "desde", type: "date", required: false, description: "Día a más tardar en que la entidad entró en la fase segura."},
      int("meses_en_fase", "Meses completos desde «desde» (cota inferior del tiempo en la fase).", false),
      {name: "semaforo", type: "enum", required: true, values: SEMAFORO_VALUES, description: "verde, amarillo o rojo según los meses en la fase frente al ritmo previsto; gris si no participa; sin_dato."}
    ],
    compute: (registry) => rows(monthlyPhases(registry))
  },
  {
    name: "semaforo_vs_reportado",
    description: "Cada fase que una fuente reportó, junto a la fase y el semáforo que dan los hitos del registro en esa fecha, con el acuerdo y su explicación.",
    columns: [
      clave(),
      text("nombre_corto", "Nombre de la entidad.", true),
      {...SCHEMA.estatus_reportados.columns[1]},
      text("fuente_id", "Fuente del estatus reportado.", true),
      text("fase_reportada", "La fase con las palabras de la fuente.", true),
      {name: "fase_reportada_normalizada", type: "enum", required: false, values: FASES, description: "La fase reportada en el vocabulario del proyecto."},
      text("semaforo_reportado", "El color que reportó la fuente; vacío si no se puede leer."),
      {name: "fecha_calculo", type: "date", required: true, description: "Fecha del cálculo: último día del corte."},
      fase("fase_calculada", "Fase segura según los hitos (sin estatus)."),
      fase("fase_calculada_posible", "Fase más avanzada posible según los hitos."),
      {name: "semaforo_calculado", type: "enum", required: true, values: SEMAFORO_VALUES, description: "Semáforo calculado en esa fecha."},
      {name: "acuerdo", type: "enum", required: true, values: ["coincide", "compatible", "registro_detras", "registro_delante", "sin_fase_reportada"], description: "coincide, compatible, registro_detras, registro_delante o sin_fase_reportada."},
      text("explicacion", "Qué evidencia explica el acuerdo o el desacuerdo.", true)
    ],
    compute: (registry) => rows(compareWithReported(registry))
  },
  {
    name: "indicadores_estatales",
    description: "Avance de cada entidad al cierre de cada año desde 2015 y en la fecha del último hecho registrado.",
    columns: [
      clave(),
      text("nombre_corto", "Nombre de la entidad.", true),
      {name: "fecha", type: "date", required: true, description: "Fecha del corte."},
      bool("declaratoria_firmada", "Si la Declaratoria está firmada con seguridad a la fecha."),
      bool("stl_instalado", "Si algún STL está instalado con seguridad a la fecha."),
      int("pal_publicados", "PAL publicados con seguridad a la fecha."),
      int("ciclos_completados", "Ejercicios con cierre de ciclo seguro a la fecha."),
      int("compromisos", "Compromisos de esos PAL, incluidos los proactivos."),
      int("compromisos_sin_proactivos", "Compromisos de esos PAL que no están marcados como proactivos."),
      int("fojas", "Fojas de evidencia reportadas para esos compromisos; vacío si ninguna.", false),
      int("reuniones", "Reuniones reportadas para esos compromisos; vacío si ninguna.", false),
      int("dias_declaratoria_stl_min", "Mínimo de días de la Declaratoria al STL (primer ejercicio) que permiten las fechas.", false),
      int("dias_declaratoria_stl_max", "Máximo de días de la Declaratoria al STL; vacío si no está acotado.", false),
      int("dias_stl_primer_pal_min", "Mínimo de días del STL al primer PAL.", false),
      int("dias_stl_primer_pal_max", "Máximo de días del STL al primer PAL; vacío si no está acotado.", false)
    ],
    compute: (registry) => {
      const prepared = prepareProgress(registry);
      return rows(snapshotDates(registry).flatMap((d) => stateProgress(prepared, d)));
    }
  },
  {
    name: "indicadores_nacionales",
    description: "Avance nacional al último día de cada mes, de enero de 2015 al mes del último hecho registrado.",
    columns: [
      {name: "fecha", type: "date", required: true, description: "Último día del mes."},
      int("estados_declaratoria", "Entidades con Declaratoria firmada con seguridad."),
      int("estados_stl", "Entidades con algún STL instalado con seguridad."),
      int("estados_con_pal", "Entidades con al menos un PAL publicado con seguridad."),
      int("pal_publicados", "PAL publicados (entidad y ejercicio)."),
      int("ciclos_completados", "Ejercicios con cierre de ciclo."),
      int("compromisos", "Compromisos de los PAL publicados, incluidos los proactivos."),
      int("compromisos_sin_proactivos", "Compromisos que no están marcados como proactivos."),
      num("mediana_dias_declaratoria_stl", "Mediana de días de la Declaratoria al STL, entre las entidades con ambas fechas al día."),
      num("mediana_dias_stl_primer_pal", "Mediana de días del STL al primer PAL, entre las entidades con ambas fechas al día.")
    ],
    compute: (registry) => rows(nationalProgressSeries(registry, monthEnds(PANEL_START, latestFactDate(registry))))
  },
  {
    name: "compromisos_por_tema",
    description: "Compromisos por tema, en todo el país (clave vacía) y por entidad; sin tema = «sin dato».",
    columns: [clave("Clave INEGI de la entidad; vacía para todo el país.", false), text("tema", "Tema del compromiso según su fuente.", true), int("compromisos", "Número de compromisos.")],
    compute: (registry) => rows(compromisosByTheme(registry))
  },
  {
    name: "compromisos_calidad",
    description: "Puntajes de calidad de cada compromiso a partir de su codificación (INAI e IRM de la AGA); vacío = sin codificar, nunca cero.",
    columns: [
      text("compromiso_id", "El compromiso.", true),
      clave(),
      int("ejercicio", "Ejercicio del PAL."),
      num("calidad", "Preguntas de calidad del INAI cumplidas / 4; vacío si alguna no está codificada."),
      num("calidad_min", "Cota inferior de calidad (sin codificar = no cumple).", true),
      num("calidad_max", "Cota superior de calidad (sin codificar = cumple).", true),
      num("relevancia", "Valores de relevancia potencial del INAI que avanza / 5; vacío si alguno no está codificado."),
      num("relevancia_min", "Cota inferior de relevancia.", true),
      num("relevancia_max", "Cota superior de relevancia.", true),
      bool("relevante_ogp", "IRM: avanza transparencia, participación o rendición de cuentas; vacío = desconocido.", false),
      bool("alta_completitud", "IRM: cumplimiento sustancial o completo; vacío = sin codificar.", false),
      bool("estrella", "IRM: compromiso estrella; vacío = desconocido.", false)
    ],
    compute: (registry) => rows(registry.compromisos.map(commitmentQuality))
  },
  {
    name: "mga_estatal",
    description:
      "Métrica de Gobierno Abierto por entidad (promedio simple de sus sujetos obligados), con el ámbito federal y el nacional, posición, brecha T − P y diferencia con el valor nacional.",
    columns: [
      int("edicion", "Edición de la Métrica."),
      {name: "ambito", type: "enum", required: true, values: ["estatal", "federal", "nacional"], description: "estatal, federal o nacional."},
      clave("Clave INEGI de la entidad; vacía para los ámbitos federal y nacional.", false),
      text("nombre", "Entidad, «Federación» o «Nacional».", true),
      int("sujetos", "Sujetos obligados promediados."),
      ...scoreColumns("los sujetos obligados"),
      int("posicion", "Lugar por IGA entre las entidades (1 = más abierta; empates comparten lugar).", false),
      num("diferencia_nacional", "ga − ga nacional de la misma edición."),
      MGA_NOTE_COLUMN
    ],
    compute: (registry) => rows(mgaByState(registry))
  },
  {
    name: "mga_por_tipo",
    description: "Métrica de Gobierno Abierto por nivel de gobierno y por tipo de sujeto obligado, en el país (clave vacía) y en cada entidad.",
    columns: [
      int("edicion", "Edición de la Métrica."),
      {name: "agrupacion", type: "enum", required: true, values: ["nivel", "tipo"], description: "nivel (federal, estatal, municipal) o tipo de sujeto obligado."},
      text("grupo", "El nivel o el tipo.", true),
      clave("Clave INEGI; vacía para todo el país.", false),
      int("sujetos", "Sujetos obligados del grupo."),
      ...scoreColumns("los sujetos obligados del grupo"),
      MGA_NOTE_COLUMN
    ],
    compute: (registry) => rows(mgaByGroup(registry))
  },
  {
    name: "catalogo_metricas",
    description: "Definición de cada métrica publicada: nombre, unidad, descripción, fórmula, fuente del método y función que la calcula.",
    columns: [
      text("id", "Identificador de la métrica.", true),
      text("tabla", "Tabla publicada que la contiene.", true),
      text("nombre", "Nombre.", true),
      text("unidad", "Unidad.", true),
      text("descripcion", "Qué mide.", true),
      text("formula", "Cómo se calcula.", true),
      text("fuente", "De dónde viene el método.", true),
      text("funcion", "Función que la calcula en metrics/.", true)
    ],
    compute: () => rows(METRIC_CATALOGUE)
  }
];
