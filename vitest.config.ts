import {availableParallelism} from "node:os";
import {defineConfig} from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    testTimeout: 30_000,
    // One build, one static server and one Chromium for the whole run (test/global-setup.ts).
    globalSetup: ["test/global-setup.ts"],
    // Test files run several at a time: a browser test spends most of its time waiting (a page loading, the
    // network going idle, a build in another process), so the waits of one file overlap the work of another.
    // Vitest's default is one file at a time on a 2-core machine (cores − 1).
    maxWorkers: Math.max(3, availableParallelism()),
    // The site build (global setup) takes most of a minute on two cores.
    hookTimeout: 240_000,
    env: {TZ: "UTC"}
  }
});
