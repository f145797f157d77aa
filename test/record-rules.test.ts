import {describe, expect, it} from "vitest";
import {outputTables} from "../loaders/publish/outputs.js";
import {loadRegistry} from "../loaders/registry/registry.js";
import type {Registry} from "../metrics/model/schema.js";
import {TEMA_OF_OGP_TAG, THEMES} from "../metrics/model/vocabulary.js";
import {mutatedRegistry, problemsOf} from "./helpers/registry-fixture.js";

const registry: Registry = await loadRegistry();
const AVANCES_HEADER =
  "avance_id,compromiso_id,fecha_corte,nivel,nivel_desde,nivel_fuente,tipo_evaluador,evaluador,fuente_id,cita\n";

describe("progress ratings (avances) on the real registry", () => {
  it("rate only compromisos the project uses, each with the kind of evaluator and the source's words", () => {
    expect(registry.avances.length).toBe(10);
    const used = new Set(registry.compromisos.map((c) => c.compromiso_id));
    for (const a of registry.avances) {
      expect(used.has(a.compromiso_id), a.avance_id).toBe(true);
      expect(a.nivel_fuente.length, a.avance_id).toBeGreaterThan(5);
    }
    const rating = (id: string) => registry.avances.find((a) => a.avance_id === id)!;
    expect(rating("jal-3-01-eocr")).toMatchObject({
      nivel: "sustancial",
      nivel_desde: "limitado",
      nivel_fuente: "From limited to substantial.",
      tipo_evaluador: "autoevaluacion"
    });
    expect([rating("mex-1-01-eocr").nivel, rating("mex-1-p1-eocr").nivel]).toEqual(["completo", "completo"]);
    // The press note reports the state's report for all six compromisos of Jalisco's first plan: no scale level.
    const jal1 = registry.avances.filter((a) => a.fuente_id === "milenio-2018-gobernador-gobierno-abierto-informe");
    expect(jal1.map((a) => [a.compromiso_id, a.nivel, a.tipo_evaluador])).toEqual(
      [1, 2, 3, 4, 5, 6].map((n) => [`jal-1-0${n}`, null, "informe_estatal"])
    );
    // No compromiso carries a computed percentage.
    expect(registry.compromisos.filter((c) => c.avance !== null)).toEqual([]);
  });

  it("reach the published tables (export and the site's ZIP), with the corrections and the transcriptions", () => {
    const names = outputTables(registry).map((t) => t.name);
    for (const n of ["avances", "correcciones", "transcripciones"]) expect(names).toContain(n);
    expect(outputTables(registry).find((t) => t.name === "avances")!.rows).toHaveLength(10);
  });
});

describe("validation of avances, themes and source addresses", () => {
  it("refuses a rating of a compromiso a decision sets aside, a change of level without its arrival, and a level changed to itself", async () => {
    expect(
      await problemsOf(
        {
          file: "decisiones.csv",
          replace: "razon\n",
          with: "razon\ncoa-1-mismo,compromisos,coa-1-01;coa-1-p1,coa-1-01,Prueba: el mismo compromiso.\n"
        },
        {
          file: "avances.csv",
          replace: AVANCES_HEADER,
          with: `${AVANCES_HEADER}coa-1-p1-a,coa-1-p1,,,,dice que avanzó,prensa,,prueba-nota,c\ncoa-1-01-a,coa-1-01,,,limitado,de limitado a más,prensa,,prueba-nota,c\ncoa-1-01-b,coa-1-01,,limitado,limitado,igual,prensa,,prueba-nota,c\n`
        }
      )
    ).toEqual([
      'avances.csv:2:12 compromiso_id "coa-1-p1" → el compromiso que usa el proyecto (coa-1-01): una decisión deja de lado coa-1-p1 como otro nombre del mismo',
      'avances.csv:3:22 nivel "" → el nivel de llegada, porque nivel_desde da el de partida de un cambio de nivel',
      'avances.csv:4:31 nivel_desde "limitado" → vacío o un nivel distinto de nivel: un cambio va de un nivel a otro'
    ]);
  });

  it("refuses a rating of a compromiso that does not exist, and an evaluator outside the vocabulary", async () => {
    const problems = await problemsOf({
      file: "avances.csv",
      replace: AVANCES_HEADER,
      with: `${AVANCES_HEADER}x-1,coa-9-99,,,,avanzó,opinion,,prueba-nota,c\n`
    });
    expect(problems).toHaveLength(2);
    expect(problems[0]).toBe(
      'avances.csv:2:5 compromiso_id "coa-9-99" → un compromiso_id que exista en compromisos.csv'
    );
    expect(problems[1]).toMatch(/^avances\.csv:2:\d+ tipo_evaluador "opinion" → /);
  });

  it("refuses a theme whose source word does not match, and a source word without theme", async () => {
    expect(await problemsOf({file: "compromisos.csv", replace: "Transparencia,no,", with: "Género,no,"})).toEqual([
      expect.stringMatching(
        /^compromisos\.csv:2:\d+ tema_fuente "Transparencia" → «Gender», la etiqueta de la OGP que el tema «Género» traduce$/
      )
    ]);
    expect(await problemsOf({file: "compromisos.csv", replace: "Transparencia,no,", with: ",no,"})).toEqual([
      'compromisos.csv:2:104 tema "" → el tema del vocabulario que traduce «Transparencia» (columna tema)'
    ]);
  });

  it("refuses a source address without its scheme", async () => {
    expect(await problemsOf({file: "fuentes.csv", replace: "https://ejemplo.o", with: "ejemplo.o"})).toEqual([
      expect.stringMatching(/^fuentes\.csv:4:\d+ url "ejemplo\.org.*" → una dirección web completa, con su esquema/)
    ]);
  });
});

