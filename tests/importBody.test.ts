/**
 * The import's text conversion against the five real copies: importing each source document
 * must give the copy's body line for line and its provenance.dropped list, so a removed chrome
 * rule or an altered kept line fails here. Expectations come from content/reports/, never from
 * this file.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { CHROME_RULES, chromeRuleFor, stripMarkup } from "@/lib/import/chrome";
import { textToBody } from "@/lib/import/body";
import { CONTENT_DIR, splitFrontmatter } from "./helpers/content";

const reportDir = join(CONTENT_DIR, "reports");
const copies = readdirSync(reportDir)
  .filter((file) => file.endsWith(".md"))
  .map((file) => {
    const { data, body } = splitFrontmatter(readFileSync(join(reportDir, file), "utf8"));
    const report = data as {
      title: string;
      titleEditorial?: boolean;
      provenance: { seedFile: string; dropped: string[] };
    };
    const source = readFileSync(join(CONTENT_DIR, "sources", report.provenance.seedFile), "utf8");
    return [file.replace(/\.md$/, ""), { report, body, source }] as const;
  });

const lines = (body: string) => body.trim().split("\n");

describe("importing each source document reproduces its copy", () => {
  test("there are five copies to compare with", () => expect(copies).toHaveLength(5));

  test.each(copies)("%s: the body, line for line", (_id, { body, source }) => {
    expect(lines(textToBody(source).body)).toEqual(lines(body));
  });

  test.each(copies)("%s: provenance.dropped", (_id, { report, source }) => {
    expect(textToBody(source).dropped.map((d) => d.line)).toEqual(report.provenance.dropped);
    // Lines that name the site are kept apart as outlet evidence, e.g. The Kootneeti's newsletter.
    if (report.provenance.dropped.some((line) => line.includes("Kootneeti")))
      expect(
        textToBody(source)
          .dropped.filter((d) => d.namesSite)
          .map((d) => d.line),
      ).toContain("Subscribe to the International Relations Updates by The Kootneeti");
  });

  test.each(copies)("%s: the headline, or none when the title is ours", (_id, { report, source }) => {
    expect(textToBody(source).title).toBe(report.titleEditorial ? undefined : report.title);
  });

  // Every rule earns its place: without it, some copy comes out differently, or (for the rules
  // of other news sites) its own examples are no longer dropped.
  test.each(CHROME_RULES.map((rule) => [rule.kind, rule] as const))(
    "the chrome rule %j drops its examples, which no other rule drops",
    (_kind, rule) => {
      for (const example of rule.examples) expect(chromeRuleFor(stripMarkup(example))).toBe(rule);
      const without = CHROME_RULES.filter((r) => r !== rule);
      for (const example of rule.examples)
        expect(chromeRuleFor(stripMarkup(example), without)).toBeUndefined();
    },
  );
});

describe("textToBody", () => {
  test.each([
    ["a headline, then a sentence", "Headline here\n\nA sentence.", "A sentence."],
    ["bullets become a list", "Title\n\nIntro.\n\n  • one\n  • two", "Intro.\n\n- one\n- two"],
    [
      "a short unpunctuated line after the text is a heading",
      "T\n\nA sentence.\n\nA heading\n\nMore.",
      "A sentence.\n\n## A heading\n\nMore.",
    ],
    ["a directive colon is escaped", "T\n\nNote:this is it.", "Note\\:this is it."],
    [
      "a credit line joins the caption above",
      "T\n\nA sentence.\n\nMen patrol the road, 1 May 2021.\n\nSource: Agency",
      "A sentence.\n\n:::caption\nMen patrol the road, 1 May 2021.\n\nSource: Agency\n:::",
    ],
    [
      "a line ending with a photo credit is a caption",
      "T\n\nA sentence.\n\nMen stand guard. (AP Photo/Someone)",
      "A sentence.\n\n:::caption\nMen stand guard. (AP Photo/Someone)\n:::",
    ],
    ["a Markdown level-1 heading is the headline", "# **Headline**\n\nA sentence.", "A sentence."],
    ["chrome is dropped", "T\n\nAdvertisement\n\nA sentence.\n\nRead More", "A sentence."],
  ])("%s", (_name, text, body) => {
    expect(textToBody(text).body.trim()).toBe(body);
  });
});
