/**
 * DuckDB's errors (English) explained in Spanish for the SQL console. Pure: no DOM, no DuckDB, so it is
 * tested on its own (test/sql-error-text.test.ts); the page shows the explanation and folds DuckDB's own
 * text below it.
 */

/** A DuckDB error as a reader of the console meets it. */
export interface SqlErrorText {
  /** The kind of error, in Spanish ("Error de sintaxis", "Tabla desconocida"…). */
  titulo: string;
  /** What went wrong and what to try, in Spanish. */
  explicacion: string;
  /** DuckDB's own message, unchanged, for the «detalle» disclosure. */
  original: string;
}

const quoted = (text: string | undefined) => (text === undefined ? "" : `«${text}»`);
const list = (names: readonly string[]) => names.map((n) => `«${n}»`).join(", ");

/**
 * Explains a DuckDB error message in Spanish. DuckDB writes "<Kind> Error: <detail>"; the kinds a console
 * user meets are mapped: Parser (syntax), Catalog (a table, or another object, that does not exist — with
 * the list of tables the console loaded, `tables`, and DuckDB's suggestion when it gives one), Binder (a
 * column or function that cannot be resolved — with DuckDB's candidates), Conversion (a value that does not
 * fit the type asked for), Out of Memory. Any other message keeps a general sentence; a message that is not
 * DuckDB's (the console's own errors are already in Spanish) is the explanation itself.
 *
 * @param message the error's `message`
 * @param tables the tables the console loaded, to list when a table does not exist
 * @example explainSqlError("Catalog Error: Table with name fase does not exist!\nDid you mean \"fases_mensuales\"?", ["fases_mensuales"])
 *   // {titulo: "Tabla desconocida", explicacion: "La tabla «fase» no existe. ¿Quiso decir «fases_mensuales»? …", …}
 */
export function explainSqlError(message: string, tables: readonly string[]): SqlErrorText {
  const original = message.trim();
  const kind = /^([A-Za-z ]+?) Error: ?([\s\S]*)$/.exec(original);
  if (!kind) return {titulo: "La consulta no se pudo ejecutar", explicacion: original, original};
  const [, name, detail] = kind;
  const suggestion = /Did you mean "([^"]+)"\??/.exec(detail)?.[1];
  const maybe = suggestion ? ` ¿Quiso decir ${quoted(suggestion)}?` : "";
  switch (name.toLowerCase()) {
    case "parser": {
      const near = /at or near "([^"]*)"/.exec(detail)?.[1];
      const end = /at end of input/.test(detail);
      return {
        titulo: "Error de sintaxis",
        explicacion: `DuckDB no entiende la consulta${near !== undefined ? ` cerca de ${quoted(near)}` : end ? ": termina antes de tiempo" : ""}. Revise las palabras clave (SELECT, FROM, WHERE, GROUP BY), las comas entre columnas, las comillas (simples para textos: 'Coahuila'; dobles para nombres) y los paréntesis.`,
        original
      };
    }
    case "catalog": {
      const table = /Table with name ([^\s!]+) does not exist/.exec(detail)?.[1];
      if (table !== undefined)
        return {
          titulo: "Tabla desconocida",
          explicacion: `La tabla ${quoted(table)} no existe.${maybe} Las tablas cargadas son: ${list(tables)}.`,
          original
        };
      const fn = /(?:Scalar |Table |Aggregate )?Function with name ([^\s!]+) does not exist/.exec(detail)?.[1];
      if (fn !== undefined)
        return {
          titulo: "Función desconocida",
          explicacion: `DuckDB no tiene una función llamada ${quoted(fn)}.${maybe} Revise su nombre en la documentación de DuckDB.`,
          original
        };
      return {
        titulo: "Nombre desconocido",
        explicacion: `La consulta nombra algo que no existe en la base.${maybe} Las tablas cargadas son: ${list(tables)}.`,
        original
      };
    }
    case "binder": {
      const column = /Referenced column "?([^"\s]+)"? not found/.exec(detail)?.[1];
      const candidates = [...(/Candidate bindings: ([^\n]*)/.exec(detail)?.[1] ?? "").matchAll(/"([^"]+)"/g)].map(
        (m) => m[1]
      );
      if (column !== undefined)
        return {
          titulo: "Columna desconocida",
          explicacion: `La columna ${quoted(column)} no está en las tablas de la consulta.${candidates.length ? ` Columnas parecidas: ${list(candidates)}.` : maybe} El diccionario de datos da las columnas de cada tabla.`,
          original
        };
      return {
        titulo: "La consulta no se puede resolver",
        explicacion: `DuckDB no puede relacionar algún nombre de la consulta (una columna, un alias, una función o sus argumentos, o una columna que falta en GROUP BY).${maybe} Revise los nombres y los tipos.`,
        original
      };
    }
    case "conversion":
      return {
        titulo: "Valor que no se puede convertir",
        explicacion: `Un valor no cabe en el tipo que pide la consulta${/Could not convert string '([^']*)'/.test(detail) ? ` (${quoted(/Could not convert string '([^']*)'/.exec(detail)![1])})` : ""}: por ejemplo, un texto comparado con un número o una fecha escrita de otra forma. Las fechas van como '2018-12-31'; las claves de entidad son texto ('05').`,
        original
      };
    case "out of memory":
      return {
        titulo: "Memoria insuficiente",
        explicacion:
          "La consulta necesita más memoria de la que el navegador le da. Pida menos filas (WHERE, LIMIT) o menos columnas, o agregue antes de unir tablas grandes.",
        original
      };
    default:
      return {
        titulo: "La consulta no se pudo ejecutar",
        explicacion: `DuckDB la rechazó (${name}).${maybe} El detalle de DuckDB, abajo, dice por qué.`,
        original
      };
  }
}
