/**
 * Compressed files and workbooks where a CSV table was expected, recognised by their first bytes (their
 * "magic numbers"), so that messages say the table is compressed instead of calling it badly encoded text.
 */

/** Signatures of compressed formats and workbooks, with their names for messages. */
const SIGNATURES: readonly {readonly magic: readonly number[]; readonly name: string}[] = [
  {magic: [0x1f, 0x8b], name: "gzip"},
  {magic: [0x50, 0x4b, 0x03, 0x04], name: "ZIP (o es un libro de Excel .xlsx o de LibreOffice .ods)"},
  {magic: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], name: "un libro de Excel antiguo (.xls)"},
  {magic: [0x42, 0x5a, 0x68], name: "bzip2"},
  {magic: [0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00], name: "xz"},
  {magic: [0x28, 0xb5, 0x2f, 0xfd], name: "zstd"},
  {magic: [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c], name: "7z"}
];

/**
 * The name of the compressed format or workbook the bytes start with ("gzip", "ZIP (o es un libro de
 * Excel .xlsx…)", …), or null when they start like anything else (text).
 */
export function compressionOf(bytes: Uint8Array): string | null {
  return SIGNATURES.find(({magic}) => magic.every((b, k) => bytes[k] === b))?.name ?? null;
}
