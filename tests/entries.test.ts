import { describe, expect, test } from "vitest";
import { buildCorpus } from "@/lib/corpus";
import { eventsInvolving, mentionsOf, reportsNaming, spellingsOf } from "@/lib/entries";
import { loadContent } from "./helpers/content";

const corpus = buildCorpus(loadContent());
const entry = (id: string) => corpus.gazetteerById.get(id)!;
const outletOrTitle = (id: string) => {
  const report = corpus.reportsById.get(id)!;
  return report.data.outlet.name ?? report.id;
};

describe("spellingsOf: every spelling with the reports that use it", () => {
  test.each([
    ["fahim-dashty", "Fahim Dashty", ["taliban-raise-flag-over-panjshir"]],
    ["fahim-dashty", "Fahim Dashti", ["The Kootneeti"]],
    ["fahim-dashty", "Dashti", ["The Kootneeti"]],
    ["fahim-dashty", "Fahim Dasti", ["taliban-and-nrf-clash-in-panjshir"]],
    ["ali-maisam-nazary", "Ali Nasary", ["resistance-says-it-needs-help"]],
    ["ali-maisam-nazary", "Ali Nazari", ["taliban-and-nrf-clash-in-panjshir"]],
    ["charikar", "Charika", ["taliban-and-nrf-clash-in-panjshir"]],
    ["panjshir", "Punjab Valley", ["taliban-and-nrf-clash-in-panjshir"]],
  ])("%s: %j", (id, spelling, reports) => {
    const found = spellingsOf(corpus, entry(id)).find((s) => s.spelling === spelling)!;
    expect(found.reports.map((r) => outletOrTitle(r.id))).toEqual(reports);
  });

  test("lists the canonical name, aliases, short names and transliterations with their kinds", () => {
    const kinds = spellingsOf(corpus, entry("ahmad-massoud")).map((s) => [s.spelling, s.kind]);
    expect(kinds).toContainEqual(["Ahmad Massoud", "name"]);
    expect(kinds).toContainEqual(["Ahmed Masood", "alias"]);
    expect(kinds).toContainEqual(["Masoud", "short name"]);
    expect(kinds).toContainEqual(["Ahmad Masoud", "transliteration"]);
  });
});

describe("mentionsOf: every passage that mentions an entry", () => {
  test("finds a person under every spelling, in publication order", () => {
    const mentions = mentionsOf(corpus, "fahim-dashty");
    expect(mentions.map((m) => m.report.id)).toEqual([
      "taliban-call-on-panjshir-to-lay-down-arms",
      "taliban-call-on-panjshir-to-lay-down-arms",
      "taliban-and-nrf-clash-in-panjshir",
      "taliban-raise-flag-over-panjshir",
    ]);
    for (const m of mentions) {
      const marked = m.snippet.highlights.map((h) => m.snippet.text.slice(h.start, h.end));
      expect(marked.every((text) => /^(Fahim )?Dash?t[iy]$/.test(text))).toBe(true);
    }
  });

  test("flags passages that use only a shared surname", () => {
    const mentions = mentionsOf(corpus, "ahmad-shah-massoud");
    expect(mentions.some((m) => m.ambiguous)).toBe(true);
    expect(mentions.some((m) => !m.ambiguous)).toBe(true);
  });

  test.each(["fahim-dashty", "ahmad-shah-massoud", "malimah", "taliban"])(
    "reportsNaming(%s) is the set of reports mentionsOf finds",
    (id) => {
      expect(reportsNaming(corpus, id)).toEqual([...new Set(mentionsOf(corpus, id).map((m) => m.report))]);
    },
  );

  test("photo captions count", () => {
    expect(mentionsOf(corpus, "malimah").map((m) => m.passage.kind)).toEqual(["caption"]);
  });
});

describe("relations the reports state", () => {
  const relations = (id: string) => entry(id).relations.map((r) => `${r.subject} ${r.predicate} ${r.object}`);
  test.each([
    ["ahmad-massoud", "ahmad-massoud son of ahmad-shah-massoud"],
    ["ahmad-shah-massoud", "ahmad-massoud son of ahmad-shah-massoud"],
    ["nrf", "nrf led by ahmad-massoud"],
    ["ali-maisam-nazary", "ali-maisam-nazary spokesman for nrf"],
    ["ali-maisam-nazary", "ali-maisam-nazary head of foreign relations of nrf"],
    ["charikar", "charikar capital of parwan"],
  ])("%s: %s", (id, relation) => {
    expect(relations(id)).toContain(relation);
  });

  test("every relation cites a paragraph that holds its quote", () => {
    for (const e of corpus.gazetteer) {
      for (const r of e.relations) {
        const passage = corpus.reportsById
          .get(r.source.report)!
          .passages.find((p) => p.anchor === r.source.anchor);
        expect(passage, `${e.id}: ${r.predicate}`).toBeDefined();
      }
    }
  });
});

test("eventsInvolving lists an entry's events in date order", () => {
  const events = eventsInvolving(corpus, "bismillah-mohammadi");
  expect(events.map((e) => e.id)).toContain("mohammadi-says-tuesday-night-assault-repelled");
  const starts = events.map((e) => e.date.start);
  expect(starts).toEqual([...starts].sort());
});
