import { describe, expect, test } from "vitest";
import {
  attribution,
  compatible,
  findDisputes,
  formatClaimValue,
  formatCount,
  readClaimValue,
  type ClaimValue,
  type RawClaim,
  type TopicType,
} from "@/lib/claims";

const count = (min: number, max: number | null = min): ClaimValue => ({ type: "count", min, max });
const status = (s: "yes" | "no" | "unclear"): ClaimValue => ({ type: "status", status: s });
const places = (complete: boolean, ...ids: string[]): ClaimValue => ({
  type: "places",
  places: ids,
  complete,
});
const text: ClaimValue = { type: "text" };

describe("compatible: values that can both be true", () => {
  test.each<[string, ClaimValue, ClaimValue, boolean]>([
    ['"7 or 8" and "at least 7" overlap', count(7, 8), count(7, null), true],
    ['"34" and "at least 7" overlap', count(34), count(7, null), true],
    ['"34" and "34" agree', count(34), count(34), true],
    ['"7 or 8" and "40" do not overlap', count(7, 8), count(40), false],
    ['"four" sides and "three" sides cannot both be true', count(4), count(3), false],
    ['"at least 7" and "5" cannot both be true', count(7, null), count(5), false],
    ['"dozens" (24+) and "30" overlap', count(24, null), count(30), true],
    ["yes and yes agree", status("yes"), status("yes"), true],
    ["yes and no contradict", status("yes"), status("no"), false],
    ["unclear is compatible with no", status("unclear"), status("no"), true],
    ["two complete lists of the same places agree", places(true, "a", "b"), places(true, "b", "a"), true],
    ["two complete lists that differ contradict", places(true, "a", "b"), places(true, "a", "c"), false],
    ['"including a" fits the complete list a, b', places(false, "a"), places(true, "a", "b"), true],
    ['"including c" does not fit the complete list a, b', places(true, "a", "b"), places(false, "c"), false],
    ["two partial lists never conflict", places(false, "a"), places(false, "c"), true],
    ["text never conflicts", text, text, true],
  ])("%s", (_label, a, b, expected) => {
    expect(compatible(a, b)).toBe(expected);
    expect(compatible(b, a)).toBe(expected);
  });
});

describe("findDisputes: only incompatible values from different parties", () => {
  const claim = (party: string, value: ClaimValue, topic = "taliban-killed") => ({ topic, party, value });

  test.each<[string, ReturnType<typeof claim>[], string[]]>([
    [
      "compatible counts from one side are not a dispute",
      [claim("nrf", count(7, 8)), claim("nrf", count(7, null))],
      [],
    ],
    [
      "compatible counts from two sides are not a dispute",
      [claim("nrf", count(7, 8)), claim("taliban", count(5, 10))],
      [],
    ],
    [
      "the same party contradicting itself is not a dispute between parties",
      [claim("nrf", count(8)), claim("nrf", count(40))],
      [],
    ],
    [
      "reworded statements with one meaning are not a dispute",
      [
        claim("taliban", status("no"), "talks-produced-result"),
        claim("nrf", status("no"), "talks-produced-result"),
        claim("taliban", status("no"), "talks-produced-result"),
      ],
      [],
    ],
    ["text claims never dispute", [claim("nrf", text, "x"), claim("taliban", text, "x")], []],
    [
      "incompatible counts from two parties are a dispute",
      [claim("taliban", count(4), "sides-surrounded"), claim("outlet", count(3), "sides-surrounded")],
      ["sides-surrounded"],
    ],
    [
      "yes against no from two parties is a dispute",
      [claim("taliban", status("no"), "talks-under-way"), claim("nrf", status("yes"), "talks-under-way")],
      ["talks-under-way"],
    ],
    [
      "claims on different topics never dispute each other",
      [claim("taliban", count(4), "a"), claim("nrf", count(3), "b")],
      [],
    ],
  ])("%s", (_label, claims, topics) => {
    expect(findDisputes(claims).map((d) => d.topic)).toEqual(topics);
  });

  test("a dispute lists every claim on the topic and each conflicting pair", () => {
    const a = claim("taliban", count(4), "sides");
    const b = claim("outlet", count(3), "sides");
    const c = claim("taliban", count(4), "sides");
    const [dispute] = findDisputes([a, b, c]);
    expect(dispute!.claims).toEqual([a, b, c]);
    expect(dispute!.conflicts).toEqual([
      [a, b],
      [b, c],
    ]);
  });
});

