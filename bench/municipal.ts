/**
 * The municipal-scale part of `npm run bench`, run in its own process so its peak memory is its own:
 * generates the synthetic registry, recomputes every derived table ten times to warm up and seven times
 * timed (after a full garbage collection each, when run with `--expose-gc`), computes the monthly phase
 * panel in TypeScript and with DuckDB SQL from the same evidence, and prints one JSON object on stdout.
 */
import {monthlyPhases, latestFactDate, PANEL_START} from "../metrics/monthly-phases.js";
import {phaseEvidence} from "../metrics/phase-evidence.js";
import {STAGE_OF_PHASE} from "../metrics/model/vocabulary.js";
import {phasePanelSql} from "./phase-panel-sql.js";
import {planCompromisos} from "../metrics/plan-compromisos.js";
import {recordEnd} from "../metrics/record-end.js";
import {recomputeAll, repeat} from "./recompute.js";
import {MUNICIPAL_SCALE, syntheticRegistry} from "./synthetic-registry.js";

const t0 = performance.now();
const registry = syntheticRegistry();
const generateMs = performance.now() - t0;
// Timed runs after the warm-up: in this process the runs' times settle after about eight (V8 compiling).
const WARMUP = 10;
const RUNS = 7;
const {inOrder, sorted: runs} = repeat(() => recomputeAll(registry), RUNS, WARMUP);
const median = runs[Math.floor(RUNS / 2)];
// The recompute's peak, read before DuckDB (the yardstick below) loads into the same process.
const recomputeRssMb = process.resourceUsage().maxRSS / 1024;

// Both engines get the same input, computed first and untimed: the evidence per state and the last month.
const evidenceByState = phaseEvidence(registry, {withStatuses: true});
const evidence = [...evidenceByState.values()].flat();
const last = latestFactDate(registry);
planCompromisos(registry);
recordEnd(registry);
const t1 = performance.now();
const panel = monthlyPhases(registry);
const tsPanelMs = performance.now() - t1;
const sql = await phasePanelSql(
  registry.entidades.map((e) => e.clave_inegi),
  evidence,
  PANEL_START,
  last
);

const posOf = (ejercicio: number | null, fase: string) =>
  ejercicio === null || !(fase in STAGE_OF_PHASE)
    ? null
    : ejercicio * 10 + STAGE_OF_PHASE[fase as keyof typeof STAGE_OF_PHASE]!;
const sqlByKey = new Map(sql.rows.map((r) => [`${r.clave}|${r.fecha}`, r]));
let same = 0;
for (const r of panel) {
  const s = sqlByKey.get(`${r.clave_inegi}|${r.fecha}`);
  if (
    s &&
    s.pos === posOf(r.ejercicio, r.fase) &&
    s.pos_posible === posOf(r.ejercicio_posible, r.fase_posible) &&
    s.meses === r.meses_en_fase
  )
    same++;
}

process.stdout.write(
  JSON.stringify({
    scale: MUNICIPAL_SCALE,
    sizes: {
      unidades: registry.entidades.length,
      hitos: registry.hitos.length,
      compromisos: registry.compromisos.length,
      estatus: registry.estatus_reportados.length,
      evidencia: evidence.length
    },
    generateMs,
    recompute: {
      warmup: WARMUP,
      runs: RUNS,
      min: runs[0].total,
      median: median.total,
      max: runs[RUNS - 1].total,
      inOrder,
      tables: median.tables
    },
    panel: {
      rows: panel.length,
      tsMs: tsPanelMs,
      sqlLoadMs: sql.loadMs,
      sqlQueryMs: sql.queryMs,
      sqlRows: sql.rows.length,
      same
    },
    maxRssMb: recomputeRssMb
  })
);
