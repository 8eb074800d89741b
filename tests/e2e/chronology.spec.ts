import { expect, test } from "@playwright/test";

test.describe("chronology", () => {
  test("events are in date order and grouped by era", async ({ page }) => {
    await page.goto("chronology/");
    const eras = page.getByRole("main").getByRole("heading", { level: 2 });
    await expect(eras.first()).toHaveText("Background");
    const dates = await page
      .locator("li.event > .event-date time")
      .evaluateAll((els) => els.map((e) => e.getAttribute("datetime")!));
    expect(dates.length).toBeGreaterThan(20);
    expect(dates).toEqual([...dates].sort());
  });

  test("weekday phrases show their resolved date", async ({ page }) => {
    await page.goto("chronology/");
    const event = page.locator("#mohammadi-says-tuesday-night-assault-repelled");
    await expect(event.locator(".event-date time")).toHaveText("Tuesday night (31 August 2021)");
    await expect(event.locator(".event-date time")).toHaveAttribute("datetime", "2021-08-31");
  });

  test("an event reported by several reports is one entry with all its citations", async ({ page }) => {
    await page.goto("chronology/");
    const event = page.locator("#muttaqi-calls-on-panjshir-to-lay-down-arms");
    await expect(event).toHaveCount(1);
    await expect(event.getByText(/Reported by [3-5] of 5 reports/)).toBeVisible();
    expect(await event.locator(".citations > li").count()).toBeGreaterThanOrEqual(3);
  });

  test("disputed claims stand side by side, each attributed, with why they cannot both be true", async ({
    page,
  }) => {
    await page.goto("chronology/");
    const event = page.locator("#sides-of-panjshir-with-taliban-forces");
    await expect(event.getByText("Disputed", { exact: true })).toBeVisible();
    await expect(event.locator(".dispute-note")).toContainText("cannot both be true");
    const table = event.getByRole("table", { name: /Claims side by side \(disputed\)/ });
    await expect(table.getByRole("cell", { name: "Taliban", exact: true })).toBeVisible();
    await expect(
      table.getByRole("cell", { name: "The Kootneeti (the report itself)", exact: true }),
    ).toBeVisible();
    await expect(event.locator(".dispute-note")).toHaveText(
      "Disputed, Sides of the valley with Taliban forces: these claims cannot both be true — “on three sides” (The Kootneeti (the report itself)) and “surrounded on all four sides” (Taliban).",
    );
  });

  test("agreeing figures and reworded statements are not shown as disputes", async ({ page }) => {
    await page.goto("chronology/");
    // "Seven or eight" (one NRF official) and the talks "all in vain" / "without any result" agree.
    for (const id of [
      "taliban-attack-panjshir-on-two-fronts",
      "muttaqi-calls-on-panjshir-to-lay-down-arms",
    ]) {
      await expect(page.locator(`#${id}`)).not.toHaveClass(/\bdisputed\b/);
      await expect(page.locator(`#${id}`).getByText("Disputed", { exact: true })).toHaveCount(0);
    }
    expect(await page.locator("li.event.disputed").count()).toBe(1);
  });

  test("an undated statement is placed on its report's day and says so", async ({ page }) => {
    await page.goto("chronology/");
    const event = page.locator("#taliban-source-provides-videos");
    await expect(event.locator(".event-date time")).toHaveText("undated; reported 3 September 2021");
    await expect(event.locator(".citations .meta").first()).toContainText(
      "happened: not dated in this report · reported: 3 September 2021",
    );
  });

  test("a claim shows the outlet's own verification words", async ({ page }) => {
    await page.goto("chronology/");
    const table = page.locator("#dashty-says-taliban-lost-40-troops").getByRole("table");
    await expect(
      table.getByRole("cell", { name: /not verified: “CNN has not independently confirmed/ }),
    ).toBeVisible();
  });

  test("the chronology and each event with figures link to the claims ledger", async ({ page }) => {
    await page.goto("chronology/");
    await expect(
      page.getByRole("main").getByRole("link", { name: "claims ledger", exact: true }),
    ).toBeVisible();
    const withClaims = page.locator("li.event:has(table.claims)");
    expect(await withClaims.count()).toBeGreaterThan(10);
    for (const event of await withClaims.all()) {
      await expect(event.getByRole("link", { name: "all figures on the claims ledger" })).toHaveAttribute(
        "href",
        /\/claims\/#[a-z-]+$/,
      );
    }
  });

  test("every citation link lands on an existing paragraph holding its quote", async ({ page, context }) => {
    await page.goto("chronology/");
    const citations = await page.locator(".citations > li").evaluateAll((items) =>
      items.map((li) => ({
        href: (li.querySelector(".meta a") as HTMLAnchorElement).href,
        quote: li.querySelector("blockquote")!.textContent!.trim(),
      })),
    );
    expect(citations.length).toBeGreaterThan(50);
    const byPage = new Map<string, { id: string; quote: string }[]>();
    for (const { href, quote } of citations) {
      const url = new URL(href);
      const list = byPage.get(url.pathname) ?? [];
      list.push({ id: url.hash.slice(1), quote });
      byPage.set(url.pathname, list);
    }
    const straighten = (s: string) => s.replace(/[‘’]/g, "'").replace(/[“”]/g, '"').replace(/\s+/g, " ");
    const tab = await context.newPage();
    for (const [path, targets] of byPage) {
      await tab.goto(path);
      for (const { id, quote } of targets) {
        const text = await tab.locator(`[id="${id}"]`).textContent();
        expect(text, `${path}#${id}`).not.toBeNull();
        expect(straighten(text!)).toContain(straighten(quote));
      }
    }
  });

  test("each report's publication is marked on the timeline", async ({ page }) => {
    await page.goto("chronology/");
    await expect(page.locator("li.publication")).toHaveCount(5);
    await expect(
      page
        .locator("li.publication")
        .first()
        .getByText(/Report published/),
    ).toBeVisible();
  });

  test("the coverage grid is a real table of events against the five reports", async ({ page }) => {
    await page.goto("chronology/");
    const table = page.getByRole("table", { name: /Events \(rows\) against reports \(columns\)/ });
    await expect(table.getByRole("columnheader")).toHaveCount(6);
    const rows = table.locator("tbody tr");
    expect(await rows.count()).toBe(await page.locator("li.event").count());
    await expect(rows.first().getByRole("rowheader")).toBeVisible();
  });

  test("without JavaScript every event is on the page", async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto("chronology/");
    expect(await page.locator("li.event").count()).toBeGreaterThan(20);
    await context.close();
  });
});
