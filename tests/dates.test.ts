import { describe, expect, test } from "vitest";
import { formatDay, isIsoCalendarDate, toDay, toIsoDate, weekdayName } from "@/lib/dates";

describe("isIsoCalendarDate", () => {
  test.each([
    ["2021-09-03", true],
    ["2020-02-29", true],
    ["2021-02-29", false],
    ["2021-02-30", false],
    ["2021-13-01", false],
    ["2021-9-3", false],
    ["3 September 2021", false],
    ["", false],
  ])("%s → %s", (value, expected) => {
    expect(isIsoCalendarDate(value)).toBe(expected);
  });
});

describe("formatDay and weekdayName", () => {
  test.each([
    ["2021-08-15", "15 August 2021", "Sunday"],
    ["2021-08-31", "31 August 2021", "Tuesday"],
    ["2021-09-03", "3 September 2021", "Friday"],
    ["2001-09-09", "9 September 2001", "Sunday"],
  ])("%s", (iso, label, weekday) => {
    expect(formatDay(iso)).toBe(label);
    expect(weekdayName(iso)).toBe(weekday);
    expect(toIsoDate(toDay(iso))).toBe(iso);
  });

  test("toDay rejects an impossible day", () => {
    expect(() => toDay("2021-02-30")).toThrow(/Not a calendar day/);
  });

  test("a day asked for again gives the same answer, and an impossible one fails again", () => {
    for (let i = 0; i < 2; i++) {
      expect(isIsoCalendarDate("2021-02-30")).toBe(false);
      expect(() => formatDay("2021-02-30")).toThrow(/Not a calendar day/);
      expect(isIsoCalendarDate("2021-09-04")).toBe(true);
      expect(formatDay("2021-09-04")).toBe("4 September 2021");
    }
  });
});
