/**
 * Competition ranking ("1224"): position 1 for the highest value, tied values share the best position and
 * the next value skips the tied places. Values equal after rounding to `digits` decimals are ties (the
 * published Métrica figures have 4 decimals; comparing more would rank on noise). Null values get no rank.
 *
 * @example rankDescending([0.5, 0.7, 0.5, null]) // [2, 1, 2, null]
 */
export function rankDescending(values: readonly (number | null)[], digits = 4): (number | null)[] {
  const scale = 10 ** digits;
  const keyed = values.map((v) => (v === null ? null : Math.round(v * scale)));
  return keyed.map((v) => (v === null ? null : 1 + keyed.filter((w) => w !== null && w > v).length));
}
