/**
 * A report file split into its YAML frontmatter and its Markdown body, read the way Astro reads
 * Markdown (its own frontmatter parser; the body trimmed). The one reader of report files: the
 * reports collection's loader, the pages that render a report's text, the import command and
 * the tests.
 */
import { parseFrontmatter } from "@astrojs/markdown-remark";

/** A report file's frontmatter (parsed) and Markdown body. */
export interface ReportFile {
  data: Record<string, unknown>;
  body: string;
}

/** Splits the text of a report file; `file` names it in the error for frontmatter that is not YAML. */
export function splitFrontmatter(text: string, file = "report"): ReportFile {
  try {
    const { frontmatter, content } = parseFrontmatter(text, { frontmatter: "remove" });
    return { data: frontmatter, body: content.trim() };
  } catch (error) {
    const { mark, reason } = error as { mark?: { line: number; column: number }; reason?: string };
    const at = mark ? `:${mark.line + 1}:${mark.column + 1}` : "";
    throw new Error(
      `${file}${at}: the frontmatter is not valid YAML (${reason ?? (error as Error).message}). ` +
        "Correct the YAML between the two --- lines; quote a value that holds a colon.",
      { cause: error },
    );
  }
}
