import {runCli} from "./cli.js";

/**
 * Runs a Framework data loader: writes the bytes `produce` returns to standard output, or, on failure,
 * nothing to stdout, the problems to stderr and a non-zero exit code (which makes the build fail).
 */
export async function runLoader(produce: () => Promise<Uint8Array>): Promise<void> {
  await runCli(async () => {
    const bytes = await produce();
    await new Promise<void>((resolve, reject) => process.stdout.write(bytes, (e) => (e ? reject(e) : resolve())));
  });
}
