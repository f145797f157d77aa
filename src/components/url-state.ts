/**
 * A page's view in its address: controls read their starting value from it (`?fecha=2016-12-31`), write it
 * back as the reader changes them, and links between dated views carry the date, so a view can be shared
 * and reopened as it was. What an address asks for is shown back only shortened and as text
 * ({@link shownParam}).
 */

/** What the address asks for a parameter: the value to use and, when it named one that does not exist, its text. */
export interface Requested<T extends string = string> {
  value: T;
  /** The address's text, when it is not an allowed value (show it with {@link shownParam}). */
  invalid?: string;
}

/**
 * Keeps a page control's value in the address. Only values from `allowed` are read back (compared as
 * text); anything else falls back (use {@link requestedParam} to tell the reader that an address asked for
 * something that does not exist).
 */
export function urlParam<T>(name: string, allowed: readonly T[], fallback: T): T {
  const raw = new URLSearchParams(location.search).get(name);
  return allowed.find((v) => String(v) === raw) ?? fallback;
}

/**
 * What the address asks for a parameter, checked against the allowed values: `{value}` (the allowed value,
 * or `fallback` when the address has none) and, when the address names a value that is not allowed,
 * `{invalid: "the text it had"}` so the page can say so instead of silently showing something else.
 * `normalize` maps an accepted spelling to an allowed value.
 */
export function requestedParam<T extends string>(
  name: string,
  allowed: readonly T[],
  fallback: T,
  normalize: (raw: string) => string | undefined = (raw) => raw
): Requested<T> {
  const raw = new URLSearchParams(location.search).get(name);
  if (raw === null || raw === "") return {value: fallback};
  const value = normalize(raw);
  const found = allowed.find((v) => v === value);
  return found !== undefined ? {value: found} : {value: fallback, invalid: raw};
}

/**
 * The month-end date an address asks for (`?fecha=`): a month-end of `fechas` ("2019-12-31") or a month
 * ("2019-12", read as its month-end); the latest month when the address has none or an unknown one (then
 * `invalid` holds what it had).
 *
 * @param fechas month-end dates `AAAA-MM-DD` of the page's table, oldest first
 */
export function requestedDate(fechas: readonly string[], name = "fecha"): Requested {
  return requestedParam(name, fechas, fechas[fechas.length - 1], (raw) =>
    /^\d{4}-\d{2}$/.test(raw) ? fechas.find((f) => f.startsWith(raw)) : raw
  );
}

/** Writes a control's value into the address without reloading or adding a history entry. */
export function setUrlParam(name: string, value: string | number): void {
  const url = new URL(location.href);
  url.searchParams.set(name, String(value));
  history.replaceState(history.state, "", url);
}

/**
 * A link to a dated view that keeps the date: `datedHref("./estados/05.html", "2018-12-31")` →
 * `./estados/05.html?fecha=2018-12-31`; a query the path already has is kept (`&fecha=`), and so is an
 * anchor (`./reporte.html#estatus` → `./reporte.html?fecha=2018-12-31#estatus`). With no date, the path as is.
 */
export function datedHref(path: string, fecha: string | null | undefined): string {
  if (!fecha) return path;
  const hash = path.indexOf("#");
  const [base, anchor] = hash < 0 ? [path, ""] : [path.slice(0, hash), path.slice(hash)];
  return `${base}${base.includes("?") ? "&" : "?"}fecha=${encodeURIComponent(fecha)}${anchor}`;
}

/** How many characters of an address's parameter are shown back at most. */
export const SHOWN_PARAM_LENGTH = 40;

/**
 * An address's parameter as a page may show it back: as text (interpolate it with htl, never as markup),
 * line breaks and other control characters as spaces, runs of spaces as one, and cut to `max` characters
 * (whole code points) with "…" when longer — so a long or crafted `?fecha=` never fills a page or a
 * screen reader's alert.
 */
export function shownParam(raw: string, max = SHOWN_PARAM_LENGTH): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what this removes
  const flat = raw.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, " ").replace(/\s+/g, " ");
  const chars = Array.from(flat);
  return chars.length > max ? `${chars.slice(0, max).join("")}…` : flat;
}
