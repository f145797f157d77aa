#!/usr/bin/env node
/**
 * seed-framework-cache.mjs — fill Observable Framework's npm cache from node_modules, so that
 * `observable build` / `observable preview` need no network at all.
 *
 * Why this exists
 * ---------------
 * Framework (1.13.x) turns every library a page uses implicitly (`d3`, `Plot`, `Inputs`, `html`,
 * `DuckDBClient`, `sql`, `aq`, `FileAttachment(…).parquet()`, …) into an `npm:` import. For each one
 * it normally (see node_modules/@observablehq/framework/dist/npm.js):
 *   1. asks registry.npmjs.org for a version (`resolveNpmVersion`), unless a folder
 *      `src/.observablehq/cache/_npm/<name>@<version>/` already exists (then the highest cached
 *      version wins, no request), and
 *   2. downloads the code from cdn.jsdelivr.net (`populateNpmCache`), unless the file
 *      `_npm/<name>@<version>/<path>` already exists in that cache folder.
 * Framework's own client bundles (`observablehq:stdlib`, `observablehq:client`, …) also resolve a
 * version for every library they *might* load lazily (lodash, react, echarts, leaflet, …), even if no
 * page uses them. This project's machines have no CDN access, so a build would fail.
 *
 * This script writes into that cache folder, from node_modules and without any network:
 *   - for each package in SEEDS: an esbuild ESM bundle for the browser at `_npm/<name>@<version>/_esm.js`
 *     (what jsDelivr's `/+esm` URL would serve), with imports between seeded packages kept as
 *     relative imports (e.g. Plot → `../../d3@7.9.2/_esm.js`, like jsDelivr's `/npm/d3@7/+esm`), so a
 *     page that uses both Plot and d3 loads d3 once; plus the extra files Framework asks for (wasm,
 *     workers);
 *   - for every other name that Framework's client code mentions as `npm:<name>`: an empty folder
 *     `_npm/<name>@0.0.0-not-seeded/`, so version resolution needs no registry. A page that really
 *     uses one of those libraries then fails the build loudly ("unable to fetch:
 *     https://cdn.jsdelivr.net/npm/<name>@0.0.0-not-seeded/+esm"): add it to SEEDS (and to
 *     devDependencies) instead.
 *
 * parquet-wasm is not seeded: pages read Parquet with hyparquet (src/components/load-table.js) and the SQL
 * console hands DuckDB Arrow tables, so `FileAttachment(…).parquet()` (which would load parquet-wasm's 4.8 MB
 * of wasm) fails the build instead of shipping it. parquet-wasm stays a dependency for writing Parquet in Node.
 *
 * DuckDB-wasm is special: Framework pins its version (`DUCKDB_WASM_VERSION` in dist/duckdb.js,
 * 1.29.0 for Framework 1.13.4) and its client code is written against it. That exact version is
 * installed as the npm alias `duckdb-wasm-framework` (devDependency
 * `"duckdb-wasm-framework": "npm:@duckdb/duckdb-wasm@1.29.0"`); the project's own
 * `@duckdb/duckdb-wasm` (a newer version) is used instead only if its version equals the pin.
 *
 * Idempotent and fast: each seeded folder gets a `.seed-stamp.json`; when the stamp matches
 * (package version, this script, esbuild version) and all files exist, nothing is rebuilt. Other
 * versions of a seeded package (e.g. left over from an online build) are removed so the version
 * Framework picks is always the seeded one.
 *
 * Usage: node scripts/seed-framework-cache.mjs [--root src] [--force]
 * Logs to stderr. Exits non-zero with a message if a needed package is missing from node_modules.
 */

import {createHash} from "node:crypto";
import {existsSync} from "node:fs";
import {copyFile, mkdir, readdir, readFile, rm, writeFile} from "node:fs/promises";
import {dirname, join, posix, relative} from "node:path";
import {fileURLToPath, pathToFileURL} from "node:url";

const PROJECT = join(dirname(fileURLToPath(import.meta.url)), "..");
const NODE_MODULES = join(PROJECT, "node_modules");
const FRAMEWORK_DIST = join(NODE_MODULES, "@observablehq", "framework", "dist");
const PLACEHOLDER_VERSION = "0.0.0-not-seeded";
const STAMP = ".seed-stamp.json";

