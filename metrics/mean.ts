/**
 * Arithmetic mean of the numbers given, skipping null and NaN (d3's convention). Returns null when no
 * valid number is left — an empty group has no mean, not a mean of zero.
 *
 * @example mean([0.5, null, 0.3]) // 0.4
 */
export function mean(values: Iterable<number | null | undefined>): number | null {
  let sum = 0;
  let n = 0;
  for (const v of values) {
    if (v === null || v === undefined || Number.isNaN(v)) continue;
    sum += v;
    n++;
  }
  return n === 0 ? null : sum / n;
}
