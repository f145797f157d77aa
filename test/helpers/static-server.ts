import {readFile, stat} from "node:fs/promises";
import {createServer, type Server} from "node:http";
import type {AddressInfo} from "node:net";
import {extname, join, normalize, resolve} from "node:path";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript",
  ".css": "text/css",
  ".json": "application/json",
  ".wasm": "application/wasm",
  ".csv": "text/csv; charset=utf-8",
  ".parquet": "application/octet-stream",
  ".png": "image/png",
  ".svg": "image/svg+xml"
};

/**
 * Serves a built site from a folder on 127.0.0.1 as a plain static web server would (like
 * `python3 -m http.server`): a path names a file, and a path ending in `/` its folder's `index.html`.
 * There is no fallback (`/fases` is not `/fases.html`), so a link that only works on Framework's preview
 * server fails the tests. Returns the base URL and a function that stops the server.
 */
export async function serveStatic(dir: string): Promise<{url: string; close: () => Promise<void>}> {
  const shared = await sharedServer();
  if (shared && resolve(dir) === resolve(shared.dir)) return {url: shared.url, close: async () => {}};
  return startServer(dir);
}

/**
 * The server the global setup started for the site built once per run (`inject("siteServer")`), when this
 * runs inside such a test run; null elsewhere (`npm run bench:site`).
 */
async function sharedServer(): Promise<{dir: string; url: string} | null> {
  if (!process.env.VITEST) return null;
  const {inject} = await import("vitest");
  try {
    const server = inject("siteServer");
    return server?.url ? server : null;
  } catch {
    return null;
  }
}

/**
 * Starts a server for a folder (see serveStatic); its `close()` stops it. With `precompressed`, it answers as
 * nginx's `gzip_static`/`brotli_static` do: when the browser accepts brotli (or gzip) and the file has a `.br`
 * (or `.gz`) beside it (`npm run precompress`), it sends that, with its `content-encoding`.
 */
export async function startServer(
  dir: string,
  {precompressed = false}: {precompressed?: boolean} = {}
): Promise<{url: string; close: () => Promise<void>}> {
  const server: Server = createServer(async (req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname));
    const file = join(dir, path.endsWith("/") ? join(path, "index.html") : path);
    try {
      if (file.startsWith(dir) && (await stat(file)).isFile()) {
        // Framework's own folders (`/_observablehq/`, `/_npm/`, `/_import/`, `/_file/`) hold files whose
        // names carry their content's hash: a browser may keep them (as the README's serving advice says).
        const type = {
          "content-type": TYPES[extname(file)] ?? "application/octet-stream",
          ...(/^\/_[a-z]+\//.test(path) ? {"cache-control": "public, max-age=31536000, immutable"} : {})
        };
        const accepts = String(req.headers["accept-encoding"] ?? "");
        for (const [encoding, suffix] of precompressed
          ? [
              ["br", ".br"],
              ["gzip", ".gz"]
            ]
          : []) {
          if (!accepts.includes(encoding)) continue;
          const body = await readFile(`${file}${suffix}`).catch(() => null);
          if (!body) continue;
          res.writeHead(200, {...type, "content-encoding": encoding, vary: "accept-encoding"}).end(body);
          return;
        }
        res.writeHead(200, type).end(await readFile(file));
        return;
      }
    } catch {
      // not found: answered below
    }
    res.writeHead(404, {"content-type": "text/plain; charset=utf-8"}).end("no existe");
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      })
  };
}
