/**
 * `npm run build`: builds the static site into `dist/` with no network, and never leaves a half-built `dist/`.
 * Steps: drop Framework's cached loader output (Framework reuses it even after `loaders/` or `metrics/` change;
 * the state pages' is kept while what it reads is unchanged), seed Framework's npm cache from node_modules
 * (scripts/seed-framework-cache.mjs), run `observable build` into a temporary folder — its data loader validates
 * the registry and fails the build on any problem —, put Framework's own English strings into Spanish
 * (scripts/localize-site.ts), write the home's first view (map, figures, tables of the latest month), each state
 * page's opening summary, milestones and disagreements, and the report of the latest month into their HTML
 * (scripts/prerender.ts), publish
 * every table at a stable address under `descargas/` (scripts/stable-downloads.ts), write the SQL console's real
 * download weight into its page (scripts/console-weight.ts), and only then replace `dist/` with the new site.
 *
 * `--out CARPETA` builds somewhere else than `dist/` (the tests use it). `npm run dev` (`--preview`) does the
 * first two steps and starts Framework's preview server instead.
 */
import {spawnSync} from "node:child_process";
import {existsSync} from "node:fs";
import {mkdir, readdir, readFile, rename, rm, stat, writeFile} from "node:fs/promises";
import {dirname, join, resolve} from "node:path";
import {argValue} from "./lib/args.js";
import {megabytes, writeConsoleWeight} from "./console-weight.js";
import {localizeSite} from "./localize-site.js";
import {prerenderSite} from "./prerender.js";
import {publishStableDownloads} from "./stable-downloads.js";

const root = new URL("..", import.meta.url).pathname;
const cache = join(root, "src/.observablehq/cache");
const preview = process.argv.includes("--preview");

/** Runs a command in the project folder with telemetry off; exits with its code if it fails. */
function run(command: string, args: string[], env: NodeJS.ProcessEnv = {}): void {
  const result = spawnSync(command, args, {
    cwd: root,
    stdio: "inherit",
    env: {...process.env, OBSERVABLE_TELEMETRY_DISABLE: "1", ...env}
  });
  if (result.status !== 0) {
    process.exitCode = result.status ?? 1;
    throw new Error(`${command} ${args.join(" ")} terminó con código ${result.status ?? result.signal}`);
  }
}

/**
 * What the state pages' loader (src/estados/[clave].md.js) reads: its Markdown depends on these files only,
 * not on the registry, so its output is kept from one build to the next while none of them has changed since
 * (Framework itself only compares it with the loader's own date). 32 runs of the loader take ~7 s of CPU here.
 */
const STATE_PAGE_INPUTS = ["src/estados/[clave].md.js", "src/components/states.js", "data/entidades.csv"];

/** True when Framework's cached state pages are all newer than every file in {@link STATE_PAGE_INPUTS}. */
async function statePagesFresh(): Promise<boolean> {
  const dir = join(cache, "estados");
  const cached = await readdir(dir).catch(() => []);
  if (cached.length === 0) return false;
  const dates = async (files: string[]) => Promise.all(files.map(async (f) => (await stat(f)).mtimeMs));
  const oldest = Math.min(...(await dates(cached.map((f) => join(dir, f)))));
  return oldest > Math.max(...(await dates(STATE_PAGE_INPUTS.map((f) => join(root, f)))));
}

/**
 * Removes Framework's cached loader output (it may come from another registry), but its npm cache, the build
 * lock, and the state pages while fresh ({@link statePagesFresh}).
 */
async function cleanLoaderCache(): Promise<void> {
  if (!existsSync(cache)) return;
  const keep = new Set(["_npm", "build.lock", ...((await statePagesFresh()) ? ["estados"] : [])]);
  for (const entry of await readdir(cache))
    if (!keep.has(entry)) await rm(join(cache, entry), {recursive: true, force: true});
}

/**
 * Waits until no other build of this checkout is running, then takes its turn (`build.lock` in
 * Framework's cache, a folder: creating it is atomic). Two builds at once would share Framework's cache: one would clear the
 * loader output the other is using, or publish the other's data (the tests build sites on other registries
 * while another test file builds). A lock whose process is gone is taken over. Returns its release.
 */
async function buildLock(): Promise<() => Promise<void>> {
  const lock = join(cache, "build.lock");
  await mkdir(dirname(lock), {recursive: true});
  for (;;) {
    try {
      await mkdir(lock);
      await writeFile(join(lock, "pid"), String(process.pid));
      return () => rm(lock, {recursive: true, force: true});
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      const pid = Number(await readFile(join(lock, "pid"), "utf8").catch(() => ""));
      let alive = true;
      try {
        if (pid) process.kill(pid, 0);
      } catch {
        alive = false;
      }
      if (!alive) await rm(lock, {recursive: true, force: true});
      else await new Promise((wait) => setTimeout(wait, 250));
    }
  }
}

const observable = join(root, "node_modules/.bin/observable");
const release = preview ? async () => {} : await buildLock();
try {
  await cleanLoaderCache();
  run(process.execPath, [join(root, "scripts/seed-framework-cache.mjs")]);
  if (preview) {
    run(observable, ["preview"]);
  } else {
    const out = resolve(root, argValue("--out") ?? "dist");
    const staging = join(dirname(out), `.dist-${process.pid}`);
    try {
      run(observable, ["build"], {TABLERO_OUTPUT: staging});
      await localizeSite(staging);
      for (const line of await prerenderSite(staging)) process.stderr.write(`${line}\n`);
      await publishStableDownloads(staging);
      const weight = await writeConsoleWeight(staging);
      process.stderr.write(
        `La consulta SQL descarga ${megabytes(weight.bytes)} (${megabytes(weight.gzipBytes)} con gzip) en ${weight.files.length} archivos.\n`
      );
      await rm(out, {recursive: true, force: true});
      await rename(staging, out);
      process.stderr.write(`Sitio construido en ${out}.\n`);
    } finally {
      await rm(staging, {recursive: true, force: true});
    }
  }
} catch (error) {
  process.stderr.write(`${(error as Error).message}\n`);
  process.exitCode ||= 1;
} finally {
  await release();
}
