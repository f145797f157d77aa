/** The value after a `--flag` on the command line, or undefined when the flag is absent. */
export function argValue(flag: string, argv: readonly string[] = process.argv): string | undefined {
  const k = argv.indexOf(flag);
  if (k < 0) return undefined;
  const v = argv[k + 1];
  if (v === undefined || v.startsWith("--")) throw new Error(`Falta el valor de ${flag}`);
  return v;
}
