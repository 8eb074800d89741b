import { describe, expect, test } from "vitest";
import { sortEvents } from "@/lib/chronology";
import { resolveWhen } from "@/lib/when";

const at = (when: string) => resolveWhen(when, "2021-09-03");

describe("sortEvents", () => {
  test.each<[string, string[], string[]]>([
    ["by start day", ["2021-09-01", "1989", "Tuesday night"], ["1989", "Tuesday night", "2021-09-01"]],
    ["of two starting the same day, the one that ends first", ["1980s", "1980"], ["1980", "1980s"]],
    [
      "a day before its parts, the parts in the order of the day",
      ["2021-09-02 morning", "2021-09-02", "2021-09-02 evening"],
      ["2021-09-02", "2021-09-02 morning", "2021-09-02 evening"],
    ],
    [
      "equal dates keep their data order",
      ["Tuesday night", "2021-08-31 night"],
      ["Tuesday night", "2021-08-31 night"],
    ],
  ])("%s", (_label, whens, expected) => {
    const events = whens.map((when) => ({ when, date: at(when) }));
    expect(sortEvents(events).map((e) => e.when)).toEqual(expected);
  });

  test("leaves its input in place", () => {
    const events = [{ date: at("2021") }, { date: at("1989") }];
    sortEvents(events);
    expect(events.map((e) => e.date.start)).toEqual(["2021-01-01", "1989-01-01"]);
  });
});
