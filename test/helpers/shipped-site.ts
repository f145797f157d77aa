import {inject} from "vitest";
import {builtSite} from "./site-build.js";

/**
 * Waits for the global setup's build of the site on the shipped registry (test/global-setup.ts starts it
 * in the background, so the tests that need no site run meanwhile); returns its folder, or throws the
 * build's error.
 */
export function shippedSite(): Promise<string> {
  const dist = inject("siteDist");
  if (!dist) throw new Error("This run's global setup did not build the site (see test/global-setup.ts)");
  return builtSite(dist, "The site on the shipped registry");
}
