import {readFile, stat} from "node:fs/promises";
import {createServer, type Server} from "node:http";
import type {AddressInfo} from "node:net";
import {extname, join, normalize} from "node:path";

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
  const server: Server = createServer(async (req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname));
    const file = join(dir, path.endsWith("/") ? join(path, "index.html") : path);
    try {
      if (file.startsWith(dir) && (await stat(file)).isFile()) {
        res
          .writeHead(200, {"content-type": TYPES[extname(file)] ?? "application/octet-stream"})
          .end(await readFile(file));
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
