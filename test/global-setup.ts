/**
 * Builds the site on the shipped registry once for the whole test run, so that every browser test file
 * (`test/site*.test.ts`) reads the same `dist/` — `inject("siteDist")`. Skipped (empty string) when the run
 * names test files and none of them is a site test, so `vitest run test/phases.test.ts` stays fast.
 */
import type {TestProject} from "vitest/node";
import {buildSite, canUnshare} from "./helpers/site-build.js";

declare module "vitest" {
  export interface ProvidedContext {
    /** The folder of the site built on the shipped registry ("" when no site test runs). */
    siteDist: string;
  }
}

export default async function setup(project: TestProject): Promise<void> {
  const filters = project.vitest.config.filters ?? process.argv.slice(2).filter((a) => a.includes("test"));
  const wantsSite = filters.length === 0 || filters.some((f) => /site/.test(f));
  if (process.env.CI && wantsSite && !canUnshare)
    throw new Error("CI must be able to build with unshare -n (no network)");
  project.provide("siteDist", wantsSite ? await buildSite() : "");
}
