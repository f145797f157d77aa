import {describe, expect, it} from "vitest";
import type {Registry, Row} from "../metrics/model/schema.js";
import type {HitoTipo} from "../metrics/model/vocabulary.js";
import {latestMilestones} from "../metrics/latest-milestone.js";
import {type ResolvedMilestone, resolveMilestones} from "../metrics/resolve-milestones.js";
import {groupByKeys} from "../metrics/group-by.js";
import {discardedIds} from "../metrics/model/decisions.js";
import {loadRegistry} from "../loaders/registry/registry.js";
import {seededRandom} from "../bench/random.js";

const entidad = (clave: string, nombre_corto: string) => ({clave_inegi: clave, nombre_corto}) as Row<"entidades">;
const hito = (
  hito_id: string,
  clave: string,
  ejercicio: number,
  tipo: HitoTipo,
  fecha_min: string | null,
  fecha_max: string,
  fuente_id = "f1"
): Row<"hitos"> => ({hito_id, clave_inegi: clave, ejercicio, tipo, fecha_min, fecha_max, fuente_id, cita: "c"});
const registry = (
  hitos: Row<"hitos">[],
  decisiones: Row<"decisiones">[] = []
): Pick<Registry, "entidades" | "hitos" | "decisiones" | "fuentes"> => ({
  fuentes: [
    {
      fuente_id: "f1",
      tipo: "prensa",
      titulo: "Nota",
      emisor: null,
      fecha: null,
      url: "https://ejemplo.org/n",
      archivo: null,
      titulo_atribuido: false,
      descripcion: null,
      copia: null,
      repositorio: null,
      ruta: null,
      commit: null
    }
  ],
  entidades: [entidad("05", "Coahuila"), entidad("10", "Durango"), entidad("21", "Puebla")],
  hitos,
  decisiones
});

describe("latestMilestones(registry)", () => {
  it("picks the milestone furthest along the process, even when a less advanced one has a later bound", () => {
    const [coahuila] = latestMilestones(
      registry([
        hito("stl-tabla", "05", 1, "instalacion_stl", null, "2016-12-31"),
        hito("pal", "05", 1, "publicacion_pal", "2016-08-04", "2016-08-04"),
        hito("decl", "05", 1, "declaratoria", "2015-03-09", "2015-03-09")
      ])
    );
    expect(coahuila).toMatchObject({
      tipo: "publicacion_pal",
      tipo_texto: "PAL publicado",
      hito_id: "pal",
      precision: "dia",
      fecha_texto: "4 de agosto de 2016",
      fuentes: 1,
      fuente_titulo: "Nota",
      fuente_url: "https://ejemplo.org/n"
    });
  });

  it("prefers a later ejercicio over any stage of an earlier one", () => {
    const [, durango] = latestMilestones(
      registry([
        hito("cierre-1", "10", 1, "cierre", "2017-01-01", "2017-12-31"),
        hito("stl-2", "10", 2, "instalacion_stl", null, "2019-12-31")
      ])
    );
    expect(durango).toMatchObject({
      ejercicio: 2,
      tipo: "instalacion_stl",
      precision: "a_mas_tardar",
      fecha_min: null,
      fecha_max: "2019-12-31"
    });
  });

  it("gives nulls ('sin dato') and zero sources to an entity with no milestone, and keeps entidades order", () => {
    const rows = latestMilestones(registry([]));
    expect(rows.map((r) => r.clave_inegi)).toEqual(["05", "10", "21"]);
    expect(rows[2]).toEqual({
      clave_inegi: "21",
      nombre_corto: "Puebla",
      ejercicio: null,
      tipo: null,
      tipo_texto: null,
      fecha_min: null,
      fecha_max: null,
      precision: null,
      fecha_texto: null,
      fuentes: 0,
      hito_id: null,
      fuente_id: null,
      fuente_titulo: null,
      fuente_url: null,
      cita: null
    });
  });
});

