/**
 * Splitting a report file into its YAML frontmatter and Markdown body, outside Astro (tests,
 * the import command).
 */
import { load } from "js-yaml";

/** Splits a Markdown file into its YAML frontmatter (parsed) and body. */
export function splitFrontmatter(source: string): { data: unknown; body: string } {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(source);
  if (!match) throw new Error("no frontmatter");
  return { data: load(match[1]!), body: match[2]! };
}
