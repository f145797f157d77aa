/**
 * Hands a piece of the page from its build-time version to the live one: removes the element
 * `[data-ssr=key]` (the first view scripts/prerender.ts wrote into the HTML at build time), if still there, and returns
 * `value` for the cell to display in its place. Call it where the live piece is created, so the two are
 * never on the page together.
 */
export function takeOver<T>(key: string, value: T): T {
  document.querySelector(`[data-ssr="${CSS.escape(key)}"]`)?.remove();
  return value;
}
