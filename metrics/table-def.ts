import type {CellValue, ColumnDef, Decimals, Registry, RowOf} from "./model/schema.js";
import {SCHEMA} from "./model/schema.js";
import {coded as codedValues, listEs, PRECISION_IDS, PRECISIONS, type Term} from "./model/vocabulary.js";

/** One published metric as the catalogue (`catalogo_metricas`) lists it, in Spanish. */
export interface MetricDef {
  /** Stable identifier. */
  id: string;
  /** The published table that holds it. */
  tabla: string;
  nombre: string;
  /** Unit, lowercase: "fase", "meses", "entidades", "puntaje 0–1"… */
  unidad: string;
  descripcion: string;
  formula: string;
  /** Where the method comes from. */
  fuente: string;
  /** The function that computes it, in `metrics/`. */
  funcion: string;
}

/**
 * A table computed from the registry, as its metric module declares it: the published name, the
 * dictionary's description, the columns (names, types, descriptions: what the Parquet and CSV files and
 * the dictionary are written from), the catalogue entries of the metrics it publishes, and the function
 * that computes its rows. The rows' type follows from the columns ({@link RowOf}), so the rows, the files
 * and the catalogue cannot drift apart. Listed once in `metrics/tables.ts`.
 */
export interface DerivedTable {
  readonly name: string;
  readonly description: string;
  readonly columns: readonly ColumnDef[];
  readonly metrics: readonly Omit<MetricDef, "tabla">[];
  readonly compute: (registry: Registry) => readonly Record<string, CellValue>[];
}

/**
 * Declares a derived table. `columns` is read as a literal tuple, so `compute` must return rows of exactly
 * the type the columns describe: one property per column, typed by the column's type (numbers, booleans,
 * an enum's union, text), null allowed only where the column is not required.
 */
export function derivedTable<const Cols extends readonly ColumnDef[]>(def: {
  readonly name: string;
  readonly description: string;
  readonly columns: Cols;
  readonly metrics: readonly Omit<MetricDef, "tabla">[];
  readonly compute: (registry: Registry) => readonly RowOf<Cols>[];
}): DerivedTable {
  return def;
}

// Column builders: each returns a column with literal name, type and requiredness, so that `RowOf` can
// type the rows. `required` defaults to the most common choice of each type.

/** A text column (optional by default). */
export const text = <const N extends string, const R extends boolean = false>(
  name: N,
  description: string,
  required?: R
) => ({name, type: "text", required: (required ?? false) as R, description}) as const;

/** A whole-number column (required by default). */
export const int = <const N extends string, const R extends boolean = true>(
  name: N,
  description: string,
  required?: R
) => ({name, type: "integer", required: (required ?? true) as R, description}) as const;

/**
 * A decimal-number column (optional by default), with the decimals it is published with and why
 * (`decimals`: the precision its method supports; the publication rounds to it, the dictionary says it).
 */
export const num = <const N extends string, const R extends boolean = false>(
  name: N,
  description: string,
  decimals: Decimals,
  required?: R
) => ({name, type: "number", required: (required ?? false) as R, description, decimals}) as const;

/** Averages of the Métrica's 0–1 scores, and differences between them: 4 decimals, as CIDE–INAI publish theirs. */
export const MGA_DECIMALS: Decimals = {
  digits: 4,
  why: "la Métrica de Gobierno Abierto publica sus promedios con 4 decimales; más no los distingue"
};

/** A si/no column (required by default). */
export const bool = <const N extends string, const R extends boolean = true>(
  name: N,
  description: string,
  required?: R
) => ({name, type: "boolean", required: (required ?? true) as R, description}) as const;

/** A column of ISO days, AAAA-MM-DD (required by default). */
export const day = <const N extends string, const R extends boolean = true>(
  name: N,
  description: string,
  required?: R
) => ({name, type: "date", required: (required ?? true) as R, description}) as const;

/** A column whose values are one of `values` (required by default). */
export const oneOf = <const N extends string, const V extends readonly string[], const R extends boolean = true>(
  name: N,
  values: V,
  description: string,
  required?: R
) => ({name, type: "enum", required: (required ?? true) as R, values, description}) as const;

/**
 * A column whose values are the identifiers of a list of terms of the vocabulary (required by default):
 * an enum that also carries each value's Spanish label, which the published tables write beside the code
 * as `<name>_etiqueta`.
 */
export const coded = <const N extends string, const T extends readonly Term[], const R extends boolean = true>(
  name: N,
  terms: T,
  description: string,
  required?: R
) => ({name, type: "enum", required: (required ?? true) as R, ...codedValues(terms), description}) as const;

/** The INEGI key of a state, as in `entidades`. */
export const clave = <const R extends boolean = true>(description = "Clave INEGI de la entidad.", required?: R) =>
  ({...SCHEMA.entidades.columns[0], required: (required ?? true) as R, description}) as const;

/** The precision of a derived date (optional: empty when there is no date). */
export const precisionColumn = () =>
  coded("precision", PRECISIONS, `Precisión de la fecha: ${listEs(PRECISION_IDS, "o")}.`, false);
