/**
 * Arithmetic mean of the numbers given, skipping null and NaN (d3's convention). Returns null when no
 * valid number is left — an empty group has no mean, not a mean of zero. As with `d3.mean`, an accessor
 * reads the number of each item (`mean(rows, (r) => r.ga)`), with no intermediate array; the numbers are
 * added in the order given.
 *
 * @example mean([0.5, null, 0.3]) // 0.4
 * @example mean([{ga: 0.5}, {ga: null}, {ga: 0.3}], (r) => r.ga) // 0.4
 */
export function mean(values: Iterable<number | null | undefined>): number | null;
export function mean<T>(items: Iterable<T>, accessor: (item: T) => number | null | undefined): number | null;
export function mean<T>(items: Iterable<T>, accessor?: (item: T) => number | null | undefined): number | null {
  let sum = 0;
  let n = 0;
  for (const item of items) {
    const v = accessor ? accessor(item) : (item as number | null | undefined);
    if (v === null || v === undefined || Number.isNaN(v)) continue;
    sum += v;
    n++;
  }
  return n === 0 ? null : sum / n;
}
