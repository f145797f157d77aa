/**
 * Keeps a page control's value in the address (`?fecha=2016-12-31`), so a view can be shared and
 * reopened as it was. Only values from `allowed` are read back; anything else falls back (use
 * `requestedParam` to tell the reader that an address asked for something that does not exist).
 *
 * @param {string} name parameter name
 * @param {readonly any[]} allowed the control's options
 * @param {any} fallback value when the address has none, or an unknown one
 */
export function urlParam(name, allowed, fallback) {
  const raw = new URLSearchParams(location.search).get(name);
  return allowed.find((v) => String(v) === raw) ?? fallback;
}

/**
 * What the address asks for a parameter, checked against the allowed values: `{value}` (the allowed value,
 * or `fallback` when the address has none) and, when the address names a value that is not allowed,
 * `{invalid: "the text it had"}` so the page can say so instead of silently showing something else.
 *
 * @param {string} name
 * @param {readonly string[]} allowed
 * @param {string} fallback
 * @param {(raw: string) => string|undefined} [normalize] maps an accepted spelling to an allowed value
 * @returns {{value: string, invalid?: string}}
 */
export function requestedParam(name, allowed, fallback, normalize = (raw) => raw) {
  const raw = new URLSearchParams(location.search).get(name);
  if (raw === null || raw === "") return {value: fallback};
  const value = normalize(raw);
  return value !== undefined && allowed.includes(value) ? {value} : {value: fallback, invalid: raw};
}

/** Writes a control's value into the address without reloading or adding a history entry. */
export function setUrlParam(name, value) {
  const url = new URL(location.href);
  url.searchParams.set(name, String(value));
  history.replaceState(history.state, "", url);
}
