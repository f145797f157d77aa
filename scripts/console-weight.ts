/**
 * Post-build step of `npm run build` (scripts/build-site.ts): writes into `/consulta` what the page really
 * downloads the first time, measured on the built files, so the figure is never a hand-written guess.
 *
 * The files are the ones the page loads as it opens: its HTML, the stylesheets and modules it links or
 * preloads (Framework's `<link rel="modulepreload">` lists every module the page imports, transitively;
 * modules imported only on demand, like the search box's, are not counted), the data files it registers
 * (`registerFile(…, {"path": …})`: the archive `registro.zip`), and, named inside those modules, every
 * WebAssembly file and worker script (what `import.meta.resolve` became: DuckDB-wasm's engine and its
 * worker). The page's text gets the total in MB and the same with gzip (what a
 * server that compresses, or serves the precompressed files, sends), in
 * `<span class="peso-consola" data-bytes="…">`; the browser test compares it with what Chromium fetched.
 */
import {readFile, stat, writeFile} from "node:fs/promises";
import {dirname, join, normalize, relative} from "node:path";
import {constants, gzipSync} from "node:zlib";

/** The console page in the built site. */
export const CONSOLE_PAGE = "consulta.html";

/** What the console downloads: each file (relative to the site) with its size, and the totals. */
export interface ConsoleWeight {
  files: {path: string; bytes: number; gzipBytes: number}[];
  bytes: number;
  gzipBytes: number;
}

/** Relative addresses (`./x`, `../x`) in a text that end in one of the extensions. */
function relativeAddresses(text: string, extensions: string): string[] {
  const re = new RegExp(`["'\`](\\.{1,2}/[^"'\`\\s?#]+\\.(?:${extensions}))["'\`]`, "g");
  return [...text.matchAll(re)].map((m) => m[1]);
}

/**
 * Measures what `/consulta` downloads the first time (see the file's comment for which files).
 *
 * @param site the built site's folder
 * @throws if the page is missing, or names no DuckDB engine (the console could not run)
 */
export async function consoleWeight(site: string): Promise<ConsoleWeight> {
  const page = join(site, CONSOLE_PAGE);
  const html = await readFile(page, "utf8");
  const found = new Set<string>([page]);
  const queue: string[] = [];
  const add = (from: string, address: string) => {
    const path = normalize(join(dirname(from), address));
    if (!path.startsWith(site) || found.has(path)) return;
    found.add(path);
    queue.push(path);
  };
  for (const m of html.matchAll(/<link\b[^>]*\brel="(?:modulepreload|stylesheet)"[^>]*\bhref="([^"]+)"/g))
    add(page, m[1]);
  for (const m of html.matchAll(/"path":"(\.{1,2}\/[^"]+)"/g)) add(page, m[1]);
  for (const file of [...queue]) {
    if (!file.endsWith(".js")) continue;
    const text = await readFile(file, "utf8").catch(() => "");
    for (const address of relativeAddresses(text, "wasm|worker\\.[0-9a-f]+\\.js|worker\\.js")) add(file, address);
  }
  const files: ConsoleWeight["files"] = [];
  for (const path of [...found].sort()) {
    const size = await stat(path).catch(() => null);
    if (!size?.isFile()) continue;
    const bytes = await readFile(path);
    files.push({
      path: relative(site, path),
      bytes: bytes.length,
      gzipBytes: gzipSync(bytes, {level: constants.Z_BEST_COMPRESSION}).length
    });
  }
  if (!files.some((f) => /duckdb-[a-z]+\.wasm$/.test(f.path)))
    throw new Error(`${CONSOLE_PAGE} no nombra el motor de DuckDB (ningún duckdb-*.wasm): la consola no podría correr`);
  return {
    files,
    bytes: files.reduce((a, f) => a + f.bytes, 0),
    gzipBytes: files.reduce((a, f) => a + f.gzipBytes, 0)
  };
}

/** Bytes as megabytes with one decimal, in Spanish (es-MX): `36.2 MB`. */
export function megabytes(bytes: number): string {
  return `${new Intl.NumberFormat("es-MX", {minimumFractionDigits: 1, maximumFractionDigits: 1}).format(bytes / 1e6)} MB`;
}

/**
 * Writes the console's weight into its page (`<span class="peso-consola">`); returns the weight.
 *
 * @throws if the page has no such element
 */
export async function writeConsoleWeight(site: string): Promise<ConsoleWeight> {
  const weight = await consoleWeight(site);
  const page = join(site, CONSOLE_PAGE);
  const html = await readFile(page, "utf8");
  const marker = /<span class="peso-consola">[^<]*<\/span>/;
  if (!marker.test(html)) throw new Error(`${CONSOLE_PAGE} no tiene el lugar de su peso (<span class="peso-consola">)`);
  const text = `${megabytes(weight.bytes)} (${megabytes(weight.gzipBytes)} si el servidor los envía comprimidos con gzip): el motor y las tablas`;
  await writeFile(
    page,
    html.replace(
      marker,
      `<span class="peso-consola" data-bytes="${weight.bytes}" data-gzip-bytes="${weight.gzipBytes}">${text}</span>`
    )
  );
  return weight;
}
