import {columnDescription, type OutputTable} from "./outputs.js";
import {isAdded} from "./readable.js";

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
  "**Cómo se escriben los CSV publicados** (la exportación, el ZIP del sitio y `descargas/*.csv`): UTF-8 con marca BOM (para que Excel lea los acentos), separados por comas, con comillas dobles cuando un valor lleva comas, comillas o saltos de línea. Una celda vacía es «sin dato», nunca cero; los si/no se escriben `si` y `no`; las fechas, `AAAA-MM-DD` (o `AAAA`, `AAAA-MM` si la fuente no es más precisa), y una fecha que sólo se conoce como intervalo va en dos columnas, `…_min` y `…_max` (primer y último día posibles; `_min` vacío = «a más tardar» `_max`).",
  "",
  "**Para leerlas sin el diccionario.** Las tablas publicadas (CSV y Parquet) llevan, además de las columnas del registro o del cálculo, columnas que la publicación agrega (marcadas «agregada» abajo y en `diccionario.csv`): junto a cada `clave_inegi`, `entidad` (el nombre corto de la entidad) e `iso_3166_2` (su código ISO, p. ej. `MX-COA`); junto a cada columna con un código del vocabulario del proyecto (`aun_no_se_suma`, `publicacion_pal`, `rojo`…), `<columna>_etiqueta` con su nombre en español («Aún no se suma», «PAL publicado», «Rojo: muy atrasado»). Los archivos del registro (`data/*.csv`) no las tienen: para editar el registro o para servirlo con `TABLERO_REGISTRO_URL` se usan esos archivos, no los publicados.",
  "",
  '**Claves con cero a la izquierda.** `clave_inegi` se escribe con sus dos dígitos (`05`). Excel, al abrir un CSV con doble clic, la convierte en el número 5; el proyecto no la escribe como fórmula (`="05"`), porque ninguna celda publicada puede ejecutarse (ver abajo). Para conservarla: en Excel, *Datos → Desde texto/CSV* y elegir «Texto» para la columna; en LibreOffice, marcar la columna como texto al abrir. O use `iso_3166_2` o `entidad`, que ningún programa cambia y que identifican la entidad igual. Los archivos Parquet guardan la clave como texto.',
  "",
  "**Números.** Cada número calculado se publica redondeado a los decimales que su método sostiene (columna `decimales` del diccionario, con la razón en la descripción: p. ej. 4 para los promedios de la Métrica, como los publica CIDE–INAI); los números del registro, como los microdatos de la Métrica (`mga_sujetos`), se publican tal como los da su fuente.",
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
      const description = `${isAdded(c) ? "*(Agregada al publicar.)* " : ""}${columnDescription(c)}`;
      return `| \`${c.name}\` | ${TYPE_LABELS[c.type]} | ${c.required ? "sí" : "no"} | ${esc(values)} | ${esc(description)} |`;
    });
    const where =
      t.kind === "registro"
        ? `Archivo: \`data/${t.name}.csv\`.`
        : "Tabla derivada: se calcula del registro; se publica en el sitio y en la exportación.";
    const added =
      t.kind === "registro" && t.columns.some(isAdded)
        ? " Las columnas agregadas al publicar no están en ese archivo."
        : "";
    return [
      `### \`${t.name}\``,
      "",
      esc(t.description),
      "",
      where + added,
      "",
      "| columna | tipo | obligatoria | valores | descripción |",
      "|---|---|---|---|---|",
      ...rows
    ].join("\n");
  });
  return `${PUBLISHED_CSV_NOTE}\n\n${sections.join("\n\n")}\n`;
}
