import {
  CORRECTION_KINDS,
  coded,
  EVALUATOR_KINDS,
  FASES,
  HITO_TIPOS,
  INDICADORES_TOTALES,
  NIVELES_AVANCE,
  SEMAFOROS,
  TIPOS_EVALUADOR,
  IRM_COMPLETION_LEVELS,
  IRM_IMPACT_LEVELS,
  MGA_REPORTED_INDICATORS,
  MILESTONE_KINDS,
  NATIONAL_TOTALS,
  OGP_COMPLETION_LEVELS,
  PHASES,
  SEMAFORO_COLOURS,
  STL_SECTORS,
  TARGET_GROUPS,
  THEMES
} from "./vocabulary.js";

/**
 * The registry's tables and columns: the one description that validation, Parquet typing, the export's
 * data dictionary and `data/README.md` are all built from. Column names are Spanish because they are what
 * users download; descriptions are Spanish for the same reason.
 */

/** How a cell is read and checked. */
export type ColumnType =
  | "text" // any non-empty UTF-8 text
  | "id" // an identifier: lowercase letters, digits, "-" and "_"
  | "integer" // a whole number, within min/max
  | "number" // a decimal number with "." as separator, within min/max
  | "boolean" // "si"/"sí" or "no"
  | "date" // a real calendar day, AAAA-MM-DD
  | "partial_date" // AAAA, AAAA-MM or AAAA-MM-DD: a date only as precise as its source
  | "enum"; // one of `values`

export interface ColumnDef {
  readonly name: string;
  readonly type: ColumnType;
  /** An empty cell is an error when true; otherwise empty means "sin dato". */
  readonly required: boolean;
  readonly description: string;
  readonly values?: readonly string[];
  /**
   * For an enum whose values come from the vocabulary (`metrics/model/vocabulary.ts`): the Spanish label of
   * each value. The published tables write it beside the code as `<columna>_etiqueta`
   * (`loaders/publish/readable.ts`); declared with `...coded(TERMS)`, never as a second list.
   */
  readonly labels?: Readonly<Record<string, string>>;
  /**
   * For a derived number: the decimals it is published with and why — the precision its method supports.
   * The publication rounds to it (`loaders/publish/readable.ts`) and the dictionary lists it (`decimales`).
   * The registry's own numbers have none: they are published as their source gives them.
   */
  readonly decimals?: Decimals;
  readonly min?: number;
  readonly max?: number;
  /** The cell must name an existing row of another table. */
  readonly references?: {readonly table: TableName; readonly column: string};
  /** Text kept exactly as a source published it, faults included (not checked for double encoding). */
  readonly verbatim?: boolean;
  /** The integer is a calendar year: like every date of the registry, not before the programme began nor after the build. */
  readonly year?: boolean;
}

/** How many decimals a derived number is published with, and why (said in the dictionary). */
export interface Decimals {
  readonly digits: number;
  /** Why that precision, in Spanish, as the dictionary prints it: "promedios de puntajes publicados con 4 decimales". */
  readonly why: string;
}

export interface TableDef {
  readonly name: TableName;
  readonly description: string;
  /** Columns whose values together must be unique. */
  readonly key: readonly string[];
  readonly columns: readonly ColumnDef[];
}

export const TABLE_NAMES = [
  "fuentes",
  "entidades",
  "hitos",
  "estatus_reportados",
  "compromisos",
  "planes",
  "totales_reportados",
  "decisiones",
  "stl_integrantes",
  "metas",
  "metas_entidades",
  "casos",
  "casos_cifras",
  "mga_reportados",
  "mga_sujetos",
  "mga_importaciones",
  "avances",
  "correcciones",
  "transcripciones"
] as const;
export type TableName = (typeof TABLE_NAMES)[number];

const ref = (table: TableName, column: string) => ({table, column}) as const;

const fuenteId = {
  name: "fuente_id",
  type: "id",
  required: true,
  description: "Fuente del dato: un `fuente_id` de la tabla `fuentes`.",
  references: ref("fuentes", "fuente_id")
} as const;

const cita = {
  name: "cita",
  type: "text",
  required: true,
  description:
    "Dónde dice la fuente lo que afirma esta fila (página, sección, diapositiva, fila de una tabla) y, cuando se puede, una cita textual breve que el lector encuentra en ella. De un documento transcrito por OCR (las semillas), la cita da la lectura del documento; el texto de la transcripción, cuando difiere, está en `transcripciones`."
} as const;

/** A source column for a fact that may be empty ("sin dato"): filled exactly when its fact is. */
const optionalFuente = (name: string, description: string) =>
  ({name, type: "id", required: false, description, references: ref("fuentes", "fuente_id")}) as const;

const claveInegi = {
  name: "clave_inegi",
  type: "enum",
  required: true,
  description: 'Clave INEGI de la entidad federativa ("01"…"32"), de la tabla `entidades`.',
  values: Array.from({length: 32}, (_, i) => String(i + 1).padStart(2, "0")),
  references: ref("entidades", "clave_inegi")
} as const;

const ejercicio = {
  name: "ejercicio",
  type: "integer",
  required: true,
  description: "Ejercicio local (ciclo de PAL): 1 para el primer Plan de Acción Local, 2 para el segundo…",
  min: 1,
  max: 9
} as const;

