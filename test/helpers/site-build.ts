import {execFile, spawnSync} from "node:child_process";
import {mkdtemp} from "node:fs/promises";
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
