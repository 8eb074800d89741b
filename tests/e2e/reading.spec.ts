import { expect, test } from "./test";

test.describe("home page", () => {
  test("lists the five reports with outlet, publication time and editorial summary", async ({ page }) => {
    await page.goto("");
    await expect(page.getByRole("heading", { level: 1 })).toHaveCount(1);
    const reports = page.locator(".report-card");
    await expect(reports).toHaveCount(5);
    for (const report of await reports.all()) {
      await expect(report.getByRole("link")).toHaveAttribute("href", /\/reports\/[a-z0-9-]+\/$/);
      await expect(report.locator("time")).toHaveAttribute("datetime", /^2021-\d\d-\d\d$/);
      await expect(report.getByText("Editorial summary")).toBeVisible();
    }
    await expect(page.getByRole("main").getByRole("link", { name: "The chronology" })).toBeVisible();
    await expect(page.getByRole("main").getByRole("link", { name: "Search" })).toBeVisible();
  });

  test("reports are listed oldest first", async ({ page }) => {
    await page.goto("");
    const dates = await page
      .locator(".report-card time")
      .evaluateAll((els) => els.map((e) => e.getAttribute("datetime")));
    expect(dates).toEqual([...dates].sort());
  });
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the search form is a plain GET to the search page", async ({ page }) => {
    await page.goto("");
    const form = page.getByRole("search", { name: "Search the reports" });
    await form.getByRole("searchbox").fill("Masood");
    await form.getByRole("button", { name: "Search" }).click();
    await expect(page).toHaveURL(/\/search\/\?q=Masood$/);
    await expect(page.getByRole("heading", { level: 1, name: "Search" })).toBeVisible();
  });

  test("the search page offers the reports and every name instead", async ({ page }) => {
    await page.goto("search/?q=Masood");
    await expect(page.getByText("Typing to search needs JavaScript")).toBeVisible();
    await expect(
      page.getByRole("main").getByRole("link", { name: /Taliban raise flag over Panjshir/ }),
    ).toBeVisible();
    await expect(
      page.getByRole("main").getByRole("link", { name: "Fahim Dashty", exact: true }),
    ).toBeVisible();
  });
});

test.describe("report page", () => {
  const slug = "resistance-under-fire-from-well-armed-taliban";

  test("shows provenance, editor's notes, captions and numbered paragraphs", async ({ page }) => {
    await page.goto(`reports/${slug}/`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(
      "Afghan resistance fighters under fire from 'very well armed' Taliban",
    );
    const provenance = page.getByRole("region", { name: "Provenance" });
    await expect(provenance.getByText("000_c7f6f9536d71ed59.txt")).toBeVisible();
    await expect(provenance.locator("time")).toHaveAttribute("datetime", "2021-09-03");
    await expect(provenance.getByText("as stated in the document")).toBeVisible();
    const notes = page.getByRole("region", { name: "Editor's notes" });
    await expect(notes.getByRole("link", { name: "are are ready to defeat" })).toBeVisible();
    await expect(page.locator("figure.caption").first()).toBeVisible();
    // The doubled word stays in the text, as published.
    await expect(page.locator(".report-body")).toContainText("are are ready to defeat");
    const ids = await page.locator(".report-body [id^='p-']").evaluateAll((els) => els.map((e) => e.id));
    expect(ids).toEqual(ids.map((_, i) => `p-${i + 1}`));
  });

  test("an editor's note links to the paragraph that holds the mistake", async ({ page }) => {
    await page.goto(`reports/${slug}/`);
    await page
      .getByRole("region", { name: "Editor's notes" })
      .getByRole("link", { name: "are are ready to defeat" })
      .click();
    const target = page.locator(":target");
    await expect(target).toContainText("are are ready to defeat");
  });

  test("lists the people and places it names and links to its neighbours by date", async ({ page }) => {
    await page.goto(`reports/${slug}/`);
    const named = page.getByRole("region", { name: "Named in this report" });
    await expect(named.getByText("Ahmad Massoud", { exact: true })).toBeVisible();
    await expect(named.getByText("Khawak Pass", { exact: true })).toBeVisible();
    const pager = page.getByRole("navigation", { name: "Reports by publication date" });
    await expect(pager.getByRole("link", { name: /Older:/ })).toBeVisible();
    await expect(pager.getByRole("link", { name: /Newer:/ })).toBeVisible();
  });

  test("the first report has no older neighbour, the last no newer one", async ({ page }) => {
    await page.goto("");
    const links = page.locator(".report-card h3 a");
    await links.first().click();
    await expect(page.getByRole("link", { name: /Older:/ })).toHaveCount(0);
    await page.goto("");
    await links.last().click();
    await expect(page.getByRole("link", { name: /Newer:/ })).toHaveCount(0);
  });
});

test("in print, a report keeps its text and provenance and drops the navigation", async ({ page }) => {
  await page.goto("reports/resistance-says-it-needs-help/");
  await page.emulateMedia({ media: "print" });
  await expect(page.locator(".site-header")).toBeHidden();
  await expect(page.getByRole("search")).toHaveCount(0);
  await expect(page.locator(".report-body")).toBeVisible();
  await expect(page.getByRole("region", { name: "Provenance" })).toBeVisible();
  const colour = await page.locator("body").evaluate((body) => getComputedStyle(body).color);
  expect(colour).toBe("rgb(0, 0, 0)");
});

test("the 404 page offers search and the report list", async ({ page }) => {
  const response = await page.goto("no-such-page/");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1, name: "Page not found" })).toBeVisible();
  await expect(page.getByRole("search", { name: "Search the reports" })).toBeVisible();
  await expect(
    page
      .getByRole("main")
      .getByRole("link", { name: /Panjshir/ })
      .first(),
  ).toBeVisible();
});
