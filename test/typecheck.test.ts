/**
 * The type check, as one of the tests: `tsc` on the Node side (tsconfig.json: metrics, loaders, scripts,
 * tests, the state pages' JavaScript loader) and on the site's components (tsconfig.site.json). It runs
 * with the tests that need no site, while the site builds (vitest.config.ts puts it last among them): the
 * build leaves a core idle that `tsc` fills, instead of taking its own turn before the tests.
 * `npm run typecheck` runs the same two checks alone.
 */
import {execFile} from "node:child_process";
import {fileURLToPath} from "node:url";
import {describe, expect, it} from "vitest";

const root = fileURLToPath(new URL("..", import.meta.url));
const tsc = fileURLToPath(new URL("../node_modules/typescript/bin/tsc", import.meta.url));

/** Runs tsc on a project; resolves to its exit code and what it printed (the errors, one per line). */
function typecheck(project: string): Promise<{code: number; output: string}> {
  return new Promise((resolve) => {
    execFile(process.execPath, [tsc, "-p", project, "--pretty", "false"], {cwd: root}, (error, stdout, stderr) =>
      resolve({code: error ? (typeof error.code === "number" ? error.code : 1) : 0, output: `${stdout}${stderr}`})
    );
  });
}

describe("types", () => {
  // One after the other: one core for tsc, the other for the site build.
  it.each(["tsconfig.json", "tsconfig.site.json"])(
    "tsc -p %s finds no type error",
    async (project) => {
      const {code, output} = await typecheck(project);
      expect(output.trim()).toBe("");
      expect(code).toBe(0);
    },
    120_000
  );
});
