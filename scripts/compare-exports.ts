/**
 * `npm run export:compare -- CARPETA_A CARPETA_B`: compares two exports (`npm run export -- --out …`) file by
 * file, byte for byte, and lists every file that is missing on one side or differs — `construccion.json`
 * (which records when and from what the export was built) is expected to differ and is left out.
 *
 * `npm run export:compare -- --base REV` exports this checkout and the commit REV (checked out in a
 * temporary git worktree that shares this checkout's node_modules) and compares the two: the check that a
 * refactoring changed no published byte. Exits 1 when anything differs, 0 when the exports are identical.
 */
import {execFileSync} from "node:child_process";
import {mkdtemp, readdir, readFile, rm, symlink} from "node:fs/promises";
import {tmpdir} from "node:os";
import {join, resolve} from "node:path";
import {argValue} from "./lib/args.js";
import {runCli} from "./lib/cli.js";

/** Files that record the build itself, not the data: they differ between any two exports. */
const BUILD_RECORDS = new Set(["construccion.json"]);

const root = resolve(new URL("..", import.meta.url).pathname);

/** Runs `npm run export` of the checkout at `dir` into `out`. */
function exportInto(dir: string, out: string): void {
  execFileSync(process.execPath, ["--import", "tsx", join(dir, "scripts/export.ts"), "--out", out], {
    cwd: dir,
    stdio: ["ignore", "ignore", "inherit"]
  });
}

/** Names of the files that differ between two export folders (or exist in only one), sorted. */
async function differingFiles(a: string, b: string): Promise<string[]> {
  const [left, right] = await Promise.all([readdir(a), readdir(b)]);
  const names = [...new Set([...left, ...right])].filter((n) => !BUILD_RECORDS.has(n)).sort();
  const differing: string[] = [];
  for (const name of names) {
    if (!left.includes(name) || !right.includes(name)) {
      differing.push(`${name} (sólo en ${left.includes(name) ? a : b})`);
      continue;
    }
    const [x, y] = await Promise.all([readFile(join(a, name)), readFile(join(b, name))]);
    if (!x.equals(y)) differing.push(name);
  }
  return differing;
}

await runCli(async () => {
  const base = argValue("--base");
  const folders = process.argv.slice(2).filter((a) => !a.startsWith("--") && a !== base);
  const work = await mkdtemp(join(tmpdir(), "comparar-exportaciones-"));
  try {
    let a: string;
    let b: string;
    if (base) {
      const tree = join(work, "base");
      execFileSync("git", ["worktree", "add", "--detach", tree, base], {cwd: root, stdio: "ignore"});
      try {
        await symlink(join(root, "node_modules"), join(tree, "node_modules"));
        a = join(work, "antes");
        exportInto(tree, a);
      } finally {
        execFileSync("git", ["worktree", "remove", "--force", tree], {cwd: root, stdio: "ignore"});
      }
      b = join(work, "despues");
      exportInto(root, b);
    } else if (folders.length === 2) {
      [a, b] = folders;
    } else {
      throw new Error("Indique dos carpetas (npm run export:compare -- A B) o una revisión (-- --base REV)");
    }
    const differing = await differingFiles(a, b);
    const compared = (await readdir(a)).filter((n) => !BUILD_RECORDS.has(n)).length;
    if (differing.length > 0) {
      process.stdout.write(
        `${differing.length} de ${compared} archivos difieren:\n${differing.map((d) => `  ${d}`).join("\n")}\n`
      );
      process.exitCode = 1;
    } else {
      process.stdout.write(
        `Las dos exportaciones son idénticas byte por byte (${compared} archivos; construccion.json no se compara).\n`
      );
    }
  } finally {
    await rm(work, {recursive: true, force: true});
  }
});
