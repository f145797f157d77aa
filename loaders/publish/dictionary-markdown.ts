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
 * The data dictionary as Markdown (the body of `data/README.md`): each table with its description and a
 * row per column — name, type, whether it is required, allowed values and meaning. Built from the schema,
 * so it cannot drift from what validation enforces.
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
  return `${sections.join("\n\n")}\n`;
}
