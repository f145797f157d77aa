import {dayNumber} from "./model/dates.js";

/** A date interval as the registry stores it: `min` null means "no later than `max`". */
export interface DateInterval {
  min: string | null;
  max: string;
}

const days = (from: string, to: string) => dayNumber(to) - dayNumber(from);

/**
 * Days from event `a` to a later event `b`, both known as intervals: the fewest days the evidence allows
 * (`min`: b's earliest day − a's latest day, at least 0), the most (`max`: b's latest − a's earliest; null
 * when a's earliest day is unknown) and the exact count when both are single days (`exacto`, else null).
 *
 * @example daysBetween({min: "2015-03-09", max: "2015-03-09"}, {min: "2015-04-10", max: "2015-04-10"}) // {min: 32, max: 32, exacto: 32}
 */
export function daysBetween(
  a: DateInterval,
  b: DateInterval
): {min: number; max: number | null; exacto: number | null} {
  const min = b.min === null ? 0 : Math.max(0, days(a.max, b.min));
  const max = a.min === null ? null : days(a.min, b.max);
  return {min, max, exacto: max !== null && min === max ? min : null};
}
