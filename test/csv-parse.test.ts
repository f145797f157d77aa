import {describe, expect, it} from "vitest";
import {parseCsv} from "../loaders/registry/csv-parse.js";
import {rowsToCsv} from "../metrics/model/csv.js";
import {decodeUtf8} from "../loaders/registry/utf8.js";

describe("parseCsv(text, file)", () => {
  it("reads quoted fields with commas, doubled quotes and line breaks, and CRLF line ends, keeping positions", () => {
    const {records, problems} = parseCsv('a,b\r\n"x, ""y""",2\r\n"línea 1\nlínea 2",3\r\n', "t.csv");
    expect(problems).toEqual([]);
    expect(records.map((r) => r.fields)).toEqual([
      ["a", "b"],
      ['x, "y"', "2"],
      ["línea 1\nlínea 2", "3"]
    ]);
    expect(records.map((r) => r.line)).toEqual([1, 2, 3]);
    expect(records[2].positions).toEqual([
      {line: 3, column: 1},
      {line: 4, column: 10}
    ]);
  });

  it("skips blank lines and reads a last line with no line end", () => {
    expect(parseCsv("a,b\n\n1,2", "t.csv").records.map((r) => [r.line, r.fields])).toEqual([
      [1, ["a", "b"]],
      [3, ["1", "2"]]
    ]);
  });

  it("reports a stray quote inside an unquoted field", () => {
    expect(parseCsv('a,b\n1,dijo "sí"\n', "t.csv").problems[0]).toMatchObject({line: 2, column: 8, value: '"'});
  });
});

describe("decodeUtf8(bytes, file)", () => {
  it("drops a byte-order mark", () => {
    expect(decodeUtf8(new Uint8Array([0xef, 0xbb, 0xbf, 0x61]), "t.csv")).toEqual({text: "a"});
  });
});

describe("rowsToCsv(columns, rows)", () => {
  it("writes nulls as empty, booleans as si/no and quotes what needs it", () => {
    expect(
      rowsToCsv(
        [{name: "a"}, {name: "b"}, {name: "c"}],
        [
          {a: 'dijo "sí", luego', b: true, c: null},
          {a: 3, b: false, c: " x"}
        ]
      )
    ).toBe('a,b,c\n"dijo ""sí"", luego",si,\n3,no," x"\n');
  });
});
