/**
 * axe-core in the page: the one way the browser tests ask for accessibility violations.
 * The engine is put into the page once (Playwright's evaluate and init scripts are not subject to
 * the page's CSP) and run there; a second run on the same page, after the colour scheme is
 * switched, reuses it.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { Page } from "@playwright/test";
import type Axe from "axe-core";

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

/** WCAG 2.2 A and AA, and axe's best practices. */
const AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"];

/** Rules whose outcome depends on colours: the only ones a change of colour scheme can change. */
export const COLOUR_RULES = ["color-contrast", "link-in-text-block"];

/**
 * Puts axe into every document `page` loads from here on: cheaper than putting it in after each
 * load (the browser compiles the script once), for a test that visits many pages.
 */
export async function withAxe(page: Page): Promise<void> {
  await page.addInitScript({ content: AXE_SOURCE });
}

/** Every violation axe finds on the page as it is now (all of AXE_TAGS, or only `rules`), one line each. */
export async function axeViolations(page: Page, rules?: string[]): Promise<string[]> {
  if (!(await page.evaluate(() => "axe" in window))) await page.evaluate(AXE_SOURCE);
  const options: Axe.RunOptions = {
    runOnly: rules ? { type: "rule", values: rules } : { type: "tag", values: AXE_TAGS },
    // Passes are not reported: computing a selector for every passing node is most of the time.
    resultTypes: ["violations"],
  };
  return page.evaluate(async (options) => {
    const { axe } = window as unknown as { axe: typeof Axe };
    const { violations } = await axe.run(document, options);
    return violations.map(
      (v) => `${v.id} (${v.impact}): ${v.help}\n    ${v.nodes.map((n) => n.target.join(" ")).join("\n    ")}`,
    );
  }, options);
}
