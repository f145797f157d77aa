#!/usr/bin/env node
/**
 * screenshot.mjs — load built pages in headless Chromium, take a full-page PNG of each, and record
 * every network request, console message and page error. Fails if a page talks to a host other than
 * the allowed ones, logs a console error, throws, or still shows a loading/error cell.
 *
 * Usage:
 *   node scripts/screenshot.mjs [options] <outDir> <url> [<url> …]
 * Options:
 *   --allow-host <host>   hosts the pages may request (repeatable; default: each URL's own host)
 *   --timeout <ms>        per page, for loading and for the cells to settle (default 60000)
 *   --width <px>          viewport width (default 1280; height 900, full-page screenshot)
 *   --chromium <path>     browser executable (default /usr/bin/chromium, or $CHROMIUM)
 *
 * Output in <outDir>: one PNG per URL (named after its path) and report.json with, per URL, the
 * requests (method, url, resource type, status, bytes), console messages, page errors, failed
 * requests, outside requests and the number of Framework error cells. Summary on stderr.
 * Exit code 1 if any page has a problem, 2 on bad usage.
 *
 * The site must be served over HTTP (Framework uses ES modules and fetch), for example:
 *   python3 -m http.server 8123 --bind 127.0.0.1 --directory dist
 *   node scripts/screenshot.mjs tmp/shots http://127.0.0.1:8123/ http://127.0.0.1:8123/otra-pagina
 * Chromium: Debian's package (apt-get install -y chromium); `npx playwright install` needs a CDN.
 */

import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { chromium } from "playwright-core";

function usage(message) {
  if (message) console.error(`screenshot: ${message}`);
  console.error("usage: node scripts/screenshot.mjs [--allow-host host]… [--timeout ms] [--width px] [--chromium path] <outDir> <url>…");
  process.exit(2);
}

const positional = [];
const allowHosts = new Set();
let timeout = 60000;
let width = 1280;
let executablePath = process.env.CHROMIUM || "/usr/bin/chromium";
const argv = process.argv.slice(2);
for (let i = 0; i < argv.length; ++i) {
  const a = argv[i];
  const value = () => argv[++i] ?? usage(`${a} needs a value`);
  if (a === "--allow-host") allowHosts.add(value());
  else if (a === "--timeout") timeout = Number(value());
  else if (a === "--width") width = Number(value());
  else if (a === "--chromium") executablePath = value();
  else if (a === "-h" || a === "--help") usage();
  else if (a.startsWith("--")) usage(`unknown option ${a}`);
  else positional.push(a);
}
const [outDir, ...urls] = positional;
if (!outDir || urls.length === 0) usage("need an output folder and at least one URL");
for (const url of urls) {
  try {
    new URL(url);
  } catch {
    usage(`not a URL: ${url}`);
  }
}

/** "http://127.0.0.1:8123/a/b" → "a-b.png"; the root page → "index.png". */
function fileName(url, used) {
  const u = new URL(url);
  let name = (u.pathname.replace(/\.html$/, "").replace(/^\/+|\/+$/g, "") || "index").replace(/[^\w.-]+/g, "-");
  if (u.search) name += `-${u.search.slice(1).replace(/[^\w.-]+/g, "-")}`;
  let candidate = `${name}.png`;
  for (let n = 2; used.has(candidate); ++n) candidate = `${name}-${n}.png`;
  used.add(candidate);
  return candidate;
}

await mkdir(outDir, { recursive: true });
// playwright's launch() always starts Chromium with a fresh temporary --user-data-dir of its own
// (and refuses an explicit one), so every run starts from an empty profile.
const browser = await chromium.launch({
  executablePath,
  headless: true,
  args: [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
    "--disable-sync"
  ]
});

