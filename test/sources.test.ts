import {readFileSync} from "node:fs";
import {describe, expect, it} from "vitest";
import {dictionaryRows, outputTables} from "../loaders/publish/outputs.js";
import {loadRegistry} from "../loaders/registry/registry.js";
import {SCHEMA, type Registry, type TableName} from "../metrics/model/schema.js";
import {readerQuote, sourceCitation} from "../metrics/source-citation.js";
import {normalizeText, quotedPassages} from "./helpers/quotes.js";

const SEEDS = new URL("../data/archivo/semillas/", import.meta.url).pathname;
const registry: Registry = await loadRegistry();
const seedText = (archivo: string) => normalizeText(readFileSync(`${SEEDS}${archivo}`, "utf8"));
const FACT_TABLES = [
  "hitos",
  "estatus_reportados",
  "compromisos",
  "totales_reportados",
  "stl_integrantes",
  "metas",
  "casos",
  "casos_cifras"
] as const;

/** The key of a row as `transcripciones.fila` writes it: the values of the table's key joined by " | ". */
const keyOf = (table: TableName, row: Record<string, unknown>) =>
  SCHEMA[table].key.map((c) => String(row[c])).join(" | ");
const transcribed = new Map(
  registry.transcripciones.map((t) => [`${t.tabla}\u0000${t.fila}\u0000${t.columna}`, t.transcripcion])
);
/**
 * A text cell as the source's transcription gave it: the raw OCR recorded in `transcripciones` when the
 * registry shows the reading of the document, else the cell itself.
 */
const asTranscribed = (table: TableName, row: Record<string, unknown>, column: string): string | null =>
  transcribed.get(`${table}\u0000${keyOf(table, row)}\u0000${column}`) ?? (row[column] as string | null);

/**
 * Every (source, cita) pair of the registry that quotes a source, including the optional ones of `planes`,
 * with the cita as transcribed (the raw OCR text is what the archived seed holds).
 */
function citedPairs(): {table: string; fuente_id: string | null; cita: string | null}[] {
  const pairs: {table: string; fuente_id: string | null; cita: string | null}[] = [];
  for (const table of FACT_TABLES)
    for (const row of registry[table] as unknown as Record<string, unknown>[])
      pairs.push({table, fuente_id: row.fuente_id as string, cita: asTranscribed(table, row, "cita")});
  for (const p of registry.planes) {
    pairs.push({table: "planes", fuente_id: p.fuente_id, cita: asTranscribed("planes", p, "cita")});
    pairs.push({table: "planes", fuente_id: p.fuente_id_nombre, cita: asTranscribed("planes", p, "cita_nombre")});
  }
  return pairs;
}

describe("every quotation the registry attributes to a seed", () => {
  const seeds = registry.fuentes.filter((f) => f.tipo === "semilla");

  it("names the five seed documents by file", () => {
    expect(seeds.map((f) => [f.fuente_id, f.archivo]).sort()).toEqual([
      ["semilla-000", "000_7718503c7f34a26a.txt"],
      ["semilla-001", "001_a2f48bcef6f57d15.txt"],
      ["semilla-002", "002_5639089a29424ec3.txt"],
      ["semilla-003", "003_32ba481f26f9035b.txt"],
      ["semilla-004", "004_4fa3f5f5453ded42.txt"]
    ]);
  });

  it("stands in that seed word for word (white space aside)", () => {
    const texts = new Map(seeds.map((f) => [f.fuente_id, seedText(f.archivo!)]));
    const missing: string[] = [];
    let checked = 0;
    for (const {table, fuente_id, cita} of citedPairs()) {
      const text = fuente_id === null ? undefined : texts.get(fuente_id);
      if (!text || cita === null) continue;
      const passages = quotedPassages(cita);
      if (passages.length === 0) missing.push(`${table}: sin cita textual: ${cita}`);
      for (const p of passages) {
        checked++;
        if (!text.includes(p)) missing.push(`${table} ${fuente_id}: ${p}`);
      }
    }
    expect(missing).toEqual([]);
    expect(checked).toBeGreaterThan(150);
  });
});

