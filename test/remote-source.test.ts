import {readFile} from "node:fs/promises";
import {createServer, type Server} from "node:http";
import type {AddressInfo} from "node:net";
import {join} from "node:path";
import {afterAll, beforeAll, describe, expect, it} from "vitest";
import {InvalidInputError} from "../loaders/problems.js";
import {loadRegistry} from "../loaders/registry/registry.js";
import {resolveRegistry} from "../loaders/registry/registry-source.js";
import {TABLE_NAMES} from "../metrics/model/schema.js";
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
    expect(provenance.aviso).toMatch(
      new RegExp(
        `^No se pudo leer el registro remoto ${base}/vacio/ \\(${base}/vacio/fuentes.csv: HTTP 404; .*\\); se usa el registro incluido en data/\\.$`
      )
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
