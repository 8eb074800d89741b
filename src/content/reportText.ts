/**
 * A report's text, read from its file when the corpus or the report's page needs it: the
 * content store keeps only each report's frontmatter (see `reportFiles.ts`), so the reports'
 * text is never held all at once by Astro, nor bundled into the build.
 */
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { root } from "astro:config/server";
import type { Corpus, Report } from "@/lib/corpus/types";
import { splitFrontmatter } from "@/lib/frontmatter";
import { oncePer } from "@/lib/memo";
import { createReportRenderer } from "@/lib/reportHtml";
import { href, paths } from "@/site";

/** The Markdown body of the report file at `filePath` (relative to the project root). */
export async function readReportBody(filePath: string): Promise<string> {
  return splitFrontmatter(await readFile(join(fileURLToPath(root), filePath), "utf8"), filePath).body;
}

// One renderer a build: every name of the corpus's gazetteer links to its entry's page.
const rendererOf = oncePer((corpus: Corpus) =>
  createReportRenderer(corpus.gazetteer, (entry) => href(paths.entry(entry.type, entry.id))),
);

/** The report's text as HTML for its page: numbered passages, captions, names linked. */
export async function reportHtml(corpus: Corpus, report: Report): Promise<string> {
  const render = await rendererOf(corpus);
  return render(await readReportBody(report.filePath));
}
