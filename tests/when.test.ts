import { describe, expect, test } from "vitest";
import {
  compareResolvedDates,
  isWhenExpression,
  parseWhen,
  resolveWeekday,
  resolveWhen,
  type ResolvedDate,
} from "@/lib/when";

describe("parseWhen", () => {
  test.each([
    ["1989", { kind: "year", year: 1989 }],
    ["1980s", { kind: "decade", decade: 1980 }],
    ["1996–2001", { kind: "years", from: 1996, to: 2001 }],
    ["1996-2001", { kind: "years", from: 1996, to: 2001 }],
    ["2021-08-15", { kind: "day", date: "2021-08-15" }],
    ["reported", { kind: "reported" }],
    ["2021-09-02 morning", { kind: "day", date: "2021-09-02", part: "morning" }],
    ["Tuesday night", { kind: "weekday", weekday: 2, part: "night", phrase: "Tuesday night" }],
    ["late Monday", { kind: "weekday", weekday: 1, part: "late", phrase: "late Monday" }],
    ["on Wednesday", { kind: "weekday", weekday: 3, phrase: "Wednesday" }],
    ["Thursday morning", { kind: "weekday", weekday: 4, part: "morning", phrase: "Thursday morning" }],
    ["early Tuesday", { kind: "weekday", weekday: 2, part: "early", phrase: "early Tuesday" }],
    ["  Friday ", { kind: "weekday", weekday: 5, phrase: "Friday" }],
  ])("%s", (text, expected) => {
    expect(parseWhen(text)).toEqual(expected);
    expect(isWhenExpression(text)).toBe(true);
  });

  test.each([
    "last week",
    "Tuesday noon",
    "yesterday",
    "2021-02-30",
    "2001–1996",
    "late Monday night",
    "1985s",
    "Septembre 2021",
    "",
  ])("rejects %j", (text) => {
    expect(parseWhen(text)).toBeNull();
    expect(isWhenExpression(text)).toBe(false);
  });
});

describe("resolveWeekday: the most recent such weekday on or before publication", () => {
  // Publication days of the five reports and one more, against every weekday.
  const weekdays = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
  const cases: [string, string[]][] = [
    // published Wednesday 1 September 2021
    [
      "2021-09-01",
      ["2021-08-29", "2021-08-30", "2021-08-31", "2021-09-01", "2021-08-26", "2021-08-27", "2021-08-28"],
    ],
    // published Thursday 2 September 2021
    [
      "2021-09-02",
      ["2021-08-29", "2021-08-30", "2021-08-31", "2021-09-01", "2021-09-02", "2021-08-27", "2021-08-28"],
    ],
    // published Friday 3 September 2021
    [
      "2021-09-03",
      ["2021-08-29", "2021-08-30", "2021-08-31", "2021-09-01", "2021-09-02", "2021-09-03", "2021-08-28"],
    ],
    // published Monday 6 September 2021
    [
      "2021-09-06",
      ["2021-09-05", "2021-09-06", "2021-08-31", "2021-09-01", "2021-09-02", "2021-09-03", "2021-09-04"],
    ],
    // across a year boundary: published Saturday 1 January 2022
    [
      "2022-01-01",
      ["2021-12-26", "2021-12-27", "2021-12-28", "2021-12-29", "2021-12-30", "2021-12-31", "2022-01-01"],
    ],
  ];
  test.each(
    cases.flatMap(([published, days]) =>
      days.map((day, weekday) => [published, weekdays[weekday]!, weekday, day] as const),
    ),
  )("published %s, %s → %s", (published, _name, weekday, expected) => {
    expect(resolveWeekday(published, weekday as 0 | 1 | 2 | 3 | 4 | 5 | 6)).toBe(expected);
  });
});

