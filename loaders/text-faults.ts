/**
 * Faults that text picks up on its way through spreadsheets and editors, and that a person cannot see:
 * double encoding ("MÃ©xico": UTF-8 read as Windows-1252 and saved again) and invisible characters
 * (zero-width spaces, byte-order marks, non-breaking spaces, control characters).
 */

/** Windows-1252 bytes 0x80–0x9F; the five bytes it leaves undefined decode to the C1 control of the same number (as WHATWG does). */
const CP1252_HIGH = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d, 0x17d, 0x8f,
  0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178
];

/** Character → Windows-1252 byte, for every character the encoding has; also U+0080–U+009F (as ISO-8859-1 decoders leave them). */
const CP1252_BYTE: ReadonlyMap<string, number> = (() => {
  const map = new Map<string, number>();
  for (let b = 0; b < 256; b++) map.set(String.fromCharCode(b), b);
  for (const [k, cp] of CP1252_HIGH.entries()) map.set(String.fromCharCode(cp), 0x80 + k);
  return map;
})();

/**
 * Decodes bytes as Windows-1252 (the WHATWG table: 0x80 "€", 0x93 "“"…; the five undefined bytes become
 * C1 controls). Written out rather than left to `TextDecoder`, whose "windows-1252" is ISO-8859-1 in
 * some Node versions, so that an import gives the same text everywhere.
 */
export function decodeWindows1252(bytes: Uint8Array): string {
  let out = "";
  for (const b of bytes) out += String.fromCharCode(b >= 0x80 && b <= 0x9f ? CP1252_HIGH[b - 0x80] : b);
  return out;
}

/** Runs of non-ASCII characters that Windows-1252 can encode: where double-encoded text shows. */
const HIGH_RUN = /[\u0080-\uffff]+/g;

/**
 * Characters a repaired run may decode to: Latin-1 letters and signs, Latin Extended-A/B, general
 * punctuation (— “ ” …), the euro sign. Legitimate Spanish text whose bytes happen to form UTF-8 — an
 * accented capital next to a quote mark, "ACCIÓN»" (Ó» = U+04FB, Cyrillic) — decodes to other scripts
 * and is left alone.
 */
const PLAUSIBLE = /^[\u00a0-\u024f\u2010-\u203a\u20ac]+$/u;

const strictUtf8 = new TextDecoder("utf-8", {fatal: true, ignoreBOM: true});

/**
 * The text a double-encoded string most likely was, or null when it does not read as double-encoded.
 *
 * Method: every run of non-ASCII characters is encoded back to Windows-1252 bytes and decoded as strict
 * UTF-8. The string is double-encoded when at least one run changes, every run that changes decodes
 * cleanly to plausible Latin text, and no run with a non-ASCII character outside Windows-1252 is in the
 * way. Runs that do not decode (a lone "ñ" is byte 0xF1, not UTF-8) are kept: "Señor", "ÁREA" and
 * "año" are not flagged. Text encoded twice over is repaired again, up to three times.
 */
export function repairDoubleEncoding(text: string): string | null {
  let current = text;
  for (let pass = 0; pass < 3; pass++) {
    const next = repairOnce(current);
    if (next === null) break;
    current = next;
  }
  return current === text ? null : current;
}

function repairOnce(text: string): string | null {
  let changed = false;
  const out = text.replace(HIGH_RUN, (run) => {
    const bytes: number[] = [];
    for (const ch of run) {
      const b = CP1252_BYTE.get(ch);
      if (b === undefined) return run;
      bytes.push(b);
    }
    let decoded: string;
    try {
      decoded = strictUtf8.decode(new Uint8Array(bytes));
    } catch {
      return run;
    }
    if (decoded === run || !PLAUSIBLE.test(decoded)) return run;
    changed = true;
    return decoded;
  });
  return changed ? out : null;
}

/** Names of the invisible characters people meet most, for messages. */
const INVISIBLE_NAMES: ReadonlyMap<number, string> = new Map([
  [0x09, "tabulador"],
  [0x0d, "retorno de carro"],
  [0xa0, "espacio de no separación"],
  [0xad, "guion suave"],
  [0x200b, "espacio de ancho cero"],
  [0x200c, "separador de ancho cero"],
  [0x200d, "unión de ancho cero"],
  [0x200e, "marca de izquierda a derecha"],
  [0x200f, "marca de derecha a izquierda"],
  [0x2060, "unión de palabras"],
  [0x202f, "espacio estrecho de no separación"],
  [0xfeff, "marca de orden de bytes (BOM)"]
]);

/** Control (Cc), format (Cf) and separator (Z*) characters other than the plain space. */
const INVISIBLE = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Zs}]/u;
const INVISIBLE_ALL = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Zs}]/gu;

/** `U+200B`: a character's code point as Unicode writes it. */
export function codePoint(ch: string): string {
  return `U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0")}`;
}

/** The invisible characters of a string (control, format and separator characters other than " "), in order, without repeats. */
export function invisibleCharacters(text: string): string[] {
  const found = new Set<string>();
  for (const m of text.matchAll(INVISIBLE_ALL)) if (m[0] !== " ") found.add(m[0]);
  return [...found];
}

/** "U+200B (espacio de ancho cero)": a character named for a message. */
export function describeCharacter(ch: string): string {
  const name = INVISIBLE_NAMES.get(ch.codePointAt(0) ?? 0);
  return name
    ? `${codePoint(ch)} (${name})`
    : /\p{Cc}/u.test(ch)
      ? `${codePoint(ch)} (carácter de control)`
      : codePoint(ch);
}

/**
 * A string with every invisible character written as its code point in angle brackets:
 * "sensibilizacion\u200B" → "sensibilizacion<U+200B>". Line feeds stay as they are (messages quote values
 * with `JSON.stringify`, which shows them as `\n`); everything else that a reader cannot see is named.
 */
export function showInvisible(text: string): string {
  if (!INVISIBLE.test(text)) return text;
  return text.replace(INVISIBLE_ALL, (ch) => (ch === " " || ch === "\n" ? ch : `<${codePoint(ch)}>`));
}
