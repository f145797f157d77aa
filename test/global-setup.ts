/**
 * Once for the whole test run, shared by every browser test file (`test/site*.test.ts`):
 *
 * - builds the site on the shipped registry, in the background (`shippedSite()` waits for it and returns
 *   its folder, `inject("siteDist")`), while the tests that need no site run first (vitest.config.ts);
 * - serves it from one static server (`serveStatic(inject("siteDist"))` returns it: `inject("siteServer")`);
 * - starts one headless Chromium (`launchChromium()` connects to it: `inject("browserEndpoint")`);
 * - then builds the hostile site (test/helpers/hostile-site.ts: `hostileSite()` waits for it),
 *   when the run includes a test file that reads it.
 *
 * All of it is skipped (empty values) when the run names test files and none of them is a site test, so
 * `vitest run test/phases.test.ts` stays fast. The browser and the server stop when the run ends.
 */
import type {TestProject} from "vitest/node";
import {launchSharedChromium} from "./helpers/browser.js";
import {mkdtemp} from "node:fs/promises";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {buildHostileSite} from "./helpers/hostile-site.js";
import {buildInBackground, canUnshare} from "./helpers/site-build.js";
import {startServer} from "./helpers/static-server.js";

declare module "vitest" {
  export interface ProvidedContext {
    /** The folder of the site built on the shipped registry ("" when no site test runs). */
    siteDist: string;
    /** The static server of that folder (url "" when no site test runs). */
    siteServer: {dir: string; url: string};
    /** The shared Chromium's Playwright endpoint ("" when no site test runs). */
    browserEndpoint: string;
    /** Where the hostile site is being built ("" when no test of this run reads it). */
    hostileDist: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  // The file filters are the command line's positional arguments (`--outputFile=…/vitest.json` is not one).
  const filters =
    project.vitest.config.filters ?? process.argv.slice(2).filter((a) => !a.startsWith("-") && a.includes("test"));
  const wantsSite = filters.length === 0 || filters.some((f) => /site/.test(f));
  // Vitest keeps a file whose path contains a filter: "test/site" names both readers of the hostile site.
  const readers = ["test/site.test.ts", "test/site-datos.test.ts"];
  const wantsHostile = filters.length === 0 || filters.some((f) => readers.some((r) => r.includes(f) || f.endsWith(r)));
  if (process.env.CI && wantsSite && !canUnshare)
    throw new Error("CI must be able to build with unshare -n (no network)");
  if (!wantsSite) {
    project.provide("siteDist", "");
    project.provide("siteServer", {dir: "", url: ""});
    project.provide("browserEndpoint", "");
    project.provide("hostileDist", "");
    return async () => {};
  }
  // The site builds in the background while the browser starts and the tests that need no site run; a
  // site test waits for it (`shippedSite()`), and a failed build fails those tests with its message. The
  // hostile site builds after it: builds of one checkout take turns (scripts/build-site.ts).
  const dist = join(await mkdtemp(join(tmpdir(), "sitio-")), "dist");
  const hostileDist = wantsHostile ? join(await mkdtemp(join(tmpdir(), "sitio-hostil-")), "dist") : "";
  const building = buildInBackground({}, dist).then(() => (wantsHostile ? buildHostileSite(hostileDist) : undefined));
  const browser = await launchSharedChromium();
  const server = await startServer(dist);
  project.provide("siteDist", dist);
  project.provide("siteServer", {dir: dist, url: server.url});
  project.provide("browserEndpoint", browser.wsEndpoint());
  project.provide("hostileDist", hostileDist);
  return async () => {
    await building;
    await server.close();
    await browser.close();
  };
}
