import {compareDefault} from "./collation.js";
import {mgaByState} from "./mga-aggregate.js";
import type {Registry, RowOf} from "./model/schema.js";
import {MGA_PUNTAJES, type MgaPuntaje, MGA_SCORES} from "./model/vocabulary.js";
import {rankDescending} from "./rank.js";
import {partialDateBounds} from "./model/dates.js";
import {clave, day, derivedTable, int, MGA_DECIMALS, num, oneOf, text, coded} from "./table-def.js";

/** Where a Métrica value comes from. */
export const MGA_ORIGINS = ["microdatos", "publicado"] as const;

/** Columns of `mga_ediciones`. */
const COLUMNS = [
  int("edicion", "Edición de la Métrica."),
  oneOf("ambito", ["estatal", "federal", "nacional"], "estatal, federal o nacional."),
  clave("Clave INEGI de la entidad; vacía para los ámbitos federal y nacional.", false),
  text("nombre", "Entidad, «Federación» o «Nacional».", true),
  coded("indicador", MGA_SCORES, "ga (Índice de Gobierno Abierto), t, p, tg, tc, pg o pc."),
  num("valor", "El valor (0–1).", MGA_DECIMALS, true),
  oneOf(
    "origen",
    MGA_ORIGINS,
    "microdatos: promedio de los sujetos obligados importados (`mga_sujetos`); publicado: el valor tal como lo publicó una fuente (`mga_reportados`)."
  ),
  int(
    "decimales",
    "Decimales del valor: 4 para los microdatos (los de los promedios publicados); para un valor publicado, los que tiene escritos en el registro (sin ceros finales). Los empates se juzgan a esta precisión."
  ),
  int(
    "posicion",
    "Lugar entre las 32 entidades en la edición y el indicador (1 = más alto; empates a `decimales` comparten lugar); vacío si la edición no tiene el valor de las 32 desde una misma base.",
    false
  ),
  int("entidades_con_dato", "Entidades con un valor de este origen en la edición y el indicador."),
  num("nacional", "El valor nacional de la misma edición, indicador y origen; vacío si no se conoce.", MGA_DECIMALS),
  num("diferencia_nacional", "valor − nacional.", MGA_DECIMALS),
  text(
    "fuentes",
    "Fuentes del valor publicado (`fuente_id`, separadas por «; » cuando varias dan el mismo valor); vacío para los microdatos."
  ),
  text("nota", "Advertencias: de la fuente, o de una edición importada de un archivo parcial."),
  day(
    "publicada_a_mas_tardar",
    "Día a más tardar en que la edición ya estaba publicada: la fecha de la primera fuente fechada del registro que la reporta (el registro no guarda la fecha de publicación de cada edición); vacío si ninguna fuente que la reporta tiene fecha.",
    false
  )
] as const;

/** One row of `mga_ediciones`. */
export type MgaEditionValue = RowOf<typeof COLUMNS>;

/** Decimals written in a published value ("0.40" → 2): the precision at which it can be compared. */
function decimalsOf(value: number, written?: string): number {
  const text = written ?? String(value);
  const dot = text.indexOf(".");
  return dot < 0 ? 0 : text.length - dot - 1;
}

/**
 * The Métrica in every edition with data, labelled with what each value is: the state, federal and
 * national means of the imported microdata (2017: every score, 4 decimals, as the published averages
 * give them) and every score a source published (`mga_reportados`: national results, top-five lists,
 * one state's history…). Published values that several sources give identically are one row with all the
 * sources; different values stay separate rows. A rank (`posicion`) is given only where all 32 states have
 * a value of the same origin in the edition: ranking the five states a note names among themselves would
 * say nothing of the other 27. Ties are judged at the values' precision ({@link rankDescending}). The
 * national value and the difference use the same edition, indicator and origin.
 */
