import { describe, expect, test } from "vitest";
import { ENTRY_KINDS, GAZETTEER_TYPES, entryKinds } from "@/lib/entryKinds";
import { paragraphLabel, paragraphNumber, paragraphWords, reportColour, TITLE_ANCHOR } from "@/lib/labels";

describe("paragraph labels", () => {
  test.each([
    ["p-3", "3", "¶3", "paragraph 3"],
    ["p-12", "12", "¶12", "paragraph 12"],
    [TITLE_ANCHOR, undefined, "headline", "headline"],
  ])("%s → %s, %s, %s", (anchor, number, label, words) => {
    expect(paragraphNumber(anchor)).toBe(number);
    expect(paragraphLabel(anchor)).toBe(label);
    expect(paragraphWords(anchor)).toBe(words);
  });
});

describe("entry kinds", () => {
  test("every kind is listed once, in listing order, under its own type", () => {
    expect(entryKinds().map((k) => k.type)).toEqual([...GAZETTEER_TYPES]);
    for (const type of GAZETTEER_TYPES) expect(ENTRY_KINDS[type].type).toBe(type);
  });

  test("folders, files and collections are distinct per kind", () => {
    for (const field of ["folder", "file", "collection", "schemaType"] as const) {
      expect(new Set(entryKinds().map((k) => k[field])).size).toBe(GAZETTEER_TYPES.length);
    }
  });
});

test.each([
  [1, "0"],
  [5, "4"],
  [8, "7"],
  [9, "0"],
])("report %i has badge colour %s", (number, colour) => {
  expect(reportColour(number)).toBe(colour);
});
