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
    // A worker keeps the modules it has imported from one test file to the next (no test changes a module's
    // state, the environment or the globals): the small test files no longer each import the library again.
    // Measured here: a full run took 287 s instead of 296, and the tests that need no site were done at 31 s
    // instead of 48.
    isolate: false,
    sequence: {sequencer: UnitTestsFirst},
    // Test files run one more at a time than there are cores (three on this 2-core machine): a browser test
    // also waits (a page loading, the network going idle, the site's build in another process), and a third
    // file fills those waits and the end of the run, when one core would otherwise wait for the other's last
    // file. Measured here: 253 s with three, 287 s with two. Vitest's default is cores − 1. On a machine
    // already loaded by other work, the long browser tests may run out of time: TABLERO_TEST_WORKERS=1 runs
    // one at a time (and TABLERO_TEST_WORKERS=4 more).
    maxWorkers: Number(process.env.TABLERO_TEST_WORKERS) || availableParallelism() + 1,
    // The site build (global setup) takes most of a minute on two cores.
    hookTimeout: 240_000,
    env: {TZ: "UTC"}
  }
});
