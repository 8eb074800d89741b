import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { sitemapPages } from "./site";

const TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"];

for (const scheme of ["light", "dark"] as const) {
  test.describe(`axe, ${scheme} scheme`, () => {
    test.use({ colorScheme: scheme });
    // Every page the sitemap lists, and the 404 page, which it does not.
    for (const page of [...sitemapPages(), "404.html"]) {
      test(`/${page}`, async ({ page: tab }) => {
        await tab.goto(page);
        const results = await new AxeBuilder({ page: tab }).withTags(TAGS).analyze();
        const summary = results.violations.map(
          (v) =>
            `${v.id} (${v.impact}): ${v.help}\n    ${v.nodes.map((n) => n.target.join(" ")).join("\n    ")}`,
        );
        expect(summary, summary.join("\n")).toEqual([]);
      });
    }
  });
}

test("the skip link is the first thing the keyboard reaches and moves focus to the content", async ({
  page,
}) => {
  await page.goto("chronology/");
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "Skip to content" });
  await expect(skip).toBeFocused();
  await expect(skip).toBeVisible();
  await page.keyboard.press("Enter");
  await expect(page.locator("main")).toBeFocused();
});

test.describe("keyboard only", () => {
  for (const path of [
    "",
    "reports/taliban-raise-flag-over-panjshir/",
    "chronology/",
    "people/fahim-dashty/",
    "search/?q=Dasti",
  ]) {
    test(`/${path}: Tab visits every interactive element in document order, each with a visible focus ring`, async ({
      page,
    }) => {
      await page.goto(path);
      if (path.startsWith("search/"))
        await expect(page.locator("panjshir-search[data-ready]")).toBeAttached();
      const expected = await page.evaluate(() =>
        [
          ...document.querySelectorAll<HTMLElement>(
            "a[href], button, input, select, textarea, summary, [tabindex]",
          ),
        ]
          .filter((el) => el.tabIndex >= 0 && !el.closest("[hidden]") && el.getClientRects().length > 0)
          .map((el) => el.outerHTML.slice(0, 120)),
      );
      expect(expected.length).toBeGreaterThan(5);
      const visited: string[] = [];
      for (let i = 0; i < expected.length; i++) {
        await page.keyboard.press("Tab");
        const focused = await page.evaluate(() => {
          const el = document.activeElement as HTMLElement;
          const style = getComputedStyle(el);
          return {
            html: el.outerHTML.slice(0, 120),
            outline: style.outlineStyle,
            width: parseFloat(style.outlineWidth),
          };
        });
        expect(focused.outline, `focus ring on ${focused.html}`).toBe("solid");
        expect(focused.width).toBeGreaterThanOrEqual(2);
        visited.push(focused.html);
      }
      expect(visited).toEqual(expected);
    });
  }

  test("search is reachable and usable from the keyboard alone", async ({ page }) => {
    await page.goto("reports/taliban-raise-flag-over-panjshir/");
    await page.keyboard.press("Tab"); // skip link
    for (let i = 0; i < 12; i++) {
      await page.keyboard.press("Tab");
      if (
        await page
          .getByRole("searchbox", { name: "Search people, places and reports" })
          .first()
          .evaluate((el) => el === document.activeElement)
      )
        break;
    }
    await page.keyboard.type("Dasti");
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/\/search\/\?q=Dasti$/);
    await expect(page.locator("panjshir-search[data-ready]")).toBeAttached();
    await page.locator("#search-page-q").focus();
    await page.keyboard.press("ArrowDown");
    const first = page.locator("[data-results] a[data-result]").first();
    await expect(first).toBeFocused();
    await page.keyboard.press("Enter");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Fahim Dashty");
  });
});