const args = process.argv.slice(2);
const force = args.includes("--force");
const rootArg = args.indexOf("--root") >= 0 ? args[args.indexOf("--root") + 1] : "src";
const CACHE = join(PROJECT, rootArg, ".observablehq", "cache", "_npm");

const log = (...a) => console.error("[seed-framework-cache]", ...a);
class SeedError extends Error {}

/**
 * Packages bundled into the cache. `name` is the npm name Framework imports (`npm:<name>`);
 * `dir` the folder in node_modules if it differs (npm alias); `entry` a file inside the package if
 * the package's own browser/ESM entry is not the one Framework's CDN path would serve; `files`
 * extra files copied verbatim (paths as Framework requests them); `externals` seeded packages that
 * must stay separate modules (shared instances: one d3, one apache-arrow); `optional` packages are
 * seeded when installed and get a placeholder otherwise.
 */
const SEEDS = [
  {name: "d3"},
  {name: "d3-dsv"}, // FileAttachment(…).csv() / .tsv()
  {name: "htl"}, // html`…`, svg`…`, and Inputs
  {name: "isoformat"}, // preloaded by Framework with Inputs (getImplicitDependencies)
  {name: "@observablehq/plot", externals: ["d3"]},
  {name: "apache-arrow"}, // DuckDB's results and the tables the SQL console hands it (src/components/sql-console.ts)
  {name: "hyparquet"}, // src/components/load-table.js: Parquet in the browser without a wasm (≈65 KiB)
  {name: "fzstd"}, // ZSTD pages for hyparquet (loaders/publish/parquet.ts writes ZSTD; ≈8 KiB)
  {name: "@svg-maps/mexico"}, // the map's geometry (CC BY 4.0; ids are ISO 3166-2 suffixes)
  {name: "arquero"}, // aq (browser build: package.json "browser" field honoured)
  {name: "jszip", optional: true}, // FileAttachment(…).zip() in the browser; seeded only if installed
  {
    name: "@duckdb/duckdb-wasm",
    dir: "duckdb-wasm-framework",
    pinned: true,
    entry: "dist/duckdb-browser.mjs",
    externals: ["apache-arrow"],
    // One build: "eh" (WebAssembly exceptions), which every current browser runs. The console loads it
    // itself (src/components/sql-console.ts). A page using Framework's DuckDBClient or `sql` would also ask
    // for the "mvp" build, which is not here: the offline build then fails instead of shipping 40 MB more.
    files: ["dist/duckdb-eh.wasm", "dist/duckdb-browser-eh.worker.js"]
  }
];

async function readJson(path) {
  return JSON.parse(await readFile(path, "utf-8"));
}

/** Finds the installed package for a seed and checks its version. */
async function locate(seed, duckdbPin) {
  const candidates = seed.pinned ? [seed.dir, seed.name] : [seed.dir ?? seed.name];
  const found = [];
  for (const dir of candidates) {
    const pkgPath = join(NODE_MODULES, dir, "package.json");
    if (!existsSync(pkgPath)) continue;
    const pkg = await readJson(pkgPath);
    found.push(`${dir}@${pkg.version}`);
    if (pkg.name !== seed.name) continue;
    if (seed.pinned && pkg.version !== duckdbPin) continue;
    return {dir: join(NODE_MODULES, dir), version: pkg.version};
  }
  if (seed.pinned) {
    throw new SeedError(
      `Framework needs ${seed.name}@${duckdbPin} (DUCKDB_WASM_VERSION in @observablehq/framework/dist/duckdb.js), ` +
        `found ${found.join(", ") || "nothing"} in node_modules. Install it: ` +
        `npm install -D --save-exact ${seed.dir}@npm:${seed.name}@${duckdbPin}`
    );
  }
  throw new SeedError(`${seed.name} is missing from node_modules: run npm install (it must be a (dev)dependency).`);
}

const outDir = (name, version) => join(CACHE, `${name}@${version}`);

