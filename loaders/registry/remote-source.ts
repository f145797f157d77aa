import {request as httpRequest, type IncomingMessage} from "node:http";
import {request as httpsRequest} from "node:https";
import {brotliDecompressSync, gunzipSync, inflateSync} from "node:zlib";
import {InvalidInputError, type Problem} from "../problems.js";
import {publicAddress} from "../public-address.js";
import {TABLE_NAMES, tableFile, type TableName} from "../../metrics/model/schema.js";
import type {RegistryFiles} from "./registry.js";
import {compressionOf} from "./compressed.js";

/** The most a remote table may weigh, decompressed, by default: 20 MB (the shipped registry's largest table is under 1 MB). */
export const DEFAULT_MAX_TABLE_BYTES = 20 * 1024 * 1024;
/** Redirects followed for one table before giving up. */
export const MAX_REDIRECTS = 10;

/** A table the server did serve: its bytes as they were meant (decompressed) and its `Last-Modified`, if any. */
export interface RemoteTable {
  readonly name: TableName;
  /** The address without secrets ({@link publicAddress}), as messages and files name it. */
  readonly url: string;
  readonly bytes: Uint8Array;
  /** The `Last-Modified` header as an ISO 8601 instant, or null when absent or unreadable. */
  readonly lastModified: string | null;
}

/** What fetching a remote registry gave: every table, or why none could be read. */
export type RemoteFetch =
  | {readonly ok: true; readonly files: RegistryFiles; readonly tables: readonly RemoteTable[]}
  | {readonly ok: false; readonly reason: string};

/** Limits of a remote fetch. */
export interface RemoteOptions {
  /** Per table, from the request to the last byte, in milliseconds (default 10 000). */
  readonly timeoutMs?: number;
  /** The most a table may weigh, as sent and decompressed, in bytes (default {@link DEFAULT_MAX_TABLE_BYTES}). */
  readonly maxBytes?: number;
}

/**
 * Fetches every registry table from a base URL that serves them with the same file names
 * (`<base>/hitos.csv`, …; a query string of the base — a token — is sent with each table, and a user and
 * password in it as HTTP Basic authentication to the same server).
 *
 * What the server really sent is read, whatever it says: gzip bytes are decompressed with or without a
 * `Content-Encoding` header; a `Content-Encoding` on a body that is not compressed is ignored; another
 * compression, a ZIP or Excel workbook, or an HTML page is refused saying so. A table larger than
 * `maxBytes` is refused before it is read whole: first from its `Content-Length`, then by counting the
 * bytes as they arrive (and decompressed, with the same limit), so memory stays bounded. Redirects are
 * followed up to {@link MAX_REDIRECTS}; a loop is named as such.
 *
 * When no table can be fetched, the source is unreachable and `ok` is false, with the reasons: the caller
 * falls back to the shipped registry. When some are fetched and others are not, the remote registry is
 * refused whole: an {@link InvalidInputError} names each table that failed and why. Every message names
 * addresses without their secrets.
 *
 * @throws Error (in Spanish) when `baseUrl` is not an http(s) address.
 */
export async function fetchRegistryFiles(baseUrl: string, options: RemoteOptions = {}): Promise<RemoteFetch> {
  const base = parseBase(baseUrl);
  const timeoutMs = options.timeoutMs ?? 10_000;
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_TABLE_BYTES;
  const results = await Promise.all(
    TABLE_NAMES.map((name) => fetchTable(name, tableUrl(base, name), timeoutMs, maxBytes))
  );
  const failed = results.filter((r): r is TableFailure => "reason" in r);
  if (failed.length === results.length) {
    // One reason for all the tables (but for each table's own name in it) is said once.
    const general = (r: TableFailure) => r.reason.replaceAll(tableFile(r.name), "\u0000");
    const same = failed.every((r) => general(r) === general(failed[0]));
    const reason = same
      ? `${failed[0].url} y las otras ${failed.length - 1} tablas: ${failed[0].reason}`
      : failed.map((r) => `${r.url}: ${r.reason}`).join("; ");
    return {ok: false, reason};
  }
  if (failed.length > 0) {
    const problems: Problem[] = failed.map((r) => ({
      file: r.url,
      line: 1,
      column: 1,
      value: r.sent,
      expected: `que la fuente remota sirva ${tableFile(r.name)} como las demás tablas: ${r.reason}`
    }));
    throw new InvalidInputError(problems, "El registro remoto");
  }
  const tables = results as RemoteTable[];
  const files = Object.fromEntries(tables.map((r) => [r.name, {file: r.url, bytes: r.bytes}])) as RegistryFiles;
  return {ok: true, files, tables};
}

