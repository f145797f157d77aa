import {InvalidInputError} from "../../loaders/problems.js";

/**
 * Runs a command-line entry point: invalid input prints its problems to stderr and exits with 1; any other
 * error prints its message and exits with 2.
 */
export async function runCli(main: () => Promise<void>): Promise<void> {
  try {
    await main();
  } catch (error) {
    if (error instanceof InvalidInputError) {
      process.stderr.write(`${error.message}\n`);
      process.exitCode = 1;
    } else {
      process.stderr.write(`Error: ${error instanceof Error ? error.message : String(error)}\n`);
      process.exitCode = 2;
    }
  }
}
