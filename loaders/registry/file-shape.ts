/**
 * What a CSV file looks like when its header does not parse: the usual reasons a header that looks right
 * in a spreadsheet is not the expected one, said in words.
 */

/** "ï»¿": a UTF-8 byte-order mark (EF BB BF) read as Windows-1252 and saved again. */
export const BOM_AS_WINDOWS_1252 = "\u00ef\u00bb\u00bf";

/**
 * Hints about the shape of a file whose header is wrong, in Spanish, one per sign found: a byte-order
 * mark read in the wrong encoding ("ï»¿" at the start) or repeated, `;` or tabs as separator, carriage
 * returns (CR) alone as line ends. `text` is the decoded file, without the one leading BOM a UTF-8 file may
 * have. Empty when the file shows none of these signs.
 */
export function fileShapeHints(text: string): string[] {
  const hints: string[] = [];
  if (text.startsWith(BOM_AS_WINDOWS_1252)) {
    hints.push(
      "el archivo empieza con «ï»¿», una marca de orden de bytes (BOM) de UTF-8 leída como Windows-1252 y guardada de nuevo: bórrela, o guarde otra vez el archivo original como UTF-8"
    );
  } else if (text.startsWith("\uFEFF")) {
    hints.push("el archivo empieza con una marca de orden de bytes (BOM, U+FEFF) de más: bórrela");
  }
  const crOnly = text.includes("\r") && !text.includes("\n");
  const firstLine = text.split(crOnly ? "\r" : /\r?\n/, 1)[0];
  const count = (c: string) => firstLine.split(c).length - 1;
  if (count(";") > 0 && count(";") >= count(",")) {
    hints.push(
      "el archivo parece separado por «;» (como lo guarda Excel con la configuración regional de México o España): guárdelo como CSV separado por comas"
    );
  } else if (count("\t") > 0 && count("\t") >= count(",")) {
    hints.push("el archivo parece separado por tabuladores: guárdelo como CSV separado por comas");
  }
  if (crOnly) {
    hints.push(
      "el archivo usa sólo retorno de carro (CR, U+000D) como fin de línea, como los Mac antiguos: guárdelo con fin de línea LF o CRLF"
    );
  }
  return hints;
}

/** `expected`, followed by the hints about the file's shape, if any, in one message. */
export function withShapeHints(expected: string, text: string): string {
  const hints = fileShapeHints(text);
  return hints.length === 0 ? expected : `${expected}; ${hints.join("; ")}`;
}
