import type {CellValue} from "../../metrics/model/schema.js";
import {DERIVED_TABLES} from "../../metrics/tables.js";
import {text} from "../../metrics/table-def.js";
import {SCHEMA, TABLE_NAMES, type ColumnDef, type Registry} from "../../metrics/model/schema.js";

/** A table the project publishes (to the site and the export): its dictionary entry and its rows. */
export interface OutputTable {
  readonly name: string;
  readonly description: string;
  readonly columns: readonly ColumnDef[];
  readonly rows: readonly Record<string, CellValue>[];
  /** "registro" for tables people edit in `data/`; "derivada" for tables computed from them. */
  readonly kind: "registro" | "derivada";
}

/** Dictionary entries (name, description, columns, kind) of every published table, without rows. */
export function publishedTableDefs(): Omit<OutputTable, "rows">[] {
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
 * Every table the project publishes from a validated registry: the registry's own tables, unchanged, and
 * the tables derived from them.
 */
export function outputTables(registry: Registry): OutputTable[] {
  const own: (readonly Record<string, CellValue>[])[] = TABLE_NAMES.map((name) => registry[name]);
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
      valores: c.values
        ? c.values.join(", ")
        : c.min !== undefined || c.max !== undefined
          ? `${c.min ?? ""}–${c.max ?? ""}`
          : null,
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
