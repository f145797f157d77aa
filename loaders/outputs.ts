import type {CellValue} from "./cell.js";
import {HITO_TIPOS, SCHEMA, TABLE_NAMES, type ColumnDef, type Registry} from "./schema.js";
import {milestoneCoverage} from "../metrics/coverage.js";
import {derivedTotals} from "../metrics/derived-totals.js";
import {latestMilestones} from "../metrics/latest-milestone.js";

/** A table the project publishes (to the site and the export): its dictionary entry and its rows. */
export interface OutputTable {
  readonly name: string;
  readonly description: string;
  readonly columns: readonly ColumnDef[];
  readonly rows: readonly Record<string, CellValue>[];
  /** "registro" for tables people edit in `data/`; "derivada" for tables computed from them. */
  readonly kind: "registro" | "derivada";
}

const text = (name: string, description: string, required = false): ColumnDef => ({name, type: "text", required, description});

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

/** A table computed from the registry: its dictionary entry and how to compute its rows. */
export interface DerivedTable {
  readonly name: string;
  readonly description: string;
  readonly columns: readonly ColumnDef[];
  readonly compute: (registry: Registry) => readonly Record<string, CellValue>[];
}

/** The tables derived from the registry, in publication order. */
export const DERIVED_TABLES: readonly DerivedTable[] = [
  {
    name: "ultimo_hito",
    description:
      "Para cada una de las 32 entidades, el último hito conocido: el más avanzado del proceso (ejercicio, luego etapa, luego fecha), con su fecha, su precisión y su fuente. Vacío = sin dato.",
    columns: ULTIMO_HITO_COLUMNS,
    compute: (registry) => latestMilestones(registry) as unknown as Record<string, CellValue>[]
  },
  {
    name: "cobertura",
    description:
      "Qué sabe el registro de cada hito de cada entidad y ejercicio: si se conoce, con qué precisión y de cuántas fuentes. \"No conocido\" quiere decir que ninguna fuente del registro lo fecha, no que no haya ocurrido.",
    columns: COBERTURA_COLUMNS,
    compute: (registry) => milestoneCoverage(registry) as unknown as Record<string, CellValue>[]
  },
  {
    name: "totales_derivados",
    description:
      "Cada total nacional reportado junto al que dan los hechos por entidad del registro a la misma fecha, la diferencia y si se puede reconstruir.",
    columns: TOTALES_DERIVADOS_COLUMNS,
    compute: (registry) => derivedTotals(registry) as unknown as Record<string, CellValue>[]
  }
];

/** Dictionary entries (name, description, columns, kind) of every published table, without rows. */
export function publishedTableDefs(): Omit<OutputTable, "rows">[] {
  return [
    ...TABLE_NAMES.map((name) => ({name, description: SCHEMA[name].description, columns: SCHEMA[name].columns, kind: "registro" as const})),
    ...DERIVED_TABLES.map(({name, description, columns}) => ({name, description, columns, kind: "derivada" as const}))
  ];
}

/**
 * Every table the project publishes from a validated registry: the registry's own tables, unchanged, and
 * the tables derived from them.
 */
export function outputTables(registry: Registry): OutputTable[] {
  const own = TABLE_NAMES.map((name) => registry[name] as unknown as Record<string, CellValue>[]);
  const derived = DERIVED_TABLES.map((t) => t.compute(registry));
  return publishedTableDefs().map((def, k) => ({...def, rows: k < own.length ? own[k] : derived[k - own.length]}));
}

/** The data dictionary: one row per column of every published table. */
export function dictionaryRows(tables: readonly OutputTable[]): Record<string, CellValue>[] {
  return tables.flatMap((t) =>
    t.columns.map((c) => ({
      tabla: t.name,
      clase: t.kind,
      columna: c.name,
      tipo: c.type,
      obligatoria: c.required,
      valores: c.values ? c.values.join(", ") : c.min !== undefined || c.max !== undefined ? `${c.min ?? ""}–${c.max ?? ""}` : null,
      descripcion: c.description,
      descripcion_tabla: t.description
    }))
  );
}

/** Columns of the data dictionary itself. */
export const DICTIONARY_COLUMNS: readonly ColumnDef[] = [
  text("tabla", "Nombre de la tabla.", true),
  text("clase", "registro (se edita en data/) o derivada (se calcula del registro).", true),
  text("columna", "Nombre de la columna.", true),
  text("tipo", "Tipo: text, id, integer, number, boolean, date, partial_date o enum.", true),
  {name: "obligatoria", type: "boolean", required: true, description: "Si la columna no puede quedar vacía."},
  text("valores", "Valores permitidos o intervalo."),
  text("descripcion", "Qué contiene la columna.", true),
  text("descripcion_tabla", "Qué contiene la tabla.", true)
];
