// @ts-check
/**
 * The 32 states of the shipped registry (`data/entidades.csv`, INEGI catalogue): key, name and short name,
 * read in one place for what must be known before any page is built — the sidebar and the state pages'
 * paths in `observablehq.config.ts`, and each state page's title and neighbours (its page loader). Pages
 * read the published table `entidades` instead.
 *
 * Pure on purpose (no file access here, so the site's type-check and the browser could load it): the
 * caller passes a reader of the file, `shippedStates((url) => readFileSync(url, "utf8"))`. Plain
 * JavaScript with JSDoc types (`// @ts-check`), so that the state pages' loader runs with node alone.
 */

/**
 * One state as the build needs it before the data loader runs: `clave`, the INEGI key "01" … "32".
 * @typedef {{clave: string, nombre: string, nombreCorto: string}} ShippedState
 */

/** Where the shipped registry's list of states is. */
export const ENTIDADES_CSV = new URL("../../data/entidades.csv", import.meta.url);

/**
 * The states of `data/entidades.csv`, ordered by INEGI key. A small quote-aware reader (the file's fields
 * have no line breaks); the build-time registry validation checks the file itself.
 *
 * @throws Error (Spanish) when the header lacks one of `clave_inegi`, `nombre`, `nombre_corto`
 * @param {(file: URL) => string} read
 * @returns {ShippedState[]}
 */
export function shippedStates(read) {
  const records = read(ENTIDADES_CSV)
    .replace(/^\uFEFF/, "")
    .split(/\r?\n/)
    .filter(Boolean)
    .map((line) =>
      [...line.matchAll(/(?:^|,)("(?:[^"]|"")*"|[^,]*)/g)].map((m) => m[1].replace(/^"|"$/g, "").replace(/""/g, '"'))
    );
  const [header = [], ...rows] = records;
  /** @param {string} name */
  const col = (name) => {
    const k = header.indexOf(name);
    if (k < 0) throw new Error(`data/entidades.csv:1: falta la columna ${name} en el encabezado`);
    return k;
  };
  const [clave, nombre, corto] = [col("clave_inegi"), col("nombre"), col("nombre_corto")];
  return rows
    .map((r) => ({clave: r[clave], nombre: r[nombre], nombreCorto: r[corto]}))
    .sort((a, b) => a.clave.localeCompare(b.clave));
}
