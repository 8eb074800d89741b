/** Facts about the real build that the browser tests walk, and the screens they use. */
import type { Page } from "@playwright/test";
import { pagesOf } from "../helpers/files";

export const PHONE = { width: 390, height: 844 };
export const DESKTOP = { width: 1280, height: 800 };
/** The tallest a header may be on a phone, in CSS pixels. */
export const MAX_PHONE_HEADER = 80;

/** The height of the page's header, in CSS pixels. */
export const headerHeight = (page: Page): Promise<number> =>
  page.locator(".site-header").evaluate((header) => header.getBoundingClientRect().height);

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
