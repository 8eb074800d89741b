import { describe, expect, test } from "vitest";
import rehypeStringify from "rehype-stringify";
import remarkDirective from "remark-directive";
import remarkParse from "remark-parse";
import remarkRehype from "remark-rehype";
import { unified } from "unified";
import { readPassages, remarkReportStructure } from "@/lib/reportStructure";

const markdown = `3rd September 2021

- The Taliban seized an enormous arsenal
- But National Resistance Front fighters have vowed to fight

## ‘Try their luck’

:::caption
Pictured: fighters on a hilltop in Panjshir Valley, September 1, 2021

Source: Anadolu
:::

“Perhaps they wanted to try their luck,” NRF official Fahim Dashti said.
`;

// The same plugin chain Astro runs (remark-directive, then ours), to HTML.
function toHtml(source: string): string {
  return String(
    unified()
      .use(remarkParse)
      .use(remarkDirective)
      .use(remarkReportStructure)
      .use(remarkRehype)
      .use(rehypeStringify)
      .processSync(source),
  );
}

describe("readPassages", () => {
  test("numbers paragraphs, list items, headings and captions in document order", () => {
    expect(readPassages(markdown).map((p) => [p.anchor, p.kind, p.text])).toEqual([
      ["p-1", "paragraph", "3rd September 2021"],
      ["p-2", "list item", "The Taliban seized an enormous arsenal"],
      ["p-3", "list item", "But National Resistance Front fighters have vowed to fight"],
      ["p-4", "heading", "‘Try their luck’"],
      ["p-5", "caption", "Pictured: fighters on a hilltop in Panjshir Valley, September 1, 2021"],
      ["p-6", "caption", "Source: Anadolu"],
      ["p-7", "paragraph", "“Perhaps they wanted to try their luck,” NRF official Fahim Dashti said."],
    ]);
  });

  test.each([
    ["an empty body", "", []],
    ["emphasis is not a passage of its own", "Some *italic* text", ["Some italic text"]],
    [
      "a soft line break stays in one passage",
      "CNN has not confirmed.\nSeparately, videos",
      ["CNN has not confirmed.\nSeparately, videos"],
    ],
  ])("%s", (_label, source, texts) => {
    expect(readPassages(source).map((p) => p.text)).toEqual(texts);
  });

  test.each([
    ["a text directive", "Note:this would vanish", /1:5: .*":this.*directive.*\\:this/],
    ["a leaf directive", "::video\n", /1:1: .*directive/],
    ["an unknown container", ":::aside\ntext\n:::\n", /1:1: .*":::aside".*:::caption/],
  ])("%s fails with its position and the fix instead of dropping text", (_label, source, message) => {
    expect(() => readPassages(source, "content/reports/x.md")).toThrow(message);
    expect(() => readPassages(source, "content/reports/x.md")).toThrow(/content\/reports\/x\.md/);
  });

  test("an escaped colon stays text", () => {
    expect(readPassages("Note\\:this stays").map((p) => p.text)).toEqual(["Note:this stays"]);
  });
});

describe("remarkReportStructure in the HTML pipeline", () => {
  const html = toHtml(markdown);

  test("gives every passage its anchor id", () => {
    for (let i = 1; i <= 7; i++) expect(html).toContain(`id="p-${i}"`);
    expect(html).toContain('<h2 id="p-4">');
    expect(html).toContain('<li id="p-2">The Taliban seized');
  });

  test("turns a caption block into a figure with a figcaption holding its paragraphs", () => {
    expect(html).toMatch(
      /<figure class="caption"><figcaption>\s*<p id="p-5">Pictured: .*<\/p>\s*<p id="p-6">Source: Anadolu<\/p>\s*<\/figcaption><\/figure>/,
    );
  });

  test("leaves the words as they are: no smart quotes, no dropped text", () => {
    const straight = toHtml('"Last night the Taliban terrorists attacked Panjshir," he said -- twice.');
    expect(straight).toContain('"Last night the Taliban terrorists attacked Panjshir," he said -- twice.');
  });
});
