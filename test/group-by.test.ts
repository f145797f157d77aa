import {describe, expect, it} from "vitest";
import {groupBy, groupByKeys} from "../metrics/group-by.js";

describe("groupBy(values, key)", () => {
  it("gives the same groups whether a key's values come in runs or interleaved, keys in order of first appearance", () => {
    const values = ["a1", "a2", "b1", "a3", "c1", "c2", "b2", "a4"];
    const grouped = groupBy(values, (v) => v[0]);
    expect([...grouped]).toEqual([
      ["a", ["a1", "a2", "a3", "a4"]],
      ["b", ["b1", "b2"]],
      ["c", ["c1", "c2"]]
    ]);
  });

  it("keeps the Map's key equality: NaN with NaN, 0 with -0", () => {
    const grouped = groupBy([Number.NaN, 1, Number.NaN, Number.NaN, 0, -0, 0], (v) => v);
    expect([...grouped].map(([k, vs]) => [k, vs.length])).toEqual([
      [Number.NaN, 3],
      [1, 1],
      [0, 3]
    ]);
  });
});

describe("groupByKeys(values, ...keys)", () => {
  it("groups by the combination of keys, in order of first appearance, like groupBy on the joined key", () => {
    const rows = [
      {s: "05", e: 1, v: 1},
      {s: "10", e: 1, v: 2},
      {s: "05", e: 2, v: 3},
      {s: "05", e: 1, v: 4},
      {s: "10", e: 1, v: 5}
    ];
    const groups = groupByKeys(
      rows,
      (r) => r.s,
      (r) => r.e
    );
    expect(groups.map((g) => g.map((r) => r.v))).toEqual([[1, 4], [2, 5], [3]]);
    expect(groups.map((g) => g.map((r) => r.v))).toEqual(
      [...groupBy(rows, (r) => `${r.s}|${r.e}`).values()].map((g) => g.map((r) => r.v))
    );
  });

  it("adds runs of values with the same keys to one group, and a run that comes back to its earlier group", () => {
    const rows = ["05|1|a", "05|1|b", "05|1|c", "05|2|d", "05|2|e", "05|1|f", "NaN|1|g", "NaN|1|h", "10|1|i"].map(
      (s) => {
        const [state, ejercicio, v] = s.split("|");
        return {state: state === "NaN" ? Number.NaN : state, ejercicio: Number(ejercicio), v};
      }
    );
    const groups = groupByKeys(
      rows,
      (r) => r.state,
      (r) => r.ejercicio
    );
    expect(groups.map((g) => g.map((r) => r.v).join(""))).toEqual(["abcf", "de", "gh", "i"]);
  });
});
