/**
 * A saved web page to source blocks: `@mozilla/readability` finds the article in a server DOM
 * (`linkedom`), and each of its paragraphs, headings, list items and figure captions becomes a
 * block for `blocksToBody`, where the same chrome rules apply as for text.
 */
import { Readability } from "@mozilla/readability";
import { parseHTML } from "linkedom";
import { chromeRuleFor, stripMarkup } from "./chrome";
import { ImportError } from "./input";
import type { DroppedLine, SourceBlock } from "./body";

/** What the page gives: its headline, article blocks, and the site's name if the page states it. */
export interface HtmlArticle {
  title?: string;
  blocks: SourceBlock[];
  /** Chrome that Readability kept inside the article, dropped by the same rules as for text. */
  dropped: DroppedLine[];
  /**
   * The article as the import read it, one line per block, chrome lines included, headline
   * first: the text a copy of an HTML source is checked against (tests/content.test.ts).
   */
  text: string;
  /** The byline Readability found (it leaves it out of the article text). */
  byline?: string;
  /** `og:site_name`, with the markup that states it, as outlet evidence. */
  siteName?: { name: string; evidence: string };
}

const BLOCKS = "h1, h2, h3, h4, h5, h6, p, li, figcaption, blockquote, pre";

const textOf = (element: Element) => (element.textContent ?? "").replace(/\s+/g, " ").trim();

/** Extracts the article of a page; throws an ImportError when the page has none. */
export function htmlToArticle(html: string, fileName: string): HtmlArticle {
  const { document } = parseHTML(html);
  const siteNameContent = document
    .querySelector('meta[property="og:site_name"]')
    ?.getAttribute("content")
    ?.trim();
  // Readability changes the DOM it reads: give it its own copy.
  const article = new Readability(parseHTML(html).document as unknown as Document).parse();
  if (!article?.content || !article.textContent?.trim()) {
    throw new ImportError(
      `${fileName}: no article found in the page. Save the article's own page (not a front page or a search result), or copy its text into a .txt file and import that.`,
    );
  }
  const { document: content } = parseHTML(`<!doctype html><html><body>${article.content}</body></html>`);
  const blocks: SourceBlock[] = [];
  const dropped: DroppedLine[] = [];
  const read: string[] = [];
  for (const element of content.querySelectorAll(BLOCKS)) {
    // A block inside another block (a <p> in a <li> or <blockquote>) is read with its parent.
    if (element.parentElement?.closest(BLOCKS)) continue;
    const text = textOf(element);
    if (!text) continue;
    read.push(text);
    const rule = chromeRuleFor(stripMarkup(text));
    if (rule) {
      dropped.push({
        line: stripMarkup(text),
        kind: rule.kind,
        ...(rule.namesSite ? { namesSite: true } : {}),
      });
      continue;
    }
    const tag = element.tagName.toLowerCase();
    const line = /^h[1-6]$/.test(tag) ? `## ${text}` : tag === "li" ? `• ${text}` : text;
    // Consecutive list items are one list.
    const previous = blocks.at(-1);
    if (tag === "li" && previous?.lines.every((l) => l.startsWith("• "))) previous.lines.push(line);
    else blocks.push({ lines: [line], gapBefore: 1, ...(tag === "figcaption" ? { caption: true } : {}) });
  }
  if (blocks.length === 0)
    throw new ImportError(`${fileName}: no article found in the page (the article has no paragraphs).`);
  const title = article.title ? stripMarkup(article.title) : undefined;
  return {
    ...(title ? { title } : {}),
    blocks,
    dropped,
    text: [...(title ? [title] : []), ...read].join("\n\n"),
    ...(article.byline?.trim() ? { byline: article.byline.trim() } : {}),
    ...(siteNameContent
      ? {
          siteName: {
            name: siteNameContent,
            evidence: `<meta property="og:site_name" content="${siteNameContent}">`,
          },
        }
      : {}),
  };
}