/** esbuild plugin: imports of other seeded packages become relative imports of their cached _esm.js. */
function externalsPlugin(seed, resolved) {
  const fromDir = posix.join("/_npm", `${seed.name}@${resolved.get(seed.name).version}`);
  const map = new Map(
    (seed.externals ?? []).map((name) => {
      const to = posix.join("/_npm", `${name}@${resolved.get(name).version}`, "_esm.js");
      return [name, posix.relative(fromDir, to).replace(/^(?!\.)/, "./")];
    })
  );
  return {
    name: "seeded-externals",
    setup(build) {
      build.onResolve({filter: /^[^./]/}, ({path}) => {
        const name = path.startsWith("@") ? path.split("/").slice(0, 2).join("/") : path.split("/")[0];
        if (!map.has(name)) return undefined;
        if (path !== name)
          throw new SeedError(`${seed.name} imports ${path}: subpaths of seeded externals are not supported`);
        return {path: map.get(name), external: true};
      });
    }
  };
}

const stripSourceMap = (code) => code.replace(/^\/\/# sourceMappingURL=.*$\n?/gm, "");

async function seedPackage(seed, resolved, esbuild, scriptHash) {
  const {dir, version} = resolved.get(seed.name);
  const out = outDir(seed.name, version);
  const outputs = ["_esm.js", ...(seed.files ?? [])];
  const stamp = JSON.stringify({
    name: seed.name,
    version,
    script: scriptHash,
    esbuild: esbuild.version,
    externals: (seed.externals ?? []).map((n) => `${n}@${resolved.get(n).version}`)
  });
  const stampPath = join(out, STAMP);
  if (
    !force &&
    existsSync(stampPath) &&
    (await readFile(stampPath, "utf-8")) === stamp &&
    outputs.every((f) => existsSync(join(out, f)))
  ) {
    return {name: seed.name, version, skipped: true};
  }
  await rm(out, {recursive: true, force: true});
  await mkdir(out, {recursive: true});
  const result = await esbuild.build({
    absWorkingDir: PROJECT,
    entryPoints: [seed.entry ? join(dir, seed.entry) : seed.name],
    bundle: true,
    format: "esm",
    platform: "browser",
    target: "es2022",
    minify: true,
    write: false,
    legalComments: "eof",
    logLevel: "silent",
    define: {"process.env.NODE_ENV": '"production"'},
    plugins: [externalsPlugin(seed, resolved)]
  });
  const code = result.outputFiles[0].text;
  await writeFile(join(out, "_esm.js"), code);
  let bytes = code.length;
  for (const file of seed.files ?? []) {
    const src = join(dir, file);
    if (!existsSync(src)) throw new SeedError(`${seed.name}@${version} has no ${file}`);
    await mkdir(dirname(join(out, file)), {recursive: true});
    if (file.endsWith(".js")) {
      const text = stripSourceMap(await readFile(src, "utf-8"));
      await writeFile(join(out, file), text);
      bytes += text.length;
    } else {
      await copyFile(src, join(out, file));
      bytes += (await readFile(src)).length;
    }
  }
  await writeFile(stampPath, stamp);
  return {name: seed.name, version, skipped: false, bytes};
}

/** Every `npm:<name>` Framework's client code (and its implicit-library table) can ask a version for. */
async function frameworkNpmNames() {
  const names = new Set();
  const re = /["'`]npm:((?:@[a-z0-9][\w.-]*\/)?[a-z0-9][\w.-]*)/gi;
  async function scan(path) {
    for (const entry of await readdir(path, {withFileTypes: true})) {
      const p = join(path, entry.name);
      if (entry.isDirectory()) await scan(p);
      else if (entry.name.endsWith(".js")) for (const m of (await readFile(p, "utf-8")).matchAll(re)) names.add(m[1]);
    }
  }
  await scan(join(FRAMEWORK_DIST, "client"));
  for (const m of (await readFile(join(FRAMEWORK_DIST, "libraries.js"), "utf-8")).matchAll(re)) names.add(m[1]);
  return names;
}

/** Lists the version folders currently in the cache: Map name → [version folder names]. */
async function cachedVersions() {
  const map = new Map();
  const add = (spec) => {
    const at = spec.indexOf("@", 1);
    if (at < 0) return;
    const name = spec.slice(0, at);
    map.set(name, [...(map.get(name) ?? []), spec.slice(at + 1)]);
  };
  if (!existsSync(CACHE)) return map;
  for (const entry of await readdir(CACHE, {withFileTypes: true})) {
    if (!entry.isDirectory()) continue;
    if (entry.name.startsWith("@")) {
      for (const sub of await readdir(join(CACHE, entry.name), {withFileTypes: true})) {
        if (sub.isDirectory()) add(`${entry.name}/${sub.name}`);
      }
    } else add(entry.name);
  }
  return map;
}

async function main() {
  const start = performance.now();
  if (!existsSync(FRAMEWORK_DIST))
    throw new SeedError("@observablehq/framework is missing from node_modules: run npm install.");
  let esbuild;
  try {
    esbuild = await import("esbuild");
  } catch {
    throw new SeedError("esbuild is missing from node_modules: run npm install (it is a devDependency).");
  }
  const {DUCKDB_WASM_VERSION} = await import(pathToFileURL(join(FRAMEWORK_DIST, "duckdb.js")).href);
  // `builtins` in dist/resolvers.js maps npm:@observablehq/duckdb etc. to Framework's own modules; read
  // it as text (importing resolvers.js would load half of Framework and take a second).
  const builtins = new Set(
    [
      ...(await readFile(join(FRAMEWORK_DIST, "resolvers.js"), "utf-8")).matchAll(
        /\["(npm:[^"]+)",\s*"\/_observablehq\//g
      )
    ].map((m) => m[1])
  );
  const scriptHash = createHash("sha256")
    .update(await readFile(fileURLToPath(import.meta.url)))
    .digest("hex")
    .slice(0, 16);

  // Locate everything first, so a missing package fails before anything is written.
  const resolved = new Map();
  const missing = [];
  const seeds = [];
  for (const seed of SEEDS) {
    try {
      resolved.set(seed.name, await locate(seed, DUCKDB_WASM_VERSION));
      seeds.push(seed);
    } catch (error) {
      if (!(error instanceof SeedError)) throw error;
      if (seed.optional) log(`optional ${seed.name} is not installed: placeholder only`);
      else missing.push(error.message);
    }
  }
  if (missing.length) throw new SeedError(missing.join("\n"));

  await mkdir(CACHE, {recursive: true});
  let versions = await cachedVersions();

  // Remove other versions of seeded packages (stale CDN downloads, older seeds, placeholders).
  for (const [name, {version}] of resolved) {
    for (const v of versions.get(name) ?? []) {
      if (v === version) continue;
      await rm(outDir(name, v), {recursive: true, force: true});
      log(`removed ${name}@${v} (seeded version is ${version})`);
    }
  }
  // Remove what an older version of this script seeded and this one no longer does (parquet-wasm): left in
  // the cache, Framework would still publish it to a page that asked for it instead of failing the build.
  for (const [name, list] of versions) {
    if (resolved.has(name)) continue;
    for (const v of list) {
      if (!existsSync(join(outDir(name, v), STAMP))) continue;
      await rm(outDir(name, v), {recursive: true, force: true});
      log(`removed ${name}@${v} (no longer seeded)`);
    }
  }

  const results = await Promise.all(seeds.map((seed) => seedPackage(seed, resolved, esbuild, scriptHash)));
  for (const r of results) {
    log(
      r.skipped
        ? `up to date ${r.name}@${r.version}`
        : `seeded     ${r.name}@${r.version} (${(r.bytes / 1024).toFixed(0)} KiB)`
    );
  }

  // Placeholders so Framework never asks the registry for a version of a library no page uses.
  versions = await cachedVersions();
  const placeholders = [];
  for (const name of [...(await frameworkNpmNames())].sort()) {
    if (resolved.has(name) || builtins.has(`npm:${name}`) || versions.has(name)) continue;
    await mkdir(outDir(name, PLACEHOLDER_VERSION), {recursive: true});
    placeholders.push(name);
  }
  if (placeholders.length)
    log(`placeholders (${PLACEHOLDER_VERSION}, not usable by pages): ${placeholders.join(", ")}`);
  log(`done in ${Math.round(performance.now() - start)} ms → ${relative(PROJECT, CACHE)}`);
}

main().catch((error) => {
  if (error instanceof SeedError) {
    console.error(`[seed-framework-cache] ERROR: ${error.message}`);
  } else if (error?.errors?.length) {
    console.error(`[seed-framework-cache] ERROR: esbuild failed:`);
    for (const e of error.errors)
      console.error(`  ${e.text}${e.location ? ` (${e.location.file}:${e.location.line})` : ""}`);
  } else {
    console.error(error);
  }
  process.exit(1);
});
