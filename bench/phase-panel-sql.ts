import {DuckDBInstance} from "@duckdb/node-api";
import type {PhaseEvidence} from "../metrics/phase-evidence.js";

/** One row of the SQL panel: positions as ejercicio × 10 + stage. */
export interface SqlPanelRow {
  clave: string;
  fecha: string;
  pos: number | null;
  pos_posible: number | null;
  desde: string | null;
  meses: number | null;
}

/**
 * The core of the monthly phase panel computed by DuckDB SQL, as a yardstick for the TypeScript engine:
 * for every unit and month end, the furthest certain position (evidence whose `max` ≤ the day), the
 * furthest possible one (`min` ≤ the day, an unknown `min` always possible), the earliest `max` at the
 * certain position, and calendar months since it. Returns the rows and the time of the query alone (the load
 * is timed apart).
 */
export async function phasePanelSql(
  units: readonly string[],
  evidence: Iterable<PhaseEvidence>,
  from: string,
  to: string
): Promise<{rows: SqlPanelRow[]; loadMs: number; queryMs: number}> {
  const instance = await DuckDBInstance.create(":memory:", {threads: "2"});
  const db = await instance.connect();
  const t0 = performance.now();
  await db.run("CREATE TABLE raw_evidence (clave VARCHAR, ejercicio INTEGER, stage INTEGER, min VARCHAR, max VARCHAR)");
  await db.run("CREATE TABLE units (clave VARCHAR)");
  const appender = await db.createAppender("raw_evidence");
  for (const e of evidence) {
    appender.appendVarchar(e.clave_inegi);
    appender.appendInteger(e.ejercicio);
    appender.appendInteger(e.stage);
    if (e.min === null) appender.appendNull();
    else appender.appendVarchar(e.min);
    appender.appendVarchar(e.max);
    appender.endRow();
  }
  appender.closeSync();
  const unitAppender = await db.createAppender("units");
  for (const u of units) {
    unitAppender.appendVarchar(u);
    unitAppender.endRow();
  }
  unitAppender.closeSync();
  await db.run(
    "CREATE TABLE evidence AS SELECT clave, ejercicio * 10 + stage AS pos, CAST(min AS DATE) AS min, CAST(max AS DATE) AS max FROM raw_evidence"
  );
  const loadMs = performance.now() - t0;
  const t1 = performance.now();
  const reader = await db.runAndReadAll(`
    WITH months AS (
      SELECT CAST(last_day(d) AS DATE) AS fecha
      FROM range(DATE '${from}-01', CAST(DATE '${to.slice(0, 7)}-01' + INTERVAL 1 MONTH AS DATE), INTERVAL 1 MONTH) t(d)
    ),
    grid AS (SELECT clave, fecha FROM units CROSS JOIN months),
    certain AS (
      SELECT g.clave, g.fecha, max(e.pos) AS pos FROM grid g JOIN evidence e ON e.clave = g.clave AND e.max <= g.fecha GROUP BY ALL
    ),
    possible AS (
      SELECT g.clave, g.fecha, max(e.pos) AS pos FROM grid g JOIN evidence e ON e.clave = g.clave AND (e.min IS NULL OR e.min <= g.fecha) GROUP BY ALL
    ),
    desde AS (
      SELECT c.clave, c.fecha, min(e.max) AS desde FROM certain c JOIN evidence e ON e.clave = c.clave AND e.pos = c.pos AND e.max <= c.fecha GROUP BY ALL
    )
    SELECT g.clave, CAST(g.fecha AS VARCHAR) AS fecha, c.pos, p.pos AS pos_posible, CAST(d.desde AS VARCHAR) AS desde,
      CASE WHEN d.desde IS NULL THEN NULL
           ELSE date_diff('month', d.desde, g.fecha) END AS meses
    FROM grid g
    LEFT JOIN certain c USING (clave, fecha)
    LEFT JOIN possible p USING (clave, fecha)
    LEFT JOIN desde d USING (clave, fecha)
    ORDER BY g.clave, g.fecha`);
  const queryMs = performance.now() - t1;
  const rows = reader.getRowObjectsJS();
  db.closeSync();
  instance.closeSync();
  const numberOrNull = (v: unknown) => (v === null ? null : Number(v));
  const textOrNull = (v: unknown) => (v === null ? null : String(v));
  return {
    rows: rows.map((r) => ({
      clave: String(r.clave),
      fecha: String(r.fecha),
      pos: numberOrNull(r.pos),
      pos_posible: numberOrNull(r.pos_posible),
      desde: textOrNull(r.desde),
      meses: numberOrNull(r.meses)
    })),
    loadMs,
    queryMs
  };
}
