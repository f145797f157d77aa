import {execFileSync} from "node:child_process";
import {DEFAULT_REGISTRY_DIR, readRegistryFiles, validateRegistry} from "./registry.js";
import {DEFAULT_MAX_TABLE_BYTES, fetchRegistryFiles, type RemoteTable} from "./remote-source.js";
import {publicAddress} from "../public-address.js";
import {partialDateBounds} from "../../metrics/model/dates.js";
import {SCHEMA, TABLE_NAMES, type Registry} from "../../metrics/model/schema.js";

/** Environment variable naming a base URL that serves the registry's CSV tables. */
export const REMOTE_URL_VARIABLE = "TABLERO_REGISTRO_URL";
/** Environment variable naming another local registry folder (default: the shipped `data/`). */
export const LOCAL_DIR_VARIABLE = "TABLERO_REGISTRO_DIR";
/** Environment variable with the remote fetch timeout, in milliseconds (default 10 000). */
export const REMOTE_TIMEOUT_VARIABLE = "TABLERO_REGISTRO_TIMEOUT_MS";
/** Environment variable with the most a remote table may weigh, in MB (default 20). */
export const REMOTE_MAX_MB_VARIABLE = "TABLERO_REGISTRO_MAX_MB";

/** Where the data of a build came from, as the site shows it. */
export interface Provenance {
  /** "incluido": the registry shipped in `data/`; "remoto": the tables served at `url`. */
  origen: "incluido" | "remoto";
  /** The remote address, without user, password, query string or fragment ({@link publicAddress}). */
  url: string | null;
  /** Why a configured remote source was not used, when it was not. */
  aviso: string | null;
  /** Date of the data: the last commit that changed `data/`, or the remote's latest believable Last-Modified
   * (see {@link remoteDataDate}); null if unknown. */
  fecha_registro: string | null;
  /** When this build read the registry (ISO 8601, UTC). */
  fecha_construccion: string;
}

/**
 * The validated registry a build uses, and where it came from. With {@link REMOTE_URL_VARIABLE} set, the
 * remote tables are fetched and validated exactly like the shipped ones: an invalid or incomplete remote
 * registry is refused whole (an error is thrown, nothing is built); an unreachable one is reported on
 * `log` and the local registry is used instead. The local registry is `data/`, or the folder named by
 * {@link LOCAL_DIR_VARIABLE}. The remote address is shown — in the provenance, on `log`, in every message —
 * without its secrets (user, password, query string). A remote `Last-Modified` outside what the record
 * allows is not used as the data's date ({@link remoteDataDate}); `log` says so.
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
    const shown = publicAddress(url);
    const timeout = Number(env[REMOTE_TIMEOUT_VARIABLE] ?? 10_000);
    const maxMb = Number(env[REMOTE_MAX_MB_VARIABLE] ?? Number.NaN);
    const fetched = await fetchRegistryFiles(url, {
      timeoutMs: Number.isFinite(timeout) && timeout > 0 ? timeout : 10_000,
      maxBytes: Number.isFinite(maxMb) && maxMb > 0 ? Math.round(maxMb * 1024 * 1024) : DEFAULT_MAX_TABLE_BYTES
    });
    if (fetched.ok) {
      const registry = validateRegistry(fetched.files, {today: fecha_construccion.slice(0, 10)});
      log(`Registro remoto válido: ${shown}`);
      const {date, distrusted} = remoteDataDate(fetched.tables, registry, fecha_construccion);
      for (const d of distrusted) log(d);
      return {
        registry,
        provenance: {origen: "remoto", url: shown, aviso: null, fecha_registro: date, fecha_construccion}
      };
    }
    aviso = `No se pudo leer el registro remoto ${shown} (${fetched.reason}); se usa el registro incluido en data/.`;
    log(aviso);
  }
  const registry = validateRegistry(await readRegistryFiles(dir), {today: fecha_construccion.slice(0, 10)});
  return {
    registry,
    provenance: {origen: "incluido", url: null, aviso, fecha_registro: lastDataCommitDate(dir), fecha_construccion}
  };
}

/**
 * The date of a remote registry's data: the latest `Last-Modified` of its tables that the record allows —
 * not before the latest day the registry itself mentions (a file cannot have been last changed before the
 * newest fact or source it holds) and not after the build. A server date outside that range (a clock in
 * 2099, an epoch 1970) is not believed: it is left out, with a message for the log, and when no table's
 * date is left the data's date is unknown (null), never the server's.
 */
export function remoteDataDate(
  tables: readonly Pick<RemoteTable, "url" | "lastModified">[],
  registry: Registry,
  buildTime: string
): {date: string | null; distrusted: string[]} {
  const earliest = latestRecordedDay(registry);
  const distrusted: string[] = [];
  let date: string | null = null;
  for (const t of tables) {
    if (t.lastModified === null) continue;
    if (t.lastModified.slice(0, 10) < earliest || t.lastModified > buildTime) {
      distrusted.push(
        `El servidor dice que ${t.url} cambió por última vez el ${t.lastModified} (Last-Modified), fuera de lo posible: antes del día más reciente que el registro menciona (${earliest}) o después de esta construcción (${buildTime}); esa fecha no se usa como fecha de los datos.`
      );
      continue;
    }
    if (date === null || t.lastModified > date) date = t.lastModified;
  }
  return {date, distrusted};
}

/** The latest first possible day of any date in the registry (every date and partial-date column of every table). */
export function latestRecordedDay(registry: Registry): string {
  let latest = "";
  for (const name of TABLE_NAMES) {
    const columns = SCHEMA[name].columns.filter((c) => c.type === "date" || c.type === "partial_date");
    for (const row of registry[name] as readonly Record<string, unknown>[])
      for (const c of columns) {
        const v = row[c.name];
        if (typeof v === "string" && partialDateBounds(v).min > latest) latest = partialDateBounds(v).min;
      }
  }
  return latest;
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
