import {execFile, spawnSync} from "node:child_process";
import {existsSync} from "node:fs";
import {mkdtemp, readFile, writeFile} from "node:fs/promises";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {promisify} from "node:util";

const run = promisify(execFile);
const root = new URL("../..", import.meta.url).pathname;

/** True where this machine can cut a command off the network (`unshare -n`, as root). */
export const canUnshare = spawnSync("unshare", ["-n", "true"]).status === 0;

/**
 * Builds the site into `out` (by default a fresh folder), with no network where possible (`unshare -n`);
 * returns the folder.
 */
export async function buildSite(env: NodeJS.ProcessEnv = {}, out?: string): Promise<string> {
  out ??= join(await mkdtemp(join(tmpdir(), "sitio-")), "dist");
  const command = canUnshare ? ["unshare", "-n", process.execPath] : [process.execPath];
  await run(command[0], [...command.slice(1), "--import", "tsx", "scripts/build-site.ts", "--out", out], {
    cwd: root,
    env: {...process.env, ...env},
    maxBuffer: 64 * 1024 * 1024
  });
  return out;
}

/** The marker files a background build leaves beside its folder: done, or failed with its message. */
const markers = (dist: string) => ({done: `${dist}.listo`, failed: `${dist}.error`});

/**
 * Builds the site into `dist` (see {@link buildSite}) and leaves a marker beside it when done, or the
 * error's message when it fails. Never rejects: the tests that need the site report the failure
 * ({@link builtSite}).
 */
export async function buildInBackground(env: NodeJS.ProcessEnv, dist: string): Promise<void> {
  try {
    await buildSite(env, dist);
    await writeFile(markers(dist).done, "");
  } catch (error) {
    await writeFile(markers(dist).failed, String((error as Error).stack ?? error));
  }
}

/**
 * Waits (up to `timeoutMs`) for a build started by {@link buildInBackground}; returns its folder, or throws
 * the build's error. `what` names the site in the messages.
 */
export async function builtSite(dist: string, what: string, timeoutMs = 240_000): Promise<string> {
  const {done, failed} = markers(dist);
  for (const end = Date.now() + timeoutMs; Date.now() < end; ) {
    if (existsSync(done)) return dist;
    if (existsSync(failed)) throw new Error(`${what} did not build:\n${await readFile(failed, "utf8")}`);
    await new Promise((wait) => setTimeout(wait, 250));
  }
  throw new Error(`${what} was not built in ${timeoutMs / 1000} s`);
}
