import type {DatedAttainment} from "./attainment.js";
import type {LatestMilestone} from "./latest-milestone.js";
import {datePhrase} from "./model/dates.js";
import type {Row} from "./model/schema.js";

/** One dated fact of a state's story: what, when (at its source's precision) and which milestone proves it. */
export interface SummaryFact {
  /** Its ejercicio (PAL cycle); null when the fact names none. */
  ejercicio: number | null;
  /** The date as a sentence says it: "el 9 de marzo de 2015", "en marzo de 2017", "a más tardar el …". */
  cuando: string;
  fecha_min: string | null;
  fecha_max: string;
  /** The milestone (`hitos.hito_id`) and source (`fuentes.fuente_id`) behind it. */
  hito_id: string;
  fuente_id: string;
}

/** A state's story in a few facts, each with its source (issue #16, item 6). */
export interface StateSummary {
  clave_inegi: string;
  nombre: string;
  /**
   * "participa": the record dates at least one of its milestones; "no_participa": a source says it never
   * took part (`entidades.participa` = no); "sin_hitos": neither — nothing dated, which is not "did not".
   */
  situacion: "participa" | "no_participa" | "sin_hitos";
  /** The source and quote that say it did not take part (for "no_participa"). */
  participa_fuente: {fuente_id: string; cita: string} | null;
  /** Its first Declaratoria and first STL installed; null when the record dates none. */
  declaratoria: SummaryFact | null;
  stl: SummaryFact | null;
  /** Each PAL published and each cycle closed, by ejercicio. */
  planes: SummaryFact[];
  cierres: SummaryFact[];
  /** The latest milestone the record dates (`ultimo_hito`), with its kind in words; null when none. */
  ultimo: (SummaryFact & {tipo_texto: string}) | null;
  /** The last day any source about the state refers to (`datos_hasta`) and that day in words; null when none. */
  datos_hasta: string | null;
  datos_hasta_texto: string | null;
}

/**
 * A state's summary from the published tables: its dated attainments (`logros`: first Declaratoria, first
 * STL, each PAL, each closed cycle — the milestones the project uses, after `decisiones`), its latest
 * milestone (`ultimo_hito`), how far its record runs (`datos_hasta` of `fases_mensuales`) and whether a source
 * says it never took part (`entidades.participa`). Dates keep their source's precision ({@link datePhrase});
 * nothing is filled: a fact no source dates is null or absent.
 *
 * @param entidad the state's row of `entidades`
 * @param logros its rows of `logros` (any order)
 * @param ultimo its row of `ultimo_hito` (undefined or an empty row when none)
 * @param datosHasta its `datos_hasta` (ISO day) or null
 * @example stateSummary(coahuila, logrosDeCoahuila, ultimoDeCoahuila, "2024-05-31").planes.length // 2
 */
export function stateSummary(
  entidad: Pick<
    Row<"entidades">,
    "clave_inegi" | "nombre_corto" | "participa" | "fuente_id_participa" | "cita_participa"
  >,
  logros: readonly DatedAttainment[],
  ultimo:
    | Pick<LatestMilestone, "hito_id" | "fuente_id" | "ejercicio" | "fecha_min" | "fecha_max" | "tipo_texto">
    | undefined,
  datosHasta: string | null
): StateSummary {
  const fact = (r: DatedAttainment): SummaryFact => ({
    ejercicio: r.ejercicio,
    cuando: datePhrase(r.fecha_min, r.fecha_max),
    fecha_min: r.fecha_min,
    fecha_max: r.fecha_max,
    hito_id: r.hito_id,
    fuente_id: r.fuente_id
  });
  const of = (logro: DatedAttainment["logro"]) =>
    logros
      .filter((r) => r.logro === logro)
      .sort((a, b) => a.ejercicio - b.ejercicio)
      .map(fact);
  const last =
    ultimo?.hito_id && ultimo.fuente_id && ultimo.fecha_max && ultimo.tipo_texto
      ? {
          ejercicio: ultimo.ejercicio,
          cuando: datePhrase(ultimo.fecha_min, ultimo.fecha_max),
          fecha_min: ultimo.fecha_min,
          fecha_max: ultimo.fecha_max,
          hito_id: ultimo.hito_id,
          fuente_id: ultimo.fuente_id,
          tipo_texto: ultimo.tipo_texto
        }
      : null;
  const said = entidad.participa === false && entidad.fuente_id_participa && entidad.cita_participa;
  return {
    clave_inegi: entidad.clave_inegi,
    nombre: entidad.nombre_corto,
    situacion: last || logros.length > 0 ? "participa" : said ? "no_participa" : "sin_hitos",
    participa_fuente: said ? {fuente_id: entidad.fuente_id_participa!, cita: entidad.cita_participa!} : null,
    declaratoria: of("declaratoria")[0] ?? null,
    stl: of("stl")[0] ?? null,
    planes: of("pal"),
    cierres: of("ciclo_cerrado"),
    ultimo: last,
    datos_hasta: datosHasta,
    datos_hasta_texto: datosHasta ? datePhrase(datosHasta, datosHasta) : null
  };
}
