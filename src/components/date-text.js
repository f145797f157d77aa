/**
 * Dates as precise as their sources, written in Spanish in the browser: the same rules as
 * `metrics/model/dates.ts` (`intervalPrecision`, `formatInterval`), which the site cannot import (Framework
 * only bundles modules under src/). test/date-text.test.ts checks both agree on every milestone of the record.
 */

const MONTHS = [
  "enero",
  "febrero",
  "marzo",
  "abril",
  "mayo",
  "junio",
  "julio",
  "agosto",
  "septiembre",
  "octubre",
  "noviembre",
  "diciembre"
];

const daysInMonth = (year, month) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/**
 * The precision of a date interval: equal ends → dia; a whole month → mes; a whole year → anio; no lower end
 * → a_mas_tardar; anything else → intervalo.
 *
 * @param {string|null|undefined} min
 * @param {string} max
 * @returns {"dia"|"mes"|"anio"|"a_mas_tardar"|"intervalo"}
 */
export function intervalPrecision(min, max) {
  if (!min) return "a_mas_tardar";
  if (min === max) return "dia";
  const y = max.slice(0, 4);
  if (min === `${y}-01-01` && max === `${y}-12-31`) return "anio";
  const mo = max.slice(5, 7);
  if (min === `${y}-${mo}-01` && max === `${y}-${mo}-${String(daysInMonth(+y, +mo)).padStart(2, "0")}`) return "mes";
  return "intervalo";
}

/** "9 de marzo de 2015" for "2015-03-09". */
export function dayText(iso) {
  return `${Number(iso.slice(8, 10))} de ${MONTHS[Number(iso.slice(5, 7)) - 1]} de ${iso.slice(0, 4)}`;
}

/** "marzo de 2015" for "2015-03-31" (or any day of the month). */
export function monthText(iso) {
  return `${MONTHS[Number(iso.slice(5, 7)) - 1]} de ${iso.slice(0, 4)}`;
}

/**
 * A date interval as a person would say it: "9 de marzo de 2015", "agosto de 2016", "2016",
 * "a más tardar el 31 de diciembre de 2016", "entre el 16 de octubre de 2016 y el 31 de octubre de 2016".
 *
 * @param {string|null|undefined} min
 * @param {string} max
 */
export function formatInterval(min, max) {
  switch (intervalPrecision(min, max)) {
    case "dia":
      return dayText(max);
    case "mes":
      return monthText(max);
    case "anio":
      return max.slice(0, 4);
    case "a_mas_tardar":
      return `a más tardar el ${dayText(max)}`;
    default:
      return `entre el ${dayText(min)} y el ${dayText(max)}`;
  }
}

/**
 * A partial date of a source (`AAAA`, `AAAA-MM` or `AAAA-MM-DD`) in words: "2017", "agosto de 2016",
 * "9 de marzo de 2015"; "sin fecha" when empty.
 *
 * @param {string|null|undefined} text
 */
export function partialDateText(text) {
  if (!text) return "sin fecha";
  if (/^\d{4}$/.test(text)) return text;
  if (/^\d{4}-\d{2}$/.test(text)) return monthText(`${text}-01`);
  return dayText(text);
}

/**
 * A day from an ISO timestamp (the registry's and the build's dates in `construccion.json`), in Mexico
 * City's calendar: "1 de diciembre de 2026"; "sin dato" when there is none.
 *
 * @param {string|null|undefined} iso
 */
export function timestampText(iso) {
  return iso
    ? new Date(iso).toLocaleDateString("es-MX", {
        year: "numeric",
        month: "long",
        day: "numeric",
        timeZone: "America/Mexico_City"
      })
    : "sin dato";
}
