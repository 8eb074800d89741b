/**
 * The design as a reader meets it (docs/DESIGN.md): the header's navigation behind a disclosure
 * that works without JavaScript on a phone and in one row on a wide screen, the reading measure
 * of report text, and print. (That every page's header fits a phone, with one search field, is
 * checked on the one visit per page in pages.spec.ts.)
 */
import { expect, test, type Page } from "./test";
import { DESKTOP, headerHeight, MAX_PHONE_HEADER, PHONE } from "./site";

const REPORT = "reports/resistance-says-it-needs-help/";

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false, viewport: PHONE });

  test("on a phone, the menu opens and its links and search work", async ({ page }) => {
    await page.goto(REPORT);
    const nav = page.getByRole("navigation", { name: "Site" });
    await expect(nav).toBeHidden();
    await page.getByText("Menu", { exact: true }).click();
    await expect(nav).toBeVisible();
    await expect(page.getByRole("search", { name: "Site search" }).getByRole("searchbox")).toBeVisible();
    await nav.getByRole("link", { name: "Chronology" }).click();
    await expect(page).toHaveURL(/\/chronology\/$/);
    await expect(page.getByRole("heading", { level: 1, name: "Chronology" })).toBeVisible();
    // The menu opens again on the new page, closed until asked.
    await expect(nav).toBeHidden();
  });

  test("the search page keeps only its own search field", async ({ page }) => {
    await page.goto("search/");
    await page.getByText("Menu", { exact: true }).click();
    await expect(page.getByRole("navigation", { name: "Site" })).toBeVisible();
    await expect(page.getByRole("search")).toHaveCount(1);
    await expect(page.getByRole("search", { name: "Search the reports" })).toBeVisible();
  });
});

test.describe("on a wide screen", () => {
  test.use({ viewport: DESKTOP });

  test("the header is one row: links and search shown, no menu button", async ({ page }) => {
    await page.goto(REPORT);
    expect(await headerHeight(page)).toBeLessThanOrEqual(MAX_PHONE_HEADER);
    await expect(page.getByText("Menu", { exact: true })).toBeHidden();
    const links = page.getByRole("navigation", { name: "Site" }).getByRole("link");
    await expect(links).toHaveCount(7);
    const tops = await links.evaluateAll((els) =>
      els.map((el) => Math.round(el.getBoundingClientRect().top)),
    );
    expect(new Set(tops).size, "the links share one row").toBe(1);
    await expect(page.getByRole("search", { name: "Site search" }).getByRole("searchbox")).toBeVisible();
  });

  test("report text keeps a reading measure of 60 to 80 characters a line", async ({ page }) => {
    await page.goto("");
    const reports = await page
      .locator(".report-card h3 a")
      .evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    expect(reports).toHaveLength(5);
    for (const path of reports) {
      await page.goto(path.replace(/^\//, ""));
      const lines = await charactersPerLine(page, ".report-body > p");
      expect(lines.length, `${path}: full lines measured`).toBeGreaterThan(10);
      const mean = lines.reduce((sum, n) => sum + n, 0) / lines.length;
      expect(mean, `${path}: characters a line, on average`).toBeGreaterThanOrEqual(60);
      expect(mean, `${path}: characters a line, on average`).toBeLessThanOrEqual(80);
    }
  });
});

/**
 * The characters on each line of the matched paragraphs, as laid out, leaving out each
 * paragraph's last line (it ends where the text does, not at the measure).
 */
function charactersPerLine(page: Page, selector: string): Promise<number[]> {
  return page.locator(selector).evaluateAll((paragraphs) =>
    paragraphs.flatMap((p) => {
      const perLine = new Map<number, number>();
      const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
      const range = document.createRange();
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = node as Text;
        for (let i = 0; i < text.length; i++) {
          range.setStart(text, i);
          range.setEnd(text, i + 1);
          const rect = range.getClientRects()[0];
          if (rect) perLine.set(Math.round(rect.top), (perLine.get(Math.round(rect.top)) ?? 0) + 1);
        }
      }
      return [...perLine.values()].slice(0, -1);
    }),
  );
}

test.describe("in print", () => {
  for (const path of [REPORT, "chronology/"]) {
    for (const colorScheme of ["light", "dark"] as const) {
      test(`/${path} (${colorScheme} scheme): no navigation or search, black on white, links plain or with their address`, async ({
        page,
      }) => {
        await page.goto(path);
        await page.emulateMedia({ media: "print", colorScheme });
        await expect(page.getByRole("navigation", { name: "Site" })).toBeHidden();
        await expect(page.getByRole("search")).toHaveCount(0);
        await expect(page.getByText("Menu", { exact: true })).toBeHidden();
        const colours = await page.evaluate(() => ({
          text: getComputedStyle(document.body).color,
          page: getComputedStyle(document.documentElement).backgroundColor,
          main: getComputedStyle(document.querySelector("main")!).color,
        }));
        expect(colours).toEqual({ text: "rgb(0, 0, 0)", page: "rgb(255, 255, 255)", main: "rgb(0, 0, 0)" });
        const unprinted = await page
          .getByRole("main")
          .locator("a[href]")
          .evaluateAll((links) =>
            links
              .filter((a) => a.getClientRects().length > 0)
              .filter((a) => {
                const style = getComputedStyle(a);
                // Plain: not underlined, in black or in the colour of the text around it.
                const colours = ["rgb(0, 0, 0)", getComputedStyle(a.parentElement!).color];
                const plain = style.textDecorationLine === "none" && colours.includes(style.color);
                const shown = getComputedStyle(a, "::after").content.includes(a.getAttribute("href")!);
                return !(plain || shown);
              })
              .map((a) => a.outerHTML.slice(0, 120)),
          );
        expect(unprinted, "links that print neither plain nor with their address").toEqual([]);
      });
    }
  }
});
