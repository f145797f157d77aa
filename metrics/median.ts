/**
 * Median of the numbers given, skipping null and NaN; the mean of the two middle values for an even
 * count. Null when nothing valid is left.
 *
 * @example median([3, null, 1, 2]) // 2
 */
export function median(values: Iterable<number | null | undefined>): number | null {
  const xs = [...values]
    .filter((v): v is number => v !== null && v !== undefined && !Number.isNaN(v))
    .sort((a, b) => a - b);
  return medianOfSorted(xs);
}

/**
 * {@link median} of numbers already sorted ascending, none null or NaN (not checked): for a series that
 * keeps its values sorted as they arrive and asks for the median at every step. Null when empty.
 *
 * @example medianOfSorted([1, 2, 3, 10]) // 2.5
 */
export function medianOfSorted(xs: readonly number[]): number | null {
  if (xs.length === 0) return null;
  const mid = xs.length >> 1;
  return xs.length % 2 ? xs[mid] : (xs[mid - 1] + xs[mid]) / 2;
}

/**
 * Inserts `value` into `xs`, sorted ascending, keeping it sorted (after any equal values); mutates and
 * returns `xs`. Binary search, O(log n) comparisons. The metrics import no npm package (the site loads them
 * as they are), hence this and not d3's `bisectRight`.
 */
export function insertSorted(xs: number[], value: number): number[] {
  let lo = 0;
  let hi = xs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (xs[mid] <= value) lo = mid + 1;
    else hi = mid;
  }
  xs.splice(lo, 0, value);
  return xs;
}
