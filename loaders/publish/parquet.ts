import {
  Bool,
  Float64,
  Int32,
  Table,
  Utf8,
  tableFromIPC,
  tableToIPC,
  vectorFromArray,
  type DataType
} from "apache-arrow";
import {Compression, Table as WasmTable, WriterPropertiesBuilder, readParquet, writeParquet} from "parquet-wasm";
import type {CellValue} from "../../metrics/model/schema.js";
import type {ColumnType} from "../../metrics/model/schema.js";

/** A column to write: its name and the registry type that decides its Arrow/Parquet type. */
export interface ParquetColumn {
  readonly name: string;
  readonly type: ColumnType;
}

/**
 * The Arrow type of a registry column type: integers → Int32, numbers → Float64, booleans → Bool, and
 * everything else (text, ids, enums, dates) → UTF-8 strings. Dates stay ISO strings on purpose: partial
 * dates ("2016-09") have no Arrow date type, and strings come back from every reader unchanged.
 */
export function arrowType(type: ColumnType): DataType {
  switch (type) {
    case "integer":
      return new Int32();
    case "number":
      return new Float64();
    case "boolean":
      return new Bool();
    default:
      return new Utf8();
  }
}

/** Builds an Arrow table from rows, with the given columns in order; missing values become nulls. */
export function toArrow(columns: readonly ParquetColumn[], rows: readonly Record<string, CellValue>[]): Table {
  const vectors = Object.fromEntries(
    columns.map((c) => [
      c.name,
      vectorFromArray(
        rows.map((r) => r[c.name] ?? null),
        arrowType(c.type)
      )
    ])
  );
  return new Table(vectors);
}

/**
 * Writes rows as a Parquet file (Arrow → IPC stream → parquet-wasm, ZSTD compression): the recipe of
 * Framework's Parquet loader example.
 */
export function toParquet(columns: readonly ParquetColumn[], rows: readonly Record<string, CellValue>[]): Uint8Array {
  const ipc = tableToIPC(toArrow(columns, rows), "stream");
  const properties = new WriterPropertiesBuilder().setCompression(Compression.ZSTD).build();
  return writeParquet(WasmTable.fromIPCStream(ipc), properties);
}

/** Reads a Parquet file back into plain rows (nulls kept, Int32 as numbers), e.g. to check a round trip. */
export function fromParquet(bytes: Uint8Array): Record<string, CellValue>[] {
  const table = tableFromIPC(readParquet(bytes).intoIPCStream());
  return table.toArray().map((row) => {
    const out: Record<string, CellValue> = {};
    for (const field of table.schema.fields) {
      const v = row[field.name];
      out[field.name] = v === null || v === undefined ? null : typeof v === "bigint" ? Number(v) : (v as CellValue);
    }
    return out;
  });
}
