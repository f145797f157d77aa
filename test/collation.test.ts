import {describe, expect, it} from "vitest";
import {seededRandom} from "../bench/random.js";
import {compareDefault} from "../metrics/collation.js";

describe("compareDefault(a, b)", () => {
  const collator = new Intl.Collator();

  it("orders keys of digits as the runtime's collator does, at every length (INEGI keys of states and municipios)", () => {
    const random = seededRandom(2015);
    const keys = ["", "0", "00", "01", "1", "10", "100", "09", "9", "99", "32", "05", "01001", "01002", "1000", "2"];
    for (let k = 0; k < 200; k++)
      keys.push(String(Math.floor(random() * 10 ** (1 + (k % 6)))).padStart(1 + (k % 5), "0"));
    const disagreements = keys.flatMap((a) =>
      keys.filter((b) => compareDefault(a, b) !== Math.sign(collator.compare(a, b))).map((b) => `${a} ${b}`)
    );
    expect(disagreements).toEqual([]);
    expect([...keys].sort(compareDefault)).toEqual([...keys].sort(collator.compare));
  });

  it("leaves any other text to the collator (which does not order by character code)", () => {
    for (const [a, b] of [
      ["a", "B"],
      ["é", "f"],
      ["05", "5a"],
      ["Z1", "a1"],
      ["", "a"]
    ])
      expect(compareDefault(a, b), `${a} ${b}`).toBe(collator.compare(a, b));
    expect(compareDefault("a", "B")).toBe(-1); // code units would put "B" first
  });
});
