/**
 * Checks over the real content/ that the schemas cannot make: the copies keep every line of
 * their source documents in order, every alias is a spelling a report uses, and the whole
 * corpus passes the cross-entry rules.
 */
import { existsSync, readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { buildCorpus } from "@/lib/corpus";
import { htmlToArticle } from "@/lib/import/html";
import { TITLE_ANCHOR } from "@/lib/labels";
import { createMentionFinder } from "@/lib/mentions";
import { normaliseForQuote } from "@/lib/text";
import { loadContent } from "./helpers/content";

const SEEDS = new URL("../content/sources/", import.meta.url).pathname;
const input = loadContent();
const corpus = buildCorpus(input);

/** White space collapsed, every other character (quote marks included) kept as it is. */
const collapse = (text: string) => text.replace(/\s+/g, " ").trim();

/** A source line as text: Markdown emphasis, heading marks, bullets and escapes removed. */
function plain(line: string): string {
  return collapse(
    line
      .replace(/^\s*#+\s*/, "")
      .replace(/^\s*•\s*/, "")
      .replace(/\*\*/g, "")
      .replace(/^\*(.*)\*$/, "$1")
      .replace(/\\([*_#\\])/g, "$1"),
  );
}

describe("every report copies its source document faithfully", () => {
  test("the source documents are in the repository", () => {
    expect(
      existsSync(SEEDS),
      `The source documents are missing: expected them in ${SEEDS}. ` +
        "Each report's provenance.seedFile names its file there; restore the folder from git.",
    ).toBe(true);
  });

  test.each(corpus.reports.map((r) => [r.id, r] as const))("%s", (_id, report) => {
    const seedPath = `${SEEDS}${report.data.provenance.seedFile}`;
    expect(
      existsSync(seedPath),
      `${report.filePath}: provenance.seedFile "${report.data.provenance.seedFile}" is not in ${SEEDS}`,
    ).toBe(true);
    const seed = readFileSync(seedPath, "utf8");
    // A saved HTML page is compared as the import reads it: its article, one line per block.
    const sourceText = seedPath.endsWith(".html") ? htmlToArticle(seed, seedPath).text : seed;
    const lines = sourceText
      .split("\n")
      .map(plain)
      .filter((line) => line.length > 0);
    const dropped = new Set(report.data.provenance.dropped.map(plain));
    const text = collapse(report.passages.map((p) => p.text).join("\n"));
    const kept = lines.filter((line) => !dropped.has(line));
    // The first kept line is the headline, unless the document has none and the title is ours.
    const [titleLine, ...body] = report.data.titleEditorial ? ["", ...kept] : kept;
    if (!report.data.titleEditorial) expect(collapse(report.data.title)).toBe(titleLine);

    let cursor = 0;
    for (const line of body) {
      const at = text.indexOf(line, cursor);
      expect(
        at,
        `${report.filePath}: the source line "${line}" is missing or out of order. Copy it verbatim, or list it in provenance.dropped if it is page chrome.`,
      ).toBeGreaterThanOrEqual(0);
      cursor = at + line.length;
    }
    // Nothing is listed as dropped that the source does not have.
    for (const line of dropped)
      expect(
        lines,
        `${report.filePath}: provenance.dropped lists "${line}", which the source does not have`,
      ).toContain(line);
  });
});

describe("the gazetteer", () => {
  const texts = corpus.reports.map((r) => r.passages.map((p) => p.text).join("\n"));
  const occurs = (id: string, name: string) => {
    const find = createMentionFinder([{ id, names: [name] }]);
    return texts.some((text) => find(text).length > 0);
  };

  test.each(
    corpus.gazetteer.flatMap((e) => [...e.aliases, ...e.shortNames].map((name) => [e.id, name] as const)),
  )("%s: the alias %j is a spelling a report uses", (id, name) => {
    expect(
      occurs(id, name),
      `"${name}" (${id}) occurs in no report: move it to transliterations, or remove it`,
    ).toBe(true);
  });

  test.each(corpus.gazetteer.map((e) => [e.id, e] as const))(
    "%s is named in at least one report",
    (_id, entry) => {
      const names = [entry.name, ...entry.aliases, ...entry.shortNames];
      expect(names.some((name) => occurs(entry.id, name))).toBe(true);
    },
  );

  test("ids are unique across people, places and organisations", () => {
    const ids = [...input.people, ...input.places, ...input.organisations].map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe("the chronology", () => {
  test("every event is cited and dated, and every quote was found in its report", () => {
    expect(corpus.events.length).toBe(input.events.length);
    for (const event of corpus.events) {
      expect(event.citations.length).toBeGreaterThan(0);
      for (const citation of event.citations) {
        const report = corpus.reportsById.get(citation.report)!;
        const text =
          citation.anchor === TITLE_ANCHOR
            ? report.data.title
            : report.passages.find((p) => p.anchor === citation.anchor)!.text;
        expect(normaliseForQuote(text)).toContain(normaliseForQuote(citation.quote));
      }
    }
  });

  test("the only disputes are values two parties give that cannot both be true", () => {
    // Pinned so that a data change that creates or removes a dispute is a reviewed decision.
    const disputed = corpus.events.filter((e) => e.disputed);
    expect(disputed.map((e) => [e.id, e.disputes.map((d) => d.topic), e.declaredDispute])).toEqual([
      ["sides-of-panjshir-with-taliban-forces", ["sides-with-taliban-forces"], undefined],
    ]);
  });

  test("both sides' casualty claims are in the data, each with a party", () => {
    const casualtyParties = new Set(
      corpus.events.flatMap((e) =>
        e.claims.filter((c) => corpus.topicsById.get(c.topic)!.ledger === "casualties").map((c) => c.party),
      ),
    );
    expect([...casualtyParties]).toEqual(
      expect.arrayContaining(["nrf", "taliban", "former-government", "analyst"]),
    );
  });

  test("covers the background and the week, in order", () => {
    const starts = corpus.events.map((e) => e.date.start);
    expect(starts).toEqual([...starts].sort());
    expect(corpus.eras.map((e) => e.events.length).every((n) => n > 0)).toBe(true);
  });
});
