import type {Problem} from "../problems.js";
import {compressionOf} from "./compressed.js";

/**
 * Decodes bytes as strict UTF-8. On invalid bytes, returns a problem naming the line and column (in
 * characters) of the first bad byte, so that a file saved as Latin-1 or Windows-1252 is refused clearly.
 * A leading byte-order mark is dropped. A compressed file or a workbook (gzip, ZIP, .xlsx, .xls…; see
 * `compressed.ts`) is refused as such, not as badly encoded text.
 */
export function decodeUtf8(bytes: Uint8Array, file: string): {text: string} | {problem: Problem} {
  const compressed = compressionOf(bytes);
  if (compressed !== null)
    return {
      problem: {
        file,
        line: 1,
        column: 1,
        value: `archivo ${compressed.split(" ")[0]}`,
        expected: `un CSV de texto en UTF-8: la tabla viene comprimida en ${compressed}; descomprímala, o ábrala y guárdela como CSV UTF-8`
      }
    };
  try {
    const text = new TextDecoder("utf-8", {fatal: true, ignoreBOM: false}).decode(bytes);
    return {text};
  } catch {
    const offset = firstInvalidUtf8Offset(bytes);
    const before = new TextDecoder("utf-8").decode(bytes.subarray(0, offset));
    const lines = before.split("\n");
    const line = lines.length;
    const column = [...lines[lines.length - 1]].length + 1;
    const byte = bytes[offset].toString(16).toUpperCase().padStart(2, "0");
    return {
      problem: {
        file,
        line,
        column,
        value: `byte 0x${byte}`,
        expected: "texto en UTF-8 (¿el archivo se guardó como Latin-1 o Windows-1252? guárdelo como UTF-8)"
      }
    };
  }
}

/** Byte offset of the first byte that does not start or continue a valid UTF-8 sequence. */
export function firstInvalidUtf8Offset(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i];
    const length =
      b < 0x80 ? 1 : b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    if (length === 0 || i + length > bytes.length) return i;
    for (let k = 1; k < length; k++) if ((bytes[i + k] & 0xc0) !== 0x80) return i;
    // Overlong three-byte forms, surrogates and code points above U+10FFFF.
    if (b === 0xe0 && bytes[i + 1] < 0xa0) return i;
    if (b === 0xed && bytes[i + 1] > 0x9f) return i;
    if (b === 0xf0 && bytes[i + 1] < 0x90) return i;
    if (b === 0xf4 && bytes[i + 1] > 0x8f) return i;
    i += length;
  }
  return bytes.length;
}