describe("text for readers names no source identifier, file, repository path or commit", () => {
  it("refuses a cita that names a file, one with a repository path, one with a commit hash and one with a source's identifier, each saying what it found", async () => {
    const cite = (text: string) =>
      problemsOf({
        file: "hitos.csv",
        replace: '"""El 9 de marzo de 2015"" (prueba)"',
        with: `"""El 9 de marzo de 2015"" ${text}"`
      });
    expect(await cite("(ver decisiones.csv)")).toEqual([
      expect.stringMatching(
        /^hitos\.csv:2:\d+ cita ".*" → texto para lectores, sin un nombre de archivo \(«decisiones\.csv»\): eso va en fuentes/
      )
    ]);
    expect(await cite("(resources/views/alcance)")).toEqual([
      expect.stringMatching(/cita ".*" → texto para lectores, sin una ruta de repositorio \(«resources\/v»\)/)
    ]);
    expect(await cite("(versión 1ac7e95)")).toEqual([
      expect.stringMatching(/cita ".*" → texto para lectores, sin un hash de commit \(«1ac7e95»\)/)
    ]);
    // A source named by the identifier the project gave it, not by its title.
    expect(await cite("(como dice prueba-nota)")).toEqual([
      expect.stringMatching(/cita ".*" → texto para lectores, sin el identificador de una fuente \(«prueba-nota»\)/)
    ]);
    // A word that merely contains an identifier is not one: the registry stays valid.
    const dir = await mutatedRegistry({
      file: "hitos.csv",
      replace: '"""El 9 de marzo de 2015"" (prueba)"',
      with: '"""El 9 de marzo de 2015"" (una prueba-nota-bene)"'
    });
    expect((await loadRegistry(dir)).hitos.some((h) => h.cita.includes("prueba-nota-bene"))).toBe(true);
  });

  it("leaves the plumbing columns of fuentes alone: the shipped registry, whose sources keep repository paths and commits there, is valid", async () => {
    const registry = await loadRegistry(); // throws if any rule finds a problem
    expect(registry.fuentes.filter((f) => f.ruta !== null && f.commit !== null).length).toBeGreaterThan(10);
    expect(registry.mga_reportados.some((r) => r.cita.startsWith('Fila "4,Mexico,0.44'))).toBe(true);
  });
});

describe("themes come from one Spanish vocabulary", () => {
  it("every theme in the registry is a term of it, with the source's own word beside it", () => {
    const terms = new Set<string>(THEMES.map((t) => t.id));
    const themed = registry.compromisos.filter((c) => c.tema !== null);
    expect(themed.length).toBe(22);
    for (const c of themed) {
      expect(terms.has(c.tema!), c.compromiso_id).toBe(true);
      expect(c.tema_fuente, c.compromiso_id).not.toBeNull();
    }
    expect(TEMA_OF_OGP_TAG.get("Anti-Corruption")).toBe("Anticorrupción");
    expect(registry.compromisos.find((c) => c.compromiso_id === "jal-2-01")).toMatchObject({
      tema: "Anticorrupción",
      tema_fuente: "Anti-Corruption"
    });
    // No English tag is left as a theme.
    expect(themed.filter((c) => TEMA_OF_OGP_TAG.has(c.tema!))).toEqual([]);
  });
});

describe("a national count said by someone other than INAI keeps who said it", () => {
  it("February 2021: 21 STL and 140 compromisos, said by a civil-society speaker", () => {
    const feb2021 = registry.totales_reportados.filter((t) => t.fecha_corte === "2021-02-16");
    expect(feb2021.map((t) => [t.indicador, t.valor])).toEqual([
      ["stl_instalados", 21],
      ["compromisos", 140]
    ]);
    for (const t of feb2021) {
      expect(t.quien_lo_dice).toContain("sociedad civil");
      expect(t.quien_lo_dice).toContain("no es una cifra publicada por el INAI");
    }
  });
});