describe("readClaimValue: typed values and the fix for each mistake", () => {
  const raw = (extra: Partial<RawClaim>): RawClaim => ({ topic: "taliban-killed", words: "w", ...extra });

  test.each<[string, RawClaim, TopicType, ClaimValue]>([
    ["an exact count", raw({ count: { min: 34, max: 34 } }), "count", count(34)],
    ['"at least": no max', raw({ count: { min: 7 } }), "count", count(7, null)],
    ['a range "7 or 8"', raw({ count: { min: 7, max: 8 } }), "count", count(7, 8)],
    ['a vague word: "dozens"', raw({ count: "dozens" }), "count", count(24, null)],
    ['a vague word: "several"', raw({ count: "several" }), "count", count(3, null)],
    ["a status", raw({ status: "yes" }), "status", status("yes")],
    ["a partial place list", raw({ places: ["a"] }), "places", places(false, "a")],
    ["a complete place list", raw({ places: ["a", "b"], complete: true }), "places", places(true, "a", "b")],
    ["text", raw({}), "text", text],
  ])("reads %s", (_label, claim, type, value) => {
    expect(readClaimValue(claim, type)).toEqual({ value, problems: [] });
  });

  test.each<[string, RawClaim, TopicType, RegExp]>([
    [
      "bounds that cross",
      raw({ count: { min: 8, max: 7 } }),
      "count",
      /^count: The bounds cross: min 8 is above max 7.*\{ min: 7, max: 8 \}/,
    ],
    [
      "a count topic without a count",
      raw({}),
      "count",
      /^count: Topic "taliban-killed" is a count topic: give `count: \{ min, max \}`/,
    ],
    [
      "a status on a count topic",
      raw({ status: "yes" }),
      "count",
      /^status: Topic "taliban-killed" is a count topic, so `status` does not belong here/,
    ],
    [
      "a count on a text topic",
      raw({ count: { min: 1 } }),
      "text",
      /^count: .*is a text topic.*give only `words`/,
    ],
    [
      "an empty place list",
      raw({ places: [] }),
      "places",
      /^places: .*is a places topic: give `places: \[gazetteer ids\]`/,
    ],
    [
      "`complete` on a count topic",
      raw({ count: { min: 1 }, complete: true }),
      "count",
      /^complete: `complete` belongs to places claims only/,
    ],
    ["a status topic without a status", raw({}), "status", /^status: .*give `status:` yes, no, unclear/],
  ])("rejects %s", (_label, claim, type, message) => {
    const result = readClaimValue(claim, type);
    expect(result.value).toBeUndefined();
    expect(result.problems.map((p) => `${p.field}: ${p.message}`).join("\n")).toMatch(message);
  });
});

test.each<[{ min: number; max: number | null }, string]>([
  [{ min: 34, max: 34 }, "34"],
  [{ min: 7, max: 8 }, "7–8"],
  [{ min: 7, max: null }, "7 or more"],
])("formatCount(%o) is %s", (value, expected) => {
  expect(formatCount(value)).toBe(expected);
});

test.each<[ClaimValue, string]>([
  [count(7, 8), "7–8"],
  [status("unclear"), "unclear"],
  [places(true, "khawak-pass", "shotol"), "KHAWAK-PASS, SHOTOL (the whole list)"],
  [places(false, "kapisa"), "KAPISA (among others)"],
  [text, ""],
])("formatClaimValue(%o) is %s", (value, expected) => {
  expect(formatClaimValue(value, (id) => id.toUpperCase())).toBe(expected);
});

test.each<[string, { id: string; name: string }, string]>([
  [
    "Fahim Dashty",
    { id: "nrf", name: "National Resistance Front" },
    "Fahim Dashty (National Resistance Front)",
  ],
  ["Taliban", { id: "taliban", name: "Taliban" }, "Taliban"],
  ["residents of Panjshir", { id: "residents", name: "Residents of Panjshir" }, "residents of Panjshir"],
  [
    "The Kootneeti (the report itself)",
    { id: "outlet", name: "The outlet" },
    "The Kootneeti (the report itself)",
  ],
])("attribution(%s) is %s", (label, party, expected) => {
  expect(attribution(label, party)).toBe(expected);
});
