/**
 * The second site a test run builds: the small valid registry with HTML and script in its text (a milestone's
 * quotation, a state's short name). The escaping test reads it (nothing from the data may run or become
 * markup), and the downloads test compares its addresses with the shipped site's (the same from one build to
 * the next, whatever the data).
 *
 * The global setup (test/global-setup.ts) starts its build in the background once the main site is built,
 * so no test file waits a whole build on its own; a test calls {@link hostileSite} to wait for it.
 */
import {inject} from "vitest";
import {mutatedRegistry} from "./registry-fixture.js";
import {buildInBackground, builtSite} from "./site-build.js";

/** The script and markup put into the registry's text. */
export const HOSTILE_QUOTE = '<img src=x onerror="window.__xss=1"><script>window.__xss=2</script> (prueba)';
export const HOSTILE_SHORT_NAME = "<b>Coahuila</b>";

/** Writes the hostile registry (a copy of the valid fixture) and returns its folder. */
export function hostileRegistry(): Promise<string> {
  return mutatedRegistry(
    {
      file: "hitos.csv",
      replace: '"""en agosto de 2016"" (prueba)"',
      with: `"${HOSTILE_QUOTE.replace(/"/g, '""')}"`
    },
    {
      file: "entidades.csv",
      replace: "05,MX-COA,Coahuila de Zaragoza,Coahuila,",
      with: `05,MX-COA,Coahuila de Zaragoza,${HOSTILE_SHORT_NAME},`
    }
  );
}

/** Builds the hostile site into `dist` in the background (see `buildInBackground`). */
export async function buildHostileSite(dist: string): Promise<void> {
  await buildInBackground({TABLERO_REGISTRO_DIR: await hostileRegistry()}, dist);
}

/** Waits (up to `timeoutMs`) for the global setup's hostile build; returns its folder, or throws its error. */
export async function hostileSite(timeoutMs = 240_000): Promise<string> {
  const dist = inject("hostileDist");
  if (!dist) throw new Error("This run's global setup did not build the hostile site (see test/global-setup.ts)");
  return builtSite(dist, "The hostile site", timeoutMs);
}
