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
  // One loop, no intermediate arrays: this runs twice for every compromiso of the registry.
  let met = 0;
  let unknown = 0;
  for (let k = 0; k < n; k++) {
    if (values[k] === true) met++;
    else if (values[k] === null) unknown++;
  }
  return {min: met / n, max: (met + unknown) / n, valor: unknown === 0 ? met / n : null, codificados: n - unknown};
}

/** Kleene's three-valued "and": false if any is false, true if all are true, otherwise unknown (null). */
export function and3(...values: (boolean | null)[]): boolean | null {
  let all = true;
  for (const v of values) {
    if (v === false) return false;
    if (v !== true) all = false;
  }
  return all ? true : null;
}

/** Kleene's three-valued "or": true if any is true, false if all are false, otherwise unknown (null). */
export function or3(...values: (boolean | null)[]): boolean | null {
  let none = true;
  for (const v of values) {
    if (v === true) return true;
    if (v !== false) none = false;
  }
  return none ? false : null;
}
