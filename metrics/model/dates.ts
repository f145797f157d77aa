/**
 * Dates as precise as their sources. A day is `AAAA-MM-DD`; a partial date is `AAAA` or `AAAA-MM`; a
 * milestone's date is an interval [min, max] whose shape tells its precision.
 */
import type {Precision} from "./vocabulary.js";

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const PARTIAL = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** Days of each month of a common year, January first. */
const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * Number of days in a month of a year (month 1–12), Gregorian calendar: February has 29 in a year divisible
 * by 4, except centuries not divisible by 400 (1900 no, 2000 yes). Arithmetic, no `Date`: the panel asks it
 * for every month-end.
 */
export function daysInMonth(year: number, month: number): number {
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return month === 2 && leap ? 29 : MONTH_DAYS[month - 1];
}

/**
 * A day `AAAA-MM-DD` as its number of days since 1970-01-01 (negative before), read from the digits with
 * no `Date` object: `Date.parse(b) − Date.parse(a)` in days equals `dayNumber(b) − dayNumber(a)`, for the
 * loops that measure many intervals. Proleptic Gregorian calendar (H. Hinnant, "days_from_civil"). The
 * text is not checked: pass a valid day.
 *
 * @example dayNumber("1970-01-02") // 1
 */
export function dayNumber(day: string): number {
  let y =
    (day.charCodeAt(0) - 48) * 1000 +
    (day.charCodeAt(1) - 48) * 100 +
    (day.charCodeAt(2) - 48) * 10 +
    day.charCodeAt(3) -
    48;
  const m = (day.charCodeAt(5) - 48) * 10 + day.charCodeAt(6) - 48;
  const d = (day.charCodeAt(8) - 48) * 10 + day.charCodeAt(9) - 48;
  if (m <= 2) y -= 1;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146_097 + doe - 719_468;
}

/** True for a real calendar day written `AAAA-MM-DD` (rejects 2015-02-30, 2015-13-01, 15-3-9). */
export function isIsoDay(text: string): boolean {
  const m = DAY.exec(text);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return y >= 1900 && y <= 2100 && mo >= 1 && mo <= 12 && d >= 1 && d <= daysInMonth(y, mo);
}

/** True for `AAAA`, `AAAA-MM` or a real `AAAA-MM-DD`. */
export function isPartialDate(text: string): boolean {
  const m = PARTIAL.exec(text);
  if (!m) return false;
  if (m[3] !== undefined) return isIsoDay(text);
  const y = Number(m[1]);
  if (y < 1900 || y > 2100) return false;
  return m[2] === undefined || (Number(m[2]) >= 1 && Number(m[2]) <= 12);
}

/** The first and last day covered by a partial date: `2016` → 2016-01-01..2016-12-31. */
export function partialDateBounds(text: string): {min: string; max: string} {
  const m = PARTIAL.exec(text);
  if (!m || !isPartialDate(text)) throw new Error(`Fecha parcial no válida: ${JSON.stringify(text)}`);
  const y = m[1];
  if (m[3] !== undefined) return {min: text, max: text};
  if (m[2] !== undefined)
    return {min: `${y}-${m[2]}-01`, max: `${y}-${m[2]}-${String(daysInMonth(+y, +m[2])).padStart(2, "0")}`};
  return {min: `${y}-01-01`, max: `${y}-12-31`};
}

/**
 * The precision of a date interval: equal ends → día; a whole month → mes; a whole year → año; no lower
 * end → a más tardar; anything else → intervalo.
 */
export function intervalPrecision(min: string | null, max: string): Precision {
  if (min === null) return "a_mas_tardar";
  if (min === max) return "dia";
  const y = max.slice(0, 4);
  if (min === `${y}-01-01` && max === `${y}-12-31`) return "anio";
  const mo = max.slice(5, 7);
  if (min === `${y}-${mo}-01` && max === `${y}-${mo}-${String(daysInMonth(+y, +mo)).padStart(2, "0")}`) return "mes";
  return "intervalo";
}

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

/**
 * A date interval written as a person would say it, in Spanish: "9 de marzo de 2015", "agosto de 2016",
 * "2016", "a más tardar el 31 de diciembre de 2016", "entre el 16 y el 31 de octubre de 2016".
 */
export function formatInterval(min: string | null, max: string): string {
  const day = (d: string) => `${Number(d.slice(8, 10))} de ${MONTHS[Number(d.slice(5, 7)) - 1]} de ${d.slice(0, 4)}`;
  switch (intervalPrecision(min, max)) {
    case "dia":
      return day(max);
    case "mes":
      return `${MONTHS[Number(max.slice(5, 7)) - 1]} de ${max.slice(0, 4)}`;
    case "anio":
      return max.slice(0, 4);
    case "a_mas_tardar":
      return `a más tardar el ${day(max)}`;
    case "intervalo":
      return `entre el ${day(min!)} y el ${day(max)}`;
  }
}

/**
 * A date interval as it goes in a sentence, at its source's precision: "el 9 de marzo de 2015", "en agosto
 * de 2016", "en 2016", "a más tardar el 31 de diciembre de 2016", "entre el 16 de octubre de 2016 y el 31 de
 * octubre de 2016" ({@link formatInterval} with the word a sentence needs before it).
 *
 * @example datePhrase("2017-03-01", "2017-03-31") // "en marzo de 2017"
 */
export function datePhrase(min: string | null, max: string): string {
  const text = formatInterval(min, max);
  switch (intervalPrecision(min, max)) {
    case "dia":
      return `el ${text}`;
    case "mes":
    case "anio":
      return `en ${text}`;
    default:
      return text;
  }
}

/** True when two date intervals cannot both hold (they share no day). A null lower end is open. */
export function disjoint(a: {min: string | null; max: string}, b: {min: string | null; max: string}): boolean {
  return (b.min !== null && a.max < b.min) || (a.min !== null && b.max < a.min);
}
