import {describe, expect, it} from "vitest";
import {explainSqlError} from "../src/components/sql-error-text.js";

const TABLES = ["fases_mensuales", "hitos", "entidades"];

/** Messages as DuckDB (1.x, the wasm build the console ships) writes them. */
describe("DuckDB's errors explained in Spanish, with DuckDB's text kept", () => {
  it("a syntax error says where", () => {
    const e = explainSqlError('Parser Error: syntax error at or near "FORM"', TABLES);
    expect(e.titulo).toBe("Error de sintaxis");
    expect(e.explicacion).toMatch(/^DuckDB no entiende la consulta cerca de «FORM»\. Revise/);
    expect(e.original).toBe('Parser Error: syntax error at or near "FORM"');
    expect(explainSqlError("Parser Error: syntax error at end of input", TABLES).explicacion).toMatch(
      /termina antes de tiempo/
    );
  });

  it("an unknown table: DuckDB's suggestion and the tables loaded", () => {
    const e = explainSqlError(
      'Catalog Error: Table with name fases does not exist!\nDid you mean "fases_mensuales"?\n\nLINE 1: SELECT * FROM fases\n                      ^',
      TABLES
    );
    expect(e).toMatchObject({titulo: "Tabla desconocida"});
    expect(e.explicacion).toBe(
      "La tabla «fases» no existe. ¿Quiso decir «fases_mensuales»? Las tablas cargadas son: «fases_mensuales», «hitos», «entidades»."
    );
  });

  it("an unknown column: the candidates DuckDB offers; an unknown function", () => {
    const e = explainSqlError(
      'Binder Error: Referenced column "fecha_x" not found in FROM clause!\nCandidate bindings: "fecha", "fecha_max"\n\nLINE 1: SELECT fecha_x FROM hitos',
      TABLES
    );
    expect(e.titulo).toBe("Columna desconocida");
    expect(e.explicacion).toMatch(
      /^La columna «fecha_x» no está en las tablas de la consulta\. Columnas parecidas: «fecha», «fecha_max»\./
    );
    expect(
      explainSqlError('Catalog Error: Scalar Function with name sumar does not exist!\nDid you mean "sum"?', TABLES)
    ).toMatchObject({
      titulo: "Función desconocida",
      explicacion: expect.stringMatching(/«sumar».*¿Quiso decir «sum»\?/)
    });
    expect(
      explainSqlError(
        'Binder Error: column "fase" must appear in the GROUP BY clause or must be part of an aggregate function.',
        TABLES
      ).titulo
    ).toBe("La consulta no se puede resolver");
  });

  it("a value that does not convert, memory, and other kinds", () => {
    expect(explainSqlError("Conversion Error: Could not convert string 'cinco' to INT32", TABLES).explicacion).toMatch(
      /^Un valor no cabe en el tipo que pide la consulta \(«cinco»\)/
    );
    expect(explainSqlError("Out of Memory Error: failed to allocate data of size 256.0 MiB", TABLES).titulo).toBe(
      "Memoria insuficiente"
    );
    expect(explainSqlError("Invalid Input Error: No open result set", TABLES)).toMatchObject({
      titulo: "La consulta no se pudo ejecutar",
      explicacion: expect.stringMatching(/\(Invalid Input\)/)
    });
  });

  it("the console's own errors, already in Spanish, are shown as they are", () => {
    const mine = "hitos.parquet: la columna «x» es de tipo INT96; la consola lee BOOLEAN, INT32, INT64, DOUBLE y texto";
    expect(explainSqlError(mine, TABLES)).toEqual({
      titulo: "La consulta no se pudo ejecutar",
      explicacion: mine,
      original: mine
    });
  });
});
