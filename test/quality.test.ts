import {describe, expect, it} from "vitest";
import type {Row} from "../metrics/model/schema.js";
import {commitmentQuality} from "../metrics/commitment-quality.js";
import {and3, or3, shareBounds} from "../metrics/share-bounds.js";
import {mean} from "../metrics/mean.js";
import {insertSorted, median, medianOfSorted} from "../metrics/median.js";
import {rankDescending} from "../metrics/rank.js";
import {daysBetween} from "../metrics/days-between.js";

const uncoded = {
  calidad_redaccion_clara: null,
  calidad_productos_especificados: null,
  calidad_responsabilidades: null,
  calidad_plazos_coherentes: null,
  relevancia_transparencia: null,
  relevancia_participacion: null,
  relevancia_rendicion_cuentas: null,
  relevancia_innovacion_tecnologica: null,
  relevancia_innovacion_civica: null,
  irm_verificable: null,
  irm_impacto_potencial: null,
  irm_completitud: null
};
const compromiso = (over: Partial<Row<"compromisos">>): Row<"compromisos"> =>
  ({compromiso_id: "x-1-01", clave_inegi: "05", ejercicio: 1, ...uncoded, ...over}) as Row<"compromisos">;

describe("commitmentQuality(compromiso)", () => {
  it("leaves everything unknown for an uncoded compromiso (never zero)", () => {
    expect(commitmentQuality(compromiso({}))).toEqual({
      compromiso_id: "x-1-01",
      clave_inegi: "05",
      ejercicio: 1,
      calidad: null,
      calidad_min: 0,
      calidad_max: 1,
      relevancia: null,
      relevancia_min: 0,
      relevancia_max: 1,
      relevante_ogp: null,
      alta_completitud: null,
      estrella: null
    });
  });

  it("scores a fully coded compromiso exactly, and awards the star when all four IRM conditions hold", () => {
    const q = commitmentQuality(
      compromiso({
        calidad_redaccion_clara: true,
        calidad_productos_especificados: true,
        calidad_responsabilidades: false,
        calidad_plazos_coherentes: true,
        relevancia_transparencia: true,
        relevancia_participacion: false,
        relevancia_rendicion_cuentas: false,
        relevancia_innovacion_tecnologica: true,
        relevancia_innovacion_civica: false,
        irm_verificable: true,
        irm_impacto_potencial: "moderado",
        irm_completitud: "sustancial"
      })
    );
    expect([q.calidad, q.relevancia, q.relevante_ogp, q.alta_completitud, q.estrella]).toEqual([
      0.75,
      0.4,
      true,
      true,
      true
    ]);
  });

  it("denies the star as soon as one condition fails, even with others uncoded", () => {
    expect(commitmentQuality(compromiso({irm_completitud: "limitado"})).estrella).toBe(false);
    expect(commitmentQuality(compromiso({irm_impacto_potencial: "transformador"})).estrella).toBeNull();
  });

  it("does not count innovation alone as OGP relevance", () => {
    expect(
      commitmentQuality(
        compromiso({
          relevancia_transparencia: false,
          relevancia_participacion: false,
          relevancia_rendicion_cuentas: false,
          relevancia_innovacion_tecnologica: true
        })
      ).relevante_ogp
    ).toBe(false);
  });
});

describe("small primitives", () => {
  it("shareBounds, and3, or3 follow three-valued logic", () => {
    expect(shareBounds([true, false, null, true])).toEqual({min: 0.5, max: 0.75, valor: null, codificados: 3});
    expect([
      and3(true, null),
      and3(false, null),
      and3(true, true),
      or3(false, null),
      or3(true, null),
      or3(false, false)
    ]).toEqual([null, false, true, null, true, false]);
  });
  it("mean and median skip null and NaN and return null for nothing", () => {
    expect([mean([0.5, null, 0.3]), mean([]), median([3, null, 1, 2]), median([4, 1, 3, 2]), median([NaN])]).toEqual([
      0.4,
      null,
      2,
      2.5,
      null
    ]);
  });
  it("mean with an accessor reads each item's number, skips null, undefined and NaN, and adds in the order given", () => {
    const rows = [{ga: 0.5}, {ga: null}, {ga: 0.3}, {ga: Number.NaN}, {}] as {ga?: number | null}[];
    expect(mean(rows, (r) => r.ga)).toBe(mean([0.5, null, 0.3]));
    expect(mean(rows.slice(1, 2), (r) => r.ga)).toBeNull();
    // 0.1 + 0.2 + 0.3 and 0.3 + 0.2 + 0.1 differ in the last bit: the order given is the order added.
    const ga = [0.1, 0.2, 0.3].map((v) => ({ga: v}));
    expect(mean(ga, (r) => r.ga)).toBe((0.1 + 0.2 + 0.3) / 3);
    expect(mean([...ga].reverse(), (r) => r.ga)).toBe((0.3 + 0.2 + 0.1) / 3);
  });
  it("a list kept sorted by insertSorted gives, at every step, the median of everything inserted so far", () => {
    const values = [40, 7, 7, 300, -2, 15, 7, 0, 88, 15.5];
    const kept: number[] = [];
    for (let k = 0; k < values.length; k++) {
      insertSorted(kept, values[k]);
      expect(kept).toEqual([...values.slice(0, k + 1)].sort((a, b) => a - b));
      expect(medianOfSorted(kept)).toBe(median(values.slice(0, k + 1)));
    }
    expect(medianOfSorted([])).toBeNull();
  });
  it("rankDescending shares places between ties at 4 decimals", () => {
    expect(rankDescending([0.5, 0.7, 0.50001, null, 0.2])).toEqual([2, 1, 2, null, 4]);
  });
  it("daysBetween bounds the days between two interval dates", () => {
    expect(daysBetween({min: "2015-03-09", max: "2015-03-09"}, {min: "2015-04-10", max: "2015-04-10"})).toEqual({
      min: 32,
      max: 32,
      exacto: 32
    });
    expect(daysBetween({min: "2016-08-01", max: "2016-08-31"}, {min: null, max: "2016-12-31"})).toEqual({
      min: 0,
      max: 152,
      exacto: null
    });
    expect(daysBetween({min: null, max: "2016-12-31"}, {min: "2017-01-10", max: "2017-01-10"})).toEqual({
      min: 10,
      max: null,
      exacto: null
    });
  });
});