const report = [];
const used = new Set();
let failed = false;
try {
  for (const url of urls) {
    const allowed = allowHosts.size ? allowHosts : new Set([new URL(url).hostname]);
    const context = await browser.newContext({ viewport: { width, height: 900 }, locale: "es-MX", timezoneId: "America/Mexico_City" });
    const page = await context.newPage();
    const entry = { url, screenshot: null, requests: [], console: [], pageErrors: [], failedRequests: [], outside: [] };
    const pending = new Map();
    const sizing = [];
    page.on("request", (request) => {
      const r = { method: request.method(), url: request.url(), type: request.resourceType(), status: null, bytes: null };
      pending.set(request, r);
      entry.requests.push(r);
      const u = new URL(request.url());
      if (!["data:", "blob:", "about:"].includes(u.protocol) && !allowed.has(u.hostname)) entry.outside.push(request.url());
    });
    page.on("requestfinished", (request) => {
      sizing.push(
        (async () => {
          const r = pending.get(request);
          const response = await request.response().catch(() => null);
          if (r && response) {
            r.status = response.status();
            r.bytes = (await request.sizes().catch(() => null))?.responseBodySize ?? null;
          }
        })()
      );
    });
    page.on("requestfailed", (request) => entry.failedRequests.push({ url: request.url(), error: request.failure()?.errorText }));
    page.on("console", (message) => entry.console.push({ type: message.type(), text: message.text() }));
    page.on("pageerror", (error) => entry.pageErrors.push(String(error?.stack ?? error)));

    const start = Date.now();
    try {
      await page.goto(url, { waitUntil: "load", timeout });
      // Framework shows <observablehq-loading> in each display cell until it has a value.
      await page
        .waitForFunction(() => document.querySelectorAll("observablehq-loading").length === 0, null, { timeout, polling: 200 })
        .catch(() => entry.pageErrors.push(`cells still loading after ${timeout} ms`));
      await page.waitForLoadState("networkidle", { timeout }).catch(() => {});
      await page.waitForTimeout(500); // let charts/tables finish layout
    } catch (error) {
      entry.pageErrors.push(`navigation: ${error.message}`);
    }
    entry.ms = Date.now() - start;
    entry.errorCells = await page.locator(".observablehq--error").count().catch(() => -1);
    entry.title = await page.title().catch(() => null);
    entry.htmlLang = await page.evaluate(() => document.documentElement.lang).catch(() => null);
    const file = fileName(url, used);
    await page.screenshot({ path: join(outDir, file), fullPage: true });
    entry.screenshot = file;
    await Promise.all(sizing);
    await context.close();

    const consoleErrors = entry.console.filter((m) => m.type === "error");
    const bad4xx = entry.requests.filter((r) => r.status >= 400);
    const problems = [
      entry.outside.length && `${entry.outside.length} request(s) to other hosts`,
      consoleErrors.length && `${consoleErrors.length} console error(s)`,
      entry.pageErrors.length && `${entry.pageErrors.length} page error(s)`,
      entry.failedRequests.length && `${entry.failedRequests.length} failed request(s)`,
      bad4xx.length && `${bad4xx.length} HTTP error response(s)`,
      entry.errorCells && `${entry.errorCells} error cell(s)`
    ].filter(Boolean);
    entry.ok = problems.length === 0;
    if (!entry.ok) failed = true;
    const kb = entry.requests.reduce((s, r) => s + (r.bytes ?? 0), 0) / 1024;
    console.error(`${entry.ok ? "ok  " : "FAIL"} ${url} → ${join(outDir, file)} (${entry.requests.length} requests, ${kb.toFixed(0)} KiB, ${entry.ms} ms)${problems.length ? `: ${problems.join(", ")}` : ""}`);
    for (const u of entry.outside) console.error(`     outside: ${u}`);
    for (const m of consoleErrors) console.error(`     console.error: ${m.text}`);
    for (const e of entry.pageErrors) console.error(`     page error: ${e.split("\n")[0]}`);
    for (const f of entry.failedRequests) console.error(`     failed: ${f.url} (${f.error})`);
    for (const r of bad4xx) console.error(`     HTTP ${r.status}: ${r.url}`);
    report.push(entry);
  }
} finally {
  await browser.close();
  await writeFile(join(outDir, "report.json"), JSON.stringify(report, null, 2));
}
process.exit(failed ? 1 : 0);
