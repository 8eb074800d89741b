import { expect, test, type Page } from "./test";

/** Opens every folded part of the page, as a reader clicking each would. */
async function openAll(page: Page): Promise<void> {
  await page
    .locator("details")
    .evaluateAll((all) => all.forEach((d) => ((d as HTMLDetailsElement).open = true)));
}

test.describe("chronology", () => {
  test("events are grouped by era and day, in date order, the background folded", async ({ page }) => {
    await page.goto("chronology/");
    const background = page
      .getByRole("group")
      .filter({ has: page.getByRole("heading", { name: "Background" }) });
    await expect(page.locator("details.era-fold")).not.toHaveAttribute("open");
    await expect(page.getByRole("heading", { level: 2, name: "Background" })).toBeVisible();
    await expect(background.locator("li.event").first()).toBeHidden();
    const days = await page
      .locator("section.day > h3 time")
      .evaluateAll((els) => els.map((e) => e.getAttribute("datetime")!));
    const week = days.filter((d) => d.startsWith("2021-"));
    expect(week.length).toBeGreaterThan(5);
    expect(week).toEqual([...week].sort());
    expect(await page.locator("li.event").count()).toBeGreaterThan(40);
  });

  test("the week at a glance: every event one line, the page at most 4 screens wide and 10 narrow", async ({
    page,
  }) => {
    for (const [width, height, screens] of [
      [1280, 800, 4],
      [390, 844, 10],
    ]) {
      await page.setViewportSize({ width: width!, height: height! });
      await page.goto("chronology/");
      const tall = await page.evaluate(() => document.documentElement.scrollHeight);
      expect(tall, `${width} px wide: ${(tall / height!).toFixed(1)} screens`).toBeLessThanOrEqual(
        screens! * height!,
      );
    }
  });

  test("an event's evidence is one click away, in place, and on its own page", async ({ page }) => {
    await page.goto("chronology/");
    const event = page.locator("#muttaqi-calls-on-panjshir-to-lay-down-arms");
    const quote = event.locator(".citations blockquote").first();
    await expect(quote).toBeHidden();
    await event.locator("summary").click();
    await expect(quote).toBeVisible();
    const headline = (await event.locator(".event-headline").textContent())!.trim();
    await event.getByRole("link", { name: "This event's own page" }).click();
    await expect(page).toHaveURL(/\/events\/muttaqi-calls-on-panjshir-to-lay-down-arms\/$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(headline);
    await expect(page.getByRole("link", { name: "This event in the chronology" })).toHaveAttribute(
      "href",
      /\/chronology\/#muttaqi-calls-on-panjshir-to-lay-down-arms$/,
    );
  });

  test("weekday phrases show their resolved date", async ({ page }) => {
    await page.goto("chronology/");
    const line = page.locator("#mohammadi-says-tuesday-night-assault-repelled summary time");
    await expect(line).toHaveText("Tuesday night");
    await expect(line).toHaveAttribute("datetime", "2021-08-31");
    await page.goto("events/mohammadi-says-tuesday-night-assault-repelled/");
    await expect(page.locator(".event-date time")).toHaveText("Tuesday night (31 August 2021)");
  });

  test("an event reported by several reports is one entry with all its citations", async ({ page }) => {
    await page.goto("chronology/");
    const event = page.locator("#muttaqi-calls-on-panjshir-to-lay-down-arms");
    await expect(event).toHaveCount(1);
    expect(await event.locator("summary .report-badge").count()).toBeGreaterThanOrEqual(3);
    await page.goto("events/muttaqi-calls-on-panjshir-to-lay-down-arms/");
    await expect(page.getByText(/Reported by [3-5] of 5 reports/)).toBeVisible();
    expect(await page.locator(".citations > li").count()).toBeGreaterThanOrEqual(3);
  });

  test("disputed claims stand side by side, each attributed, with why they cannot both be true", async ({
    page,
  }) => {
    await page.goto("chronology/");
    await expect(
      page.locator("#sides-of-panjshir-with-taliban-forces summary").getByText("Disputed", { exact: true }),
    ).toBeVisible();
    await page.goto("events/sides-of-panjshir-with-taliban-forces/");
    const event = page.getByRole("main");
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
    await expect(page.locator("#taliban-source-provides-videos summary time")).toHaveText("undated");
    await page.goto("events/taliban-source-provides-videos/");
    const event = page.getByRole("main");
    await expect(event.locator(".event-date time")).toHaveText("undated; reported 3 September 2021");
    await expect(event.locator(".citations .meta").first()).toContainText(
      "happened: not dated in this report · reported: 3 September 2021",
    );
  });

  test("a claim shows the outlet's own verification words", async ({ page }) => {
    await page.goto("events/dashty-says-taliban-lost-40-troops/");
    const table = page.getByRole("main").getByRole("table");
    await expect(
      table.getByRole("cell", { name: /not verified: “CNN has not independently confirmed/ }),
    ).toBeVisible();
  });

  test("the chronology and each event with figures link to the claims ledger", async ({ page }) => {
    await page.goto("chronology/");
    await expect(
      page.getByRole("main").getByRole("link", { name: "claims ledger", exact: true }),
    ).toBeVisible();
    await openAll(page);
    const withClaims = page.locator("li.event:has(table.claims)");
    expect(await withClaims.count()).toBeGreaterThan(10);
    for (const event of await withClaims.all()) {
      await expect(event.getByRole("link", { name: "all figures on the claims ledger" })).toHaveAttribute(
        "href",
        /\/claims\/#[a-z-]+$/,
      );
    }
  });

  test("every citation link lands on an existing paragraph holding its quote", async ({ page }) => {
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
    for (const [path, targets] of byPage) {
      await page.goto(path);
      for (const { id, quote } of targets) {
        const text = await page.locator(`[id="${id}"]`).textContent();
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
    await page.getByText("Coverage table: which report carries which event").click();
    const table = page.getByRole("table", { name: /Events \(rows\) against reports \(columns\)/ });
    await expect(table.getByRole("columnheader")).toHaveCount(6);
    const rows = table.locator("tbody tr");
    expect(await rows.count()).toBe(await page.locator("li.event").count());
    await expect(rows.first().getByRole("rowheader")).toBeVisible();
  });

  test.describe(() => {
    test.use({ javaScriptEnabled: false });

    test("without JavaScript every event is on the page", async ({ page }) => {
      await page.goto("chronology/");
      expect(await page.locator("li.event").count()).toBeGreaterThan(40);
      // The filter needs the script; its form stays hidden. An event still opens.
      await expect(page.getByRole("combobox", { name: "Person" })).toHaveCount(0);
      const event = page.locator("li.event").first();
      await page.getByText("Background", { exact: true }).click();
      await event.locator("summary").click();
      await expect(event.locator(".citations blockquote").first()).toBeVisible();
    });
  });

  test("the filter shows one person's events, keeps the choice in the address, and says how many", async ({
    page,
  }) => {
    await page.goto("chronology/");
    const all = await page.locator("li.event").count();
    await page.getByRole("combobox", { name: "Person" }).selectOption({ label: "Ahmad Massoud" });
    await expect(page).toHaveURL(/[?&]person=ahmad-massoud\b/);
    const shown = page.locator("li.event:not([hidden])");
    const involves = await shown.evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.involves!));
    expect(involves.length).toBeGreaterThan(2);
    expect(involves.length).toBeLessThan(all);
    for (const ids of involves) expect(ids.split(" ")).toContain("ahmad-massoud");
    await expect(page.getByRole("status")).toHaveText(`Showing ${involves.length} of ${all} events.`);

    await page.reload();
    await expect(page.getByRole("combobox", { name: "Person" })).toHaveValue("ahmad-massoud");
    await expect(shown).toHaveCount(involves.length);

    await page.getByRole("combobox", { name: "Party" }).selectOption({ label: "Taliban" });
    await expect(page).toHaveURL(/person=ahmad-massoud&party=taliban/);
    const both = await shown.evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.parties!));
    for (const parties of both) expect(parties.split(" ")).toContain("taliban");

    await page.getByRole("button", { name: "Show all" }).click();
    await expect(shown).toHaveCount(all);
    await expect(page).not.toHaveURL(/person=/);

    // A place with events in the background too: the folded era opens to show them.
    await page.getByRole("combobox", { name: "Place" }).selectOption({ label: "Kabul" });
    await expect(page.locator("details.era-fold")).toHaveAttribute("open");
    await expect(page.locator("details.era-fold li.event:not([hidden])").first()).toBeVisible();
  });

  test("the day strip is a picture with a table alternative, one row per report", async ({ page }) => {
    await page.goto("chronology/");
    const strip = page.getByRole("img", { name: /The week day by day/ });
    await expect(strip).toBeVisible();
    await page.getByText("The day strip as a table").click();
    const table = page.getByRole("table", { name: "Events each report places on each day" });
    await expect(table.locator("tbody tr")).toHaveCount(5);
    // The picture and the table give the same figures.
    const drawn = (await strip.locator("text.strip-count").allTextContents()).map((t) => t.trim());
    const written = (await table.locator("tbody td").allTextContents()).flatMap((t) => {
      const n = /^(\d+) events?/.exec(t);
      return n ? [n[1]!] : [];
    });
    expect(written).toEqual(drawn);
  });
});
