/** Facts about the real build that the browser tests walk. */
import { readdirSync, statSync } from "node:fs";
import { join, relative } from "node:path";

const DIST = new URL("../../dist/", import.meta.url).pathname;

/** Every page of the built site, as a path relative to the base ("", "reports/x/", "404.html"). */
export function builtPages(): string[] {
  const pages: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (name.endsWith(".html")) pages.push(relative(DIST, path).replace(/index\.html$/, ""));
    }
  };
  walk(DIST);
  return pages.sort();
}

/**
 * The built pages in groups of at most `size`, one section ("reports", "people", ...) per group:
 * a test that visits a group in one browser page pays the browser's set-up once, not per page.
 */
export function pageGroups(size: number): { name: string; pages: string[] }[] {
  const sections = new Map<string, string[]>();
  for (const path of builtPages()) {
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
