/**
 * The metrics library: the process model and the registry's schema (`model/`), one metric per file, and
 * the derived tables they publish — re-exported here. Formulas are in each function's doc comment and in
 * {@link METRIC_CATALOGUE}.
 */
export * from "./model/vocabulary.js";
export {
  SCHEMA,
  TABLE_NAMES,
  tableDef,
  tableFile,
  type CellValue,
  type ColumnDef,
  type ColumnType,
  type Registry,
  type Row,
  type RowOf,
  type TableDef,
  type TableName
} from "./model/schema.js";
export {formatInterval, intervalPrecision, isIsoDay, isPartialDate, partialDateBounds} from "./model/dates.js";
export {discardedIds} from "./model/decisions.js";
export {derivedTable, type DerivedTable, type MetricDef} from "./table-def.js";
export {DERIVED_TABLES, METRIC_CATALOGUE} from "./tables.js";
export {commitmentQuality, COMPROMISOS_CALIDAD, type CommitmentQuality} from "./commitment-quality.js";
export {COBERTURA, milestoneCoverage, type CoverageCell} from "./coverage.js";
export {daysBetween} from "./days-between.js";
export {derivedTotals, TOTALES_DERIVADOS, type DerivedTotal} from "./derived-totals.js";
export {latestMilestones, ULTIMO_HITO, type LatestMilestone} from "./latest-milestone.js";
export {mean} from "./mean.js";
export {median} from "./median.js";
export {
  meanScores,
  MGA_ESTATAL,
  MGA_POR_TIPO,
  mgaByGroup,
  mgaByState,
  type MgaGroupRow,
  type MgaStateRow
} from "./mga-aggregate.js";
export {monthEnds} from "./month-ends.js";
export {
  ATTAINMENT_STEPS,
  attainmentRuns,
  compareSeries,
  type AttainmentRun,
  type CompareMonth
} from "./compare-over-time.js";
export {
  FASES_MENSUALES,
  latestFactDate,
  monthlyPhases,
  PANEL_START,
  type MonthlyPhase,
  type PhaseInputs
} from "./monthly-phases.js";
export {
  attainmentOnDate,
  datedAttainments,
  datedAttainmentsAsOf,
  furtherAttainment,
  LOGROS_TABLE,
  plansAtPosition,
  positionOfPhase,
  type Attainment,
  type DatedAttainment
} from "./attainment.js";
export {dayKey, phaseEvidence, type PhaseEvidence} from "./phase-evidence.js";
export {calendarMonths, phaseOnDate, wholeMonths, type PhaseOnDate} from "./phase-on-date.js";
export {groupBy} from "./group-by.js";
export {memoizeOnTables} from "./memo.js";
export {
  INDICADORES_ESTATALES,
  NATIONAL_COLUMNS,
  nationalProgress,
  prepareProgress,
  stateProgress,
  stateProgressSeries,
  type NationalProgress,
  type PreparedProgress,
  type StateProgress
} from "./progress.js";
export {INDICADORES_NACIONALES, nationalProgressSeries} from "./national-series.js";
export {
  nationalPanorama,
  PANORAMA_INDICATORS,
  PANORAMA_NACIONAL,
  panoramaMembers,
  type NationalPanorama,
  type PanoramaIndicator,
  type PanoramaIndicatorId,
  type PanoramaMember
} from "./national-panorama.js";
export {recordEnd} from "./record-end.js";
export {
  COBERTURA_PLANES,
  planCompromisos,
  planCoverage,
  type PlanCount,
  type PlanCoverage
} from "./plan-compromisos.js";
export {rankDescending} from "./rank.js";
export {resolveMilestones, type ResolvedMilestone} from "./resolve-milestones.js";
export {semaforo, SEMAFORO_METRIC, seguimiento, type Seguimiento} from "./semaforo.js";
export {SEMAFORO_RULE, SEMAFORO_THRESHOLDS, type SemaforoThreshold} from "./semaforo-thresholds.js";
export {
  AFTER_VIEW_DATE,
  AFTER_VIEW_DATE_IDS,
  isAfterViewDate,
  recordEndOnViewDate,
  type AfterViewDate
} from "./as-of.js";
export {
  AGREEMENTS,
  compareWithReported,
  SEMAFORO_VS_REPORTADO,
  type Agreement,
  type ReportedComparison
} from "./semaforo-vs-reported.js";
export {and3, or3, shareBounds} from "./share-bounds.js";
export {COMPROMISOS_POR_TEMA, compromisosByTheme} from "./themes.js";
export {usedCompromisos} from "./used-compromisos.js";
export {
  METAS_RESULTADO,
  TARGET_RESULTS,
  targetOutcome,
  targetOutcomes,
  type TargetOutcome,
  type TargetResult
} from "./target-outcomes.js";
export {
  MGA_EDICIONES,
  MGA_ORIGINS,
  mgaEditionOn,
  mgaEditions,
  mgaPublicationBounds,
  type MgaEditionDate,
  type MgaEditionValue
} from "./mga-editions.js";
export {ESTADISTICOS, referenceValue, type Estadistico, type ReferenceValue} from "./reference-value.js";