/** The base address as a URL whose path ends in "/", or a Spanish error naming it without secrets. */
function parseBase(baseUrl: string): URL {
  let url: URL;
  try {
    url = new URL(baseUrl.trim());
  } catch {
    throw new Error(
      `La dirección del registro remoto no es válida: ${JSON.stringify(publicAddress(baseUrl))}; se esperaba una dirección http:// o https://`
    );
  }
  if (url.protocol !== "http:" && url.protocol !== "https:")
    throw new Error(
      `La dirección del registro remoto ${publicAddress(url.href)} no es http:// ni https:// (es ${url.protocol}); se esperaba una dirección web`
    );
  if (!url.pathname.endsWith("/")) url.pathname += "/";
  url.hash = "";
  return url;
}

/** `<base>/<tabla>.csv`, keeping the base's user, password and query string (a token) for the request. */
function tableUrl(base: URL, name: TableName): URL {
  const url = new URL(tableFile(name), base);
  url.search = base.search;
  return url;
}

/** A table that could not be fetched: what the server sent (short) and what happened (Spanish). */
interface TableFailure {
  readonly name: TableName;
  readonly url: string;
  readonly sent: string;
  readonly reason: string;
}

/** A failure of one table, thrown inside {@link fetchTable} and turned into a {@link TableFailure}. */
class RemoteFailure extends Error {
  constructor(
    readonly sent: string,
    readonly reason: string
  ) {
    super(reason);
  }
}

async function fetchTable(
  name: TableName,
  url: URL,
  timeoutMs: number,
  maxBytes: number
): Promise<RemoteTable | TableFailure> {
  const shown = publicAddress(url.href);
  const signal = AbortSignal.timeout(timeoutMs);
  try {
    const {response, body} = await follow(url, signal, maxBytes, timeoutMs);
    const header = response.headers["last-modified"];
    const time = header ? Date.parse(header) : Number.NaN;
    return {
      name,
      url: shown,
      bytes: decodeBody(body, response, maxBytes),
      lastModified: Number.isNaN(time) ? null : new Date(time).toISOString()
    };
  } catch (error) {
    if (error instanceof RemoteFailure) return {name, url: shown, sent: error.sent, reason: error.reason};
    return {name, url: shown, ...networkFailure(error as NodeJS.ErrnoException, timeoutMs)};
  }
}

/** Requests `start`, following redirects; resolves with the final response and its whole (bounded) body. */
async function follow(
  start: URL,
  signal: AbortSignal,
  maxBytes: number,
  timeoutMs: number
): Promise<{response: IncomingMessage; body: Buffer}> {
  const visited: URL[] = [];
  let url = start;
  for (;;) {
    visited.push(url);
    const response = await get(url, signal);
    const status = response.statusCode ?? 0;
    if (status >= 300 && status < 400 && status !== 304) {
      response.resume();
      const location = response.headers.location;
      if (!location)
        throw new RemoteFailure(
          `HTTP ${status}`,
          `el servidor respondió HTTP ${status} (redirección) sin decir a dónde: no envió el encabezado Location`
        );
      let next: URL;
      try {
        next = new URL(location, url);
      } catch {
        throw new RemoteFailure(`HTTP ${status}`, `el servidor redirige a una dirección no válida (HTTP ${status})`);
      }
      if (next.protocol !== "http:" && next.protocol !== "https:")
        throw new RemoteFailure(
          `HTTP ${status}`,
          `el servidor redirige a ${publicAddress(next.href)}, que no es una dirección http:// ni https://`
        );
      if (next.origin !== url.origin) {
        // Credentials go only to the server they were given for.
        next.username = "";
        next.password = "";
      }
      const chain = [...visited, next].map((u) => publicAddress(u.href));
      if (visited.some((u) => u.href === next.href))
        throw new RemoteFailure(
          `HTTP ${status}`,
          `la dirección redirige en círculo (${chain.join(" → ")}): el servidor está mal configurado`
        );
      if (visited.length > MAX_REDIRECTS)
        throw new RemoteFailure(
          `HTTP ${status}`,
          `el servidor redirigió más de ${MAX_REDIRECTS} veces seguidas (${chain.slice(0, 3).join(" → ")} → …)`
        );
      url = next;
      continue;
    }
    if (status < 200 || status >= 300) {
      response.resume();
      const text = response.statusMessage ? ` (${response.statusMessage})` : "";
      throw new RemoteFailure(`HTTP ${status}`, `el servidor respondió HTTP ${status}${text}`);
    }
    const declared = Number(response.headers["content-length"]);
    if (Number.isFinite(declared) && declared > maxBytes) {
      response.destroy();
      throw new RemoteFailure(
        `Content-Length: ${declared}`,
        `el servidor anuncia ${megabytes(declared)} y el límite por tabla es ${megabytes(maxBytes)} (${MAX_BYTES_VARIABLE_NOTE}); no se descargó`
      );
    }
    return {response, body: await readBounded(response, maxBytes, timeoutMs, signal)};
  }
}

