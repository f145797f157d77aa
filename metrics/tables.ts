/**
 * The tables derived from the registry, in publication order: the one list the export, the site's
 * archive, the data dictionary and the catalogue are built from. Each table is declared in its metric
 * module ({@link derivedTable}); adding one is a line here.
 */
import {LOGROS_TABLE} from "./attainment.js";
import {catalogueTable, metricCatalogue} from "./catalogue.js";
import {COMPROMISOS_CALIDAD} from "./commitment-quality.js";
import {COBERTURA} from "./coverage.js";
import {TOTALES_DERIVADOS} from "./derived-totals.js";
import {ULTIMO_HITO} from "./latest-milestone.js";
import {MGA_ESTATAL, MGA_POR_TIPO} from "./mga-aggregate.js";
import {MGA_EDICIONES} from "./mga-editions.js";
import {FASES_MENSUALES} from "./monthly-phases.js";
import {PANORAMA_NACIONAL} from "./national-panorama.js";
import {COBERTURA_PLANES} from "./plan-compromisos.js";
import {INDICADORES_NACIONALES} from "./national-series.js";
import {INDICADORES_ESTATALES} from "./progress.js";
import {SEMAFORO_VS_REPORTADO} from "./semaforo-vs-reported.js";
import {METAS_RESULTADO} from "./target-outcomes.js";
import type {DerivedTable, MetricDef} from "./table-def.js";
import {COMPROMISOS_POR_TEMA} from "./themes.js";

/** The tables that publish metrics, in publication order. */
const METRIC_TABLES: readonly DerivedTable[] = [
  ULTIMO_HITO,
  COBERTURA,
  COBERTURA_PLANES,
  TOTALES_DERIVADOS,
  FASES_MENSUALES,
  LOGROS_TABLE,
  PANORAMA_NACIONAL,
  SEMAFORO_VS_REPORTADO,
  INDICADORES_ESTATALES,
  INDICADORES_NACIONALES,
  COMPROMISOS_POR_TEMA,
  COMPROMISOS_CALIDAD,
  MGA_ESTATAL,
  MGA_POR_TIPO,
  MGA_EDICIONES,
  METAS_RESULTADO
];

/** Every published metric, as `catalogo_metricas` lists it. */
export const METRIC_CATALOGUE: readonly MetricDef[] = metricCatalogue(METRIC_TABLES);

/** Every derived table, in publication order, the catalogue last. */
export const DERIVED_TABLES: readonly DerivedTable[] = [...METRIC_TABLES, catalogueTable(METRIC_TABLES)];
