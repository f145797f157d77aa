/**
 * Keeps a page control's value in the address (`?fecha=2016-12-31`), so a view can be shared and
 * reopened as it was. Only values from `allowed` are read back; anything else falls back.
 *
 * @param {string} name parameter name
 * @param {readonly any[]} allowed the control's options
 * @param {any} fallback value when the address has none, or an unknown one
 */
export function urlParam(name, allowed, fallback) {
  const raw = new URLSearchParams(location.search).get(name);
  return allowed.find((v) => String(v) === raw) ?? fallback;
}

/** Writes a control's value into the address without reloading or adding a history entry. */
export function setUrlParam(name, value) {
  const url = new URL(location.href);
  url.searchParams.set(name, String(value));
  history.replaceState(history.state, "", url);
}