/** How the size limit is changed, for messages. */
const MAX_BYTES_VARIABLE_NOTE = "variable TABLERO_REGISTRO_MAX_MB";

/** "20 MB", "1.5 MB": a size for messages. */
function megabytes(bytes: number): string {
  return `${Math.round((bytes / 1024 / 1024) * 10) / 10} MB`;
}

/** One GET request; resolves with the response head (the body is read by the caller). */
function get(url: URL, signal: AbortSignal): Promise<IncomingMessage> {
  const request = url.protocol === "https:" ? httpsRequest : httpRequest;
  return new Promise((resolve, reject) => {
    const req = request(url, {
      method: "GET",
      signal,
      // A fresh connection per request: a kept-alive socket the server has just closed would fail as ECONNRESET.
      agent: false,
      headers: {"accept-encoding": "gzip, deflate, br", "user-agent": "tablero-gobierno-abierto-local"}
    });
    req.on("response", resolve);
    req.on("error", reject);
    req.end();
  });
}

/** The body of a response, refused as soon as it passes `maxBytes` (never held whole beyond that). */
function readBounded(
  response: IncomingMessage,
  maxBytes: number,
  timeoutMs: number,
  signal: AbortSignal
): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let total = 0;
    response.on("data", (chunk: Buffer) => {
      total += chunk.length;
      if (total > maxBytes) {
        // Rejected before the connection is closed, so that the closing is not reported instead.
        reject(
          new RemoteFailure(
            `más de ${maxBytes} bytes`,
            `la tabla pasa del límite de ${megabytes(maxBytes)} por tabla (${MAX_BYTES_VARIABLE_NOTE}); se dejó de descargar`
          )
        );
        chunks.length = 0;
        response.destroy();
        return;
      }
      chunks.push(chunk);
    });
    response.on("end", () => resolve(Buffer.concat(chunks)));
    const cut = (error?: NodeJS.ErrnoException) => {
      if (signal.aborted)
        reject(new RemoteFailure("sin respuesta", `la tabla no terminó de llegar en ${timeoutMs} ms`));
      else if (error) {
        const {sent, reason} = networkFailure(error, timeoutMs);
        reject(new RemoteFailure(sent, `la conexión se cortó a mitad de la tabla: ${reason}`));
      } else reject(new RemoteFailure("conexión cortada", "el servidor cortó la conexión a mitad de la tabla"));
    };
    response.on("error", cut);
    response.on("aborted", () => cut());
  });
}

const startsWith = (bytes: Uint8Array, magic: readonly number[]) => magic.every((b, k) => bytes[k] === b);

/**
 * The table as it was meant, from what the server really sent: gzip bytes (magic 1F 8B) are
 * decompressed whatever the headers say; `deflate` or `br` are decompressed when the header says so and
 * the bytes decompress; otherwise the bytes are used as they are (a `Content-Encoding` on a plain body is
 * a server's mistake, not the table's). Other compressed formats and HTML pages are refused saying what
 * they are. Decompression stops at `maxBytes`.
 */
