/**
 * The share of criteria met when some are not coded: the lowest possible share (uncoded counted as not
 * met), the highest (uncoded counted as met), and the exact share only when every criterion is coded.
 * Uncoded is unknown, never zero.
 *
 * @example shareBounds([true, false, null, true]) // {min: 0.5, max: 0.75, valor: null, codificados: 3}
 */
export function shareBounds(values: readonly (boolean | null)[]): {
  min: number;
  max: number;
  valor: number | null;
  codificados: number;
} {
  const n = values.length;
  const met = values.filter((v) => v === true).length;
  const unknown = values.filter((v) => v === null).length;
  return {min: met / n, max: (met + unknown) / n, valor: unknown === 0 ? met / n : null, codificados: n - unknown};
}

/** Kleene's three-valued "and": false if any is false, true if all are true, otherwise unknown (null). */
export function and3(...values: (boolean | null)[]): boolean | null {
  if (values.some((v) => v === false)) return false;
  return values.every((v) => v === true) ? true : null;
}

/** Kleene's three-valued "or": true if any is true, false if all are false, otherwise unknown (null). */
export function or3(...values: (boolean | null)[]): boolean | null {
  if (values.some((v) => v === true)) return true;
  return values.every((v) => v === false) ? false : null;
}
