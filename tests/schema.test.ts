import { describe, expect, test } from "vitest";
import { eventSchema, partySchema, topicSchema } from "@/schemas/chronology";
import { organisationSchema, personSchema, placeSchema } from "@/schemas/gazetteer";
import { reportSchema } from "@/schemas/report";
import { loadContent } from "./helpers/content";

const FIXTURES = new URL("./fixtures/valid/", import.meta.url).pathname;
const input = loadContent(FIXTURES);
const report = () => structuredClone(input.reports[0]!.data) as Record<string, unknown>;

/** "field: message" lines for a failed parse; empty when the value is valid. */
function issues(
  schema: {
    safeParse: (v: unknown) => {
      success: boolean;
      error?: { issues: { path: (string | number)[]; message: string }[] };
    };
  },
  value: unknown,
): string {
  const result = schema.safeParse(value);
  return result.success
    ? ""
    : result.error!.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("\n");
}

describe("reportSchema", () => {
  test("accepts the fixture", () => {
    expect(issues(reportSchema, report())).toBe("");
  });

  test.each<[string, (r: Record<string, unknown>) => void, RegExp]>([
    ["a missing title", (r) => delete r.title, /^title: Copy the headline exactly/],
    ["an empty title", (r) => (r.title = "  "), /^title: Copy the headline exactly/],
    [
      "an unknown key",
      (r) => (r.author = "someone"),
      /Unknown field "author": remove it or fix the spelling/,
    ],
    [
      "an unknown nested key",
      (r) => ((r.outlet as Record<string, unknown>).url = "x"),
      /^outlet: Unknown field "url": remove it/,
    ],
    ["a missing outlet", (r) => delete r.outlet, /^outlet: Add `outlet: \{ evidence: … \}`/],
    [
      "an outlet without evidence",
      (r) => (r.outlet = { name: "X" }),
      /^outlet\.evidence: Say what in the document names the outlet/,
    ],
    [
      "an impossible date",
      (r) => ((r.published as Record<string, unknown>).date = "2021-02-30"),
      /^published\.date: Not a real calendar day/,
    ],
    [
      "a malformed date",
      (r) => ((r.published as Record<string, unknown>).date = "3 Sept 2021"),
      /^published\.date: Not a real calendar day/,
    ],
    [
      "an unquoted YAML date",
      (r) => ((r.published as Record<string, unknown>).date = new Date("2021-03-02")),
      /^published\.date: Quote the date, e.g. '2021-09-03'/,
    ],
    [
      "an unknown basis",
      (r) => ((r.published as Record<string, unknown>).basis = "guessed"),
      /^published\.basis: Set basis to 'stated' or 'inferred'/,
    ],
    [
      "a credit with an unknown role",
      (r) => ((r.credits as Record<string, unknown>[])[0]!.role = "friend"),
      /^credits\.0\.role: Set role to one of: news agency/,
    ],
    [
      "a source document named with a folder",
      (r) => ((r.provenance as Record<string, unknown>).seedFile = "../reports/first-report.md"),
      /^provenance\.seedFile: Give only the name of a file in content\/sources\//,
    ],
    [
      "a summary without sources",
      (r) => ((r.summary as Record<string, unknown>).sources = []),
      /^summary\.sources: List at least one \{ report, quote \}/,
    ],
    [
      "a missing provenance",
      (r) => delete r.provenance,
      /^provenance: Add `provenance: \{ seedFile, dropped \}`/,
    ],
    [
      "an editor's note of unknown kind",
      (r) => ((r.editorNotes as Record<string, unknown>[])[0]!.kind = "typo"),
      /^editorNotes\.0\.kind: Set kind to one of: misspelling/,
    ],
  ])("rejects %s with the field and the fix", (_label, breakIt, message) => {
    const value = report();
    breakIt(value);
    expect(issues(reportSchema, value)).toMatch(message);
  });
});

