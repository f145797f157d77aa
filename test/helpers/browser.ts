import {existsSync} from "node:fs";
import {mkdtemp, readFile, rm} from "node:fs/promises";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {type Browser, type BrowserServer, chromium, type LaunchOptions, type Page, type Request} from "playwright-core";

/** Debian's Chromium, which `.ci/run` installs (`apt-get install -y chromium`). */
export const CHROMIUM = process.env.CHROMIUM || "/usr/bin/chromium";

/** Headless Chromium with no background network (the machine reaches no outside host). */
function launchOptions(): LaunchOptions {
  if (!existsSync(CHROMIUM))
    throw new Error(
      `No se encontró Chromium en ${CHROMIUM}: instálelo con apt-get install -y chromium (o indique su ruta en CHROMIUM)`
    );
  return {
    executablePath: CHROMIUM,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--no-first-run",
      "--disable-sync",
      "--disable-quic"
    ]
  };
}

/**
 * Starts the one Chromium a test run shares (test/global-setup.ts): every test file connects to it
 * (`launchChromium()`), so the browser starts once, not once per file.
 */
export function launchSharedChromium(): Promise<BrowserServer> {
  return chromium.launchServer(launchOptions());
}

/** The shared browser's address, inside a vitest run whose global setup started one ("" otherwise). */
async function sharedEndpoint(): Promise<string> {
  if (!process.env.VITEST) return "";
  const {inject} = await import("vitest");
  try {
    return inject("browserEndpoint") ?? "";
  } catch {
    return "";
  }
}

/**
 * A headless Chromium with no background network. Inside a test run whose global setup started the shared
 * browser, this connects to it: `close()` then only closes this connection's pages and disconnects, and the
 * browser stays up for the other files. Elsewhere (`npm run bench:site`) it launches its own.
 *
 * Connected pages behave as launched ones, except that a download has no local `path()`: save it with
 * `download.saveAs(file)` (or `downloadBytes(download)`).
 */
export async function launchChromium(): Promise<Browser> {
  const endpoint = await sharedEndpoint();
  if (endpoint) return chromium.connect(endpoint);
  return chromium.launch(launchOptions());
}

/** The bytes of a finished download, wherever the browser runs (a connected browser's has no local path). */
export async function downloadBytes(download: {saveAs(path: string): Promise<void>}): Promise<Uint8Array> {
  const dir = await mkdtemp(join(tmpdir(), "descarga-"));
  try {
    await download.saveAs(join(dir, "archivo"));
    return new Uint8Array(await readFile(join(dir, "archivo")));
  } finally {
    await rm(dir, {recursive: true, force: true});
  }
}

/** The tabs a test has closed, each alone in its own context, ready for the next page (see {@link visitorTab}). */
const idleTabs = new WeakMap<Browser, Page[]>();

/** A page's events whose listeners a test may add; "close" and "crash" are left alone (Playwright listens to them). */
const PAGE_EVENTS = [
  "console",
  "dialog",
  "domcontentloaded",
  "download",
  "filechooser",
  "frameattached",
  "framedetached",
  "framenavigated",
  "load",
  "pageerror",
  "popup",
  "request",
  "requestfailed",
  "requestfinished",
  "response",
  "websocket",
  "worker"
];

/**
 * A visitor's tab for {@link openPage}: one a test has closed before, or a new one. Closing it (`page.close()`)
 * does not close the tab: it forgets what the test set on it (its listeners, routes, print media, the mouse's
 * place, the session storage) and leaves it on `about:blank` for the next page, as a visitor goes on in the
 * same tab. A tab that cannot be reset is closed for good.
 *
 * Why: measured on this machine, a new tab per page costs Chromium about three times the CPU of the page
 * itself (a renderer process to start, the tab to attach): 36 loads of three pages took ~65 CPU-s in new
 * tabs, ~23 in one. Each tab has a context of its own (its own window, cache and storage): of two tabs in one
 * window Chromium draws only the front one, so the other's frames, timers and input wait about a second each.
 */
async function visitorTab(browser: Browser): Promise<Page> {
  const idle = idleTabs.get(browser) ?? [];
  idleTabs.set(browser, idle);
  const reused = idle.pop();
  if (reused) return reused;
  const context = await browser.newContext({viewport: {width: 1280, height: 900}});
  const page = await context.newPage();
  page.close = async () => {
    if (idle.includes(page)) return;
    try {
      for (const event of PAGE_EVENTS) page.removeAllListeners(event);
      await page.unrouteAll({behavior: "ignoreErrors"});
      await page.emulateMedia({media: null});
      if (page.url().startsWith("http")) await page.evaluate(() => sessionStorage.clear());
      await page.mouse.move(-1, -1);
      await page.goto("about:blank");
    } catch {
      return context.close();
    }
    idle.push(page);
  };
  return page;
}

/** What a page did while loading: every request URL, console errors and page errors. */
export interface PageLog {
  requests: string[];
  errors: string[];
}

/**
 * Opens a URL, records its requests and errors, and waits until the page has settled: no request in flight
 * for 100 ms, then the page's main thread idle twice in a row (`requestIdleCallback`), and no request
 * started meanwhile — repeated until all three hold at once. Under load, a page may still be drawing what it
 * fetched when the network goes quiet, and the drawing may fetch more: the loop waits for that too.
 * (Playwright's `networkidle` waits a fixed 500 ms of quiet after the last request instead: the same
 * settled page, about 0.4 s later on each visit.)
 */
export async function openPage(browser: Browser, url: string, width = 1280): Promise<{page: Page; log: PageLog}> {
  const page = await visitorTab(browser);
  await page.setViewportSize({width, height: 900});
  const log: PageLog = {requests: [], errors: []};
  const inFlight = new Set<Request>();
  page.on("request", (r) => {
    inFlight.add(r);
    log.requests.push(r.url());
  });
  page.on("requestfinished", (r) => inFlight.delete(r));
  page.on("console", (m) => m.type() === "error" && log.errors.push(`console: ${m.text()}`));
  page.on("pageerror", (e) => log.errors.push(`pageerror: ${e.message}`));
  page.on("requestfailed", (r) => {
    inFlight.delete(r);
    log.errors.push(`requestfailed: ${r.url()} ${r.failure()?.errorText}`);
  });
  await page.goto(url, {waitUntil: "load"});
  const deadline = Date.now() + 60_000;
  for (;;) {
    for (let quietSince = Date.now(); Date.now() - quietSince < 100; ) {
      if (Date.now() > deadline)
        throw new Error(`${url} did not settle in 60 s; in flight: ${[...inFlight].map((r) => r.url()).join(", ")}`);
      await new Promise((wait) => setTimeout(wait, 20));
      if (inFlight.size > 0) quietSince = Date.now();
    }
    const started = log.requests.length;
    await page.evaluate(
      () =>
        new Promise<void>((resolve) =>
          requestIdleCallback(() => requestIdleCallback(() => resolve(), {timeout: 10_000}), {timeout: 10_000})
        )
    );
    if (inFlight.size === 0 && log.requests.length === started) break;
  }
  return {page, log};
}