const mgaScore = <N extends string>(name: N, description: string) =>
  ({name, type: "number", required: true, description, min: 0, max: 1}) as const;

const codedBoolean = <N extends string>(name: N, description: string) =>
  ({
    name,
    type: "boolean",
    required: false,
    description: `${description} (si/no; vacío = sin codificar, no "no").`
  }) as const;

/**
 * Columns where people code the quality of a compromiso. INAI's evaluation of PALs (seed 001, "Evaluación al
 * Plan de Acción Local 2016 – 2017") asks four questions of calidad and five of relevancia potencial; the
 * OGP IRM vocabulary (opengovpartnership.org/glossary) adds verifiability, potential impact and completion. Empty = not
 * coded, which every score treats as unknown, never as zero.
 */
const CODIFICACION_COLUMNS = [
  codedBoolean("calidad_redaccion_clara", "INAI, calidad a): ¿está redactado de forma clara y sencilla?"),
  codedBoolean(
    "calidad_productos_especificados",
    "INAI, calidad b): ¿cuenta con productos y resultados claramente especificados?"
  ),
  codedBoolean(
    "calidad_responsabilidades",
    "INAI, calidad c): ¿tiene responsabilidades gubernamentales y sociales para su implementación y seguimiento?"
  ),
  codedBoolean(
    "calidad_plazos_coherentes",
    "INAI, calidad d): ¿cuenta con plazos precisos y coherentes para su cumplimiento?"
  ),
  codedBoolean("relevancia_transparencia", "INAI, relevancia potencial: transparencia"),
  codedBoolean("relevancia_participacion", "INAI, relevancia potencial: participación ciudadana"),
  codedBoolean("relevancia_rendicion_cuentas", "INAI, relevancia potencial: rendición de cuentas"),
  codedBoolean("relevancia_innovacion_tecnologica", "INAI, relevancia potencial: innovación tecnológica"),
  codedBoolean("relevancia_innovacion_civica", "INAI, relevancia potencial: innovación cívica"),
  codedBoolean(
    "irm_verificable",
    "OGP IRM: verificable (especificidad media o alta en la metodología anterior a 2021)"
  ),
  {
    name: "irm_impacto_potencial",
    type: "enum",
    required: false,
    description:
      "OGP IRM, impacto potencial (escala de las estrellas): ninguno, menor, moderado, transformador; vacío = sin codificar.",
    ...coded(IRM_IMPACT_LEVELS)
  },
  {
    name: "irm_completitud",
    type: "enum",
    required: false,
    description:
      "OGP IRM, cumplimiento (escala de cinco puntos): sin_evidencia, no_iniciado, limitado, sustancial, completo; vacío = sin codificar.",
    ...coded(IRM_COMPLETION_LEVELS)
  },
  {
    name: "codificacion_fuente_id",
    type: "id",
    required: false,
    description:
      "Fuente en que se basa la codificación (una evaluación, un informe del IRM o el texto del compromiso).",
    references: ref("fuentes", "fuente_id")
  },
  {
    name: "codificacion_cita",
    type: "text",
    required: false,
    description: "Dónde dice la fuente lo que se codificó, o quién codificó y con qué criterio."
  }
] as const;

/** How many entidades federativas Mexico has: the universe of every count of states. */
export const ENTITY_COUNT = claveInegi.values.length;

/**
 * The most each national total of `totales_reportados` can be, and what it counts (Spanish, for messages):
 * states (32), or plans (one per state and ejercicio). Compromisos have no fixed universe (null).
 */
export const TOTAL_UNIVERSES: Readonly<
  Record<(typeof INDICADORES_TOTALES)[number], {readonly max: number; readonly what: string} | null>
> = {
  estados_participantes: {max: ENTITY_COUNT, what: `entidades federativas: México tiene ${ENTITY_COUNT}`},
  stl_instalados: {max: ENTITY_COUNT, what: `entidades con STL, uno por entidad: México tiene ${ENTITY_COUNT}`},
  pal_publicados: {
    max: ENTITY_COUNT * ejercicio.max,
    what: `planes, uno por entidad y ejercicio: ${ENTITY_COUNT} entidades × ${ejercicio.max} ejercicios`
  },
  compromisos: null
};

