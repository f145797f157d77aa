import {availableParallelism} from "node:os";
import {defineConfig} from "vitest/config";
import {BaseSequencer, type TestSpecification} from "vitest/node";

/**
 * Vitest's order (slowest first, from the last run's timings or the files' sizes), except that the tests
 * that need no site come first: they run while the global setup builds the site (test/global-setup.ts),
 * and the browser tests, which wait for that build, follow. The type check (test/typecheck.test.ts) is the
 * last of the first kind: it fills the core the build leaves idle once the other tests are done.
 */
class UnitTestsFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const isSite = (f: TestSpecification) => /\/site[^/]*\.test\.ts$/.test(f.moduleId);
    const isTypecheck = (f: TestSpecification) => f.moduleId.endsWith("/typecheck.test.ts");
    return [
      ...sorted.filter((f) => !isSite(f) && !isTypecheck(f)),
      ...sorted.filter(isTypecheck),
      ...sorted.filter(isSite)
    ];
  }
}

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    testTimeout: 30_000,
    // One build, one static server and one Chromium for the whole run (test/global-setup.ts).
    globalSetup: ["test/global-setup.ts"],
    sequence: {sequencer: UnitTestsFirst},
    // Test files run two (or one per core) at a time: a browser test spends much of its time waiting (a page
    // loading, the network going idle, a build in another process), so the waits of one file overlap the work
    // of another. Vitest's default is one file at a time on a 2-core machine (cores − 1). On a machine already
    // loaded by other work, the long browser tests may run out of time: TABLERO_TEST_WORKERS=1 runs one at a
    // time (and TABLERO_TEST_WORKERS=3 more).
    maxWorkers: Number(process.env.TABLERO_TEST_WORKERS) || Math.max(2, availableParallelism()),
    // The site build (global setup) takes most of a minute on two cores.
    hookTimeout: 240_000,
    env: {TZ: "UTC"}
  }
});
