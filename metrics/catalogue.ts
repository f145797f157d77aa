import type {RowOf} from "./model/schema.js";
import {derivedTable, text, type DerivedTable, type MetricDef} from "./table-def.js";

/**
 * The catalogue of metrics (Spanish, as published in `catalogo_metricas`): the catalogue entries of the
 * given tables, in their order, each with the name of the table that holds it. Every entry is declared
 * with its table, in the table's metric module; its formula repeats the doc comment of its function in
 * words a reader of the export can follow.
 */
export function metricCatalogue(tables: readonly DerivedTable[]): MetricDef[] {
  return tables.flatMap((t) =>
    t.metrics.map((m) => ({
      id: m.id,
      tabla: t.name,
      nombre: m.nombre,
      unidad: m.unidad,
      descripcion: m.descripcion,
      formula: m.formula,
      fuente: m.fuente,
      funcion: m.funcion
    }))
  );
}

/** Columns of `catalogo_metricas`. */
const COLUMNS = [
  text("id", "Identificador de la métrica.", true),
  text("tabla", "Tabla publicada que la contiene.", true),
  text("nombre", "Nombre.", true),
  text("unidad", "Unidad.", true),
  text("descripcion", "Qué mide.", true),
  text("formula", "Cómo se calcula.", true),
  text("fuente", "De dónde viene el método.", true),
  text("funcion", "Función de la biblioteca del proyecto que la calcula.", true)
] as const satisfies readonly {name: keyof MetricDef}[];

/** The published table `catalogo_metricas`: {@link metricCatalogue} of `tables`. */
export function catalogueTable(tables: readonly DerivedTable[]): DerivedTable {
  const rows: RowOf<typeof COLUMNS>[] = metricCatalogue(tables);
  return derivedTable({
    name: "catalogo_metricas",
    description:
      "Definición de cada métrica publicada: nombre, unidad, descripción, fórmula, fuente del método y función que la calcula.",
    columns: COLUMNS,
    compute: () => rows,
    metrics: []
  });
}
