/**
 * The pure parts of the import, table by table: reading the input bytes, date candidates,
 * credits, names, slugs and event suggestions.
 */
import { describe, expect, test } from "vitest";
import {
  corpusPeriod,
  explicitCandidates,
  findExplicitDates,
  findWeekdayPhrases,
  weekdayCandidates,
} from "@/lib/import/dates";
import { decodeSource, ImportError, sourceKind } from "@/lib/import/input";
import { findCredits, findNames, possibleAliasOf, toDo } from "@/lib/import/scaffold";
import { slugFrom } from "@/lib/import/run";
import { suggestEvents } from "@/lib/import/checklist";
import { createMentionFinder } from "@/lib/mentions";

const PERIOD = { start: "2021-08-25", end: "2021-09-13" };
const bytes = (text: string) => new TextEncoder().encode(text);

describe("reading the input", () => {
  test.each([
    ["page.html", "html"],
    ["page.HTM", "html"],
    ["page.txt", "text"],
  ])("%s is read as %s", (name, kind) => expect(sourceKind(name)).toBe(kind));

  test.each<[string, Uint8Array, RegExp]>([
    ["empty", new Uint8Array(), /is empty/],
    ["white space only", bytes(" \n\t\r\n"), /is empty/],
    ["a NUL byte", new Uint8Array([0x41, 0, 0x42]), /is a binary file/],
    ["UTF-16", new Uint8Array([0xff, 0xfe, 0x41, 0]), /is a binary file/],
    ["Latin-1", new Uint8Array([0x43, 0x61, 0x66, 0xe9]), /is not UTF-8 text/],
  ])("%s is refused", (_name, input, message) => {
    expect(() => decodeSource(input, "f.txt")).toThrow(ImportError);
    expect(() => decodeSource(input, "f.txt")).toThrow(message);
  });

  test("UTF-8 text is decoded as is", () =>
    expect(decodeSource(bytes("Café “quoted”"), "f.txt")).toBe("Café “quoted”"));
});

describe("date candidates", () => {
  test.each([
    ["3rd September 2021", "2021-09-03", false],
    ["Monday, Aug. 30, 2021.", "2021-08-30", false],
    ["on 6 September, 2021.", "2021-09-06", false],
    ["on September 2.", "2021-09-02", true],
    ["Sept 1, 2021", "2021-09-01", false],
  ])("%j is %s", (text, date, yearAssumed) => {
    expect(findExplicitDates(text, PERIOD)).toEqual([expect.objectContaining({ date, yearAssumed })]);
  });

  test("a date without a year outside the period is not guessed", () => {
    expect(findExplicitDates("since they took Kabul on August 15.", PERIOD)).toEqual([]);
  });

  test("explicit candidates quote the printed words", () => {
    expect(explicitCandidates("Pictured: a patrol, September 1, 2021", PERIOD)).toEqual([
      { date: "2021-09-01", bases: ["printed as “September 1, 2021”"] },
    ]);
  });

  test.each([
    ["the group said Friday", ["Friday"]],
    ["clashes began late Thursday and on Thursday night", ["late Thursday", "Thursday night"]],
    ["Monday’s clashes, on Monday", ["Monday"]],
  ])("weekday phrases in %j", (text, phrases) => {
    expect(findWeekdayPhrases(text).map((p) => p.phrase)).toEqual(phrases);
  });

  test.each([
    // The week from the latest printed date: the named weekday, or the day after a night.
    ["3 September 2021. The group said Friday.", ["2021-09-03"]],
    ["2 September 2021. Clashes began on Thursday night.", ["2021-09-02", "2021-09-03"]],
    // No printed date: every such day of the period.
    ["He spoke on Wednesday.", ["2021-08-25", "2021-09-01", "2021-09-08"]],
    ["No day is named.", []],
  ])("%j gives %j", (text, dates) => {
    const candidates = weekdayCandidates(text, PERIOD);
    expect(candidates.map((c) => c.date)).toEqual(dates);
    for (const c of candidates) expect(c.bases[0]).toMatch(/^\w+day \d+ \w+ 2021: reading “/);
  });

  test("the corpus period is a week either side of the publication days", () => {
    expect(corpusPeriod(["2021-09-06", "2021-09-01"])).toEqual(PERIOD);
  });
});