export const SCHEMA = {
  fuentes: {
    name: "fuentes",
    description:
      "Cada documento del que viene algún dato. Sin una fuente aquí, ningún dato entra al registro. Los micrositios del INAI ya no cargan: la URL y la fecha permiten buscar una copia archivada.",
    key: ["fuente_id"],
    columns: [
      {
        name: "fuente_id",
        type: "id",
        required: true,
        description: "Identificador corto y estable de la fuente (minúsculas, dígitos y guiones)."
      },
      {
        name: "tipo",
        type: "enum",
        required: true,
        description:
          "Clase de fuente: semilla (documento con el que inició el proyecto), oficial (documento o página de una institución), prensa, repositorio (archivo de un repositorio público), datos (archivo de datos publicado), referencia (catálogo de claves).",
        values: ["semilla", "oficial", "prensa", "repositorio", "datos", "referencia"]
      },
      {
        name: "titulo",
        type: "text",
        required: true,
        description:
          "Título del documento tal como lo da; si no tiene (o no se pudo leer), un título que escribió el proyecto y que `titulo_atribuido` marca."
      },
      {
        name: "titulo_atribuido",
        type: "boolean",
        required: true,
        description:
          "si: el documento no trae título (o no se pudo leer) y el título lo escribió el proyecto, a partir de su contenido o de su dirección web; no: es el título del documento."
      },
      {
        name: "descripcion",
        type: "text",
        required: false,
        description:
          "Qué es el documento, en palabras del proyecto, cuando el título no lo dice (tipo de documento, copia consultada…)."
      },
      {name: "emisor", type: "text", required: false, description: "Quién lo publica o firma; vacío si no se sabe."},
      {
        name: "fecha",
        type: "partial_date",
        required: false,
        description: "Fecha del documento, tan precisa como se conoce: AAAA, AAAA-MM o AAAA-MM-DD; vacía si no se sabe."
      },
      {
        name: "url",
        type: "text",
        required: false,
        description:
          "Dirección web (con su esquema, `https://…`) donde el lector encuentra el documento: la original o, si el original ya no carga, la copia pública que se consultó (`descripcion` lo dice); para un archivo de un repositorio público, la dirección de ese archivo en ese commit (los campos `repositorio`, `ruta` y `commit` lo desglosan)."
      },
      {
        name: "archivo",
        type: "text",
        required: false,
        description:
          "Nombre del archivo cuando la fuente es uno de los documentos semilla con que inició el proyecto, o un archivo de datos publicado."
      },
      {
        name: "copia",
        type: "text",
        required: false,
        description:
          "Ruta, dentro del proyecto, de la copia de la fuente que guarda el proyecto (`data/archivo/…`) para verificar las citas aunque el original desaparezca; vacía si no guarda copia."
      },
      {
        name: "repositorio",
        type: "text",
        required: false,
        description:
          "Para un archivo de un repositorio público: el repositorio (`propietario/nombre`, p. ej. `GobiernoFacil/agentes-v2`); vacío para las demás fuentes."
      },
      {
        name: "ruta",
        type: "text",
        required: false,
        description:
          "Para un archivo de un repositorio público: su ruta dentro del repositorio; vacía para las demás fuentes."
      },
      {
        name: "commit",
        type: "text",
        required: false,
        description:
          "Para un archivo de un repositorio público: el commit (hash, completo o abreviado) de la versión consultada; vacío si no se anotó o la fuente no es de un repositorio."
      }
    ]
  },
  entidades: {
    name: "entidades",
    description:
      "Las 32 entidades federativas con sus claves, y lo que las fuentes dicen de su participación en los ejercicios locales de gobierno abierto.",
    key: ["clave_inegi"],
    columns: [
      {...claveInegi, references: undefined},
      {
        name: "iso_3166_2",
        type: "text",
        required: true,
        description: 'Código ISO 3166-2:MX de la entidad ("MX-AGU"…).'
      },
      {name: "nombre", type: "text", required: true, description: "Nombre oficial según el catálogo del INEGI."},
      {name: "nombre_corto", type: "text", required: true, description: "Nombre de uso común, para gráficas y tablas."},
      {
        ...fuenteId,
        description: "Fuente de las claves y los nombres (catálogo del INEGI y norma ISO 3166-2)."
      },
      {
        name: "participa",
        type: "boolean",
        required: false,
        description:
          "Si la entidad participa en los ejercicios locales según la fuente indicada (si/no); vacío si ninguna fuente lo dice."
      },
      {
        name: "fuente_id_participa",
        type: "id",
        required: false,
        description: "Fuente de `participa`.",
        references: ref("fuentes", "fuente_id")
      },
      {name: "cita_participa", type: "text", required: false, description: "Cita de la fuente de `participa`."},
      {
        name: "anio_inicio",
        type: "integer",
        required: false,
        description:
          "Año en que la entidad se sumó a los ejercicios (firma de la Declaratoria), según la fuente indicada.",
        min: 2014,
        max: 2030,
        year: true
      },
      {
        name: "fuente_id_anio_inicio",
        type: "id",
        required: false,
        description: "Fuente de `anio_inicio`.",
        references: ref("fuentes", "fuente_id")
      },
      {name: "cita_anio_inicio", type: "text", required: false, description: "Cita de la fuente de `anio_inicio`."},
      {
        name: "grupo_inai",
        type: "enum",
        required: false,
        description:
          "Grupo en que el INAI reportó a la entidad en 2016 (G15 o G16); vacío si no aparece en esos grupos.",
        values: ["G15", "G16"]
      },
      {
        name: "fuente_id_grupo_inai",
        type: "id",
        required: false,
        description: "Fuente de `grupo_inai`.",
        references: ref("fuentes", "fuente_id")
      },
      {name: "cita_grupo_inai", type: "text", required: false, description: "Cita de la fuente de `grupo_inai`."}
    ]
  },
  hitos: {
    name: "hitos",
    description:
      'Hitos fechados del ejercicio de cada entidad. La fecha es un intervalo [fecha_min, fecha_max]: iguales para un día conocido; primer y último día para un mes o un año; `fecha_min` vacía para "a más tardar" (no después de `fecha_max`).',
    key: ["hito_id"],
    columns: [
      {
        name: "hito_id",
        type: "id",
        required: true,
        description:
          "Identificador del hito: `<iso>-<ejercicio>-<tipo>-<fuente>`, p. ej. `coa-1-instalacion_stl-agentes`."
      },
      claveInegi,
      ejercicio,
      {
        name: "tipo",
        type: "enum",
        required: true,
        description: `Clase de hito: ${HITO_TIPOS.join(", ")}.`,
        ...coded(MILESTONE_KINDS)
      },
      {
        name: "fecha_min",
        type: "date",
        required: false,
        description: 'Primer día posible del hito (AAAA-MM-DD); vacía si la fuente sólo dice "a más tardar".'
      },
      {name: "fecha_max", type: "date", required: true, description: "Último día posible del hito (AAAA-MM-DD)."},
      fuenteId,
      cita
    ]
  },
  estatus_reportados: {
    name: "estatus_reportados",
    description:
      "La fase y el semáforo de una entidad tal como una fuente los reportó a una fecha de corte, sin interpretar.",
    key: ["clave_inegi", "fecha_corte", "fuente_id"],
    columns: [
      claveInegi,
      {
        name: "fecha_corte",
        type: "partial_date",
        required: true,
        description: "Fecha a la que se refiere el reporte, tan precisa como la fuente: AAAA, AAAA-MM o AAAA-MM-DD."
      },
      {name: "fase", type: "text", required: true, description: "La fase con las palabras de la fuente."},
      {
        name: "fase_normalizada",
        type: "enum",
        required: false,
        description: `La fase reportada en el vocabulario del proyecto (${FASES.join(", ")}); vacía si no corresponde a ninguna.`,
        ...coded(PHASES)
      },
      {
        name: "semaforo",
        type: "enum",
        required: false,
        description: `Color del semáforo tal como lo reportó la fuente (${SEMAFOROS.join(", ")}); vacío si no se puede leer.`,
        ...coded(SEMAFORO_COLOURS)
      },
      fuenteId,
      cita
    ]
  },
  compromisos: {
    name: "compromisos",
    description: "Compromisos de los Planes de Acción Local, uno por fila.",
    key: ["compromiso_id"],
    columns: [
      {
        name: "compromiso_id",
        type: "id",
        required: true,
        description:
          "Identificador: `<iso>-<ejercicio>-<número>` (p. ej. `coa-1-03`), `p` antes del número si es proactivo."
      },
      claveInegi,
      ejercicio,
      {
        name: "numero",
        type: "integer",
        required: false,
        description:
          "Número del compromiso en su plan (los proactivos se numeran aparte); vacío si la fuente no lo numera.",
        min: 1,
        max: 999
      },
      {
        name: "titulo",
        type: "text",
        required: true,
        description: "Título o texto del compromiso, con las palabras de la fuente."
      },
      {
        name: "tema",
        type: "enum",
        required: false,
        description:
          "Tema, en el vocabulario único del proyecto (las áreas de política de la OGP traducidas, los ejes con que un plan agrupa sus compromisos), sólo si la fuente del compromiso lo agrupa; vacío si ninguna lo hace. La palabra de la fuente está en `tema_fuente`.",
        ...coded(THEMES)
      },
      {
        name: "proactivo",
        type: "boolean",
        required: false,
        description: "Si la fuente lo presenta como compromiso proactivo (si/no); vacío si no lo dice."
      },
      {
        name: "responsable",
        type: "text",
        required: false,
        description: "Institución o instituciones responsables, según la fuente."
      },
      {
        name: "osc",
        type: "text",
        required: false,
        description: "Organizaciones de la sociedad civil que lo acompañan, según la fuente."
      },
      {
        name: "region",
        type: "text",
        required: false,
        description: "Región o municipio al que se refiere, si la fuente lo dice."
      },
      {
        name: "avance",
        type: "number",
        required: false,
        description: "Avance reportado, en porcentaje (0–100).",
        min: 0,
        max: 100
      },
      {
        name: "fojas",
        type: "integer",
        required: false,
        description: "Fojas de evidencia reportadas.",
        min: 0,
        max: 1_000_000
      },
      {
        name: "reuniones",
        type: "integer",
        required: false,
        description: "Reuniones de trabajo reportadas.",
        min: 0,
        max: 100_000
      },
      fuenteId,
      cita,
      ...CODIFICACION_COLUMNS,
      {
        name: "tema_fuente",
        type: "text",
        required: false,
        description:
          "El tema tal como lo escribe la fuente (p. ej. la etiqueta de la OGP «Anti-Corruption», que `tema` traduce «Anticorrupción»); vacío si no hay tema."
      }
    ]
  },
  planes: {
    name: "planes",
    description:
      "Los Planes de Acción Local: uno por entidad y ejercicio con un PAL publicado, con su nombre o periodo y el número de compromisos tal como los da una fuente. Cuántos conoce el registro por título se cuenta en `compromisos`; vacío = ninguna fuente lo dice.",
    key: ["clave_inegi", "ejercicio"],
    columns: [
      {
        name: "plan_id",
        type: "id",
        required: true,
        description: "Identificador: `<iso>-<ejercicio>` (p. ej. `coa-1`)."
      },
      claveInegi,
      ejercicio,
      {
        name: "hito_id",
        type: "id",
        required: true,
        description:
          "El hito de `hitos` que publica el plan: uno de tipo publicacion_pal de la misma entidad y ejercicio que ninguna decisión deja de lado (el de fecha más precisa).",
        references: ref("hitos", "hito_id")
      },
      {
        name: "nombre",
        type: "text",
        required: false,
        description:
          'Nombre o periodo del plan con las palabras de la fuente (p. ej. "Local Action Plan 2016-2018"); vacío si ninguna fuente lo nombra.'
      },
      optionalFuente("fuente_id_nombre", "Fuente de `nombre`."),
      {name: "cita_nombre", type: "text", required: false, description: "Dónde da la fuente el nombre del plan."},
      {
        name: "compromisos_reportados",
        type: "integer",
        required: false,
        description:
          "Compromisos del plan según la fuente, sin los que presenta aparte como proactivos; vacío si ninguna fuente da el número.",
        min: 0,
        max: 999
      },
      {
        name: "proactivos_reportados",
        type: "integer",
        required: false,
        description:
          "Compromisos proactivos que la fuente cuenta aparte; vacío si no los cuenta (no quiere decir cero).",
        min: 0,
        max: 999
      },
      optionalFuente("fuente_id", "Fuente de `compromisos_reportados` y `proactivos_reportados`."),
      {
        name: "cita",
        type: "text",
        required: false,
        description: "Dónde da la fuente el número de compromisos: sección o cita textual breve."
      }
    ]
  },
  totales_reportados: {
    name: "totales_reportados",
    description: "Totales nacionales tal como una fuente los reportó a una fecha.",
    key: ["fecha_corte", "indicador", "fuente_id"],
    columns: [
      {
        name: "fecha_corte",
        type: "partial_date",
        required: true,
        description: "Fecha a la que se refiere el total, tan precisa como la fuente: AAAA, AAAA-MM o AAAA-MM-DD."
      },
      {
        name: "indicador",
        type: "enum",
        required: true,
        description: `Qué se cuenta: ${INDICADORES_TOTALES.join(", ")}.`,
        ...coded(NATIONAL_TOTALS)
      },
      {name: "valor", type: "integer", required: true, description: "El número reportado.", min: 0, max: 100_000},
      fuenteId,
      cita,
      {
        name: "quien_lo_dice",
        type: "text",
        required: false,
        description:
          "Quién da la cifra según la fuente: el INAI (en un documento suyo o según la nota que lo cita), un organismo garante local, o una persona por su papel, sin su nombre (p. ej. una representante de la sociedad civil en una conferencia de prensa); vacío si la fuente no dice de dónde sale la cifra."
      }
    ]
  },
  decisiones: {
    name: "decisiones",
    description: "Cuando dos fuentes no coinciden se guardan ambas filas; aquí se dice cuál usa el proyecto y por qué.",
    key: ["decision_id"],
    columns: [
      {name: "decision_id", type: "id", required: true, description: "Identificador de la decisión."},
      {
        name: "tabla",
        type: "enum",
        required: true,
        description: "Tabla donde están las filas en conflicto.",
        values: ["hitos", "compromisos"]
      },
      {
        name: "ids_en_conflicto",
        type: "text",
        required: true,
        description: "Identificadores de las filas en conflicto, separados por `;`."
      },
      {
        name: "id_usado",
        type: "id",
        required: true,
        description: "La fila que usa el proyecto (una de las anteriores)."
      },
      {name: "razon", type: "text", required: true, description: "Por qué se usa esa fila."}
    ]
  },
  stl_integrantes: {
    name: "stl_integrantes",
    description:
      "Composición de cada Secretariado Técnico Local por sector, tal como la da una fuente: una fila por organización (o por grupo de lugares cuando la fuente sólo da el número). No se registran nombres de personas.",
    key: ["integrante_id"],
    columns: [
      {
        name: "integrante_id",
        type: "id",
        required: true,
        description: "Identificador: `<iso>-<ejercicio>-stl-<sector>-<n>`."
      },
      claveInegi,
      ejercicio,
      {
        name: "sector",
        type: "enum",
        required: true,
        description:
          "Sector que representa: gobierno (ejecutivo, legislativo, judicial o municipal), organo_autonomo, organo_garante, sociedad_civil, facilitador.",
        ...coded(STL_SECTORS)
      },
      {
        name: "organizacion",
        type: "text",
        required: false,
        description:
          "La institución u organización, con las palabras de la fuente; vacía si la fuente sólo da el número de lugares."
      },
      {
        name: "detalle",
        type: "text",
        required: false,
        description:
          'Papel o representación que da la fuente (p. ej. "Enlace de la Región Sureste", "suplente"), sin nombres de personas.'
      },
      {
        name: "cantidad",
        type: "integer",
        required: true,
        description: "Lugares que ocupa esta fila en el STL según la fuente (1 para una organización).",
        min: 1,
        max: 100
      },
      fuenteId,
      cita
    ]
  },
  metas: {
    name: "metas",
    description:
      "Metas que el INAI fijó para cada grupo de entidades, con su plazo y su fuente. Qué entidades abarca cada meta y con qué hito se cumple está en `metas_entidades`; una meta sin filas ahí no se cumple con un hito.",
    key: ["meta_id"],
    columns: [
      {name: "meta_id", type: "id", required: true, description: "Identificador de la meta: `<grupo>-<qué>-<plazo>`."},
      {
        name: "grupo",
        type: "enum",
        required: true,
        description:
          "Grupo al que se fijó: G15 o G16 (los grupos del INAI en 2016) o faltantes (las entidades que no habían firmado la Declaratoria).",
        ...coded(TARGET_GROUPS)
      },
      {
        name: "descripcion",
        type: "text",
        required: true,
        description:
          "La meta con las palabras de la fuente; en una semilla, la lectura del documento (los errores del OCR corregidos según `correcciones`; el texto tal como se transcribió queda en `transcripciones`)."
      },
      {
        name: "fecha_min",
        type: "date",
        required: true,
        description:
          "Primer día del periodo que la fuente da para la meta (AAAA-MM-DD); para «primer trimestre de 2017», 2017-01-01."
      },
      {
        name: "fecha_max",
        type: "date",
        required: true,
        description:
          "Último día del plazo (AAAA-MM-DD): la meta se cumple a tiempo si su hito ocurre a más tardar este día; para «primer trimestre de 2017», 2017-03-31."
      },
      fuenteId,
      cita
    ]
  },
  metas_entidades: {
    name: "metas_entidades",
    description:
      "Las entidades que nombra cada meta, una por fila, con la clase de hito que la cumple para esa entidad según el texto de la meta.",
    key: ["meta_id", "clave_inegi"],
    columns: [
      {
        name: "meta_id",
        type: "id",
        required: true,
        description: "La meta, de la tabla `metas`.",
        references: ref("metas", "meta_id")
      },
      claveInegi,
      {
        name: "tipo",
        type: "enum",
        required: true,
        description:
          "Clase de hito de `hitos` que cumple la meta para la entidad (p. ej. publicacion_pal para «lanzamiento de su PAL»).",
        ...coded(MILESTONE_KINDS)
      }
    ]
  },
  casos: {
    name: "casos",
    description:
      "Buenas prácticas que una fuente presenta como problema → solución → beneficios, con las palabras de la fuente. Sus cifras están en `casos_cifras`.",
    key: ["caso_id"],
    columns: [
      {name: "caso_id", type: "id", required: true, description: "Identificador: `<iso>-<tema>`."},
      claveInegi,
      {
        name: "compromiso_id",
        type: "id",
        required: false,
        description:
          "El compromiso de `compromisos` del que viene el caso, de la misma entidad; vacío si ninguna fuente permite decir cuál.",
        references: ref("compromisos", "compromiso_id")
      },
      {
        name: "cita_compromiso",
        type: "text",
        required: false,
        description: "Qué fuente liga el caso con ese compromiso y cómo; obligatoria si hay `compromiso_id`."
      },
      {name: "problema", type: "text", required: true, description: "El problema, con las palabras de la fuente."},
      {name: "solucion", type: "text", required: true, description: "La solución, con las palabras de la fuente."},
      {name: "beneficios", type: "text", required: true, description: "Los beneficios, con las palabras de la fuente."},
      fuenteId,
      cita
    ]
  },
  casos_cifras: {
    name: "casos_cifras",
    description: "Cada cifra que una fuente da de los resultados de un caso, una por fila, con su cita.",
    key: ["cifra_id"],
    columns: [
      {name: "cifra_id", type: "id", required: true, description: "Identificador: `<caso_id>-<n>`."},
      {
        name: "caso_id",
        type: "id",
        required: true,
        description: "El caso, de la tabla `casos`.",
        references: ref("casos", "caso_id")
      },
      {
        name: "valor",
        type: "number",
        required: true,
        description: "El número que da la fuente.",
        min: 0,
        max: 1_000_000_000
      },
      {
        name: "unidad",
        type: "text",
        required: true,
        description:
          'Qué cuenta o mide el número, con las palabras de la fuente (p. ej. "personas que han utilizado la información del sitio").'
      },
      fuenteId,
      cita
    ]
  },
  mga_reportados: {
    name: "mga_reportados",
    description:
      "Resultados de la Métrica de Gobierno Abierto tal como una fuente los publicó (nacionales, federales o de una entidad), con sus inconsistencias anotadas.",
    key: ["edicion", "ambito", "clave_inegi", "indicador", "fuente_id"],
    columns: [
      {
        name: "edicion",
        type: "integer",
        required: true,
        description: "Edición de la Métrica (2017, 2019, 2021…).",
        min: 2017,
        max: 2099,
        year: true
      },
      {
        name: "ambito",
        type: "enum",
        required: true,
        description:
          "A qué se refiere el valor: nacional (todo el país), federal (sujetos obligados federales) o estatal (una entidad).",
        values: ["nacional", "federal", "estatal"]
      },
      {
        ...claveInegi,
        required: false,
        description: "Clave INEGI de la entidad cuando `ambito` es estatal; vacía en otro caso."
      },
      {
        name: "indicador",
        type: "enum",
        required: true,
        description:
          "ga (Índice de Gobierno Abierto), t, p, tg, tc, pg, pc (subíndices, 0–1), o sujetos_obligados (número evaluado).",
        ...coded(MGA_REPORTED_INDICATORS)
      },
      {
        name: "valor",
        type: "number",
        required: true,
        description: "El valor publicado (0–1 para los puntajes).",
        min: 0,
        max: 100_000
      },
      fuenteId,
      cita,
      {
        name: "nota",
        type: "text",
        required: false,
        description: "Inconsistencias o advertencias sobre el valor publicado."
      }
    ]
  },
  mga_sujetos: {
    name: "mga_sujetos",
    description:
      "Microdatos de la Métrica de Gobierno Abierto: un sujeto obligado por fila, normalizados por `npm run import:mga` desde el archivo publicado (ver `mga_importaciones`). No se edita a mano.",
    key: ["edicion", "sujeto"],
    columns: [
      {
        name: "edicion",
        type: "integer",
        required: true,
        description: "Edición de la Métrica.",
        min: 2017,
        max: 2099,
        year: true
      },
      {
        ...claveInegi,
        required: false,
        description: "Clave INEGI de la entidad del sujeto obligado; vacía para el ámbito federal."
      },
      {
        name: "nivel",
        type: "enum",
        required: true,
        description: "Nivel de gobierno: federal, estatal o municipal.",
        values: ["federal", "estatal", "municipal"]
      },
      {
        name: "tipo",
        type: "text",
        required: true,
        description: "Tipo de sujeto obligado tal como se publicó (Ejecutivo estatal, Municipio, Partido…)."
      },
      {name: "sujeto", type: "text", required: true, description: "Nombre del sujeto obligado tal como se publicó."},
      mgaScore("ga", "Índice de Gobierno Abierto: (t + p) / 2."),
      mgaScore("t", "Subíndice de Transparencia: (tg + tc) / 2."),
      mgaScore("p", "Subíndice de Participación: (pg + pc) / 2."),
      mgaScore("tg", "Transparencia desde la perspectiva gubernamental."),
      mgaScore("tc", "Transparencia desde la perspectiva ciudadana."),
      mgaScore("pg", "Participación desde la perspectiva gubernamental."),
      mgaScore("pc", "Participación desde la perspectiva ciudadana."),
      fuenteId,
      {
        name: "sujeto_publicado",
        type: "text",
        required: false,
        verbatim: true,
        description:
          "El nombre tal como viene en el archivo publicado, cuando el importador lo reparó porque venía codificado dos veces (UTF-8 leído como Windows-1252 y guardado de nuevo: «SÃ¡nchez» por «Sánchez»); vacío si se importó sin cambios. `sujeto` es el nombre reparado."
      }
    ]
  },
  mga_importaciones: {
    name: "mga_importaciones",
    description:
      "Procedencia de cada edición importada a `mga_sujetos`: archivo original, su dirección y su versión en el repositorio, y su huella sha256.",
    key: ["edicion"],
    columns: [
      {
        name: "edicion",
        type: "integer",
        required: true,
        description: "Edición importada.",
        min: 2017,
        max: 2099,
        year: true
      },
      fuenteId,
      {name: "archivo", type: "text", required: true, description: "Nombre del archivo importado."},
      {
        name: "url",
        type: "text",
        required: true,
        description: "Dirección o repositorio y ruta originales del archivo."
      },
      {
        name: "commit",
        type: "text",
        required: false,
        description: "Commit del repositorio de donde se tomó, si aplica."
      },
      {name: "sha256", type: "text", required: true, description: "Huella SHA-256 del archivo tal como se importó."},
      {
        name: "codificacion",
        type: "enum",
        required: true,
        description:
          "Codificación con que se leyó el archivo original: latin1 (Windows-1252) o utf-8, la que el importador reconoció en sus bytes o, si no hay señal, la pedida con `--codificacion`.",
        values: ["latin1", "utf-8"]
      },
      {
        name: "filas",
        type: "integer",
        required: true,
        description: "Sujetos obligados importados.",
        min: 1,
        max: 1_000_000
      },
      {
        name: "parcial",
        type: "boolean",
        required: true,
        description:
          "si cuando el archivo importado trae a propósito menos sujetos obligados de los publicados (`mga_reportados`, indicador sujetos_obligados) y se importó con `--parcial`; los promedios de esa edición no son entonces los publicados. no cuando está completo."
      },
      {
        name: "tolerancia",
        type: "number",
        required: true,
        description: "Tolerancia de redondeo usada al comprobar GA = (T+P)/2, T = (TG+TC)/2, P = (PG+PC)/2.",
        min: 0,
        max: 0.1
      }
    ]
  },
  avances: {
    name: "avances",
    description:
      "Cada calificación del avance de un compromiso que da una fuente, con quién la dio (el IRM de la OGP, la autoevaluación del gobierno responsable, un informe del ejercicio estatal, la prensa) y con la escala y las palabras de la fuente. Nada calculado por el proyecto entra aquí.",
    key: ["avance_id"],
    columns: [
      {
        name: "avance_id",
        type: "id",
        required: true,
        description: "Identificador: `<compromiso_id>-<fuente abreviada>`."
      },
      {
        name: "compromiso_id",
        type: "id",
        required: true,
        description:
          "El compromiso calificado, de la tabla `compromisos` (la fila que usa el proyecto, no una que una decisión deja de lado).",
        references: ref("compromisos", "compromiso_id")
      },
      {
        name: "fecha_corte",
        type: "partial_date",
        required: false,
        description:
          "Fecha a la que se refiere la calificación, tan precisa como la fuente: AAAA, AAAA-MM o AAAA-MM-DD; vacía si la fuente no la fecha."
      },
      {
        name: "nivel",
        type: "enum",
        required: false,
        description: `Nivel en la escala de cumplimiento de la OGP (${NIVELES_AVANCE.join(", ")}) cuando la fuente usa esa escala; si la fuente da un cambio («From limited to substantial»), el nivel de llegada. Vacío si la fuente no usa esa escala: su calificación está en \`nivel_fuente\`.`,
        ...coded(OGP_COMPLETION_LEVELS)
      },
      {
        name: "nivel_desde",
        type: "enum",
        required: false,
        description:
          "Cuando la fuente da un cambio de nivel («From limited to substantial»), el nivel de partida; vacío si da un solo nivel.",
        ...coded(OGP_COMPLETION_LEVELS)
      },
      {
        name: "nivel_fuente",
        type: "text",
        required: true,
        description:
          "La calificación con las palabras de la fuente, tal como la da (p. ej. «From limited to substantial.», «se cumplieron»)."
      },
      {
        name: "tipo_evaluador",
        type: "enum",
        required: true,
        description: `Quién calificó: ${TIPOS_EVALUADOR.join(", ")} (irm: el Mecanismo de Revisión Independiente de la OGP; autoevaluacion: el gobierno responsable, p. ej. en su informe de fin de compromiso en el formulario de la OGP; informe_estatal: un informe del ejercicio estatal, de su STL o su órgano garante; prensa: una nota o columna).`,
        ...coded(EVALUATOR_KINDS)
      },
      {
        name: "evaluador",
        type: "text",
        required: false,
        description: "Quién calificó, con el nombre de la institución o del documento, sin nombres de personas."
      },
      fuenteId,
      cita
    ]
  },
  correcciones: {
    name: "correcciones",
    description:
      "Las correcciones con que el registro lee la transcripción automática de un documento fuente: cada error de lectura, con su corrección, y cada nota sobre la transcripción que la lectura quita. Se aplican en el orden de la tabla a los textos de `transcripciones` para dar el texto que ven los lectores.",
    key: ["correccion_id"],
    columns: [
      {name: "correccion_id", type: "id", required: true, description: "Identificador de la corrección."},
      {
        ...fuenteId,
        description: "El documento cuya transcripción se corrige: un `fuente_id` de la tabla `fuentes`."
      },
      {
        name: "transcripcion",
        type: "text",
        required: true,
        verbatim: true,
        description:
          "El texto tal como lo dio la transcripción (o la nota del proyecto que se quita). Si empieza o termina con letra o dígito, sólo se corrige como palabra completa."
      },
      {
        name: "lectura",
        type: "text",
        required: false,
        description: "Lo que dice el documento en ese lugar; vacía cuando la corrección quita una nota."
      },
      {
        name: "clase",
        type: "enum",
        required: true,
        description:
          "ocr (el OCR leyó mal una letra, una palabra o un signo del documento) o nota (una nota del proyecto sobre la transcripción, que la lectura no necesita).",
        ...coded(CORRECTION_KINDS)
      },
      {
        name: "explicacion",
        type: "text",
        required: true,
        description: "Por qué se corrige así (p. ej. «el OCR lee ó como é»)."
      }
    ]
  },
  transcripciones: {
    name: "transcripciones",
    description:
      "El texto de una celda del registro tal como lo dio la transcripción automática de su fuente, cuando difiere de la lectura que muestra la celda: la celda es este texto con las correcciones de su fuente (`correcciones`) aplicadas.",
    key: ["tabla", "fila", "columna"],
    columns: [
      {
        name: "tabla",
        type: "enum",
        required: true,
        description: "La tabla del registro de la celda.",
        values: [
          "fuentes",
          "entidades",
          "hitos",
          "estatus_reportados",
          "compromisos",
          "planes",
          "totales_reportados",
          "stl_integrantes",
          "metas",
          "casos",
          "casos_cifras",
          "avances"
        ]
      },
      {
        name: "fila",
        type: "text",
        required: true,
        description:
          "La fila: los valores de la clave de la tabla, separados por « | » en el orden de la clave (p. ej. `coa-1-instalacion_stl-semilla001` en hitos; `10 | 2016 | semilla-002` en estatus_reportados)."
      },
      {name: "columna", type: "text", required: true, description: "La columna de la celda."},
      {
        name: "transcripcion",
        type: "text",
        required: true,
        verbatim: true,
        description: "El texto de la celda con las palabras de la transcripción, errores de lectura incluidos."
      }
    ]
  }
} as const satisfies {readonly [K in TableName]: TableDef & {readonly name: K}};

