/**
 * Screenshots for people to look at (test/output/, gitignored): the browser tests take them as they visit the
 * pages, so a developer who runs `npm test` can open them. They assert nothing, and a clean CI checkout is thrown
 * away after its run, so `.ci/run` turns them off (`TABLERO_CAPTURAS=0`): a full-page screenshot of a long page
 * costs up to a few seconds of rendering.
 */
export const CAPTURES = process.env.TABLERO_CAPTURAS !== "0";

/** Takes `target`'s screenshot (a page or a locator, with Playwright's options) unless captures are off. */
export async function capture<O>(target: {screenshot(options: O): Promise<unknown>}, options: O): Promise<void> {
  if (CAPTURES) await target.screenshot(options);
}
