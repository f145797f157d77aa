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
  if (xs.length === 0) return null;
  const mid = xs.length >> 1;
  return xs.length % 2 ? xs[mid] : (xs[mid - 1] + xs[mid]) / 2;
}