/** A parsed cell value: empty cells are null. */
export type CellValue = string | number | boolean | null;

/** The value of a non-empty cell of column C: a number, a boolean, one of an enum's values, or text. */
export type ColumnValue<C> = C extends {readonly type: "integer" | "number"}
  ? number
  : C extends {readonly type: "boolean"}
    ? boolean
    : C extends {readonly type: "enum"; readonly values: readonly (infer V)[]}
      ? V
      : string;

type Nullable<C, V> = C extends {readonly required: true} ? V : V | null;

/** The typed row of a list of columns: one property per column, null where an optional cell is empty. */
export type RowOf<Cols extends readonly ColumnDef[]> = {
  -readonly [C in Cols[number] as C["name"]]: Nullable<C, ColumnValue<C>>;
};

/** The typed row of a table, as validation returns it: empty cells are null, numbers and booleans parsed. */
export type Row<N extends TableName> = RowOf<(typeof SCHEMA)[N]["columns"]>;

/** All tables of a validated registry. */
export type Registry = {[N in TableName]: Row<N>[]};

/** The schema of one table. */
export function tableDef(name: TableName): TableDef {
  return SCHEMA[name];
}

/** The CSV file name of a table, relative to the registry folder. */
export function tableFile(name: TableName): string {
  return `${name}.csv`;
}
