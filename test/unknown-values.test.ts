import {describe, expect, it} from "vitest";
import {loadRegistry} from "../loaders/registry/registry.js";
import {mgaEditionOn, mgaEditions, mgaPublicationBounds} from "../metrics/mga-editions.js";
import {INDICADORES_ESTATALES, type stateProgress} from "../metrics/progress.js";
import {referenceValue} from "../metrics/reference-value.js";

const registry = await loadRegistry();

describe("indicadores_estatales: unknown is never zero", () => {
  const rows = INDICADORES_ESTATALES.compute(registry) as ReturnType<typeof stateProgress>;
  const COUNTS = [
    "declaratoria_firmada",
    "stl_instalado",
    "pal_publicados",
    "ciclos_completados",
    "compromisos",
    "compromisos_sin_proactivos"
  ] as const;

  it("leaves Baja California Sur and Nayarit empty on every date (no source places them), instead of drawing them as 0", () => {
    const theirs = rows.filter((r) => r.clave_inegi === "03" || r.clave_inegi === "18");
    expect(theirs.length).toBeGreaterThan(10);
    for (const r of theirs) for (const c of COUNTS) expect(r[c], `${r.clave_inegi} ${r.fecha} ${c}`).toBeNull();
  });

  it("keeps known zeros: states recorded as not taking part, and states whose every milestone is later than the date", () => {
    const at = (clave: string, fecha: string) => rows.find((r) => r.clave_inegi === clave && r.fecha === fecha)!;
    expect(at("28", "2018-12-31")).toMatchObject({pal_publicados: 0, declaratoria_firmada: false, compromisos: 0});
    expect(at("01", "2016-12-31")).toMatchObject({pal_publicados: 0, declaratoria_firmada: false});
    expect(at("05", "2018-12-31")).toMatchObject({pal_publicados: 1, declaratoria_firmada: true});
  });

  it("is null for a count exactly where the row is null for all of them (one rule: the state cannot be placed)", () => {
    for (const r of rows) expect(new Set(COUNTS.map((c) => r[c] === null)).size, `${r.clave_inegi} ${r.fecha}`).toBe(1);
  });

  it("gives /comparar a reference over the states with data only, never the selected state's own value", () => {
    const cut = rows.filter((r) => r.fecha === "2018-12-31");
    const pal = referenceValue(
      cut.map((r) => ({clave_inegi: r.clave_inegi, valor: r.pal_publicados})),
      {exclude: "05"}
    );
    const known = cut.filter((r) => r.pal_publicados !== null && r.clave_inegi !== "05");
    expect(pal.n).toBe(known.length);
    expect(pal.n).toBe(29);
    expect(pal.valor).toBeCloseTo(known.reduce((a, r) => a + r.pal_publicados!, 0) / known.length, 12);
    // Fojas: only Coahuila reports them; with Coahuila selected there is no reference at all.
    const fojas = cut.map((r) => ({clave_inegi: r.clave_inegi, valor: r.fojas}));
    expect(fojas.filter((f) => f.valor !== null).map((f) => f.clave_inegi)).toEqual(["05"]);
    expect(referenceValue(fojas, {exclude: "05"})).toEqual({
      valor: null,
      n: 0,
      estadistico: "media",
      etiqueta: "sin otras entidades con dato"
    });
  });
});

describe("referenceValue(values, {exclude, estadistico})", () => {
  const v = [
    {clave_inegi: "01", valor: 1},
    {clave_inegi: "02", valor: null},
    {clave_inegi: "03", valor: 3},
    {clave_inegi: "04", valor: 10},
    {clave_inegi: "05", valor: Number.NaN}
  ];
  it("averages (or takes the median of) the values present, says n, and leaves out the excluded states", () => {
    expect(referenceValue(v)).toEqual({
      valor: 14 / 3,
      n: 3,
      estadistico: "media",
      etiqueta: "promedio de 3 entidades con dato"
    });
    expect(referenceValue(v, {estadistico: "mediana"})).toMatchObject({valor: 3, n: 3});
    expect(referenceValue(v, {exclude: ["04", "03"]})).toEqual({
      valor: 1,
      n: 1,
      estadistico: "media",
      etiqueta: "promedio de 1 entidad con dato (sin la seleccionada)"
    });
    expect(referenceValue([])).toMatchObject({valor: null, n: 0, etiqueta: "sin entidades con dato"});
  });
});

describe("mgaEditionOn(editions, fecha): the Métrica follows the chosen date", () => {
  const editions = mgaEditions(registry);
  it("bounds each edition's publication by the earliest dated source of the registry that reports it", () => {
    expect(Object.fromEntries(mgaPublicationBounds(registry))).toEqual({
      2017: "2019-08-09",
      2019: "2025-02-28",
      2021: "2022-04-19",
      2023: "2024-03-05"
    });
    expect(new Set(editions.filter((e) => e.edicion === 2021).map((e) => e.publicada_a_mas_tardar))).toEqual(
      new Set(["2022-04-19"])
    );
  });
  it("takes the latest edition certainly out by the date, none before the first", () => {
    expect(mgaEditionOn(editions, "2019-08-08")).toBeNull();
    expect(mgaEditionOn(editions, "2019-08-09")).toEqual({
      edicion: 2017,
      etiqueta: "Métrica de Gobierno Abierto 2017",
      publicada_a_mas_tardar: "2019-08-09"
    });
    expect(mgaEditionOn(editions, "2022-12-31")?.edicion).toBe(2021);
    expect(mgaEditionOn(editions, "2024-05-02")?.edicion).toBe(2023);
    expect(mgaEditionOn([{edicion: 2030, publicada_a_mas_tardar: null}], "2031-01-01")).toBeNull();
  });
});