function decodeBody(body: Buffer, response: IncomingMessage, maxBytes: number): Uint8Array {
  const encoding = String(response.headers["content-encoding"] ?? "")
    .trim()
    .toLowerCase();
  const tooLarge = () =>
    new RemoteFailure(
      `más de ${maxBytes} bytes`,
      `la tabla viene comprimida y descomprimida pasa del límite de ${megabytes(maxBytes)} por tabla (${MAX_BYTES_VARIABLE_NOTE})`
    );
  const inflate = (decode: (b: Buffer, o: {maxOutputLength: number}) => Buffer, name: string) => {
    try {
      return decode(body, {maxOutputLength: maxBytes});
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === "ERR_BUFFER_TOO_LARGE" || error instanceof RangeError)
        throw tooLarge();
      throw new RemoteFailure(
        `${name} dañado`,
        `la tabla viene comprimida (${name}) pero no se puede descomprimir: está dañada o cortada`
      );
    }
  };
  let bytes: Buffer = body;
  if (startsWith(body, [0x1f, 0x8b])) bytes = inflate(gunzipSync, "gzip");
  else if (encoding === "deflate" || encoding === "br") {
    try {
      bytes = (encoding === "br" ? brotliDecompressSync : inflateSync)(body, {maxOutputLength: maxBytes});
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === "ERR_BUFFER_TOO_LARGE" || error instanceof RangeError)
        throw tooLarge();
      // Not compressed after all: the header was wrong; the bytes are read as they are.
    }
  }
  const other = compressionOf(bytes);
  if (other !== null)
    throw new RemoteFailure(
      `archivo ${other.split(" ")[0]}`,
      `la tabla viene comprimida en ${other}, no es un CSV: sírvala como CSV (sin comprimir, o con gzip)`
    );
  const type = String(response.headers["content-type"] ?? "").toLowerCase();
  const head = new TextDecoder()
    .decode(bytes.subarray(0, 200))
    .replace(/^\uFEFF/, "")
    .trimStart()
    .toLowerCase();
  if (type.includes("text/html") || head.startsWith("<!doctype") || head.startsWith("<html"))
    throw new RemoteFailure(
      "página HTML",
      "el servidor envió una página HTML, no un CSV (¿la hoja no está publicada como CSV, o la dirección pide iniciar sesión?)"
    );
  return new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

/** A network error in Spanish: what happened and, short, the code the system gave. */
function networkFailure(error: NodeJS.ErrnoException, timeoutMs: number): {sent: string; reason: string} {
  const cause = (error as {cause?: NodeJS.ErrnoException}).cause;
  const code = error.code ?? cause?.code ?? "";
  if (error.name === "TimeoutError" || error.name === "AbortError" || code === "ABORT_ERR")
    return {sent: "sin respuesta", reason: `sin respuesta en ${timeoutMs} ms`};
  const known: Record<string, string> = {
    ECONNREFUSED: "conexión rechazada: nada escucha en esa dirección",
    ENOTFOUND: "no se encontró el servidor (el nombre no existe en el DNS)",
    EAI_AGAIN: "no se pudo consultar el DNS",
    ECONNRESET: "el servidor cortó la conexión",
    ETIMEDOUT: "la conexión tardó demasiado",
    EHOSTUNREACH: "no hay ruta hasta el servidor",
    ENETUNREACH: "no hay red",
    EPROTO: "el servidor no habla el protocolo esperado (¿https en un puerto http?)"
  };
  if (code in known) return {sent: code, reason: `${known[code]} (${code})`};
  if (/^HPE_/.test(code)) return {sent: code, reason: `el servidor respondió algo que no es HTTP válido (${code})`};
  if (/CERT|SSL|TLS|VERIFY|SIGNATURE/.test(code))
    return {sent: code, reason: `el certificado TLS del servidor no es válido (${code})`};
  // The system's message, with any address in it shown without its secrets.
  const message = error.message.replace(/[a-z][a-z0-9+.-]*:\/\/\S+/gi, (u) => publicAddress(u));
  return {sent: code || "error de red", reason: `error de red (${code || message})`};
}
