/** Facts about the real build that the browser tests walk. */
import { pagesOf } from "../helpers/files";

const DIST = new URL("../../dist/", import.meta.url).pathname;

/**
 * The built pages in groups of at most `size`, one section ("reports", "people", ...) per group:
 * a test that visits a group in one browser page pays the browser's set-up once, not per page.
 */
export function pageGroups(size: number): { name: string; pages: string[] }[] {
  const sections = new Map<string, string[]>();
  for (const path of pagesOf(DIST)) {
    const section = path.includes("/") ? path.slice(0, path.indexOf("/") + 1) : "(top level)";
    sections.set(section, [...(sections.get(section) ?? []), path]);
  }
  return [...sections].flatMap(([section, pages]) => {
    const count = Math.ceil(pages.length / size);
    return Array.from({ length: count }, (_, i) => ({
      name: count > 1 ? `${section} (${i + 1} of ${count})` : section,
      pages: pages.slice(i * size, (i + 1) * size),
    }));
  });
}