describe("resolveWhen", () => {
  test.each([
    [
      "Tuesday night",
      "2021-09-03",
      { start: "2021-08-31", part: "night", label: "Tuesday night (31 August 2021)" },
    ],
    [
      "late Monday",
      "2021-09-01",
      { start: "2021-08-30", part: "late", label: "late Monday (30 August 2021)" },
    ],
    ["on Wednesday", "2021-09-03", { start: "2021-09-01", label: "Wednesday (1 September 2021)" }],
    [
      "Thursday morning",
      "2021-09-02",
      { start: "2021-09-02", part: "morning", label: "Thursday morning (2 September 2021)" },
    ],
    ["2021-08-15", "2021-09-06", { start: "2021-08-15", label: "15 August 2021", datetime: "2021-08-15" }],
    [
      "2021-09-02 morning",
      "2021-09-06",
      { start: "2021-09-02", part: "morning", label: "2 September 2021 (morning)" },
    ],
    [
      "1989",
      "2021-09-02",
      { precision: "year", start: "1989-01-01", end: "1989-12-31", label: "1989", datetime: "1989" },
    ],
    [
      "1996–2001",
      "2021-09-02",
      { precision: "years", start: "1996-01-01", end: "2001-12-31", label: "1996–2001", datetime: "1996" },
    ],
    [
      "1980s",
      "2021-09-02",
      { precision: "decade", start: "1980-01-01", end: "1989-12-31", label: "1980s", datetime: "1980" },
    ],
    [
      "reported",
      "2021-09-03",
      { precision: "day", start: "2021-09-03", undated: true, label: "undated; reported 3 September 2021" },
    ],
  ])("%s published %s", (when, published, expected) => {
    expect(resolveWhen(when, published)).toMatchObject(expected);
  });

  test("explicit dates do not depend on the publication date", () => {
    expect(resolveWhen("2021-08-15", "2021-09-01")).toEqual(resolveWhen("2021-08-15", "2030-01-01"));
  });

  test.each(["last night", "Tuesday at dawn", "2021-02-30"])(
    "throws for %j, naming the accepted forms",
    (when) => {
      expect(() => resolveWhen(when, "2021-09-03")).toThrow(/Cannot read the date .*Tuesday night/);
    },
  );
});

describe("compareResolvedDates: sorting with mixed precision", () => {
  const at = (when: string, published = "2021-09-03"): ResolvedDate => resolveWhen(when, published);
  test("a year comes before the dated events of that year, a decade before its years", () => {
    const shuffled = [
      at("2021-08-15"),
      at("2021"),
      at("1989"),
      at("1980s"),
      at("1996–2001"),
      at("2001-09-09"),
    ];
    expect(shuffled.sort(compareResolvedDates).map((d) => d.label)).toEqual([
      "1980s",
      "1989",
      "1996–2001",
      "9 September 2001",
      "2021",
      "15 August 2021",
    ]);
  });

  test("within a day: unnamed part, then early, morning, afternoon, evening, late, night", () => {
    const day = [
      "Thursday night",
      "Thursday",
      "Thursday morning",
      "late Thursday",
      "Thursday evening",
      "early Thursday",
    ];
    expect(
      day
        .map((w) => at(w))
        .sort(compareResolvedDates)
        .map((d) => d.phrase),
    ).toEqual([
      "Thursday",
      "early Thursday",
      "Thursday morning",
      "Thursday evening",
      "late Thursday",
      "Thursday night",
    ]);
  });

  test("is stable: equal dates keep their order", () => {
    const items = ["a", "b", "c"].map((id) => ({ id, date: at("on Wednesday") }));
    expect([...items].sort((x, y) => compareResolvedDates(x.date, y.date)).map((i) => i.id)).toEqual([
      "a",
      "b",
      "c",
    ]);
  });
});

test("an undated statement sorts after everything its report's day dates", () => {
  const published = "2021-09-02";
  const undated = resolveWhen("reported", published);
  for (const when of ["2021-09-02", "2021-09-02 morning", "Thursday night"]) {
    expect(compareResolvedDates(resolveWhen(when, published), undated)).toBeLessThan(0);
  }
});

test("of two dates starting together, the one that ends first comes first", () => {
  const dates = ["1989–1996", "1989"].map((w) => resolveWhen(w, "2021-09-03"));
  expect(dates.sort(compareResolvedDates).map((d) => d.label)).toEqual(["1989", "1989–1996"]);
});
