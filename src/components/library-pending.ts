// TEMPORARY: stand-ins for functions the library (branch i14-metrics) is adding to metrics/; this file goes
// when they land and the imports point at ../lib/….

/** A reference value over the states with data: their mean and how many they are. */
export interface Reference {
  valor: number;
  n: number;
}

/**
 * The mean of the known values (nulls are unknown, never zero), leaving out the value at index `exclude`
 * (a state's own value); null when no value is left — or, with nothing excluded, fewer than two (one state's
 * value is no reference).
 */
export function referenceValue(
  values: readonly (number | null)[],
  {exclude}: {exclude?: number} = {}
): Reference | null {
  const known = values.filter((v, i): v is number => v !== null && i !== exclude);
  return known.length >= (exclude === undefined ? 2 : 1)
    ? {valor: known.reduce((a, v) => a + v, 0) / known.length, n: known.length}
    : null;
}

/** The latest edition of the Métrica on or before a date (its year at most the date's year); null if none. */
export function mgaEditionOn(editions: readonly number[], fecha: string): number | null {
  const on = editions.filter((e) => String(e) <= fecha.slice(0, 4));
  return on.length ? Math.max(...on) : null;
}
