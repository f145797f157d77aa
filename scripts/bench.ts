/**
 * `npm run bench`: prints the figures the metrics are held to (issue #4), on this machine.
 *
 * 1. National recompute: every derived table from the shipped registry (target: under 15 ms).
 * 2. Municipal scale: the same recompute on a synthetic registry of 2,469 municipios, ~97,000 hitos and
 *    ~240,000 compromisos over ten years, generated with a fixed seed (targets: median under 500 ms of 7
 *    runs after 10 of warm-up, peak memory under 400 MB), in a separate process so the memory figure is its
 *    own; a full garbage collection precedes each run, so the peak is that of one recompute; the process's
 *    first run (what a process that recomputes once pays) and every run in order; the cost per row follows.
 * 3. Yardstick: the monthly phase panel computed by DuckDB SQL (@duckdb/node-api) on the same input, its
 *    time against the TypeScript engine's (target: SQL / TypeScript ≥ 2), and how many rows agree.
 * It prints figures; it asserts nothing (timings are not tests).
 */
import {execFileSync} from "node:child_process";
import {loadRegistry} from "../loaders/registry/registry.js";
import {recomputeAll, repeat, type RecomputeTiming} from "../bench/recompute.js";

const fmt = (ms: number) => `${ms.toFixed(1)} ms`;
const table = (t: RecomputeTiming) =>
  t.tables
    .map((x) => `    ${x.name.padEnd(24)} ${fmt(x.ms).padStart(10)}  ${String(x.rows).padStart(7)} filas`)
    .join("\n");
const out = (s = "") => process.stdout.write(`${s}\n`);

out(
  `Banco de pruebas — ${new Date().toISOString().slice(0, 10)}, Node ${process.version}, ${(await import("node:os")).cpus().length} núcleos`
);
out();
const t0 = performance.now();
const registry = await loadRegistry();
const validateMs = performance.now() - t0;
const national = repeat(() => recomputeAll(registry), 50, 5).sorted;
const med = national[Math.floor(national.length / 2)];
out("1. Recálculo nacional (registro incluido)");
out(`  lectura y validación del registro: ${fmt(validateMs)}`);
out(
  `  recálculo de ${med.tables.length} tablas derivadas: mediana ${fmt(med.total)} (mín. ${fmt(national[0].total)}, máx. ${fmt(national.at(-1)!.total)}, 50 corridas tras 5 de calentamiento) — meta < 15 ms: ${med.total < 15 ? "cumple" : "NO cumple"}`
);
out(table(med));
out();

const raw = execFileSync(
  process.execPath,
  ["--expose-gc", "--import", "tsx", new URL("../bench/municipal.ts", import.meta.url).pathname],
  {encoding: "utf8", maxBuffer: 16 * 1024 * 1024}
);
const m = JSON.parse(raw);
out(`2. Escala municipal (sintética, semilla ${m.scale.seed})`);
out(
  `  ${m.sizes.unidades} unidades, ${m.sizes.hitos} hitos, ${m.sizes.compromisos} compromisos, ${m.sizes.estatus} estatus; generación ${fmt(m.generateMs)}`
);
out(
  `  recálculo de todas las tablas derivadas: mediana ${fmt(m.recompute.median)} (mín. ${fmt(m.recompute.min)}, máx. ${fmt(m.recompute.max)}, ${m.recompute.runs} corridas tras ${m.recompute.warmup} de calentamiento) — meta < 500 ms: ${m.recompute.median < 500 ? "cumple" : "NO cumple"}`
);
out(
  `  la primera corrida del proceso (V8 aún sin compilar las métricas): ${fmt(m.recompute.inOrder[0])}; todas, en orden: ${(m.recompute.inOrder as number[]).map((t) => t.toFixed(0)).join(" ")} ms`
);
out(
  `  memoria máxima del proceso (RSS, recolección completa antes de cada corrida): ${m.maxRssMb.toFixed(0)} MB — meta < 400 MB: ${m.maxRssMb < 400 ? "cumple" : "NO cumple"}`
);
out(table({total: m.recompute.median, tables: m.recompute.tables}));
const rowsOut = (m.recompute.tables as {rows: number}[]).reduce((a, t) => a + t.rows, 0);
const rowsIn = m.sizes.hitos + m.sizes.compromisos + m.sizes.estatus;
out(
  `  costo: ${((m.recompute.median * 1000) / rowsIn).toFixed(2)} µs por fila del registro (${rowsIn} filas), ${((m.recompute.median * 1000) / rowsOut).toFixed(2)} µs por fila publicada (${rowsOut} filas)`
);
out();
out("3. Panel mensual de fases: TypeScript frente a DuckDB SQL");
out(`  ${m.panel.rows} filas (unidad × mes); evidencia: ${m.sizes.evidencia} hitos y estatus`);
out(`  TypeScript: ${fmt(m.panel.tsMs)}; DuckDB: carga ${fmt(m.panel.sqlLoadMs)}, consulta ${fmt(m.panel.sqlQueryMs)}`);
const ratio = m.panel.sqlQueryMs / m.panel.tsMs;
out(
  `  razón consulta SQL / TypeScript: ${ratio.toFixed(2)} (TypeScript ${ratio >= 1 ? `${ratio.toFixed(1)} veces más rápido` : "más lento"}) — meta ≥ 2: ${ratio >= 2 ? "cumple" : "NO cumple"}`
);
out(`  filas en que ambos dan la misma posición segura, posible y meses en fase: ${m.panel.same} de ${m.panel.rows}`);
