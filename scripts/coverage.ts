/**
 * `npm run coverage`: prints, state by state, which milestones the registry knows, to what precision and
 * from how many sources, each plan's compromisos known by title and by count, and whether the per-state
 * facts rebuild each reported national total (how many of them it rebuilds). Then what the record holds
 * beyond dated milestones: the progress ratings of compromisos by kind of evaluator, the compromisos with a
 * theme, who says each reported total when a source attributes it, and the readings of the OCR
 * transcriptions. The same data is exported as `cobertura`, `cobertura_planes`, `totales_derivados` and the
 * registry tables `avances`, `totales_reportados`, `correcciones` and `transcripciones`.
 */
import {runCli} from "./lib/cli.js";
import {coverageText} from "./lib/coverage-text.js";
import {resolveRegistry} from "../loaders/registry/registry-source.js";
import {milestoneCoverage} from "../metrics/coverage.js";
import {derivedTotals} from "../metrics/derived-totals.js";
import type {Registry} from "../metrics/model/schema.js";
import {EVALUATOR_KINDS} from "../metrics/model/vocabulary.js";
import {planCoverage} from "../metrics/plan-compromisos.js";
import {usedCompromisos} from "../metrics/used-compromisos.js";

/**
 * The record beyond its milestones, as plain text: ratings of compromisos by kind of evaluator (and how many
 * are on OGP's scale), compromisos with a theme of the vocabulary, reported totals with who says them (and
 * those said by someone other than INAI), and the OCR readings (corrections and transcribed cells).
 */
export function recordText(registry: Registry): string {
  const lines = ["", "LO DEMÁS DEL REGISTRO"];
  const rated = new Set(registry.avances.map((a) => a.compromiso_id));
  // Compromisos as every count counts them: without the rows a decision sets aside.
  const compromisos = usedCompromisos(registry);
  lines.push(
    `Avances calificados por una fuente: ${registry.avances.length} calificaciones de ${rated.size} compromisos (de ${compromisos.length}); en la escala de la OGP: ${registry.avances.filter((a) => a.nivel !== null).length}.`
  );
  for (const k of EVALUATOR_KINDS) {
    const n = registry.avances.filter((a) => a.tipo_evaluador === k.id).length;
    if (n > 0) lines.push(`  ${k.label}: ${n}`);
  }
  const themed = compromisos.filter((c) => c.tema !== null);
  lines.push(
    `Compromisos con tema (vocabulario único, de la fuente): ${themed.length} de ${compromisos.length}; temas distintos: ${new Set(themed.map((c) => c.tema)).size}.`
  );
  const attributed = registry.totales_reportados.filter((t) => t.quien_lo_dice !== null);
  lines.push(
    `Totales nacionales reportados: ${registry.totales_reportados.length}; con quién los dice: ${attributed.length}.`
  );
  for (const t of attributed.filter((x) => !x.quien_lo_dice!.startsWith("El INAI")))
    lines.push(`  ${t.fecha_corte} ${t.indicador} ${t.valor}: ${t.quien_lo_dice}`);
  lines.push(
    `Lecturas de las transcripciones por OCR: ${registry.correcciones.length} correcciones registradas; ${registry.transcripciones.length} celdas muestran la lectura del documento y guardan su transcripción.`
  );
  return `${lines.join("\n")}\n`;
}

await runCli(async () => {
  const {registry} = await resolveRegistry();
  process.stdout.write(coverageText(milestoneCoverage(registry), derivedTotals(registry), planCoverage(registry)));
  process.stdout.write(recordText(registry));
});