describe("the words the registry gives as a seed's own", () => {
  it("targets (metas.descripcion) and good practices (casos: problema, solucion, beneficios) stand in their seed word for word", () => {
    const texts = new Map(
      registry.fuentes.filter((f) => f.tipo === "semilla").map((f) => [f.fuente_id, seedText(f.archivo!)])
    );
    const missing: string[] = [];
    const rows = [
      ...registry.metas.map((m) => ({
        id: m.meta_id,
        fuente_id: m.fuente_id,
        words: [asTranscribed("metas", m, "descripcion")!]
      })),
      ...registry.casos.map((c) => ({
        id: c.caso_id,
        fuente_id: c.fuente_id,
        words: (["problema", "solucion", "beneficios"] as const).map((k) => asTranscribed("casos", c, k)!)
      }))
    ];
    for (const r of rows) {
      const text = texts.get(r.fuente_id);
      if (!text) continue;
      for (const w of r.words) if (!text.includes(normalizeText(w))) missing.push(`${r.id}: ${w}`);
    }
    expect(missing).toEqual([]);
    expect(rows.length).toBe(11);
  });
});

const hito = (id: string) => registry.hitos.find((h) => h.hito_id === id);
const total = (fuente: string, indicador: string) =>
  registry.totales_reportados.find((t) => t.fuente_id === fuente && t.indicador === indicador)?.valor;

