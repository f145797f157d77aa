import {daysInMonth} from "./model/dates.js";

/**
 * The last day of every month from `from` (AAAA-MM) to the month of `to` (AAAA-MM-DD), inclusive, as ISO
 * days. Empty when `to` precedes `from`.
 *
 * @example monthEnds("2015-01", "2015-03-10") // ["2015-01-31", "2015-02-28", "2015-03-31"]
 */
export function monthEnds(from: string, to: string): string[] {
  const out: string[] = [];
  let [y, m] = from.split("-").map(Number);
  const [ty, tm] = to.split("-").map(Number);
  while (y < ty || (y === ty && m <= tm)) {
    out.push(`${y}-${String(m).padStart(2, "0")}-${String(daysInMonth(y, m)).padStart(2, "0")}`);
    if (m === 12) {
      y += 1;
      m = 1;
    } else {
      m += 1;
    }
  }
  return out;
}
