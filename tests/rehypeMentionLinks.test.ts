import { describe, expect, test } from "vitest";
import type { Root } from "hast";
import { toString } from "hast-util-to-string";
import rehypeStringify from "rehype-stringify";
import remarkDirective from "remark-directive";
import remarkParse from "remark-parse";
import remarkRehype from "remark-rehype";
import { unified } from "unified";
import { createMentionFinder } from "@/lib/mentions";
import { rehypeMentionLinks } from "@/lib/rehypeMentionLinks";
import { remarkReportStructure } from "@/lib/reportStructure";

const entries = [
  { id: "ahmad-massoud", names: ["Ahmad Massoud"], shortNames: ["Massoud"], href: "/people/ahmad-massoud/" },
  {
    id: "ahmad-shah-massoud",
    names: ["Ahmad Shah Massoud"],
    shortNames: ["Massoud"],
    href: "/people/ahmad-shah-massoud/",
  },
  { id: "kabul", names: ["Kabul"], href: "/places/kabul/" },
];

function render(markdown: string): { html: string; text: string } {
  let text = "";
  const processor = unified()
    .use(remarkParse)
    .use(remarkDirective)
    .use(remarkReportStructure)
    .use(remarkRehype)
    .use(() => (tree: Root) => {
      text = toString(tree);
    })
    .use(rehypeMentionLinks, {
      find: createMentionFinder(entries),
      hrefOf: (id: string) => entries.find((e) => e.id === id)!.href,
    })
    .use(rehypeStringify);
  const html = String(processor.processSync(markdown));
  return { html, text };
}

describe("rehypeMentionLinks", () => {
  test("links the first mention of each entry in each passage", () => {
    const { html } = render("Ahmad Massoud left Kabul. Ahmad Massoud came back to Kabul.\n\nKabul again.");
    expect(html).toBe(
      '<p id="p-1"><a href="/people/ahmad-massoud/" class="mention" data-entry="ahmad-massoud">Ahmad Massoud</a> left ' +
        '<a href="/places/kabul/" class="mention" data-entry="kabul">Kabul</a>. Ahmad Massoud came back to Kabul.</p>\n' +
        '<p id="p-2"><a href="/places/kabul/" class="mention" data-entry="kabul">Kabul</a> again.</p>',
    );
  });

  test("never links a shared surname, and prefers the longest name", () => {
    const { html } = render("Massoud, son of Ahmad Shah Massoud, said so.");
    expect(html).toContain(">Ahmad Shah Massoud</a>");
    expect(html).toMatch(/^<p id="p-1">Massoud, son of/);
  });

  test("links inside emphasis, list items and captions, never inside an existing link", () => {
    const { html } = render(
      "- *In Kabul* today\n\n:::caption\nKabul, 2021\n:::\n\n[Kabul](https://example.org) and Kabul",
    );
    expect(html).toContain('<em>In <a href="/places/kabul/"');
    expect(html).toContain('<p id="p-2"><a href="/places/kabul/"');
    expect(html).toContain('<a href="https://example.org">Kabul</a> and <a href="/places/kabul/"');
  });

  test.each([
    "“Ahmad Massoud’s men,” said one resident in Kabul — twice, Kabul.",
    ":::caption\nPictured: Ahmad Shah Massoud (right), Kabul\n:::",
    "No names here at all.",
  ])("leaves the text exactly as it was: %j", (markdown) => {
    const { html, text } = render(markdown);
    const after = html
      .replace(/<[^>]+>/g, "")
      .replace(/&#x26;/g, "&")
      .trim();
    expect(after).toBe(text.trim());
  });
});