describe("a sample of facts, checked against each seed by hand", () => {
  it("seed 000 (Coahuila, second exercise): STL installed on 9 April 2019, 2nd PAL adopted on 26 February 2020", () => {
    expect(seedText("000_7718503c7f34a26a.txt")).toContain(
      "El 9 de abril de 2019, se realiz6 la instalacion del Secretariado Técnico para el segundo ejercicio local"
    );
    expect(
      registry.hitos
        .filter(
          (h) =>
            h.fuente_id === "semilla-000" && h.clave_inegi === "05" && h.ejercicio === 2 && h.tipo === "instalacion_stl"
        )
        .map((h) => [h.fecha_min, h.fecha_max])
    ).toEqual([["2019-04-09", "2019-04-09"]]);
    expect(
      registry.hitos
        .filter((h) => h.fuente_id === "semilla-000" && h.ejercicio === 2 && h.tipo === "publicacion_pal")
        .map((h) => h.fecha_max)
    ).toEqual(["2020-02-26"]);
  });

  it("seed 001 (Coahuila 2015–2017): STL on 28 September 2015; PAL of 6 compromisos plus 1 proactive", () => {
    expect(hito("coa-1-instalacion_stl-semilla001")).toMatchObject({fecha_min: "2015-09-28", fecha_max: "2015-09-28"});
    const first = registry.compromisos.filter(
      (c) => c.clave_inegi === "05" && c.ejercicio === 1 && c.fuente_id === "semilla-001"
    );
    expect([
      first.filter((c) => c.proactivo === false).length,
      first.filter((c) => c.proactivo === true).length
    ]).toEqual([6, 1]);
  });

  it("seed 002 (2016 proposal): 23 states, 11 STL, 7 PAL, 43 compromisos; G15 and G16 tables as reported", () => {
    expect(
      ["estados_participantes", "stl_instalados", "pal_publicados", "compromisos"].map((i) => total("semilla-002", i))
    ).toEqual([23, 11, 7, 43]);
    const status = (clave: string) =>
      registry.estatus_reportados.find((s) => s.clave_inegi === clave && s.fuente_id === "semilla-002");
    expect([status("10")?.fase, status("30")?.fase, status("32")?.fase, status("19")?.fase]).toEqual([
      "Cierre de ciclo",
      "Evaluación preliminar",
      "Seguimiento PAL",
      "Sensibilización"
    ]);
    expect(registry.estatus_reportados.filter((s) => s.fuente_id === "semilla-002")).toHaveLength(23);
    const groups = registry.entidades.filter((e) => e.fuente_id_grupo_inai === "semilla-002");
    expect([
      groups.filter((e) => e.grupo_inai === "G15").length,
      groups.filter((e) => e.grupo_inai === "G16").length
    ]).toEqual([13, 10]);
  });

  it("seed 002: the targets for the first quarter of 2017, by group, with the states each names", () => {
    const states = (meta: string) =>
      registry.metas_entidades
        .filter((m) => m.meta_id === meta)
        .map((m) => `${m.clave_inegi}:${m.tipo}`)
        .sort();
    expect(registry.metas.map((m) => [m.meta_id, m.grupo, m.fecha_min, m.fecha_max])).toEqual([
      ["g15-lanzamiento-pal-2017t1", "G15", "2017-01-01", "2017-03-31"],
      ["g15-instalacion-stl-2017t1", "G15", "2017-01-01", "2017-03-31"],
      ["g16-intercambio-2017t1", "G16", "2017-01-01", "2017-03-31"],
      ["g16-visitas-2017t1", "G16", "2017-01-01", "2017-03-31"],
      ["faltantes-declaratoria-2017t1", "faltantes", "2017-01-01", "2017-03-31"]
    ]);
    expect(seedText("002_5639089a29424ec3.txt")).toContain("Compromiso para el Primer Trimestre del afio 2017");
    // San Luis Potosí, Baja California, Jalisco launch their PAL; Hidalgo, Chiapas, Tabasco install their STL.
    expect(states("g15-lanzamiento-pal-2017t1")).toEqual([
      "02:publicacion_pal",
      "14:publicacion_pal",
      "24:publicacion_pal"
    ]);
    expect(states("g15-instalacion-stl-2017t1")).toEqual([
      "07:instalacion_stl",
      "13:instalacion_stl",
      "27:instalacion_stl"
    ]);
    // The nine states still to sign: Aguascalientes, BCS, Colima, Guanajuato, Nayarit, Puebla, Quintana Roo, Tamaulipas, Yucatán.
    expect(states("faltantes-declaratoria-2017t1").map((s) => s.slice(0, 2))).toEqual([
      "01",
      "03",
      "06",
      "11",
      "18",
      "21",
      "23",
      "28",
      "31"
    ]);
    expect(states("g16-intercambio-2017t1")).toEqual([]);
  });

  it("seed 003: six good practices (Durango, Campeche, Jalisco, Veracruz, Oaxaca, Zacatecas) and their three figures", () => {
    expect(registry.casos.map((c) => [c.caso_id, c.clave_inegi, c.compromiso_id])).toEqual([
      ["dur-ladrilleras", "10", "dur-1-02"],
      ["cam-inscripciones", "04", "cam-1-02"],
      ["jal-regina", "14", "jal-1-02"],
      ["ver-bachilleratos", "30", "ver-1-06"],
      ["oax-presupuesto-ciudadano", "20", null],
      ["zac-codigo-urbano", "32", "zac-1-05"]
    ]);
    expect(registry.casos_cifras.map((c) => [c.caso_id, c.valor])).toEqual([
      ["cam-inscripciones", 96],
      ["jal-regina", 41],
      ["ver-bachilleratos", 1437]
    ]);
    const text = seedText("003_32ba481f26f9035b.txt");
    for (const s of [
      "96% de efectividad en las inscripciones en línea",
      "41 empresas u organizaciones reconocidas como igualitarias",
      "1,437 personas han utilizado la información del sitio"
    ])
      expect(text).toContain(s);
  });

  it("planes: one per published PAL; Jalisco's first reports 7 compromisos where the record holds 6 titles", () => {
    expect(registry.planes).toHaveLength(20);
    const plan = (id: string) => registry.planes.find((p) => p.plan_id === id)!;
    expect([
      plan("jal-1").compromisos_reportados,
      registry.compromisos.filter((c) => c.clave_inegi === "14" && c.ejercicio === 1).length
    ]).toEqual([7, 6]);
    expect([
      plan("coa-1").compromisos_reportados,
      plan("coa-1").proactivos_reportados,
      plan("coa-1").fuente_id
    ]).toEqual([6, 1, "semilla-000"]);
    expect([plan("mor-1").compromisos_reportados, plan("mor-1").proactivos_reportados]).toEqual([6, 2]);
    expect(plan("tab-1")).toMatchObject({nombre: null, compromisos_reportados: null, fuente_id: null});
  });

  it("seed 003 (INAI at the 2019 OGP summit): 29 states, 19 STL, 14 PAL, 90 compromisos; Puebla, Tamaulipas and Yucatán not listed", () => {
    expect(
      ["estados_participantes", "stl_instalados", "pal_publicados", "compromisos"].map((i) => total("semilla-003", i))
    ).toEqual([29, 19, 14, 90]);
    expect(registry.entidades.filter((e) => e.participa === false).map((e) => e.nombre_corto)).toEqual([
      "Puebla",
      "Tamaulipas",
      "Yucatán"
    ]);
    expect(registry.entidades.filter((e) => e.participa === true)).toHaveLength(29);
    expect(registry.hitos.filter((h) => h.fuente_id === "semilla-003" && h.tipo === "publicacion_pal")).toHaveLength(
      14
    );
  });

  it("seed 004 (Durango's third PAL): joint Declaratoria on 15 December 2020; 10 compromisos", () => {
    expect(seedText("004_4fa3f5f5453ded42.txt")).toContain(
      "el 15 de diciembre de 2020, el Gobierno del Estado y los ayuntamientos de Durango, Gómez Palacio y Tepehuanes"
    );
    expect(hito("dur-3-declaratoria-semilla004")).toMatchObject({
      clave_inegi: "10",
      ejercicio: 3,
      fecha_min: "2020-12-15",
      fecha_max: "2020-12-15"
    });
    expect(registry.compromisos.filter((c) => c.fuente_id === "semilla-004" && c.ejercicio === 3)).toHaveLength(10);
  });
});

