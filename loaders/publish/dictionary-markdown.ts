import type {OutputTable} from "./outputs.js";

const TYPE_LABELS: Record<string, string> = {
  text: "texto",
  id: "identificador",
  integer: "entero",
  number: "número",
  boolean: "si/no",
  date: "fecha AAAA-MM-DD",
  partial_date: "fecha AAAA, AAAA-MM o AAAA-MM-DD",
  enum: "lista cerrada"
};

/**
 * How the published CSVs are written, said once before the tables: encoding, empty cells, booleans, and the
 * apostrophe before a text a spreadsheet would run as a formula (see `metrics/model/formula.ts`).
 */
export const PUBLISHED_CSV_NOTE = [
  "**Cómo se escriben los CSV publicados** (la exportación, el ZIP del sitio y `descargas/*.csv`): UTF-8 con marca BOM (para que Excel lea los acentos), separados por comas, con comillas dobles cuando un valor lleva comas, comillas o saltos de línea. Una celda vacía es «sin dato», nunca cero; los si/no se escriben `si` y `no`; las fechas, `AAAA-MM-DD` (o `AAAA`, `AAAA-MM` si la fuente no es más precisa).",
  "",
  "**Textos que parecen fórmulas.** Excel y LibreOffice ejecutan como fórmula una celda que empieza con `=`, `+`, `-` o `@` (p. ej. `=HYPERLINK(…)`), y un tabulador o un retorno de carro al inicio la disimulan. El registro no acepta textos así (la validación los rechaza), pero si alguno llegara a una tabla publicada —también tras espacios, o con los signos de ancho completo `＝ ＋ － ＠`— se escribe con un **apóstrofo (`'`) delante**: `'=HYPERLINK(…)`, que ambos programas muestran como texto. Para que la regla se pueda deshacer sin dudas, también lleva un apóstrofo más un texto que ya empieza con uno (`'hola` → `''hola`). Quien lea el CSV con un programa recupera el valor quitando ese primer apóstrofo; los números (también los negativos, como `-3`) y las fechas se escriben tal cual, y los archivos Parquet guardan los valores sin cambio."
].join("\n");

/**
 * The data dictionary as Markdown (the body of `data/README.md`): how the published CSVs are written
 * ({@link PUBLISHED_CSV_NOTE}), then each table with its description and a row per column — name, type,
 * whether it is required, allowed values and meaning. Built from the schema, so it cannot drift from what
 * validation enforces.
 */
export function dictionaryMarkdown(
  tables: readonly Pick<OutputTable, "name" | "description" | "columns" | "kind">[]
): string {
  const esc = (s: string) => s.replace(/\|/g, "\\|").replace(/\n/g, " ");
  const sections = tables.map((t) => {
    const rows = t.columns.map((c) => {
      const values = c.values
        ? c.values.map((v) => `\`${v}\``).join(", ")
        : c.min !== undefined || c.max !== undefined
          ? `${c.min ?? ""}–${c.max ?? ""}`
          : "";
      return `| \`${c.name}\` | ${TYPE_LABELS[c.type]} | ${c.required ? "sí" : "no"} | ${esc(values)} | ${esc(c.description)} |`;
    });
    const where =
      t.kind === "registro"
        ? `Archivo: \`data/${t.name}.csv\`.`
        : "Tabla derivada: se calcula del registro; se publica en el sitio y en la exportación.";
    return [
      `### \`${t.name}\``,
      "",
      esc(t.description),
      "",
      where,
      "",
      "| columna | tipo | obligatoria | valores | descripción |",
      "|---|---|---|---|---|",
      ...rows
    ].join("\n");
  });
  return `${PUBLISHED_CSV_NOTE}\n\n${sections.join("\n\n")}\n`;
}
