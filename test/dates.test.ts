import {describe, expect, it} from "vitest";
import {
  daysInMonth,
  formatInterval,
  intervalPrecision,
  isIsoDay,
  isPartialDate,
  partialDateBounds
} from "../metrics/model/dates.js";

describe("daysInMonth(year, month)", () => {
  it("gives the calendar's days of every month from 1900 to 2100, leap years and centuries included", () => {
    expect([daysInMonth(1900, 2), daysInMonth(2000, 2), daysInMonth(2016, 2), daysInMonth(2015, 2)]).toEqual([
      28, 29, 29, 28
    ]);
    for (let year = 1900; year <= 2100; year++)
      for (let month = 1; month <= 12; month++)
        // Day 0 of the next month is the last day of this one.
        expect(daysInMonth(year, month), `${year}-${month}`).toBe(new Date(Date.UTC(year, month, 0)).getUTCDate());
  });
});

describe("isIsoDay(text)", () => {
  it("accepts real days only", () => {
    expect(["2015-03-09", "2016-02-29", "2015-12-31"].map(isIsoDay)).toEqual([true, true, true]);
    expect(["2015-02-29", "2015-02-30", "2015-13-01", "2015-3-9", "09/03/2015", "2015-03-09 "].map(isIsoDay)).toEqual([
      false,
      false,
      false,
      false,
      false,
      false
    ]);
  });
});

describe("isPartialDate(text) and partialDateBounds(text)", () => {
  it("accepts a year, a month or a day and gives their first and last day", () => {
    expect(partialDateBounds("2016")).toEqual({min: "2016-01-01", max: "2016-12-31"});
    expect(partialDateBounds("2016-02")).toEqual({min: "2016-02-01", max: "2016-02-29"});
    expect(partialDateBounds("2016-09-12")).toEqual({min: "2016-09-12", max: "2016-09-12"});
    expect(["2016-00", "2016-13", "16", "2016-9"].map(isPartialDate)).toEqual([false, false, false, false]);
  });
});

describe("intervalPrecision(min, max) and formatInterval(min, max)", () => {
  it("reads a day, a month, a year, 'no later than' and a free interval", () => {
    const cases: [string | null, string, string, string][] = [
      ["2015-03-09", "2015-03-09", "dia", "9 de marzo de 2015"],
      ["2016-08-01", "2016-08-31", "mes", "agosto de 2016"],
      ["2016-02-01", "2016-02-29", "mes", "febrero de 2016"],
      ["2017-01-01", "2017-12-31", "anio", "2017"],
      [null, "2016-12-31", "a_mas_tardar", "a más tardar el 31 de diciembre de 2016"],
      ["2016-10-16", "2016-10-31", "intervalo", "entre el 16 de octubre de 2016 y el 31 de octubre de 2016"],
      ["2016-08-01", "2016-08-30", "intervalo", "entre el 1 de agosto de 2016 y el 30 de agosto de 2016"]
    ];
    for (const [min, max, precision, text] of cases) {
      expect(intervalPrecision(min, max)).toBe(precision);
      expect(formatInterval(min, max)).toBe(text);
    }
  });
});
