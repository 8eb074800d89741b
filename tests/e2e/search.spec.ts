import { expect, test, type Page } from "./test";
import { axeViolations } from "./axe";
import { DESKTOP, PHONE } from "./site";

const field = (page: Page) =>
  page.getByRole("searchbox", { name: "Search people, places and reports" }).last();
const results = (page: Page) => page.locator("[data-results]");

async function openSearch(page: Page, query = "") {
  await page.goto(`search/${query ? `?q=${encodeURIComponent(query)}` : ""}`);
  await expect(page.locator("panjshir-search[data-ready]")).toBeAttached();
  // Every file the results on show need is loaded.
  await expect(results(page)).not.toHaveAttribute("aria-busy");
}

test.describe("search", () => {
  test("results appear as the reader types: names, events, then every report with its best passages marked", async ({
    page,
  }) => {
    await openSearch(page);
    await field(page).pressSequentially("Masood");
    await expect(page.getByRole("status")).toContainText(
      /\d+ names?, \d+ events? and 5 reports \(\d+ passages\) for “Masood”/,
    );
    const groups = results(page).getByRole("heading", { level: 2 });
    await expect(groups).toHaveText(["People, places and organisations", /^Chronology events/, "Reports"]);
    const people = results(page).getByRole("region", { name: "People, places and organisations" });
    await expect(people.getByRole("link", { name: "Ahmad Massoud", exact: true })).toBeVisible();
    await expect(people.getByRole("link", { name: "Ahmad Shah Massoud", exact: true })).toBeVisible();
    // Every report that names him is on show, without a click, each with its best passages.
    const reports = results(page).getByRole("region", { name: "Reports" }).locator(":scope > ol > li");
    await expect(reports).toHaveCount(5);
    for (const report of await reports.all()) {
      await expect(report.locator("time")).toHaveAttribute("datetime", /^2021-/);
      await expect(report.locator(".meta")).toContainText(/\d+ matching passages?/);
      await expect(report.locator(".report-passages > li").first()).toBeVisible();
    }
    // Passages spelled "Massoud" are found and their spelling is what is marked.
    await expect(
      results(page)
        .locator("mark", { hasText: /^Massoud$/ })
        .first(),
    ).toBeVisible();
    await expect(
      results(page)
        .locator("mark", { hasText: /^Masood$/ })
        .first(),
    ).toBeVisible();
  });

  test("a typo in an ordinary word finds what the right spelling finds", async ({ page }) => {
    await openSearch(page, "heavy losses");
    const reports = results(page).getByRole("region", { name: "Reports" }).locator(":scope > ol > li");
    await expect(reports.first()).toBeVisible();
    const right = await reports.locator(".result-title").allTextContents();
    await field(page).fill("heavy loses");
    await expect(page.getByRole("status")).toContainText("for “heavy loses”");
    await expect(results(page)).not.toHaveAttribute("aria-busy");
    await expect(reports.first()).toBeVisible();
    const typo = await reports.locator(".result-title").allTextContents();
    for (const title of right) expect(typo).toContain(title);
  });

  test("a name in its own script finds the place", async ({ page }) => {
    await openSearch(page, "پنجشیر");
    await expect(results(page).getByRole("link", { name: "Panjshir", exact: true })).toBeVisible();
    await expect(
      results(page).getByRole("region", { name: "Reports" }).locator(":scope > ol > li"),
    ).toHaveCount(5);
  });

  test("filters narrow the results, stay in the address and are announced", async ({ page }) => {
    await openSearch(page, "Panjshir");
    await page.getByText("Filters").click();
    await page.getByRole("checkbox", { name: "People, places and organisations" }).uncheck();
    await page.getByRole("checkbox", { name: "Chronology events" }).uncheck();
    await page.getByLabel("From").fill("2021-09-03");
    await expect(page.getByRole("status")).toContainText("only reports, dated on or after 2021-09-03");
    await expect(results(page).getByRole("heading", { level: 2 })).toHaveText(["Reports"]);
    await expect(
      results(page).getByRole("region", { name: "Reports" }).locator(":scope > ol > li"),
    ).toHaveCount(3);
    await expect(page).toHaveURL(/[?&]from=2021-09-03/);
    await expect(page).toHaveURL(/kind=reports/);
    await page.reload();
    await expect(page.getByLabel("From")).toHaveValue("2021-09-03");
    await expect(page.getByRole("checkbox", { name: "Chronology events" })).not.toBeChecked();
    await expect(page.getByRole("status")).toContainText("only reports, dated on or after 2021-09-03");
  });

  test("the query stays in the URL and opening it directly shows its results", async ({ page }) => {
    await openSearch(page);
    await field(page).fill("Dasti");
    await expect(page).toHaveURL(/\/search\/\?q=Dasti$/);
    await page.reload();
    await expect(field(page)).toHaveValue("Dasti");
    await expect(results(page).getByRole("link", { name: "Fahim Dashty", exact: true })).toBeVisible();
    await openSearch(page, "Masood");
    await expect(results(page).getByRole("link", { name: "Ahmad Massoud", exact: true })).toBeVisible();
  });

  test("a passage result links to its paragraph and highlights the match there", async ({ page }) => {
    await openSearch(page, "Charika");
    const link = results(page).locator(".report-passages a").first();
    const href = await link.getAttribute("href");
    expect(href).toMatch(/\/reports\/taliban-and-nrf-clash-in-panjshir\/#p-\d+:~:text=.*Charika/);
    await link.click();
    await expect(page).toHaveURL(/\/reports\/taliban-and-nrf-clash-in-panjshir\/#p-\d+/);
    // The browser keeps the text directive (":~:text=…") out of the element id it targets.
    const anchor = new URL(page.url()).hash.slice(1).split(":~:")[0];
    await expect(page.locator(`[id="${anchor}"]`)).toContainText("Charika");
  });

  test("keyboard: / and Ctrl+K focus the field, arrows move, Enter opens, Escape clears", async ({
    page,
  }) => {
    await openSearch(page, "Kapisa");
    await page.locator("h1").click();
    await page.keyboard.press("/");
    await expect(field(page)).toBeFocused();
    await page.locator("h1").click();
    await page.keyboard.press("Control+k");
    await expect(field(page)).toBeFocused();

    const links = results(page).locator("a[data-result]");
    await page.keyboard.press("ArrowDown");
    await expect(links.nth(0)).toBeFocused();
    await page.keyboard.press("ArrowDown");
    await expect(links.nth(1)).toBeFocused();
    await page.keyboard.press("ArrowUp");
    await expect(links.nth(0)).toBeFocused();
    await page.keyboard.press("ArrowUp");
    await expect(field(page)).toBeFocused();

    await page.keyboard.press("Escape");
    await expect(field(page)).toHaveValue("");
    await expect(results(page)).toBeEmpty();
    await expect(page).toHaveURL(/\/search\/$/);

    await field(page).fill("Kapisa");
    await page.keyboard.press("ArrowDown");
    const target = await links.nth(0).getAttribute("href");
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(new RegExp(target!.replace(/[?.*+()[\]]/g, "\\$&").split("#")[0]!));
  });

  test("no results offer the closest names; an empty query says what to type", async ({ page }) => {
    await openSearch(page, "Kunduz");
    await expect(page.getByRole("status")).toContainText("No results for “Kunduz”");
    const suggestion = results(page).getByText("Did you mean:").getByRole("link").first();
    const name = await suggestion.textContent();
    await suggestion.click();
    await expect(field(page)).toHaveValue(name!);
    await field(page).fill("");
    await expect(page.getByRole("status")).toHaveText("Type a name, a place or any word from the reports.");
  });

  test("long, right-to-left and regular-expression queries are handled", async ({ page }) => {
    await openSearch(page);
    await field(page).fill("Panjshir ".repeat(30));
    await expect(page.getByRole("status")).toContainText("cut to its first 100 characters");
    await field(page).fill("مسعود");
    await expect(page.getByRole("status").locator("bdi")).toHaveText("مسعود");
    await field(page).fill("(.*)[");
    await expect(page.getByRole("status")).toContainText("No results for “(.*)[”");
  });

  test("the note that typing needs JavaScript is hidden once the search runs", async ({ page }) => {
    await openSearch(page);
    await expect(page.getByText("Typing to search needs JavaScript")).toBeHidden();
  });

  test("a hostile query is shown as text and runs nothing", async ({ page }) => {
    const dialogs: string[] = [];
    page.on("dialog", (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    const hostile = "<img src=x onerror=alert(1)>";
    await openSearch(page, hostile);
    await expect(page.getByRole("status").locator("bdi")).toHaveText(hostile);
    await field(page).fill("Dashti & <b>Dasti</b>");
    await expect(page.getByRole("status").locator("bdi")).toHaveText("Dashti & <b>Dasti</b>");
    await expect(page.locator("[data-results] img, [data-results] b, [role=status] img")).toHaveCount(0);
    expect(dialogs).toEqual([]);
  });

  test("content containing < and & is shown as text", async ({ page }) => {
    const dialogs: string[] = [];
    page.on("dialog", (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    // Serve an index whose passage and names carry markup, as a hostile source document might.
    await page.route("**/search/index.json", async (route) => {
      const core = await (await route.fetch()).json();
      core.entries[0].description = '<img src=x onerror=alert("entry")> & more';
      await route.fulfill({ json: core });
    });
    await page.route("**/search/reports/0.json", async (route) => {
      const report = await (await route.fetch()).json();
      for (const passage of report.passages) {
        passage.text = 'Kabul <img src=x onerror=alert("passage")> Tom & Jerry &amp; <b>bold</b> Taliban';
      }
      await route.fulfill({ json: report });
    });
    await openSearch(page, "Taliban");
    const snippets = results(page).locator(".snippet");
    await expect(snippets.filter({ hasText: "Jerry" }).first()).toContainText(
      '<img src=x onerror=alert("passage")> Tom & Jerry &amp; <b>bold</b>',
    );
    await field(page).fill(await page.evaluate(() => "Abdul Wudod Zara"));
    await expect(results(page)).toContainText('<img src=x onerror=alert("entry")> & more');
    await expect(page.locator("[data-results] img, [data-results] b")).toHaveCount(0);
    expect(dialogs).toEqual([]);
  });

  test.describe("on a page of its own", () => {
    // A warm cache from an earlier test could answer these requests unseen.
    test.use({ ownPage: true });
    test("fuse.js and the index load only on the search page", async ({ page }) => {
      const requests: string[] = [];
      page.on("request", (request) => requests.push(new URL(request.url()).pathname));
      await page.goto("");
      await page.goto("reports/taliban-raise-flag-over-panjshir/");
      expect(requests.filter((p) => p.endsWith(".js") || p.endsWith(".json"))).toEqual([]);
      await openSearch(page);
      expect(requests.some((p) => p.endsWith("search/index.json"))).toBe(true);
    });
  });

  // On a phone most results are below the fold, not yet laid out (content-visibility), and the
  // "Show more" buttons must still be targets of 24 px; "Taliban" has such a button.
  for (const [screen, viewport, queries] of [
    ["desktop", DESKTOP, ["Masood"]],
    ["phone", PHONE, ["Masood", "Taliban"]],
  ] as const) {
    for (const query of queries) {
      for (const scheme of ["light", "dark"] as const) {
        test(`axe finds nothing on the results for ${query} (${screen}, ${scheme})`, async ({ page }) => {
          await page.setViewportSize(viewport);
          await page.emulateMedia({ colorScheme: scheme });
          await openSearch(page, query);
          await expect(results(page).getByRole("heading").first()).toBeVisible();
          expect(await axeViolations(page)).toEqual([]);
        });
      }
    }
  }
});
