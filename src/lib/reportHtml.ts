/**
 * A report's HTML, from its Markdown: Astro's own Markdown processor (the one its content
 * collections use) with the site's two transforms, numbered passages and captions
 * (`reportStructure.ts`) and names linked to their pages (`rehypeMentionLinks.ts`). Report pages
 * render their text as they are built, instead of keeping every report's HTML in the content
 * store (`src/content/reportFiles.ts` says why).
 */
import { createMarkdownProcessor } from "@astrojs/markdown-remark";
import remarkDirective from "remark-directive";
import { rehypeMentionLinks, type MentionLinkOptions } from "./rehypeMentionLinks";
import { remarkReportStructure } from "./reportStructure";

/**
 * Renders one report's Markdown body to HTML. (A body the structure plugin rejects never gets
 * here: the corpus reads every report's passages first and fails the build naming the file.)
 */
export type ReportRenderer = (markdown: string) => Promise<string>;

/** A renderer that links the names `find` finds to `hrefOf(id)`: the corpus's finder, in the build. */
export async function createReportRenderer(
  find: MentionLinkOptions["find"],
  hrefOf: MentionLinkOptions["hrefOf"],
): Promise<ReportRenderer> {
  const processor = await createMarkdownProcessor({
    // The reports are faithful copies: no typographic "smart" quotes or dashes may be invented.
    smartypants: false,
    gfm: true,
    // Reports hold no code; no highlighter need be loaded.
    syntaxHighlight: false,
    remarkPlugins: [remarkDirective, remarkReportStructure],
    rehypePlugins: [[rehypeMentionLinks, { find, hrefOf }]],
  });
  return async (markdown) => (await processor.render(markdown)).code;
}
