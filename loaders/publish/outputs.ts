import type {CellValue} from "../../metrics/model/schema.js";
import {DERIVED_TABLES} from "../../metrics/tables.js";
import {text} from "../../metrics/table-def.js";
import {SCHEMA, TABLE_NAMES, type ColumnDef, type Registry} from "../../metrics/model/schema.js";
import {isAdded, readableColumns, readableRows, stateNames} from "./readable.js";

/** A table the project publishes (to the site and the export): its dictionary entry and its rows. */
export interface OutputTable {
  readonly name: string;
  readonly description: string;
  readonly columns: readonly ColumnDef[];
  readonly rows: readonly Record<string, CellValue>[];
  /** "registro" for tables people edit in `data/`; "derivada" for tables computed from them. */
  readonly kind: "registro" | "derivada";
}

/** Each published table as declared (name, description, its own columns, kind), before the publication adds anything. */
function declaredTables(): Omit<OutputTable, "rows">[] {
  return [
    ...TABLE_NAMES.map((name) => ({
      name,
      description: SCHEMA[name].description,
      columns: SCHEMA[name].columns,
      kind: "registro" as const
    })),
    ...DERIVED_TABLES.map(({name, description, columns}) => ({name, description, columns, kind: "derivada" as const}))
  ];
}

/**
 * Dictionary entries (name, description, columns, kind) of every published table, without rows: the columns
 * as published, with those the publication adds for readers ({@link readableColumns}).
 */
export function publishedTableDefs(): Omit<OutputTable, "rows">[] {
  return declaredTables().map((t) => ({...t, columns: readableColumns(t.columns)}));
}

/**
 * Every table the project publishes from a validated registry: the registry's own tables and the tables
 * derived from them, as people read them ({@link readableRows}): the state's name and ISO code beside
 * `clave_inegi`, each code's Spanish label beside it, derived numbers rounded to their declared decimals;
 * the registry's own values unchanged.
 */
export function outputTables(registry: Registry): OutputTable[] {
  const own: (readonly Record<string, CellValue>[])[] = TABLE_NAMES.map((name) => registry[name]);
  const derived = DERIVED_TABLES.map((t) => t.compute(registry));
  const states = stateNames(registry.entidades);
  return declaredTables().map((def, k) => ({
    ...def,
    columns: readableColumns(def.columns),
    rows: readableRows(def.columns, k < own.length ? own[k] : derived[k - own.length], states)
  }));
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
      valores: c.values
        ? c.values.join(", ")
        : c.min !== undefined || c.max !== undefined
          ? `${c.min ?? ""}–${c.max ?? ""}`
          : null,
      decimales: c.decimals?.digits ?? null,
      agregada: isAdded(c),
      descripcion: columnDescription(c),
      descripcion_tabla: t.description
    }))
  );
}

/** A column's description as the dictionary gives it: with the decimals it is published with, and why. */
export function columnDescription(c: ColumnDef): string {
  return c.decimals
    ? `${c.description} Se publica con ${c.decimals.digits} ${c.decimals.digits === 1 ? "decimal" : "decimales"}: ${c.decimals.why}.`
    : c.description;
}

/** Columns of the data dictionary itself. */
export const DICTIONARY_COLUMNS: readonly ColumnDef[] = [
  text("tabla", "Nombre de la tabla.", true),
  text("clase", "registro (se edita en data/) o derivada (se calcula del registro).", true),
  text("columna", "Nombre de la columna.", true),
  text("tipo", "Tipo: text, id, integer, number, boolean, date, partial_date o enum.", true),
  {name: "obligatoria", type: "boolean", required: true, description: "Si la columna no puede quedar vacía."},
  text("valores", "Valores permitidos o intervalo."),
  {
    name: "decimales",
    type: "integer",
    required: false,
    description:
      "Para un número calculado: con cuántos decimales se publica (la precisión que su método sostiene; la razón está en `descripcion`). Vacío para los demás: los números del registro se publican como los da su fuente."
  },
  {
    name: "agregada",
    type: "boolean",
    required: true,
    description:
      "si: columna que la publicación agrega para leer la tabla (el nombre y el código ISO de la entidad junto a `clave_inegi`, la etiqueta en español junto a un código); no está en los archivos del registro (`data/`)."
  },
  text("descripcion", "Qué contiene la columna.", true),
  text("descripcion_tabla", "Qué contiene la tabla.", true)
];
