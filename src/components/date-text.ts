/**
 * Dates in Spanish words for the site, from the library's own date rules (`metrics/model/dates.ts`, reached
 * through `src/lib`): a milestone's interval as precise as its source (`formatInterval`, `intervalPrecision`),
 * a day, a month, a source's partial date, and the registry's and the build's timestamps.
 */
import {formatInterval, intervalPrecision, partialDateBounds} from "../lib/model/dates.js";

export {formatInterval, intervalPrecision};

/** "9 de marzo de 2015" for the ISO day "2015-03-09". */
export function dayText(iso: string): string {
  return formatInterval(iso, iso);
}

/** "marzo de 2015" for any day of the month ("2015-03-31") or the month itself ("2015-03"). */
export function monthText(iso: string): string {
  const {min, max} = partialDateBounds(iso.slice(0, 7));
  return formatInterval(min, max);
}

/**
 * A partial date of a source (`AAAA`, `AAAA-MM` or `AAAA-MM-DD`) in words: "2017", "agosto de 2016",
 * "9 de marzo de 2015"; "sin fecha" when empty. Throws on text that is not a partial date (the registry's
 * validation refuses those before any page is built).
 */
export function partialDateText(text: string | null | undefined): string {
  if (!text) return "sin fecha";
  const {min, max} = partialDateBounds(text);
  return formatInterval(min, max);
}

const SHORT = new Intl.DateTimeFormat("es-MX", {day: "numeric", month: "short", year: "numeric", timeZone: "UTC"});

/** "31 dic 2017" for "2017-12-31": a day in a table cell, where space is short. */
export function shortDayText(iso: string): string {
  return SHORT.format(new Date(`${iso}T00:00:00Z`)).replace(/\./g, "");
}

const SHORT_MONTH = new Intl.DateTimeFormat("es-MX", {month: "short", year: "numeric", timeZone: "UTC"});

/** "dic 2018" for any day of the month ("2018-12-31") or the month ("2018-12"): a month on an axis or in a cell. */
export function shortMonthText(iso: string): string {
  return SHORT_MONTH.format(new Date(`${iso.slice(0, 7)}-01T00:00:00Z`))
    .replace(/\./g, "")
    .replace(/ de /, " ");
}

/**
 * A day from an ISO timestamp (the registry's and the build's dates in `construccion.json`), in Mexico
 * City's calendar: "1 de diciembre de 2026"; "sin dato" when there is none.
 */
export function timestampText(iso: string | null | undefined): string {
  return iso
    ? new Date(iso).toLocaleDateString("es-MX", {
        year: "numeric",
        month: "long",
        day: "numeric",
        timeZone: "America/Mexico_City"
      })
    : "sin dato";
}