describe("resolveMilestones(registry)", () => {
  it("uses the most precise of agreeing sources and counts them", () => {
    const [m] = resolveMilestones(
      registry([
        hito("mes", "05", 1, "publicacion_pal", "2016-08-01", "2016-08-31", "a"),
        hito("dia", "05", 1, "publicacion_pal", "2016-08-04", "2016-08-04", "b"),
        hito("tarde", "05", 1, "publicacion_pal", null, "2018-01-03", "c")
      ])
    );
    expect(m.hito.hito_id).toBe("dia");
    expect(m.fuentes).toBe(3);
  });

  it("between two 'no later than' bounds, uses the earlier one", () => {
    const [m] = resolveMilestones(
      registry([
        hito("2019", "05", 1, "publicacion_pal", null, "2019-12-31", "a"),
        hito("2016", "05", 1, "publicacion_pal", null, "2016-12-31", "b")
      ])
    );
    expect(m.hito.hito_id).toBe("2016");
  });

  it("drops the rows a decision sets aside", () => {
    const resolved = resolveMilestones(
      registry(
        [
          hito("a", "05", 1, "instalacion_stl", "2015-09-28", "2015-09-28", "x"),
          hito("b", "05", 1, "instalacion_stl", "2015-09-22", "2015-09-22", "y")
        ],
        [{decision_id: "d", tabla: "hitos", ids_en_conflicto: "a;b", id_usado: "a", razon: "r"}]
      )
    );
    expect(resolved.map((m) => [m.hito.hito_id, m.fuentes])).toEqual([["a", 1]]);
  });

  it("uses the most recent occurrence of a kind that can repeat (sensibilización)", () => {
    const [m] = resolveMilestones(
      registry([
        hito("s1", "05", 1, "sensibilizacion", "2015-05-01", "2015-05-31"),
        hito("s2", "05", 1, "sensibilizacion", "2015-07-10", "2015-07-10")
      ])
    );
    expect(m.hito.hito_id).toBe("s2");
  });

  it("returns nothing for no milestones", () => {
    expect(resolveMilestones(registry([]))).toEqual([]);
  });

  it("counts each source once however many rows a milestone has", () => {
    // 20 rows (past the pairwise count) and 3 rows, from 3 and 2 sources.
    const many = Array.from({length: 20}, (_, k) =>
      hito(`m${k}`, "05", 1, "publicacion_pal", null, "2016-12-31", ["a", "b", "c"][k % 3])
    );
    const few = [
      hito("x1", "10", 1, "declaratoria", null, "2016-12-31", "a"),
      hito("x2", "10", 1, "declaratoria", null, "2016-12-31", "b"),
      hito("x3", "10", 1, "declaratoria", null, "2016-12-31", "a")
    ];
    expect(resolveMilestones(registry([...many, ...few])).map((m) => m.fuentes)).toEqual([3, 2]);
  });

  it("on the shipped registry with its rows shuffled, uses the same dates and sources, listed in the order each milestone first appears", async () => {
    const shipped = await loadRegistry();
    const random = seededRandom(18);
    const hitos = [...shipped.hitos];
    for (let k = hitos.length - 1; k > 0; k--) {
      const j = Math.floor(random() * (k + 1));
      [hitos[k], hitos[j]] = [hitos[j], hitos[k]];
    }
    // Rows with the same dates tie, and the first listed is used: compare the dates used, not the row.
    const used = (ms: readonly ResolvedMilestone[]) =>
      ms
        .map(
          (m) =>
            `${m.hito.clave_inegi}|${m.hito.ejercicio}|${m.hito.tipo}|${m.hito.fecha_min}|${m.hito.fecha_max}|${m.fuentes}`
        )
        .sort();
    const shuffled = resolveMilestones({hitos, decisiones: shipped.decisiones});
    expect(used(shuffled)).toEqual(used(resolveMilestones(shipped)));
    // States interleave: the milestones come in the order their first row does (as grouping by the three keys gives).
    const discarded = discardedIds(shipped.decisiones, "hitos");
    const firstSeen = groupByKeys(
      hitos.filter((h) => !discarded.has(h.hito_id)),
      (h) => h.clave_inegi,
      (h) => h.ejercicio,
      (h) => h.tipo
    ).map((rows) => `${rows[0].clave_inegi}|${rows[0].ejercicio}|${rows[0].tipo}`);
    expect(shuffled.map((m) => `${m.hito.clave_inegi}|${m.hito.ejercicio}|${m.hito.tipo}`)).toEqual(firstSeen);
    // 103 milestones from more rows: some milestones have several.
    expect(shuffled.length).toBeGreaterThan(100);
    expect(shipped.hitos.length).toBeGreaterThan(shuffled.length);
  });
});
