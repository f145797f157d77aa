/**
 * `npm run precompress` (after `npm run build`): writes, beside each text or WebAssembly file of the built
 * site, its gzip (`.gz`, level 9) and brotli (`.br`, quality 11) versions, for a web server that sends a
 * file's precompressed version to a browser that accepts it (nginx `gzip_static on;` and `brotli_static on;`,
 * Caddy `file_server { precompressed br gzip }`, Apache `mod_rewrite` rules). The originals stay, so a
 * server that does not do this serves the site as before; already compressed files (ZIP, Parquet, PNG)
 * are left alone. Prints what the site weighs as is, with gzip and with brotli, and the same for the SQL
 * console's engine.
 *
 * `--dir CARPETA` another built site (default `dist/`). Writes the compressed files in place of an older
 * set; a file whose compressed version is not smaller than it gets none.
 */
import {readdir, readFile, rm, writeFile} from "node:fs/promises";
import {extname, join, relative, resolve} from "node:path";
import {promisify} from "node:util";
import {brotliCompress, constants, gzip} from "node:zlib";
import {argValue} from "./lib/args.js";
import {runCli} from "./lib/cli.js";

const gzipAsync = promisify(gzip);
const brotliAsync = promisify(brotliCompress);

/** Extensions worth compressing: text and WebAssembly (ZIP, Parquet and images are already compressed). */
export const COMPRESSIBLE = new Set([".html", ".js", ".css", ".json", ".wasm", ".csv", ".svg", ".md", ".txt"]);

/** Sizes of one file: as is, with gzip and with brotli (the original's when no version is smaller). */
export interface CompressedSizes {
  path: string;
  bytes: number;
  gzip: number;
  brotli: number;
}

async function filesOf(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(dir, {withFileTypes: true})) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await filesOf(path)));
    else out.push(path);
  }
  return out;
}

/**
 * Writes `<file>.gz` and `<file>.br` beside every compressible file of a built site; returns each file's
 * sizes (every file of the site, the uncompressible ones with their size three times).
 */
export async function precompress(site: string): Promise<CompressedSizes[]> {
  const files = (await filesOf(site)).filter((f) => !f.endsWith(".gz") && !f.endsWith(".br"));
  const sizes: CompressedSizes[] = [];
  for (const file of files.sort()) {
    const bytes = await readFile(file);
    const path = relative(site, file);
    if (!COMPRESSIBLE.has(extname(file))) {
      sizes.push({path, bytes: bytes.length, gzip: bytes.length, brotli: bytes.length});
      continue;
    }
    const [gz, br] = await Promise.all([
      gzipAsync(bytes, {level: constants.Z_BEST_COMPRESSION}),
      brotliAsync(bytes, {
        params: {
          [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
          [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length
        }
      })
    ]);
    const keep = async (suffix: string, data: Buffer) => {
      if (data.length < bytes.length) await writeFile(`${file}${suffix}`, data);
      else await rm(`${file}${suffix}`, {force: true});
      return Math.min(data.length, bytes.length);
    };
    sizes.push({path, bytes: bytes.length, gzip: await keep(".gz", gz), brotli: await keep(".br", br)});
  }
  return sizes;
}

const mb = (bytes: number) => `${(bytes / 1e6).toFixed(1)} MB`;

if (import.meta.url === `file://${process.argv[1]}`)
  await runCli(async () => {
    const site = resolve(argValue("--dir") ?? "dist");
    const sizes = await precompress(site);
    const total = (pick: (s: CompressedSizes) => number, only?: RegExp) =>
      sizes.filter((s) => !only || only.test(s.path)).reduce((a, s) => a + pick(s), 0);
    const line = (what: string, only?: RegExp) =>
      `${what}: ${mb(total((s) => s.bytes, only))}; gzip ${mb(total((s) => s.gzip, only))}; brotli ${mb(total((s) => s.brotli, only))}`;
    process.stdout.write(
      `${[
        `Comprimido en ${site} (.gz y .br junto a cada archivo de texto o WebAssembly).`,
        line("Todo el sitio"),
        line("Motor de la consulta SQL (duckdb-*.wasm)", /duckdb-[a-z]+\.wasm$/),
        line("Páginas, scripts y estilos (.html, .js, .css)", /\.(html|js|css)$/)
      ].join("\n")}\n`
    );
  });
