import { expect, test } from "./test";

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
      // A cap, not a timing: the chronology has hundreds of links to Tab through.
      test.setTimeout(120_000);
      await page.goto(path);
      if (path.startsWith("search/")) {
        // The results are final: every file they show is loaded (render.ts sets aria-busy till then).
        await expect(page.locator("panjshir-search[data-ready]")).toBeAttached();
        await expect(page.locator("[data-results]")).not.toHaveAttribute("aria-busy");
      }
      const expected = await page.evaluate(() =>
        [
          ...document.querySelectorAll<HTMLElement>(
            "a[href], button, input, select, textarea, summary, [tabindex]",
          ),
        ]
          // Rendered and not inside a closed <details> (which Tab passes by).
          .filter((el) => el.tabIndex >= 0 && el.checkVisibility())
          .map((el) => el.outerHTML.slice(0, 120)),
      );
      expect(expected.length).toBeGreaterThan(5);
      // Each focus is recorded in the page as it happens, so a Tab press is one round trip.
      await page.evaluate(() => {
        const log: { html: string; outline: string; width: number }[] = [];
        (window as unknown as { focusLog: typeof log }).focusLog = log;
        document.addEventListener("focusin", (event) => {
          const el = event.target as HTMLElement;
          const style = getComputedStyle(el);
          log.push({
            html: el.outerHTML.slice(0, 120),
            outline: style.outlineStyle,
            width: parseFloat(style.outlineWidth),
          });
        });
      });
      for (let i = 0; i < expected.length; i++) await page.keyboard.press("Tab");
      const focused = await page.evaluate(
        () =>
          (window as unknown as { focusLog: { html: string; outline: string; width: number }[] }).focusLog,
      );
      for (const { html, outline, width } of focused) {
        expect(outline, `focus ring on ${html}`).toBe("solid");
        expect(width, `focus ring width on ${html}`).toBeGreaterThanOrEqual(2);
      }
      const visited = focused.map((f) => f.html);
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
    // A reader presses ↓ once the results are on show; before, there is nothing to move to.
    await expect(page.locator("[data-results]")).not.toHaveAttribute("aria-busy");
    const first = page.locator("[data-results] a[data-result]").first();
    await expect(first).toBeVisible();
    await page.locator("#search-page-q").focus();
    await page.keyboard.press("ArrowDown");
    await expect(first).toBeFocused();
    await page.keyboard.press("Enter");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Fahim Dashty");
  });
});
