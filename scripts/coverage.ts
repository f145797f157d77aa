/**
 * `npm run coverage`: prints, state by state, which milestones the registry knows, to what precision and
 * from how many sources, each plan's compromisos known by title and by count, and whether the per-state
 * facts rebuild each reported national total. The same data is exported as `cobertura`, `cobertura_planes`
 * and `totales_derivados`.
 */
import {runCli} from "./lib/cli.js";
import {coverageText} from "./lib/coverage-text.js";
import {resolveRegistry} from "../loaders/registry/registry-source.js";
import {milestoneCoverage} from "../metrics/coverage.js";
import {derivedTotals} from "../metrics/derived-totals.js";
import {planCoverage} from "../metrics/plan-compromisos.js";

await runCli(async () => {
  const {registry} = await resolveRegistry();
  process.stdout.write(coverageText(milestoneCoverage(registry), derivedTotals(registry), planCoverage(registry)));
});
