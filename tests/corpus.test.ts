import { describe, expect, test } from "vitest";
import { allOverlap, mostPrecise } from "@/lib/chronology";
import { buildCorpus } from "@/lib/corpus";
import { ContentError } from "@/lib/corpus/problems";
import type { CorpusInput } from "@/lib/corpus/types";
import { resolveWhen } from "@/lib/when";
import { loadContent } from "./helpers/content";

const FIXTURES = new URL("./fixtures/valid/", import.meta.url).pathname;
const valid = () => structuredClone(loadContent(FIXTURES));

/** The problems buildCorpus reports for `input`, as "file → field: message" lines. */
function problemsOf(input: CorpusInput): string[] {
  try {
    buildCorpus(input);
  } catch (error) {
    if (error instanceof ContentError)
      return error.problems.map((p) => `${p.file} → ${p.field}: ${p.message}`);
    throw error;
  }
  return [];
}

describe("buildCorpus on valid fixtures", () => {
  const corpus = buildCorpus(valid());

  test("orders reports by publication date and links neighbours", () => {
    expect(corpus.reports.map((r) => [r.id, r.previous, r.next])).toEqual([
      ["second-report", undefined, "first-report"],
      ["first-report", "second-report", undefined],
    ]);
  });

  test("resolves sources, credits and editor's notes to paragraph anchors", () => {
    const first = corpus.reportsById.get("first-report")!;
    expect(first.summarySources[0]?.anchor).toBe("p-1");
    expect(first.credits[0]?.anchor).toBe("p-1");
    expect(first.editorNotes[0]?.anchor).toBe("p-2");
    expect(first.passages.map((p) => p.kind)).toEqual(["paragraph", "paragraph", "caption"]);
  });

  test("lists the names each report mentions, in order", () => {
    expect(corpus.reportsById.get("first-report")!.mentions).toEqual(["nrf", "fahim-dashty", "kabul"]);
    expect(corpus.reportsById.get("second-report")!.mentions).toEqual(["fahim-dashty"]);
  });

  test("shows relations on both ends", () => {
    const relation = { subject: "fahim-dashty", predicate: "spokesman for", object: "nrf" };
    expect(corpus.gazetteerById.get("fahim-dashty")!.relations[0]).toMatchObject(relation);
    expect(corpus.gazetteerById.get("nrf")!.relations[0]).toMatchObject(relation);
  });

  test("sorts events by date and assigns eras", () => {
    expect(corpus.events.map((e) => [e.id, e.date.start, e.era])).toEqual([
      ["kabul-falls", "2021-08-15", "background"],
      ["monday-fighting", "2021-08-30", "offensive"],
      ["tuesday-attack", "2021-08-31", "offensive"],
      ["talks-fail", "2021-09-01", "offensive"],
    ]);
    expect(corpus.eras.map((e) => e.events.length)).toEqual([1, 3]);
  });

  test("merges the citations of one happening, keeping 'happened on' and 'reported on' apart", () => {
    const event = corpus.events.find((e) => e.id === "monday-fighting")!;
    expect(event.reports).toEqual(["second-report", "first-report"]);
    expect(event.datesDiffer).toBe(false);
    expect(event.citations.map((c) => [c.date?.label, c.reported])).toEqual([
      ["late Monday (30 August 2021)", "2021-09-01"],
      ["Monday (30 August 2021)", "2021-09-03"],
    ]);
  });

  test("an undated statement is placed on its report's day and says so; a dated citation wins", () => {
    const event = corpus.events.find((e) => e.id === "talks-fail")!;
    expect(event.citations[1]!.date).toMatchObject({
      start: "2021-09-03",
      undated: true,
      label: "undated; reported 3 September 2021",
    });
    expect(event.date.start).toBe("2021-09-01");
  });

  test("compatible counts from one party are not a dispute ('7 or 8' and 'at least seven')", () => {
    const event = corpus.events.find((e) => e.id === "monday-fighting")!;
    expect(event.claims.map((c) => c.value)).toEqual([
      { type: "count", min: 7, max: 8 },
      { type: "count", min: 7, max: null },
    ]);
    expect(event.disputes).toEqual([]);
    expect(event.disputed).toBe(false);
  });

  test("two parties' values that cannot both be true are a dispute, each attributed", () => {
    const event = corpus.events.find((e) => e.id === "talks-fail")!;
    expect(event.disputed).toBe(true);
    expect(event.disputes.map((d) => d.topic)).toEqual(["talks-under-way"]);
    expect(event.disputes[0]!.conflicts.map(([a, b]) => [a.party, b.party])).toEqual([["taliban", "nrf"]]);
    expect(event.disputes[0]!.claims.map((c) => [c.words, c.citation.claimantLabel])).toEqual([
      ["talks had failed", "a Taliban official"],
      ["still going on", "National Resistance Front"],
    ]);
  });

  test("resolves the outlet's verification words to their paragraph", () => {
    const citation = corpus.events.find((e) => e.id === "talks-fail")!.citations[1]!;
    expect(citation.verification).toEqual({
      status: "not verified",
      quote: "Example News could not verify this.",
      anchor: "p-1",
    });
  });

  test("a declared dispute marks the event, with the editor's reason", () => {
    const input = valid();
    input.events[1]!.data.citations[1]!.when = "Tuesday night";
    input.events[1]!.data.dispute = { reason: "The two reports put the fighting on different nights." };
    const event = buildCorpus(input).events.find((e) => e.id === "monday-fighting")!;
    expect(event).toMatchObject({
      datesDiffer: true,
      disputed: true,
      disputes: [],
      declaredDispute: "The two reports put the fighting on different nights.",
    });
  });

  test("labels claimants: gazetteer names, the outlet's own voice, plain descriptions", () => {
    const labels = corpus.events.flatMap((e) => e.citations.map((c) => c.claimantLabel));
    expect(labels).toEqual(
      expect.arrayContaining(["Example News (the report itself)", "a Taliban official", "Fahim Dashty"]),
    );
  });
});

