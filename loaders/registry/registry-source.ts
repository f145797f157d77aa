import {execFileSync} from "node:child_process";
import {DEFAULT_REGISTRY_DIR, readRegistryFiles, validateRegistry} from "./registry.js";
import {fetchRegistryFiles} from "./remote-source.js";
import type {Registry} from "../../metrics/model/schema.js";

/** Environment variable naming a base URL that serves the registry's CSV tables. */
export const REMOTE_URL_VARIABLE = "TABLERO_REGISTRO_URL";
/** Environment variable naming another local registry folder (default: the shipped `data/`). */
export const LOCAL_DIR_VARIABLE = "TABLERO_REGISTRO_DIR";
/** Environment variable with the remote fetch timeout, in milliseconds (default 10 000). */
export const REMOTE_TIMEOUT_VARIABLE = "TABLERO_REGISTRO_TIMEOUT_MS";

/** Where the data of a build came from, as the site shows it. */
export interface Provenance {
  /** "incluido": the registry shipped in `data/`; "remoto": the tables served at `url`. */
  origen: "incluido" | "remoto";
  url: string | null;
  /** Why a configured remote source was not used, when it was not. */
  aviso: string | null;
  /** Date of the data: the last commit that changed `data/`, or the remote's Last-Modified; null if unknown. */
  fecha_registro: string | null;
  /** When this build read the registry (ISO 8601, UTC). */
  fecha_construccion: string;
}

/**
 * The validated registry a build uses, and where it came from. With {@link REMOTE_URL_VARIABLE} set, the
 * remote tables are fetched and validated exactly like the shipped ones: an invalid or incomplete remote
 * registry is refused whole (an error is thrown, nothing is built); an unreachable one is reported on
 * `log` and the local registry is used instead. The local registry is `data/`, or the folder named by
 * {@link LOCAL_DIR_VARIABLE}.
 */
export async function resolveRegistry(
  env: NodeJS.ProcessEnv = process.env,
  log: (message: string) => void = (m) => process.stderr.write(`${m}\n`)
): Promise<{registry: Registry; provenance: Provenance}> {
  const dir = env[LOCAL_DIR_VARIABLE]?.trim() || DEFAULT_REGISTRY_DIR;
  const fecha_construccion = new Date().toISOString();
  const url = env[REMOTE_URL_VARIABLE]?.trim();
  let aviso: string | null = null;
  if (url) {
    const timeout = Number(env[REMOTE_TIMEOUT_VARIABLE] ?? 10_000);
    const fetched = await fetchRegistryFiles(url, Number.isFinite(timeout) && timeout > 0 ? timeout : 10_000);
    if (fetched.ok) {
      const registry = validateRegistry(fetched.files);
      log(`Registro remoto válido: ${url}`);
      return {
        registry,
        provenance: {origen: "remoto", url, aviso: null, fecha_registro: fetched.lastModified, fecha_construccion}
      };
    }
    aviso = `No se pudo leer el registro remoto ${url} (${fetched.reason}); se usa el registro incluido en data/.`;
    log(aviso);
  }
  const registry = validateRegistry(await readRegistryFiles(dir));
  return {
    registry,
    provenance: {origen: "incluido", url: null, aviso, fecha_registro: lastDataCommitDate(dir), fecha_construccion}
  };
}

/** Date of the last git commit that touched the registry folder, or null outside a git checkout. */
function lastDataCommitDate(dir: string): string | null {
  try {
    const out = execFileSync("git", ["log", "-1", "--format=%cI", "--", "."], {
      cwd: dir,
      encoding: "utf8",
      stdio: ["ignore", "pipe", "ignore"]
    }).trim();
    return out || null;
  } catch {
    return null;
  }
}