export function mgaEditions(
  registry: Pick<Registry, "entidades" | "mga_sujetos" | "mga_importaciones" | "mga_reportados" | "fuentes">
): MgaEditionValue[] {
  const publishedBy = mgaPublicationBounds(registry);
  const names = new Map(registry.entidades.map((e) => [e.clave_inegi, e.nombre_corto]));
  const rows: MgaEditionValue[] = [];
  for (const r of mgaByState(registry)) {
    for (const indicador of MGA_PUNTAJES) {
      const valor = r[indicador];
      if (valor === null) continue;
      rows.push({
        edicion: r.edicion,
        ambito: r.ambito,
        clave_inegi: r.clave_inegi,
        nombre: r.nombre,
        indicador,
        valor,
        origen: "microdatos",
        decimales: 4,
        posicion: null,
        entidades_con_dato: 0,
        nacional: null,
        diferencia_nacional: null,
        fuentes: null,
        nota: r.nota,
        publicada_a_mas_tardar: publishedBy.get(r.edicion) ?? null
      });
    }
  }
  const published = new Map<string, MgaEditionValue>();
  for (const p of registry.mga_reportados) {
    if (p.indicador === "sujetos_obligados") continue;
    const indicador: MgaPuntaje = p.indicador;
    const key = `${p.edicion}|${p.ambito}|${p.clave_inegi}|${indicador}|${p.valor}`;
    const seen = published.get(key);
    if (seen) {
      seen.fuentes = `${seen.fuentes}; ${p.fuente_id}`;
      if (p.nota && !seen.nota?.includes(p.nota)) seen.nota = seen.nota ? `${seen.nota} ${p.nota}` : p.nota;
      continue;
    }
    const nombre =
      p.ambito === "estatal"
        ? (names.get(p.clave_inegi ?? "") ?? p.clave_inegi ?? "")
        : p.ambito === "federal"
          ? "Federación"
          : "Nacional";
    const row: MgaEditionValue = {
      edicion: p.edicion,
      ambito: p.ambito,
      clave_inegi: p.clave_inegi,
      nombre,
      indicador,
      valor: p.valor,
      origen: "publicado",
      decimales: decimalsOf(p.valor),
      posicion: null,
      entidades_con_dato: 0,
      nacional: null,
      diferencia_nacional: null,
      fuentes: p.fuente_id,
      nota: p.nota,
      publicada_a_mas_tardar: publishedBy.get(p.edicion) ?? null
    };
    published.set(key, row);
    rows.push(row);
  }
  const groups = new Map<string, MgaEditionValue[]>();
  for (const r of rows) {
    const key = `${r.edicion}|${r.indicador}|${r.origen}`;
    const g = groups.get(key);
    if (g) g.push(r);
    else groups.set(key, [r]);
  }
  for (const group of groups.values()) {
    const states = group.filter((r) => r.ambito === "estatal");
    const national = group.find((r) => r.ambito === "nacional") ?? null;
    const complete =
      new Set(states.map((r) => r.clave_inegi)).size === registry.entidades.length &&
      states.length === registry.entidades.length;
    if (complete) {
      const digits = Math.max(...states.map((r) => r.decimales));
      for (const [k, p] of rankDescending(
        states.map((r) => r.valor),
        digits
      ).entries())
        states[k].posicion = p;
    }
    const withData = new Set(states.map((s) => s.clave_inegi)).size;
    for (const r of group) {
      r.entidades_con_dato = withData;
      r.nacional = national?.valor ?? null;
      r.diferencia_nacional = national && r.ambito !== "nacional" ? r.valor - national.valor : null;
    }
  }
  const order = (r: MgaEditionValue) =>
    [
      r.edicion,
      MGA_PUNTAJES.indexOf(r.indicador),
      r.origen === "microdatos" ? 0 : 1,
      r.ambito === "estatal" ? 0 : r.ambito === "federal" ? 1 : 2
    ] as const;
  // Each row's key is built once, not twice per comparison.
  const keys = new Map(rows.map((r) => [r, order(r)] as const));
  return rows.sort((a, b) => {
    const x = keys.get(a)!;
    const y = keys.get(b)!;
    for (let k = 0; k < x.length; k++) if (x[k] !== y[k]) return x[k] - y[k];
    return compareDefault(a.clave_inegi ?? "", b.clave_inegi ?? "");
  });
}