describe("buildCorpus rejects bad content, naming the file, the field and the fix", () => {
  test.each<[string, (input: CorpusInput) => void, RegExp]>([
    [
      "a quote that is not in its report",
      (i) => (i.events[0]!.data.citations[0]!.quote = "repelled a huge attack"),
      /events\.yaml → tuesday-attack → citations\[0\]\.quote: "repelled a huge attack" is not in report "first-report"\. Copy the words exactly/,
    ],
    [
      "a quote that runs across two paragraphs",
      (i) => (i.events[0]!.data.citations[0]!.quote = "(AFP) Fighters are are ready"),
      /citations\[0\]\.quote: .* runs across two paragraphs .*quote from one paragraph only/,
    ],
    [
      "an unknown report",
      (i) => (i.events[0]!.data.citations[0]!.report = "no-such-report"),
      /citations\[0\]\.report: No report "no-such-report"\. Use a file name from content\/reports/,
    ],
    [
      "an unknown gazetteer id in involves",
      (i) => (i.events[0]!.data.involves = ["nrff"]),
      /events\.yaml → tuesday-attack → involves\[0\]: No gazetteer entry "nrff"\. Did you mean "nrf"\?/,
    ],
    [
      "an unknown claimant id",
      (i) => (i.events[0]!.data.citations[0]!.claimant = "taliban"),
      /citations\[0\]\.claimant: No gazetteer entry "taliban".*"outlet".*plain description/,
    ],
    [
      "an event that no citation dates",
      (i) => i.events[1]!.data.citations.forEach((c) => delete c.when),
      /monday-fighting → citations: No citation dates the event: add `when`.*or "reported" when the report gives no date/,
    ],
    [
      "one event merging happenings of different days",
      (i) => (i.events[1]!.data.citations[1]!.when = "Tuesday night"),
      /monday-fighting → citations: The citations put the event on days that do not overlap \(second-report: late Monday \(30 August 2021\); first-report: Tuesday night \(31 August 2021\)\)\. One event is one happening at one time: split it/,
    ],
    [
      "an unknown party",
      (i) => (i.events[0]!.data.citations[0]!.party = "rebels"),
      /events\.yaml → tuesday-attack → citations\[0\]\.party: No party "rebels"\. Use an id from content\/parties\.yaml \(nrf, taliban, outlet\)/,
    ],
    [
      "an unknown topic",
      (i) => (i.events[1]!.data.citations[0]!.claims[0]!.topic = "dead"),
      /monday-fighting → citations\[0\]\.claims\[0\]\.topic: No topic "dead"\. Use an id from content\/topics\.yaml .*declare it there with a label and a type/,
    ],
    [
      "a count whose bounds cross",
      (i) => (i.events[1]!.data.citations[0]!.claims[0]!.count = { min: 8, max: 7 }),
      /monday-fighting → citations\[0\]\.claims\[0\]\.count: The bounds cross: min 8 is above max 7\. Write the smaller number as min/,
    ],
    [
      "a value of the wrong type for its topic",
      (i) => (i.events[2]!.data.citations[0]!.claims[0]!.count = { min: 1 }),
      /talks-fail → citations\[0\]\.claims\[0\]\.count: Topic "talks-under-way" is a status topic, so `count` does not belong here/,
    ],
    [
      "claim words that are not in the citation's quote",
      (i) => (i.events[1]!.data.citations[0]!.claims[0]!.words = "eight"),
      /monday-fighting → citations\[0\]\.claims\[0\]\.words: "eight" is not in this citation's quote/,
    ],
    [
      "verification words that are not in the report",
      (i) => (i.events[2]!.data.citations[1]!.verification!.quote = "We checked."),
      /talks-fail → citations\[1\]\.verification\.quote: "We checked\." is not in report "first-report"/,
    ],
    [
      "a party linked to an unknown gazetteer entry",
      (i) => (i.parties[0]!.data.entry = "nrff"),
      /parties\.yaml → nrf → entry: No gazetteer entry "nrff"/,
    ],
    [
      "an alias claimed by two entries",
      (i) => i.places[0]!.data.aliases.push("Dashty"),
      /aliases: "Dashty" is claimed by fahim-dashty \(.*people\.yaml\), kabul \(.*places\.yaml\)\. A name may identify one entry only/,
    ],
    [
      "an id used in two gazetteer files",
      (i) => (i.places[0]!.id = "nrf"),
      /→ nrf: The id "nrf" is also used in .*: gazetteer ids must be unique/,
    ],
    [
      "a relation to an unknown entry",
      (i) => (i.people[0]!.data.relations[0]!.object = "nfr"),
      /fahim-dashty → relations\[0\]\.object: No gazetteer entry "nfr"/,
    ],
    [
      "a relation citing a quote not in its report",
      (i) => (i.people[0]!.data.relations[0]!.source.quote = "Dashty is the spokesman"),
      /fahim-dashty → relations\[0\]\.source\.quote: "Dashty is the spokesman" is not in report/,
    ],
    [
      "a description source not in its report",
      (i) => (i.places[0]!.data.description.sources[0]!.quote = "in Herat"),
      /kabul → description\.sources\[0\]\.quote: "in Herat" is not in report/,
    ],
    [
      "an editor's note quoting words not in the report",
      (i) => (i.reports[0]!.data.editorNotes[0]!.quote = "is is"),
      /first-report\.md → editorNotes\[0\]\.quote: "is is" is not in report "first-report"/,
    ],
    [
      "two reports copying one source document",
      (i) => (i.reports[1]!.data.provenance.seedFile = i.reports[0]!.data.provenance.seedFile),
      /provenance\.seedFile: ".*" is already copied by report/,
    ],
    [
      "a directive that would swallow text in a report body",
      (i) => (i.reports[0]!.body += "\nNote:this\n"),
      /first-report\.md → body: .*directive.*backslash/,
    ],
    ["no eras", (i) => (i.eras = []), /eras\.yaml → \(file\): Define at least one era/],
  ])("%s", (_label, breakIt, message) => {
    const input = valid();
    breakIt(input);
    const problems = problemsOf(input);
    expect(problems.join("\n")).toMatch(message);
  });

  test("lists every problem at once", () => {
    const input = valid();
    input.events[0]!.data.citations[0]!.quote = "not there";
    input.events[0]!.data.involves = ["nobody"];
    expect(problemsOf(input)).toHaveLength(2);
  });
});

describe("dating an event from its citations", () => {
  const at = (when: string, published = "2021-09-03") => resolveWhen(when, published);
  test.each<[string, string[], string]>([
    [
      "a dated day beats an undated statement",
      ["reported", "Tuesday night"],
      "Tuesday night (31 August 2021)",
    ],
    [
      "of undated statements, the earliest report wins",
      ["reported", "reported@2021-09-01"],
      "undated; reported 1 September 2021",
    ],
    ["a day beats a year", ["2021", "2021-08-15"], "15 August 2021"],
  ])("%s", (_label, whens, label) => {
    const dates = whens.map((w) => (w.includes("@") ? at(w.split("@")[0]!, w.split("@")[1]!) : at(w)));
    expect(mostPrecise(dates).label).toBe(label);
  });

  test.each<[string, string[], boolean]>([
    ["an undated statement overlaps any earlier day", ["reported", "late Monday"], true],
    ["two different days do not overlap", ["Tuesday night", "late Monday"], false],
    ["a decade overlaps a year in it", ["1980s", "1989"], true],
  ])("%s", (_label, whens, expected) => {
    expect(allOverlap(whens.map((w) => at(w)))).toBe(expected);
  });
});