describe("a reader can follow every citation", () => {
  const ROOT = new URL("../", import.meta.url).pathname;
  const WORKING_FILES = /shared\/|facts\.md|states\.md|more-facts|\(vía |; vía /;

  it("no cell of any published table — the registry's, the derived ones, the catalogue, the dictionary — refers to the project's working files", () => {
    const found: string[] = [];
    const tables = outputTables(registry);
    const dictionary = dictionaryRows(tables);
    for (const [table, rows] of [
      ...tables.map((t) => [t.name, t.rows] as const),
      ["diccionario", dictionary] as const
    ]) {
      for (const row of rows as Record<string, unknown>[]) {
        for (const [column, value] of Object.entries(row)) {
          if (typeof value === "string" && WORKING_FILES.test(value)) found.push(`${table}.${column}: ${value}`);
        }
      }
    }
    expect(found).toEqual([]);
  });

  it("every source has a web address a reader can open, and repository paths and commits stay in their own fields", () => {
    for (const f of registry.fuentes) {
      if (f.url !== null) expect(f.url, f.fuente_id).toMatch(/^https?:\/\/[^\s/]+\.[^\s/]+/);
      else expect(f.archivo, f.fuente_id).not.toBeNull();
      if (f.repositorio !== null) {
        expect(f.url, f.fuente_id).toContain(`https://github.com/${f.repositorio}/blob/`);
        expect(f.url, f.fuente_id).toContain(f.ruta!);
      }
    }
    expect(registry.fuentes.filter((f) => f.repositorio === "GobiernoFacil/agentes-v2").length).toBeGreaterThan(15);
    // What a reader sees — titles, descriptions, publishers and every quotation — names no file path or commit.
    const REPOSITORY_TEXT = /\.blade\.php|resources\/views|\bcommit [0-9a-f]{7,40}\b|\b[0-9a-f]{40}\b/;
    const shown: string[] = [];
    for (const f of registry.fuentes)
      for (const text of [f.titulo, f.descripcion, f.emisor]) if (text && REPOSITORY_TEXT.test(text)) shown.push(text);
    for (const {cita} of citedPairs()) if (cita && REPOSITORY_TEXT.test(cita)) shown.push(cita);
    expect(shown).toEqual([]);
  });

  it("each archived copy named in fuentes.copia is in the project", () => {
    const copies = registry.fuentes.filter((f) => f.copia !== null);
    expect(copies.map((f) => f.fuente_id).sort()).toEqual([
      "mga2017-bso",
      "semilla-000",
      "semilla-001",
      "semilla-002",
      "semilla-003",
      "semilla-004"
    ]);
    for (const f of copies) expect(readFileSync(`${ROOT}${f.copia}`).length, f.copia!).toBeGreaterThan(0);
  });
});

describe("a source cited as a reader can find it (sourceCitation)", () => {
  const byId = new Map(registry.fuentes.map((f) => [f.fuente_id, f]));
  const cite = (id: string) => sourceCitation(byId.get(id)!);

  it("a repository file: the repository named and linked at its commit, path and commit only in the technical detail", () => {
    const c = cite("agentes-v2-alcance-morelos");
    expect(c.donde).toEqual({
      texto: "repositorio público GobiernoFacil/agentes-v2 en GitHub",
      enlace: expect.stringMatching(/^https:\/\/github\.com\/GobiernoFacil\/agentes-v2\/blob\/1ac7e955/)
    });
    expect(c.copia_archivada).toBeNull();
    expect(c.tecnico.map((t) => t.etiqueta)).toEqual([
      "Identificador en el registro",
      "Dirección completa",
      "Repositorio",
      "Ruta en el repositorio",
      "Commit"
    ]);
    expect(c.tecnico.find((t) => t.etiqueta === "Commit")?.valor).toBe("1ac7e95580d5448f98604bc7ac390aa1b35d8f70");
  });

  it("a web page: its address, and a search for archived copies", () => {
    const c = cite("eluniversal-2018-01-03");
    expect(c).toMatchObject({emisor: "El Universal (Alberto Morales)", fecha: "2018-01-03", titulo_atribuido: false});
    expect(c.donde.enlace).toBe("http://www.pressreader.com/mexico/el-universal/20180103/281663960392291");
    expect(c.donde.texto).toBe(c.donde.enlace);
    expect(c.copia_archivada).toBe(`https://web.archive.org/web/*/${c.donde.enlace}`);
  });

  it("a seed document with no public address: says the project keeps a copy; file and copy only in the technical detail", () => {
    const c = cite("semilla-002");
    expect(c.donde).toEqual({texto: "documento sin dirección pública; el proyecto guarda una copia", enlace: null});
    expect(c.titulo_atribuido).toBe(true);
    expect(c.tecnico.map((t) => t.valor)).toEqual([
      "semilla-002",
      "002_5639089a29424ec3.txt",
      "data/archivo/semillas/002_5639089a29424ec3.txt"
    ]);
    // Nothing of the plumbing leaks into what is read first.
    for (const f of registry.fuentes) {
      const {donde, titulo, emisor} = sourceCitation(f);
      expect(`${emisor ?? ""} ${titulo} ${donde.enlace ? "" : donde.texto}`, f.fuente_id).not.toMatch(
        /\.(csv|txt|php)\b|data\//
      );
    }
  });
});

describe("a recorded quote as a reader reads it (readerQuote)", () => {
  it("shows the recorder's straight pairs as «…», once, and leaves the document's own marks and the record alone", () => {
    const hito = registry.hitos.find((h) => h.hito_id === "dur-1-instalacion_stl-semilla002")!;
    expect(readerQuote(hito.cita)).toBe(
      "Tabla INAI «Estatus de los ejercicios» G15, fila: «Durango ✓ ✓ ● Cierre de ciclo» — marca («✓») en la columna INSTALACIÓN STL; documento de 2016: a más tardar en 2016"
    );
    // The record keeps its straight marks: only the display changes.
    expect(hito.cita).toContain('"Estatus de los ejercicios"');
    expect(readerQuote('"Proporcionar … gas “shale”"; nota 3')).toBe("«Proporcionar … gas “shale”»; nota 3");
    // A passage wholly in the document's own marks gets one pair; a quote inside a passage keeps them.
    expect(readerQuote('el programa es "“Caravans for Everyday Justice”"')).toBe(
      "el programa es «Caravans for Everyday Justice»"
    );
    expect(readerQuote('"“Círculos restaurativos”, del Poder Judicial"')).toBe(
      "«“Círculos restaurativos”, del Poder Judicial»"
    );
    // An odd count cannot be paired: shown as recorded.
    expect(readerQuote('fila: "Durango ✓')).toBe('fila: "Durango ✓');
    // No recorded quote is left with a straight mark once shown, and none starts inside two pairs of marks.
    const citas = [...registry.hitos, ...registry.compromisos, ...registry.estatus_reportados].map((r) => r.cita);
    for (const c of citas.filter((c): c is string => typeof c === "string" && c.length > 0)) {
      expect(readerQuote(c), c).not.toContain('"');
      expect(readerQuote(c), c).not.toMatch(/«“[^“”«»]*”»|^«[«"]/);
    }
  });
});
