import { describe, expect, test } from "vitest";
import { buildCorpus, ContentError, type CorpusInput } from "@/lib/corpus";
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
      ["tuesday-attack", "2021-08-31", "offensive"],
      ["talks-fail", "2021-09-01", "offensive"],
    ]);
    expect(corpus.eras.map((e) => e.events.length)).toEqual([1, 2]);
  });

  test("merges citations of one event and says when reports date it differently", () => {
    const event = corpus.events.find((e) => e.id === "tuesday-attack")!;
    expect(event.reports).toEqual(["second-report", "first-report"]);
    expect(event.datesDiffer).toBe(true);
    expect(event.citations.map((c) => c.date?.label)).toEqual([
      "Tuesday night (31 August 2021)",
      "late Monday (30 August 2021)",
    ]);
  });

  test("marks different figures for one topic as a dispute, each attributed", () => {
    const event = corpus.events.find((e) => e.id === "tuesday-attack")!;
    expect(event.disputes).toHaveLength(1);
    expect(event.disputes[0]!.topic).toBe("Taliban killed");
    expect(event.disputes[0]!.claims.map((c) => [c.value, c.citation.claimantLabel])).toEqual([
      ["34", "National Resistance Front"],
      ["40", "Fahim Dashty"],
    ]);
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
      /talks-fail → citations: No citation dates the event: add `when`/,
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
