/**
 * Templates only render: an `.astro` file's frontmatter stays short, and the work it would do
 * belongs in a view built in src/lib. (Functions in src/**.ts are held to 60 lines by ESLint.)
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { expect, test } from "vitest";
import { filesUnder } from "./helpers/files";

const MAX_FRONTMATTER_LINES = 40;
/** The one line a template writes to say why its frontmatter is longer. */
const REASON = /^\s*\/\/ Frontmatter longer than 40 lines: \S/m;

const templates = filesUnder("src")
  .filter((f) => f.endsWith(".astro"))
  .map((f) => join("src", f));

test.each(templates)(`%s: frontmatter at most ${MAX_FRONTMATTER_LINES} lines, or says why`, (file) => {
  const frontmatter = /^---\n([\s\S]*?)\n---/.exec(readFileSync(file, "utf8"))?.[1] ?? "";
  const lines = frontmatter.split("\n").length;
  if (lines > MAX_FRONTMATTER_LINES)
    expect(frontmatter, `${file} has ${lines} lines of frontmatter`).toMatch(REASON);
});
