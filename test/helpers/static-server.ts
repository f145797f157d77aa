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
 * Serves a built site from a folder on 127.0.0.1, resolving Framework's extensionless page links
 * (`/pagina` → `pagina.html`, `/` → `index.html`). Returns the base URL and a function that stops it.
 */
export async function serveStatic(dir: string): Promise<{url: string; close: () => Promise<void>}> {
  const server: Server = createServer(async (req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname));
    const candidates = path.endsWith("/") ? [join(path, "index.html")] : [path, `${path}.html`];
    for (const candidate of candidates) {
      const file = join(dir, candidate);
      if (!file.startsWith(dir)) break;
      try {
        if (!(await stat(file)).isFile()) continue;
        res.writeHead(200, {"content-type": TYPES[extname(file)] ?? "application/octet-stream"}).end(await readFile(file));
        return;
      } catch {
      }
    }
    res.writeHead(404).end("no existe");
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url,
    close: () => new Promise<void>((resolve) => (server.closeAllConnections(), server.close(() => resolve())))
  };
}
