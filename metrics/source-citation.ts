import type {Row} from "./model/schema.js";

/** One line of a source's technical detail: what it is and its value, as the record keeps it. */
export interface TechnicalDetail {
  etiqueta: string;
  valor: string;
}

/**
 * A source of `fuentes` cited as a reader can find it again (issue #16): who issued it, its title, its date,
 * where it is and a way to an archived copy; the project's plumbing (identifier, file names, repository
 * path, commit) apart, for a "detalle técnico" disclosure.
 */
export interface SourceCitation {
  emisor: string | null;
  titulo: string;
  /** True when the document has no title and the project wrote the one shown. */
  titulo_atribuido: boolean;
  /** The source's date as the record keeps it (AAAA, AAAA-MM or AAAA-MM-DD); null when unknown. */
  fecha: string | null;
  /** Where a reader finds it: a sentence, and the address to link it to (null when there is none). */
  donde: {texto: string; enlace: string | null};
  /** A search of the Wayback Machine for archived copies of a web address (null for other sources). */
  copia_archivada: string | null;
  /** The record's technical fields, in a fixed order, only those that have a value. */
  tecnico: TechnicalDetail[];
}

const isWeb = (url: string | null): url is string => url !== null && /^https?:\/\//i.test(url);

/**
 * How a reader finds a source of `fuentes`, from its row:
 * - a file of a public repository (`repositorio` set, `url` its address at the commit used): "repositorio
 *   público OWNER/NAME en GitHub", linked to that address (path and commit go to the technical detail);
 * - a web address: the address itself, linked, and a search for archived copies in the Wayback Machine
 *   (`https://web.archive.org/web/*\/<address>`): INAI's microsites no longer load;
 * - a document with no public address whose copy the project keeps (the seed documents): said so;
 * - otherwise, "sin dirección registrada".
 * Nothing is made up: every text comes from the row or says what the row lacks.
 *
 * @example sourceCitation(agentesAlcanceMorelos).donde // {texto: "repositorio público GobiernoFacil/agentes-v2 en GitHub", enlace: "https://github.com/…"}
 */
export function sourceCitation(f: Row<"fuentes">): SourceCitation {
  let donde: SourceCitation["donde"];
  if (f.repositorio && isWeb(f.url))
    donde = {
      texto: `repositorio público ${f.repositorio}${/github\.com/i.test(f.url) ? " en GitHub" : ""}`,
      enlace: f.url
    };
  else if (isWeb(f.url)) donde = {texto: f.url, enlace: f.url};
  else if (f.copia || f.archivo)
    donde = {texto: "documento sin dirección pública; el proyecto guarda una copia", enlace: null};
  else donde = {texto: "sin dirección registrada", enlace: null};
  const tecnico: TechnicalDetail[] = [];
  const add = (etiqueta: string, valor: string | null | undefined) => {
    if (valor) tecnico.push({etiqueta, valor});
  };
  add("Identificador en el registro", f.fuente_id);
  add("Dirección completa", f.repositorio ? f.url : null);
  add("Dirección (no web)", isWeb(f.url) ? null : f.url);
  add("Repositorio", f.repositorio);
  add("Ruta en el repositorio", f.ruta);
  add("Commit", f.commit);
  add("Archivo del documento", f.archivo);
  add("Copia en el proyecto", f.copia);
  return {
    emisor: f.emisor,
    titulo: f.titulo,
    titulo_atribuido: f.titulo_atribuido === true,
    fecha: f.fecha,
    donde,
    copia_archivada: isWeb(f.url) && !f.repositorio ? `https://web.archive.org/web/*/${f.url}` : null,
    tecnico
  };
}

/**
 * A recorded quote (`cita`) as a reader reads it. A `cita` marks the document's words with straight quote
 * marks and may add the recorder's words around them (`Tabla INAI "Estatus de los ejercicios", fila: "…"`),
 * so pages show it as it is, not inside a second pair of marks (an HTML `<q>` would add them). Each
 * straight pair `"…"` becomes the Spanish «…»; the document's own marks (“…”, ‘…’) stay. A `cita` with an
 * odd number of `"` is returned unchanged (its pairs cannot be told apart). The record keeps the `cita` as
 * written; only its display changes.
 */
export function readerQuote(cita: string): string {
  if ((cita.match(/"/g)?.length ?? 0) % 2 !== 0) return cita;
  // A passage the document itself puts whole in “…” is shown in one pair of marks, not «“…”».
  return cita.replace(
    /"([^"]*)"/g,
    (_, passage: string) => `«${/^“[^“”]*”$/.test(passage) ? passage.slice(1, -1) : passage}»`
  );
}