describe("gazetteer schemas", () => {
  const place = () => structuredClone(input.places[0]!.data) as Record<string, unknown>;
  test.each<[string, (p: Record<string, unknown>) => void, RegExp]>([
    ["a place without a name", (p) => delete p.name, /^name: Give the entry a canonical `name`/],
    [
      "a latitude out of range",
      (p) => (p.coordinates = { lat: 95, lon: 69, basis: "x" }),
      /^coordinates\.lat: Give lat as a number of degrees from -90 to 90/,
    ],
    [
      "a longitude out of range",
      (p) => (p.coordinates = { lat: 35, lon: -181, basis: "x" }),
      /^coordinates\.lon: Give lon as a number of degrees from -180 to 180/,
    ],
    [
      "coordinates as text",
      (p) => (p.coordinates = { lat: "35N", lon: 69, basis: "x" }),
      /^coordinates\.lat: Give lat as a number of degrees/,
    ],
    [
      "a place without coordinates",
      (p) => delete p.coordinates,
      /^coordinates: Add `coordinates: \{ lat, lon, basis \}`/,
    ],
    ["an unknown kind", (p) => (p.kind = "planet"), /^kind: Set kind to one of: country/],
    ["an unknown key", (p) => (p.population = 5), /Unknown field "population": remove it/],
  ])("rejects %s", (_label, breakIt, message) => {
    const value = place();
    breakIt(value);
    expect(issues(placeSchema, value)).toMatch(message);
  });

  describe("native names", () => {
    const kabul = { name: "کابل", lang: "fa-AF", basis: "Persian Wikipedia, the article on Kabul" };
    const withNative = (nativeNames: unknown) => ({ ...place(), nativeNames });

    test("are optional, default to none, and are read on every kind of entry", () => {
      expect(placeSchema.parse(place()).nativeNames).toEqual([]);
      expect(placeSchema.parse(withNative([kabul])).nativeNames).toEqual([kabul]);
      const person = { ...structuredClone(input.people[0]!.data), nativeNames: [{ ...kabul, lang: "ps" }] };
      expect(issues(personSchema, person)).toBe("");
      const organisation = { name: "Taliban", description: place().description, nativeNames: [kabul] };
      expect(issues(organisationSchema, organisation)).toBe("");
    });

    test.each<[string, Record<string, unknown>, RegExp]>([
      [
        "a name in Latin letters",
        { ...kabul, name: "Kabul" },
        /^nativeNames\.0\.name: A native name must be in Arabic script, e\.g\. "پنجشیر": put a Latin spelling in transliterations instead/,
      ],
      [
        "a name of digits and punctuation only",
        { ...kabul, name: "۱۲۳ -" },
        /^nativeNames\.0\.name: A native name must be in Arabic script/,
      ],
      [
        "an empty name",
        { ...kabul, name: " " },
        /^nativeNames\.0\.name: Give the name as Dari or Pashto write it/,
      ],
      [
        "a missing name",
        { lang: "ps", basis: "x" },
        /^nativeNames\.0\.name: Give the name as Dari or Pashto write it/,
      ],
      [
        "an unknown language",
        { ...kabul, lang: "fa" },
        /^nativeNames\.0\.lang: Set lang to one of: "fa-AF" \(Dari\), "ps" \(Pashto\)\./,
      ],
      [
        "a missing basis",
        { name: "کابل", lang: "fa-AF" },
        /^nativeNames\.0\.basis: Say where a reader can check the name/,
      ],
      ["an unknown key", { ...kabul, script: "Arab" }, /^nativeNames\.0: Unknown field "script": remove it/],
    ])("rejects %s", (_label, nativeName, message) => {
      expect(issues(placeSchema, withNative([nativeName]))).toMatch(message);
    });
  });

  test("a person id in a relation must be an id", () => {
    const person = structuredClone(input.people[0]!.data) as Record<string, unknown>;
    (person.relations as Record<string, unknown>[])[0]!.object = "National Resistance Front";
    expect(issues(personSchema, person)).toMatch(
      /^relations\.0\.object: The gazetteer id must be lower-case words joined by hyphens/,
    );
  });
});

describe("eventSchema", () => {
  const event = () => structuredClone(input.events[0]!.data) as Record<string, unknown>;
  test.each<[string, (e: Record<string, unknown>) => void, RegExp]>([
    ["no citations", (e) => (e.citations = []), /^citations: List at least one citation/],
    [
      "an unreadable date phrase",
      (e) => ((e.citations as Record<string, unknown>[])[0]!.when = "last night"),
      /^citations\.0\.when: Write the date as the report words it .*'Tuesday night'/,
    ],
    [
      "a missing claimant",
      (e) => delete (e.citations as Record<string, unknown>[])[0]!.claimant,
      /^citations\.0\.claimant: Say who makes the claim/,
    ],
    ["a missing headline", (e) => delete e.headline, /^headline: Write a neutral headline/],
    [
      "a citation without a party",
      (e) => delete (e.citations as Record<string, unknown>[])[0]!.party,
      /^citations\.0\.party: Give the party id/,
    ],
    [
      "a count that is neither bounds nor a vague word",
      (e) =>
        ((e.citations as Record<string, unknown>[])[0]!.claims = [{ topic: "t", words: "w", count: "lots" }]),
      /^citations\.0\.claims\.0\.count: Write count as \{ min, max \}.*several, dozens, hundreds/,
    ],
    [
      "an unknown status",
      (e) =>
        ((e.citations as Record<string, unknown>[])[0]!.claims = [
          { topic: "t", words: "w", status: "maybe" },
        ]),
      /^citations\.0\.claims\.0\.status: Set status to one of: yes, no, unclear/,
    ],
    [
      "an unknown verification status",
      (e) =>
        ((e.citations as Record<string, unknown>[])[0]!.verification = { status: "checked", quote: "q" }),
      /^citations\.0\.verification\.status: Set status to one of: not verified, verified/,
    ],
    [
      "a declared dispute without a reason",
      (e) => (e.dispute = {}),
      /^dispute\.reason: Say in one neutral sentence why the claims cannot both be true/,
    ],
  ])("rejects %s", (_label, breakIt, message) => {
    const value = event();
    breakIt(value);
    expect(issues(eventSchema, value)).toMatch(message);
  });
});

describe("topicSchema and partySchema", () => {
  const topic = () => structuredClone(input.topics[0]!.data) as Record<string, unknown>;
  test.each<[string, (t: Record<string, unknown>) => void, RegExp]>([
    [
      "a topic without a type",
      (t) => delete t.type,
      /^type: Give the topic a type: one of count, places, status, text/,
    ],
    ["a topic with an unknown type", (t) => (t.type = "number"), /^type: Give the topic a type/],
    [
      "a topic without a ledger section",
      (t) => delete t.ledger,
      /^ledger: Set ledger to one of: casualties, territory, other/,
    ],
  ])("rejects %s", (_label, breakIt, message) => {
    const value = topic();
    breakIt(value);
    expect(issues(topicSchema, value)).toMatch(message);
  });

  test("rejects a party without a description", () => {
    const party = structuredClone(input.parties[0]!.data) as Record<string, unknown>;
    delete party.description;
    expect(issues(partySchema, party)).toMatch(/^description: Say in one neutral sentence who speaks/);
  });
});
