import {InvalidInputError, type Problem} from "../problems.js";
import {TABLE_NAMES, tableFile, type TableName} from "../../metrics/model/schema.js";
import type {RegistryFiles} from "./registry.js";

/** What fetching a remote registry gave: every table's bytes, or why the source could not be reached. */
export type RemoteFetch =
  | {readonly ok: true; readonly files: RegistryFiles; readonly lastModified: string | null}
  | {readonly ok: false; readonly reason: string};

/**
 * Fetches every registry table from a base URL that serves them with the same file names
 * (`<base>/hitos.csv`, …), e.g. a published spreadsheet export.
 *
 * When no table can be fetched (connection refused, timeout, nothing served), the source is unreachable and
 * `ok` is false: the caller falls back to the shipped registry. When some tables are served and others are
 * not, the remote registry is incomplete and is refused whole: an {@link InvalidInputError} names each
 * missing file.
 */
export async function fetchRegistryFiles(baseUrl: string, timeoutMs = 10_000): Promise<RemoteFetch> {
  const base = baseUrl.endsWith("/") ? baseUrl : `${baseUrl}/`;
  const results = await Promise.all(TABLE_NAMES.map((name) => fetchTable(base, name, timeoutMs)));
  const failed = results.filter((r) => !r.ok);
  if (failed.length === results.length) {
    return {ok: false, reason: failed.map((r) => `${r.url}: ${r.error}`).join("; ")};
  }
  if (failed.length > 0) {
    const problems: Problem[] = failed.map((r) => ({
      file: r.url,
      line: 1,
      column: 1,
      value: r.error ?? "",
      expected: `que la fuente remota sirva ${tableFile(r.name)} como las demás tablas`
    }));
    throw new InvalidInputError(problems, "El registro remoto");
  }
  const files = Object.fromEntries(results.map((r) => [r.name, {file: r.url, bytes: r.bytes!}])) as RegistryFiles;
  const dates = results.map((r) => r.lastModified).filter((d): d is string => d !== null);
  const lastModified = dates.length ? new Date(Math.max(...dates.map((d) => Date.parse(d)))).toISOString() : null;
  return {ok: true, files, lastModified};
}

interface TableFetch {
  name: TableName;
  url: string;
  ok: boolean;
  bytes?: Uint8Array;
  error?: string;
  lastModified: string | null;
}

async function fetchTable(base: string, name: TableName, timeoutMs: number): Promise<TableFetch> {
  const url = new URL(tableFile(name), base).href;
  try {
    const response = await fetch(url, {signal: AbortSignal.timeout(timeoutMs), redirect: "follow"});
    if (!response.ok) return {name, url, ok: false, error: `HTTP ${response.status}`, lastModified: null};
    const bytes = new Uint8Array(await response.arrayBuffer());
    const header = response.headers.get("last-modified");
    const lastModified = header && !Number.isNaN(Date.parse(header)) ? header : null;
    return {name, url, ok: true, bytes, lastModified};
  } catch (error) {
    const e = error as Error & {cause?: {code?: string}};
    const reason = e.name === "TimeoutError" ? `sin respuesta en ${timeoutMs} ms` : (e.cause?.code ?? e.message);
    return {name, url, ok: false, error: reason, lastModified: null};
  }
}
