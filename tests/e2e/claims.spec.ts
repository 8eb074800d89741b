import { expect, test } from "./test";

test.describe("claims ledger", () => {
  test("one captioned table per section, both sides side by side", async ({ page }) => {
    await page.goto("claims/");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Claims ledger");
    for (const name of [/^Casualties and losses/, /^Territory, fronts and attacks/, /^Other claims/]) {
      const table = page.getByRole("table", { name });
      await expect(table).toBeVisible();
      await expect(table.getByRole("columnheader")).toHaveText([
        "Topic",
        "National Resistance Front",
        "Taliban",
        "Others (each figure names its source)",
      ]);
      await expect(table.getByRole("rowheader").first()).toBeVisible();
    }
  });

  test("every Taliban-dead figure, whoever claims it, with its reading and its party", async ({ page }) => {
    await page.goto("claims/");
    const row = page.locator("tr#taliban-killed");
    const [nrf, taliban, others] = await row.locator("td").all();
    await expect(nrf!).toContainText("7–8 “seven or eight”");
    await expect(nrf!).toContainText("7 or more “at least seven”");
    await expect(nrf!).toContainText("Claimed by Fahim Dashty (National Resistance Front)");
    await expect(taliban!).toContainText("no claim");
    await expect(others!).toContainText("34 “34 Taliban were killed”");
    await expect(others!).toContainText("(Former Afghan government)");
  });

  test("the Taliban's own loss claims and the outlet's verification words are on the ledger", async ({
    page,
  }) => {
    await page.goto("claims/");
    await expect(page.locator("tr#nrf-losses td").nth(1)).toContainText("“heavy losses”");
    await expect(page.locator("tr#taliban-troops-lost")).toContainText(
      "not verified: “CNN has not independently confirmed Taliban deaths.”",
    );
  });

  test("only incompatible claims of two parties are marked disputed", async ({ page }) => {
    await page.goto("claims/");
    const disputed = page.locator(".ledger-figure:has(.disputed-tag)");
    await expect(disputed).toHaveCount(2);
    await expect(page.locator("tr#sides-with-taliban-forces .disputed-tag")).toHaveCount(2);
  });

  test("every figure links to its paragraph and to an existing chronology event", async ({ page }) => {
    await page.goto("claims/");
    const figures = await page
      .locator(".ledger-figure")
      .evaluateAll((items) =>
        items.map((li) => [...li.querySelectorAll("a")].map((a) => (a as HTMLAnchorElement).href)),
      );
    expect(figures.length).toBeGreaterThan(30);
    const eventIds = new Set<string>();
    for (const links of figures) {
      expect(links.some((l) => /\/reports\/[a-z0-9-]+\/#(p-\d+|title)$/.test(l))).toBe(true);
      const event = links.find((l) => /\/events\/[a-z0-9-]+\/$/.test(l));
      expect(event).toBeDefined();
      eventIds.add(new URL(event!).pathname.split("/").at(-2)!);
    }
    // Each is an event of the chronology, with its own page.
    await page.goto("chronology/");
    for (const id of eventIds) await expect(page.locator(`li.event[id="${id}"]`)).toHaveCount(1);
  });

  test.describe(() => {
    test.use({ javaScriptEnabled: false });

    test("is in the site navigation and works without JavaScript", async ({ page }) => {
      await page.goto("claims/");
      await expect(
        page.getByRole("navigation", { name: "Site" }).getByRole("link", { name: "Claims" }),
      ).toHaveAttribute("aria-current", "page");
      expect(await page.locator(".ledger-figure").count()).toBeGreaterThan(30);
    });
  });
});
