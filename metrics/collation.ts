/**
 * String orders used to sort published rows, each built once: `localeCompare` with a locale builds a
 * collator on every call (the sort of 13,000 themes spent most of its time there); a shared
 * `Intl.Collator` gives the same order (ECMA-402: `a.localeCompare(b, locales)` is
 * `new Intl.Collator(locales).compare(a, b)`) without that cost.
 */

/** Spanish order ("Educación" before "Espacio cívico", accents after their letter): `a.localeCompare(b, "es")`. */
export const compareEs: (a: string, b: string) => number = new Intl.Collator("es").compare;

const defaultCollator = new Intl.Collator();

/** True when every character of `s` is an ASCII digit (an INEGI key: "05", "01001"). */
function digitsOnly(s: string): boolean {
  for (let k = 0; k < s.length; k++) {
    const c = s.charCodeAt(k);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

/**
 * The runtime's default order, as `a.localeCompare(b)` without a locale gives it (used for INEGI keys):
 * -1, 0 or 1. Two keys made of ASCII digits only are compared directly, which gives the collator's own
 * order for them (the digits sort 0 to 9, character by character, and a key before any longer key it
 * begins) without calling it: tables of thousands of rows are sorted by key.
 */
export function compareDefault(a: string, b: string): number {
  if (digitsOnly(a) && digitsOnly(b)) return a < b ? -1 : a > b ? 1 : 0;
  return defaultCollator.compare(a, b);
}
