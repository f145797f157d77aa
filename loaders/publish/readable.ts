/**
 * Published tables people can read without the dictionary open: the publication (export, the site's ZIP,
 * `descargas/`) writes every table — the registry's and the derived ones, present and future — through
 * {@link readableColumns} and {@link readableRows}, which work from what each column declares, never from a
 * list of tables:
 *
 * - beside `clave_inegi`, the state's short name (`entidad`) and its ISO 3166-2 code (`iso_3166_2`,
 *   `MX-COA`), from `entidades`: a spreadsheet that turns "05" into 5 still has the state's name and a code
 *   it cannot change (`entidades` itself, which has them, gets nothing);
 * - beside every enum whose values come from the vocabulary (a column declared with `labels`, see
 *   `coded` in `metrics/model/vocabulary.ts`), `<columna>_etiqueta`: the Spanish label of the code, taken
 *   from the vocabulary — unless every label equals its code (the themes), which would repeat the column;
 * - every derived number with declared `decimals` rounded to them (the precision its method supports); the
 *   registry's numbers — the Métrica's microdata among them — are written as their source gives them.
 *
 * The added columns are marked `added` (the dictionary says they are not in the registry's files, and a
 * registry read from published CSVs would be refused: its header would not match).
 */
import type {CellValue, ColumnDef, Registry} from "../../metrics/model/schema.js";

/** A column the publication adds for readers: not in the registry's files, not validated. */
export type AddedColumn = ColumnDef & {readonly added: true};

/** True for a column the publication adds ({@link AddedColumn}). */
export function isAdded(c: ColumnDef): c is AddedColumn {
  return (c as Partial<AddedColumn>).added === true;
}

/** The name and code of each state, by `clave_inegi`, as `entidades` gives them. */
export type StateNames = ReadonlyMap<string, {readonly entidad: string; readonly iso_3166_2: string}>;

/** {@link StateNames} from the registry's `entidades` (the short name: "Coahuila", "Estado de México"). */
export function stateNames(entidades: Registry["entidades"]): StateNames {
  return new Map(entidades.map((e) => [e.clave_inegi, {entidad: e.nombre_corto, iso_3166_2: e.iso_3166_2}]));
}

/** One column as published: its definition and how its cell is computed from the table's own row. */
interface PublishedColumn {
  readonly column: ColumnDef;
  readonly cell: (row: Readonly<Record<string, CellValue>>, states: StateNames) => CellValue;
}

const STATE_NAME: AddedColumn = {
  name: "entidad",
  type: "text",
  required: false,
  added: true,
  description:
    "Nombre de la entidad de `clave_inegi` (el corto de `entidades`: «Coahuila», «Estado de México»); vacío si `clave_inegi` lo está. Lo agrega la publicación."
};

const STATE_ISO: AddedColumn = {
  name: "iso_3166_2",
  type: "text",
  required: false,
  added: true,
  description:
    "Código ISO 3166-2:MX de la entidad de `clave_inegi` («MX-COA»), de `entidades`: un texto que ninguna hoja de cálculo convierte en número; vacío si `clave_inegi` lo está. Lo agrega la publicación."
};

/** True when a column's labels say more than its codes (some label differs from its identifier). */
function hasReadableLabels(c: ColumnDef): c is ColumnDef & {labels: Readonly<Record<string, string>>} {
  return c.labels !== undefined && Object.entries(c.labels).some(([id, label]) => id !== label);
}

/**
 * A number rounded to `digits` decimals, to the nearest (half away from zero, as `toFixed` does on the
 * decimal written; a negative zero becomes 0).
 *
 * @example roundTo(0.4265333333333334, 4) // 0.4265
 */
export function roundTo(value: number, digits: number): number {
  const rounded = Number(value.toFixed(digits));
  return rounded === 0 ? 0 : rounded;
}

/** The published columns of a table, each with how its cell is computed. */
function plan(columns: readonly ColumnDef[]): PublishedColumn[] {
  const namesState = columns.some((c) => c.name === "clave_inegi") && !columns.some((c) => c.name === "iso_3166_2");
  const out: PublishedColumn[] = [];
  for (const c of columns) {
    const digits = c.type === "number" ? c.decimals?.digits : undefined;
    out.push({
      column: c,
      cell: (row) => {
        const v = row[c.name] ?? null;
        return digits !== undefined && typeof v === "number" ? roundTo(v, digits) : v;
      }
    });
    if (c.name === "clave_inegi" && namesState) {
      const state = (row: Readonly<Record<string, CellValue>>, states: StateNames) =>
        typeof row.clave_inegi === "string" ? states.get(row.clave_inegi) : undefined;
      out.push({column: STATE_NAME, cell: (row, states) => state(row, states)?.entidad ?? null});
      out.push({column: STATE_ISO, cell: (row, states) => state(row, states)?.iso_3166_2 ?? null});
    }
    if (hasReadableLabels(c)) {
      const labels = c.labels;
      const label: AddedColumn = {
        name: `${c.name}_etiqueta`,
        type: "text",
        required: c.required,
        added: true,
        description: `Nombre en español del valor de \`${c.name}\`, del vocabulario del proyecto${c.required ? "" : `; vacío si \`${c.name}\` lo está`}. Lo agrega la publicación.`
      };
      out.push({
        column: label,
        cell: (row) => (typeof row[c.name] === "string" ? (labels[row[c.name] as string] ?? null) : null)
      });
    }
  }
  const seen = new Set<string>();
  for (const {column} of out) {
    if (seen.has(column.name))
      throw new Error(`La columna ${column.name} aparece dos veces al publicar: cambie su nombre en el esquema.`);
    seen.add(column.name);
  }
  return out;
}

/**
 * The columns of a table as published: its own, in order, each followed by what the publication adds
 * beside it (`entidad` and `iso_3166_2` after `clave_inegi`; `<columna>_etiqueta` after a coded column).
 * Throws if an added column's name is already taken.
 */
export function readableColumns(columns: readonly ColumnDef[]): ColumnDef[] {
  return plan(columns).map((p) => p.column);
}

/**
 * The rows of a table as published, with the columns of {@link readableColumns} in that order: the state's
 * name and code from `states` (null when `clave_inegi` is empty or unknown), each code's label, and each
 * number with declared decimals rounded to them ({@link roundTo}); every other cell unchanged.
 */
export function readableRows(
  columns: readonly ColumnDef[],
  rows: readonly Readonly<Record<string, CellValue>>[],
  states: StateNames
): Record<string, CellValue>[] {
  const published = plan(columns);
  return rows.map((row) => {
    const out: Record<string, CellValue> = {};
    for (const p of published) out[p.column.name] = p.cell(row, states);
    return out;
  });
}