/**
 * The day by which each edition of the Métrica had certainly been published, as far as the registry can
 * tell: the earliest date (last day of a month or year when the source is dated only so far) among the
 * dated sources (`fuentes.fecha`) that report the edition — its imported microdata (`mga_importaciones`)
 * or a published result (`mga_reportados`). The registry records no publication date per edition, so this
 * is an upper bound, never a guess; editions no dated source reports are absent.
 *
 * @example mgaPublicationBounds(registry).get(2021) // "2022-04-19" (El Heraldo de México)
 */
export function mgaPublicationBounds(
  registry: Pick<Registry, "mga_importaciones" | "mga_reportados" | "fuentes">
): Map<number, string> {
  const dated = new Map(
    registry.fuentes.flatMap((f) => (f.fecha ? [[f.fuente_id, partialDateBounds(f.fecha).max] as const] : []))
  );
  const bounds = new Map<number, string>();
  for (const r of [...registry.mga_importaciones, ...registry.mga_reportados]) {
    const day = dated.get(r.fuente_id);
    if (day === undefined) continue;
    const current = bounds.get(r.edicion);
    if (current === undefined || day < current) bounds.set(r.edicion, day);
  }
  return bounds;
}

/** An edition of the Métrica and the day by which it was certainly published (a row of `mga_ediciones` will do). */
export interface MgaEditionDate {
  edicion: number;
  publicada_a_mas_tardar: string | null;
}

/**
 * The edition of the Métrica to show for a view date: the latest edition certainly published on or before
 * `fecha` (its `publicada_a_mas_tardar` ≤ fecha; editions with no such day are never chosen), with a
 * Spanish label. Null before the first edition is known to be out. Rows may repeat an edition (as the
 * rows of `mga_ediciones` do).
 *
 * @example mgaEditionOn(mgaEdiciones, "2020-12-31") // {edicion: 2017, etiqueta: "Métrica de Gobierno Abierto 2017", …}
 */
export function mgaEditionOn(
  editions: readonly MgaEditionDate[],
  fecha: string
): {edicion: number; etiqueta: string; publicada_a_mas_tardar: string} | null {
  let best: {edicion: number; publicada_a_mas_tardar: string} | null = null;
  for (const e of editions) {
    const day = e.publicada_a_mas_tardar;
    if (day === null || day > fecha) continue;
    if (best === null || e.edicion > best.edicion) best = {edicion: e.edicion, publicada_a_mas_tardar: day};
  }
  return best && {...best, etiqueta: `Métrica de Gobierno Abierto ${best.edicion}`};
}

/** The published table `mga_ediciones`. */
export const MGA_EDICIONES = derivedTable({
  name: "mga_ediciones",
  description:
    "La Métrica de Gobierno Abierto en cada edición con datos (2017, 2019, 2021, 2023): cada puntaje por entidad, ámbito federal y nacional, diciendo si viene de los microdatos o de un resultado publicado, con su precisión, su lugar cuando las 32 entidades tienen dato y su diferencia con el valor nacional.",
  columns: COLUMNS,
  compute: mgaEditions,
  metrics: [
    {
      id: "mga_ediciones",
      nombre: "Métrica de Gobierno Abierto en todas las ediciones",
      unidad: "puntaje 0–1",
      descripcion:
        "Los puntajes de la Métrica de cada edición, de los microdatos o tal como se publicaron, con su origen, precisión y lugar.",
      formula:
        "microdatos = promedio simple de los sujetos obligados (como mga_estatal); publicado = el valor de mga_reportados, una fila por valor distinto (las fuentes que dan el mismo valor se juntan). Lugar: sólo si las 32 entidades tienen valor del mismo origen; empates a los decimales del valor. diferencia_nacional = valor − nacional de la misma edición, indicador y origen. publicada_a_mas_tardar = la fecha más temprana de las fuentes fechadas del registro que reportan la edición (cota superior de su publicación); la edición que corresponde a una fecha es la más reciente con publicada_a_mas_tardar ≤ fecha.",
      fuente:
        "CIDE–INAI, Métrica de Gobierno Abierto 2017, 2019, 2021 y 2023 (microdatos de 2017; resultados publicados, tabla mga_reportados).",
      funcion: "mgaEditions / mgaEditionOn"
    }
  ]
});
