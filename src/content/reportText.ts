/**
 * A report's text, read from its file when the corpus or the report's page needs it: the
 * content store keeps only each report's frontmatter (see `reportFiles.ts`), so the reports'
 * text is never held all at once by Astro, nor bundled into the build.
 */
import { readFile } from "node:fs/promises";
import type { Corpus, Report } from "@/lib/corpus/types";
import { splitFrontmatter } from "@/lib/frontmatter";
import { oncePer } from "@/lib/memo";
import { createReportRenderer } from "@/lib/reportHtml";
import { href, paths } from "@/site";
import { projectPath } from "./projectPath";

/** The Markdown body of the report file at `filePath` (relative to the project root). */
export async function readReportBody(filePath: string): Promise<string> {
  return splitFrontmatter(await readFile(projectPath(filePath), "utf8"), filePath).body;
}

// One renderer a build, with the corpus's mention finder: every name links to its entry's page.
const rendererOf = oncePer((corpus: Corpus) =>
  createReportRenderer(corpus.findMentions, (id) =>
    href(paths.entry(corpus.gazetteerById.get(id)!.type, id)),
  ),
);

/** The report's text as HTML for its page: numbered passages, captions, names linked. */
export async function reportHtml(corpus: Corpus, report: Report): Promise<string> {
  const render = await rendererOf(corpus);
  return render(await readReportBody(report.filePath));
}