describe("credits the document shows", () => {
  test.each([
    [
      "(Photo by Ahmad SAHEL ARMAN / AFP) (Photo by AHMAD SAHEL ARMAN/AFP via Getty Images)",
      [
        ["AFP", "photo agency"],
        ["Ahmad SAHEL ARMAN", "photographer"],
        ["Getty Images", "photo agency"],
      ],
    ],
    [
      "Militiamen take part in a training exercise. (AP Photo/Jalaluddin Sekandar)",
      [
        ["AP", "photo agency"],
        ["Jalaluddin Sekandar", "photographer"],
      ],
    ],
    ["Source: Anadolu", [["Anadolu", "image source"]]],
    ["Image source: Indian Express", [["Indian Express", "image source"]]],
    ["KABUL (AFP) — Fighting resumed.", [["AFP", "news agency"]]],
    ["No credit in this sentence.", []],
  ])("%j", (line, expected) => {
    const credits = findCredits([line]);
    expect(credits.map((c) => [c.name, c.role])).toEqual(expected);
    for (const c of credits) expect(line).toContain(c.quote);
  });
});

describe("names", () => {
  const find = createMentionFinder([
    { id: "ahmad-massoud", names: ["Ahmad Massoud", "Ahmed Masood"], shortNames: ["Massoud"] },
    { id: "ahmad-shah-massoud", names: ["Ahmad Shah Massoud"], shortNames: ["Massoud"] },
    { id: "kabul", names: ["Kabul"] },
  ]);

  test("known names under every spelling, unknown capitalised names with counts", () => {
    const text =
      "Ahmed Masood met Nishank Motwani in Kabul. Later, Nishank Motwani said Massoud, son of Ahmad Shah Massoud, was there.";
    const { known, ids, unknown } = findNames(text, find);
    expect(ids).toEqual(["ahmad-massoud", "kabul", "ahmad-shah-massoud"]);
    expect(known.find((k) => k.ambiguous)?.spellings).toEqual(new Map([["Massoud", 1]]));
    expect(unknown).toEqual([{ name: "Nishank Motwani", count: 2 }]);
  });
});

describe("possible aliases", () => {
  const names = new Map([
    ["ali-maisam-nazary", "Ali Maisam Nazary"],
    ["fahim-dashty", "Fahim Dashty"],
    ["kabul", "Kabul"],
  ]);
  test.each([
    ["Ali Nazari", ["ali-maisam-nazary"]],
    ["Fahim Dashti", ["fahim-dashty"]],
    ["Fahem Dāshti", ["fahim-dashty"]],
    ["Kabil", ["kabul"]],
    ["Kabl", []], // words under five letters are too short to compare
    ["Nishank Motwani", []],
  ])("%s", (name, ids) => expect(possibleAliasOf(name, names)).toEqual(ids));
});

describe("slugs, to-dos and events", () => {
  test.each([
    [
      "Taliban raise flag over Panjshir Valley as resistance vows to continue fighting",
      "taliban-raise-flag-over-panjshir-valley-as-resistance",
    ],
    ["Resistance fighters dig in at the valley's mouth", "resistance-fighters-dig-in-at-the-valleys-mouth"],
    ["Mas‘ūd’s return", "masuds-return"],
  ])("slug of %j", (text, slug) => expect(slugFrom(text)).toBe(slug));

  test("a to-do names its field", () => {
    expect(toDo("published.date", "choose the day.")).toBe("TODO(editor): published.date — choose the day.");
  });

  test("events sharing names, within a week of the date candidates", () => {
    const events = [
      { id: "near", headline: "Near", involves: ["kabul"], citations: [{ report: "r", when: "Tuesday" }] },
      { id: "far", headline: "Far", involves: ["kabul"], citations: [{ report: "r", when: "2021-06-01" }] },
      { id: "old", headline: "Old", involves: ["kabul", "x"], citations: [{ report: "r", when: "1989" }] },
      { id: "other", headline: "Other", involves: ["y"], citations: [{ report: "r", when: "Tuesday" }] },
    ];
    const published = new Map([["r", "2021-09-03"]]);
    expect(suggestEvents(events, published, ["kabul", "x"], ["2021-09-03"]).map((e) => e.id)).toEqual([
      "old",
      "near",
    ]);
  });
});
