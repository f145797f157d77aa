import {execFile} from "node:child_process";
import {mkdtemp, readFile} from "node:fs/promises";
import {tmpdir} from "node:os";
import {promisify} from "node:util";
import {gzipSync} from "node:zlib";
import {createServer, type Server} from "node:http";
import type {AddressInfo} from "node:net";
import {join} from "node:path";
import {afterAll, beforeAll, describe, expect, it} from "vitest";
import {InvalidInputError} from "../loaders/problems.js";
import {loadRegistry} from "../loaders/registry/registry.js";
import {resolveRegistry} from "../loaders/registry/registry-source.js";
import {TABLE_NAMES} from "../metrics/model/schema.js";
import {publicAddress} from "../loaders/public-address.js";
import {publishedFiles} from "../loaders/publish/publish.js";
import {VALID_FIXTURE, mutatedRegistry} from "./helpers/registry-fixture.js";

/**
 * A server on 127.0.0.1 that serves registries under paths: /bueno/ (the valid fixture), /invalido/ (a
 * broken copy), /vacio/ (404 for everything), /incompleto/ (all but hitos.csv), /lento/ (never answers).
 */
let server: Server;
let base: string;
const requests: string[] = [];

beforeAll(async () => {
  const invalid = await mutatedRegistry({
    file: "hitos.csv",
    replace: "2015-03-09,2015-03-09",
    with: "2015-03-09,2015-02-30"
  });
  const folders: Record<string, string> = {bueno: VALID_FIXTURE, invalido: invalid, incompleto: VALID_FIXTURE};
  server = createServer(async (req, res) => {
    requests.push(req.url ?? "");
    const [, folder, file] = (req.url ?? "").split("/");
    if (folder === "lento") return; // never answers: the client's timeout must end it
    const dir = folders[folder];
    if (!dir || (folder === "incompleto" && file === "hitos.csv") || !file?.endsWith(".csv")) {
      res.writeHead(404).end("no existe");
      return;
    }
    try {
      const bytes = await readFile(join(dir, file));
      res
        .writeHead(200, {"content-type": "text/csv; charset=utf-8", "last-modified": "Tue, 03 Nov 2026 10:00:00 GMT"})
        .end(bytes);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

const quiet = () => {};
const run = promisify(execFile);

describe("resolveRegistry(env) with TABLERO_REGISTRO_URL", () => {
  it("uses a valid remote registry and says so in the provenance", async () => {
    const logs: string[] = [];
    const {registry, provenance} = await resolveRegistry({TABLERO_REGISTRO_URL: `${base}/bueno/`}, (m) => logs.push(m));
    expect(registry).toEqual(await loadRegistry(VALID_FIXTURE));
    expect(provenance).toMatchObject({
      origen: "remoto",
      url: `${base}/bueno/`,
      aviso: null,
      fecha_registro: "2026-11-03T10:00:00.000Z"
    });
    expect(logs).toEqual([`Registro remoto válido: ${base}/bueno/`]);
    for (const name of TABLE_NAMES) expect(requests).toContain(`/bueno/${name}.csv`);
  });

  it("refuses an invalid remote registry whole, with the remote file, line and column", async () => {
    const error = await resolveRegistry({TABLERO_REGISTRO_URL: `${base}/invalido`}, quiet).catch((e) => e);
    expect(error).toBeInstanceOf(InvalidInputError);
    expect(error.message).toContain(
      `${base}/invalido/hitos.csv:2:55 (fecha_max) valor "2015-02-30": se esperaba una fecha real AAAA-MM-DD`
    );
  });

  it("refuses an incomplete remote registry (one table not served), naming the missing file", async () => {
    const error = await resolveRegistry({TABLERO_REGISTRO_URL: `${base}/incompleto/`}, quiet).catch((e) => e);
    expect(error).toBeInstanceOf(InvalidInputError);
    expect(error.message).toContain(
      `${base}/incompleto/hitos.csv:1:1 valor "HTTP 404": se esperaba que la fuente remota sirva hitos.csv como las demás tablas`
    );
  });

  it("falls back to the shipped registry, and says why, when the remote serves no data", async () => {
    const logs: string[] = [];
    const {registry, provenance} = await resolveRegistry({TABLERO_REGISTRO_URL: `${base}/vacio/`}, (m) => logs.push(m));
    expect(registry).toEqual(await loadRegistry());
    expect(provenance.origen).toBe("incluido");
    expect(provenance.aviso).toBe(
      `No se pudo leer el registro remoto ${base}/vacio/ (${base}/vacio/fuentes.csv y las otras ${TABLE_NAMES.length - 1} tablas: el servidor respondió HTTP 404 (Not Found)); se usa el registro incluido en data/.`
    );
    expect(logs).toEqual([provenance.aviso]);
  });

  it("falls back when nothing listens at the address", async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, "127.0.0.1", resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));
    const {provenance} = await resolveRegistry({TABLERO_REGISTRO_URL: `http://127.0.0.1:${port}/`}, quiet);
    expect(provenance.origen).toBe("incluido");
    expect(provenance.aviso).toContain("ECONNREFUSED");
  });

  it("falls back when the remote does not answer within the timeout", async () => {
    const {provenance} = await resolveRegistry(
      {TABLERO_REGISTRO_URL: `${base}/lento/`, TABLERO_REGISTRO_TIMEOUT_MS: "300"},
      quiet
    );
    expect(provenance.origen).toBe("incluido");
    expect(provenance.aviso).toContain("sin respuesta en 300 ms");
  });

  it("uses the shipped registry, with no warning, when no remote is configured", async () => {
    const logs: string[] = [];
    const {provenance} = await resolveRegistry({}, (m) => logs.push(m));
    expect(provenance).toMatchObject({origen: "incluido", url: null, aviso: null});
    expect(logs).toEqual([]);
  });
});

/**
 * Issue 15: a second server whose folders misbehave the way public trackers report. Each serves the valid
 * fixture, except as its name says:
 * /gz-mentira/ (Content-Encoding: gzip on a plain body), /gz-sin-encabezado/ (gzip bytes, no header),
 * /gz/ (gzip, said), /zip/ (hitos.csv as a ZIP), /html/ (hitos.csv as a login page), /error/ (hitos.csv
 * HTTP 500), /enorme/ (hitos.csv: 200 MB streamed without Content-Length), /anunciado/ (hitos.csv
 * announcing 200 MB), /bomba/ (hitos.csv: a small gzip that decompresses to 64 MB), /fecha-2100/ and
 * /fecha-1990/ (Last-Modified outside the record's range), /fecha-mixta/ (one table 2100, the others
 * believable), /bucle-a/ ↔ /bucle-b/ (a redirect loop), /secreto/ (demands user "usuario", password
 * "clave" and ?token=abc), /cortado/ (hitos.csv stops mid-body; metas.csv: the connection is cut).
 */
describe("a remote that misbehaves (issue 15)", () => {
  let hostile: Server;
  let at: string;
  /** Bytes the huge response managed to send before the client stopped reading. */
  const sent = {enorme: 0};
  const BELIEVABLE = "Tue, 03 Nov 2026 10:00:00 GMT";

  beforeAll(async () => {
    const bomb = gzipSync(Buffer.alloc(64 * 1024 * 1024));
    hostile = createServer(async (req, res) => {
      const url = new URL(req.url ?? "/", "http://x");
      const [, folder, file] = url.pathname.split("/");
      if (folder === "bucle-a" || folder === "bucle-b") {
        res.writeHead(302, {location: `/${folder === "bucle-a" ? "bucle-b" : "bucle-a"}/${file}`}).end();
        return;
      }
      if (folder === "secreto") {
        const auth = req.headers.authorization ?? "";
        if (
          auth !== `Basic ${Buffer.from("usuario:clave").toString("base64")}` ||
          url.searchParams.get("token") !== "abc"
        ) {
          res.writeHead(401, {"content-type": "text/plain"}).end("no autorizado");
          return;
        }
      }
      let bytes: Buffer;
      try {
        bytes = await readFile(join(VALID_FIXTURE, file));
      } catch {
        res.writeHead(404).end();
        return;
      }
      const hitos = file === "hitos.csv";
      const lastModified =
        folder === "fecha-2100" || (folder === "fecha-mixta" && hitos)
          ? "Fri, 31 Dec 2100 23:59:59 GMT"
          : folder === "fecha-1990"
            ? "Mon, 01 Jan 1990 00:00:00 GMT"
            : BELIEVABLE;
      const headers = {"content-type": "text/csv; charset=utf-8", "last-modified": lastModified};
      if (folder === "gz-mentira") res.writeHead(200, {...headers, "content-encoding": "gzip"}).end(bytes);
      else if (folder === "gz-sin-encabezado") res.writeHead(200, headers).end(gzipSync(bytes));
      else if (folder === "gz") res.writeHead(200, {...headers, "content-encoding": "gzip"}).end(gzipSync(bytes));
      else if (folder === "zip" && hitos)
        res.writeHead(200, {"content-type": "application/zip"}).end(Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 0]));
      else if (folder === "html" && hitos)
        res.writeHead(200, {"content-type": "text/html"}).end("<!DOCTYPE html><title>Iniciar sesión</title>");
      else if (folder === "error" && hitos) res.writeHead(500).end("falló");
      else if (folder === "cortado" && hitos) res.writeHead(200, {"content-length": "1000"}).write("hito_id,");
      else if (folder === "cortado" && file === "metas.csv") req.socket.destroy();
      else if (folder === "bomba" && hitos) res.writeHead(200, {...headers, "content-encoding": "gzip"}).end(bomb);
      else if (folder === "anunciado" && hitos) {
        res.writeHead(200, {...headers, "content-length": String(200 * 1024 * 1024)});
        res.flushHeaders(); // the head only: the body never comes, so reading it would time out
      } else if (folder === "enorme" && hitos) {
        sent.enorme = 0;
        res.writeHead(200, headers);
        const chunk = Buffer.alloc(1024 * 1024, "a,");
        const write = () => {
          while (sent.enorme < 200 * 1024 * 1024 && !res.destroyed) {
            sent.enorme += chunk.length;
            if (!res.write(chunk)) return void res.once("drain", write);
          }
          if (!res.destroyed) res.end();
        };
        write();
      } else res.writeHead(200, headers).end(bytes);
    });
    await new Promise<void>((resolve) => hostile.listen(0, "127.0.0.1", resolve));
    at = `http://127.0.0.1:${(hostile.address() as AddressInfo).port}`;
  });

  afterAll(async () => {
    hostile.closeAllConnections();
    await new Promise((resolve) => hostile.close(resolve));
  });

  /** The error resolveRegistry gives for a folder of the hostile server (fails if it resolves). */
  async function refusal(folder: string, env: Record<string, string> = {}): Promise<InvalidInputError> {
    const error = await resolveRegistry({TABLERO_REGISTRO_URL: `${at}/${folder}/`, ...env}, quiet).catch((e) => e);
    expect(error).toBeInstanceOf(InvalidInputError);
    return error;
  }

  it("decodes what the server really sent: gzip said but not done, gzip done but not said, gzip said and done", async () => {
    const fixture = await loadRegistry(VALID_FIXTURE);
    for (const folder of ["gz-mentira", "gz-sin-encabezado", "gz"]) {
      const {registry, provenance} = await resolveRegistry({TABLERO_REGISTRO_URL: `${at}/${folder}/`}, quiet);
      expect(provenance.origen, folder).toBe("remoto");
      expect(registry, folder).toEqual(fixture);
    }
  });

  it("a table that is a ZIP, an HTML page or a server error is refused saying what was sent", async () => {
    expect((await refusal("zip")).message.split("\n")).toEqual([
      "El registro remoto no es válido: 1 problema.",
      `${at}/zip/hitos.csv:1:1 valor "archivo ZIP": se esperaba que la fuente remota sirva hitos.csv como las demás tablas: la tabla viene comprimida en ZIP (o es un libro de Excel .xlsx o de LibreOffice .ods), no es un CSV: sírvala como CSV (sin comprimir, o con gzip)`
    ]);
    expect((await refusal("html")).message).toContain(
      `${at}/html/hitos.csv:1:1 valor "página HTML": se esperaba que la fuente remota sirva hitos.csv como las demás tablas: el servidor envió una página HTML, no un CSV (¿la hoja no está publicada como CSV, o la dirección pide iniciar sesión?)`
    );
    expect((await refusal("error")).message).toContain(
      `${at}/error/hitos.csv:1:1 valor "HTTP 500": se esperaba que la fuente remota sirva hitos.csv como las demás tablas: el servidor respondió HTTP 500 (Internal Server Error)`
    );
  });

  it("a body that stops coming and a connection cut without an answer are named, and nothing hangs", async () => {
    const error = await refusal("cortado", {TABLERO_REGISTRO_TIMEOUT_MS: "500"});
    expect(error.message.split("\n")).toEqual([
      "El registro remoto no es válido: 2 problemas.",
      `${at}/cortado/hitos.csv:1:1 valor "sin respuesta": se esperaba que la fuente remota sirva hitos.csv como las demás tablas: la tabla no terminó de llegar en 500 ms`,
      `${at}/cortado/metas.csv:1:1 valor "ECONNRESET": se esperaba que la fuente remota sirva metas.csv como las demás tablas: el servidor cortó la conexión (ECONNRESET)`
    ]);
  });

  it("a table over the size limit is refused before it is read whole, streamed or announced, and a gzip bomb too", async () => {
    const heap = process.memoryUsage().rss;
    const huge = await refusal("enorme");
    expect(huge.message).toContain(
      `${at}/enorme/hitos.csv:1:1 valor "más de 20971520 bytes": se esperaba que la fuente remota sirva hitos.csv como las demás tablas: la tabla pasa del límite de 20 MB por tabla (variable TABLERO_REGISTRO_MAX_MB); se dejó de descargar`
    );
    expect(sent.enorme).toBeLessThan(60 * 1024 * 1024);
    expect(process.memoryUsage().rss - heap).toBeLessThan(150 * 1024 * 1024);
    expect((await refusal("anunciado")).message).toContain(
      `${at}/anunciado/hitos.csv:1:1 valor "Content-Length: 209715200": se esperaba que la fuente remota sirva hitos.csv como las demás tablas: el servidor anuncia 200 MB y el límite por tabla es 20 MB (variable TABLERO_REGISTRO_MAX_MB); no se descargó`
    );
    expect((await refusal("bomba", {TABLERO_REGISTRO_MAX_MB: "8"})).message).toContain(
      `${at}/bomba/hitos.csv:1:1 valor "más de 8388608 bytes": se esperaba que la fuente remota sirva hitos.csv como las demás tablas: la tabla viene comprimida y descomprimida pasa del límite de 8 MB por tabla (variable TABLERO_REGISTRO_MAX_MB)`
    );
  });

  it("distrusts a Last-Modified outside the record's range: never publishes 2100 (or 1990) as the data's date", async () => {
    for (const folder of ["fecha-2100", "fecha-1990"]) {
      const logs: string[] = [];
      const {provenance} = await resolveRegistry({TABLERO_REGISTRO_URL: `${at}/${folder}/`}, (m) => logs.push(m));
      expect(provenance.origen).toBe("remoto");
      expect(provenance.fecha_registro, folder).toBeNull();
      expect(logs).toHaveLength(1 + TABLE_NAMES.length);
      expect(logs[1]).toMatch(
        new RegExp(
          `^El servidor dice que ${at}/${folder}/fuentes\\.csv cambió por última vez el (2100-12-31T23:59:59|1990-01-01T00:00:00)\\.000Z \\(Last-Modified\\), fuera de lo posible: antes del día más reciente que el registro menciona \\(2019-05-31\\) o después de esta construcción \\(.*\\); esa fecha no se usa como fecha de los datos\\.$`
        )
      );
    }
    const {provenance} = await resolveRegistry({TABLERO_REGISTRO_URL: `${at}/fecha-mixta/`}, quiet);
    expect(provenance.fecha_registro).toBe("2026-11-03T10:00:00.000Z");
  });

  it("names a redirect loop as such, in Spanish, and falls back to the shipped registry", async () => {
    const {provenance} = await resolveRegistry({TABLERO_REGISTRO_URL: `${at}/bucle-a/`}, quiet);
    expect(provenance.origen).toBe("incluido");
    expect(provenance.aviso).toBe(
      `No se pudo leer el registro remoto ${at}/bucle-a/ (${at}/bucle-a/fuentes.csv y las otras ${TABLE_NAMES.length - 1} tablas: la dirección redirige en círculo (${at}/bucle-a/fuentes.csv → ${at}/bucle-b/fuentes.csv → ${at}/bucle-a/fuentes.csv): el servidor está mal configurado); se usa el registro incluido en data/.`
    );
  });

  it("uses credentials and a token to fetch, but never shows them: provenance, logs, construccion.json, messages", async () => {
    const secretUrl = `http://usuario:clave@127.0.0.1:${new URL(at).port}/secreto/?token=abc#parte`;
    const logs: string[] = [];
    const {registry, provenance} = await resolveRegistry({TABLERO_REGISTRO_URL: secretUrl}, (m) => logs.push(m));
    expect(provenance).toMatchObject({origen: "remoto", url: `${at}/secreto/`});
    expect(logs).toEqual([`Registro remoto válido: ${at}/secreto/`]);
    const json = new TextDecoder().decode(
      publishedFiles(registry, provenance, {csv: false}).find((f) => f.name === "construccion.json")!.bytes
    );
    for (const secret of ["clave", "usuario", "token", "abc", "parte"]) expect(json).not.toContain(secret);
    // Without the token the server refuses every table: the warning names the address without secrets.
    const wrong = `http://usuario:s3creta@127.0.0.1:${new URL(at).port}/secreto/?token=xyz`;
    const {provenance: fallback} = await resolveRegistry({TABLERO_REGISTRO_URL: wrong}, quiet);
    expect(fallback.aviso).toBe(
      `No se pudo leer el registro remoto ${at}/secreto/ (${at}/secreto/fuentes.csv y las otras ${TABLE_NAMES.length - 1} tablas: el servidor respondió HTTP 401 (Unauthorized)); se usa el registro incluido en data/.`
    );
    expect(JSON.stringify(fallback)).not.toMatch(/s3creta|xyz|usuario/);
    expect(publicAddress("ftp://a:b@h/x?y#z")).toBe("ftp://h/x");
    expect(publicAddress("no es una dirección ?token=1")).toBe("no es una dirección ");
  });

  it("npm run export from a lying server with secrets in the address: exit 0, construccion.json without them", async () => {
    const out = join(await mkdtemp(join(tmpdir(), "exportacion-")), "salida");
    const url = `http://usuario:clave@127.0.0.1:${new URL(at).port}/gz-mentira/?token=abc`;
    const done = await run("node", ["--import", "tsx", "scripts/export.ts", "--out", out], {
      env: {...process.env, TABLERO_REGISTRO_URL: url}
    });
    expect(done.stderr).toBe(`Registro remoto válido: ${at}/gz-mentira/\n`);
    const construccion = JSON.parse(await readFile(join(out, "construccion.json"), "utf8"));
    expect(construccion).toMatchObject({
      origen: "remoto",
      url: `${at}/gz-mentira/`,
      fecha_registro: "2026-11-03T10:00:00.000Z"
    });
    expect(JSON.stringify(construccion)).not.toMatch(/clave|usuario|token/);
  });

  it("an address that is not http(s) is refused in Spanish, without its secrets", async () => {
    await expect(resolveRegistry({TABLERO_REGISTRO_URL: "ftp://u:p@h/registro/?token=1"}, quiet)).rejects.toThrow(
      "La dirección del registro remoto ftp://h/registro/ no es http:// ni https:// (es ftp:); se esperaba una dirección web"
    );
  });
});
