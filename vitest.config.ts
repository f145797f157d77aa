import {defineConfig} from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    testTimeout: 30_000,
    globalSetup: ["test/global-setup.ts"],
    // The site build (global setup) takes most of a minute on two cores.
    hookTimeout: 240_000,
    env: {TZ: "UTC"}
  }
});
