import { expect, test } from "./test";

interface IndexEntry {
  id: string;
  type: "person" | "place" | "organisation";
  name: string;
}
const FOLDERS = { person: "people", place: "places", organisation: "organisations" } as const;

test.describe("people, places and organisations", () => {
  for (const [type, folder] of Object.entries(FOLDERS) as [IndexEntry["type"], string][]) {
    test(`/${folder}/ lists every ${type} the gazetteer holds, each linked to its page`, async ({
      page,
      request,
    }) => {
      const index = (await (await request.get("search/index.json")).json()) as { entries: IndexEntry[] };
      const expected = index.entries.filter((e) => e.type === type).map((e) => e.name);
      await page.goto(`${folder}/`);
      const links = page.locator(".card-list .result-title a");
      await expect(links).toHaveText(expected);
      await links.first().click();
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(expected[0]!);
    });
  }

  test("a person page shows every spelling, the reports that use it, and working mention links", async ({
    page,
  }) => {
    await page.goto("people/fahim-dashty/");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Fahim Dashty");
    await expect(page.getByText("Editorial description")).toBeVisible();
    const table = page.getByRole("table", { name: /Every spelling of Fahim Dashty/ });
    const row = (spelling: string) =>
      table.getByRole("row").filter({ has: page.getByRole("rowheader", { name: spelling, exact: true }) });
    await expect(row("Fahim Dashti")).toContainText("The Kootneeti");
    await expect(row("Fahim Dasti").getByRole("link")).toHaveText(
      /Panjshir valley: Taliban and anti-Taliban groups clash/,
    );
    await expect(row("Dashty")).toBeVisible();

    const mentions = page
      .getByRole("region", { name: /Mentioned in \d+ passages? of \d+ reports/ })
      .locator("li");
    expect(await mentions.count()).toBeGreaterThanOrEqual(4);
    const targets = await mentions
      .locator(".result-title a")
      .evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href));
    for (const target of targets) {
      await page.goto(target);
      const id = new URL(target).hash.slice(1);
      await expect(page.locator(`[id="${id}"]`)).toContainText(/Dash?t[iy]/);
    }
  });

  test("a person page shows relations with their citations and the events involving them", async ({
    page,
  }) => {
    await page.goto("people/ahmad-massoud/");
    const relations = page.getByRole("region", { name: "Relations the reports state" });
    await expect(
      relations
        .getByRole("listitem")
        .filter({ hasText: "son of" })
        .getByRole("link", { name: "Ahmad Shah Massoud" }),
    ).toBeVisible();
    await expect(relations.getByRole("listitem").filter({ hasText: "led by" }).first()).toContainText(
      "National Resistance Front",
    );
    await expect(
      page.getByRole("region", { name: "In the chronology" }).getByRole("link").first(),
    ).toHaveAttribute("href", /\/events\/[a-z0-9-]+\/$/);
  });

  test("report pages link names to their pages without changing the text", async ({ page }) => {
    await page.goto("reports/taliban-call-on-panjshir-to-lay-down-arms/");
    const body = page.locator(".report-body");
    const link = body.getByRole("link", { name: "Fahim Dashti" });
    await expect(link).toHaveAttribute("href", /\/people\/fahim-dashty\/$/);
    await expect(body.locator("#p-16")).toContainText(
      "“Perhaps they wanted to try their luck,” NRF official Fahim Dashti said",
    );
    await link.click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Fahim Dashty");
  });

  test("the places map plots every place the reports name, with a text alternative", async ({
    page,
    request,
  }) => {
    const index = (await (await request.get("search/index.json")).json()) as { entries: IndexEntry[] };
    const places = index.entries.filter((e) => e.type === "place");
    await page.goto("places/");
    // Each map is drawn wide and narrow; only the one that fits the page is shown.
    const plotted = page.locator("figure.map svg:visible .place");
    await expect(plotted).toHaveCount(places.length);
    const listed = page.locator(".map-list li");
    await expect(listed).toHaveCount(places.length);
    await expect(listed.filter({ hasText: "Khawak Pass" })).toContainText(/\d+\.\d+° N, \d+\.\d+° E/);
    for (const svg of await page.locator("figure.map svg.map-svg").all()) {
      await expect(svg).toHaveAttribute("role", "img");
      await expect(svg.locator("title")).not.toBeEmpty();
    }
  });

  test("a place page shows its name in Dari, marked as Dari and written right to left", async ({ page }) => {
    await page.goto("places/panjshir/");
    const line = page.locator(".native-name");
    await expect(line).toHaveCount(1);
    await expect(line).toContainText("In Dari:");
    const name = line.getByText("پنجشیر", { exact: true });
    await expect(name).toBeVisible();
    await expect(name).toHaveAttribute("lang", "fa-AF");
    await expect(name).toHaveAttribute("dir", "rtl");
  });

  test("a place page has a locator map", async ({ page }) => {
    await page.goto("places/khawak-pass/");
    const map = page.getByRole("img", { name: "Where Khawak Pass is" });
    await expect(map).toBeVisible();
    await expect(map.locator(".place.emphasis")).toHaveAttribute("data-place", "khawak-pass");
  });
});
