import {existsSync} from "node:fs";
import {chromium, type Browser, type Page} from "playwright-core";

/** Debian's Chromium, which `.ci/run` installs (`apt-get install -y chromium`). */
export const CHROMIUM = process.env.CHROMIUM || "/usr/bin/chromium";

/** Launches headless Chromium with no background network (the machine reaches no outside host). */
export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM))
    throw new Error(
      `No se encontró Chromium en ${CHROMIUM}: instálelo con apt-get install -y chromium (o indique su ruta en CHROMIUM)`
    );
  return chromium.launch({
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
  });
}

/** What a page did while loading: every request URL, console errors and page errors. */
export interface PageLog {
  requests: string[];
  errors: string[];
}

/** Opens a URL, records its requests and errors, and waits until the network is idle. */
export async function openPage(browser: Browser, url: string, width = 1280): Promise<{page: Page; log: PageLog}> {
  const page = await browser.newPage({viewport: {width, height: 900}});
  const log: PageLog = {requests: [], errors: []};
  page.on("request", (r) => log.requests.push(r.url()));
  page.on("console", (m) => m.type() === "error" && log.errors.push(`console: ${m.text()}`));
  page.on("pageerror", (e) => log.errors.push(`pageerror: ${e.message}`));
  page.on("requestfailed", (r) => log.errors.push(`requestfailed: ${r.url()} ${r.failure()?.errorText}`));
  await page.goto(url, {waitUntil: "networkidle"});
  return {page, log};
}
