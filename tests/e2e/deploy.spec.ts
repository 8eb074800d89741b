import { expect, test, type Page } from "@playwright/test";
import { builtPages } from "./site";

/** Loads a page and returns every console error, page error and CSP violation it caused. */
async function problemsOn(page: Page, path: string): Promise<string[]> {
  const problems: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error" || message.type() === "warning")
      problems.push(`console ${message.type()}: ${message.text()}`);
  });
  page.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (event) => {
      console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`);
    });
  });
  const response = await page.goto(path);
  if (path === "search/") await expect(page.locator("panjshir-search[data-ready]")).toBeAttached();
  await page.waitForLoadState("networkidle");
  if (path !== "404.html") expect(response?.status()).toBe(200);
  return problems;
}

test.describe("every page is clean", () => {
  for (const path of builtPages()) {
    test(`/${path}: a Content-Security-Policy, no violation, no console error`, async ({ page }) => {
      const problems = await problemsOn(page, path);
      expect(problems).toEqual([]);
      const policy = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute("content");
      expect(policy).toContain("script-src 'self'");
      expect(policy).toContain("default-src 'self'");
      expect(policy).not.toContain("unsafe-inline");
    });
  }

  test("a search (index fetch, results) stays within the policy", async ({ page }) => {
    const problems: string[] = [];
    page.on("console", (m) => m.type() === "error" && problems.push(m.text()));
    await page.goto("search/?q=Masood");
    await expect(page.locator("[data-results] mark").first()).toBeVisible();
    expect(problems).toEqual([]);
  });
});

test.describe("sharing metadata and structured data", () => {
  for (const path of builtPages()) {
    test(`/${path}: title, description, canonical, Open Graph, Twitter card, feed link, valid JSON-LD`, async ({
      page,
    }) => {
      await page.goto(path);
      const meta = (selector: string) => page.locator(selector).first().getAttribute("content");
      await expect(page).toHaveTitle(/Panjshir 2021/);
      expect(await meta('meta[name="description"]')).toBeTruthy();
      expect(await meta('meta[property="og:title"]')).toBeTruthy();
      expect(await meta('meta[property="og:description"]')).toBeTruthy();
      expect(await meta('meta[name="twitter:card"]')).toBe("summary");
      const canonical = await page.locator('link[rel="canonical"]').getAttribute("href");
      expect(canonical).toMatch(/^https?:\/\//);
      expect(await meta('meta[property="og:url"]')).toBe(canonical);
      await expect(page.locator('link[rel="alternate"][type="application/rss+xml"]')).toHaveAttribute(
        "href",
        /rss\.xml$/,
      );
      for (const block of await page.locator('script[type="application/ld+json"]').allTextContents()) {
        const data = JSON.parse(block) as Record<string, unknown>;
        expect(data["@context"]).toBe("https://schema.org");
      }
    });
  }

  const typeOf = async (page: Page) =>
    JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!) as Record<
      string,
      unknown
    >;

  test("a report is a NewsArticle based on its original, with dates and mentions", async ({ page }) => {
    await page.goto("reports/taliban-call-on-panjshir-to-lay-down-arms/");
    const data = await typeOf(page);
    expect(data["@type"]).toBe("NewsArticle");
    expect(data.datePublished).toBe("2021-09-01");
    expect(data.isBasedOn).toMatchObject({ "@type": "NewsArticle", publisher: { name: "The Kootneeti" } });
    const mentions = data.mentions as { "@type": string; name: string }[];
    expect(mentions).toContainEqual(expect.objectContaining({ "@type": "Person", name: "Fahim Dashty" }));
    expect(mentions).toContainEqual(expect.objectContaining({ "@type": "Place", name: "Panjshir" }));
  });

  test("the chronology is an ItemList of Events; people and places are Person and Place", async ({
    page,
  }) => {
    await page.goto("chronology/");
    const list = await typeOf(page);
    expect(list["@type"]).toBe("ItemList");
    const items = list.itemListElement as { item: { "@type": string; startDate: string } }[];
    expect(items.length).toBe(await page.locator("li.event").count());
    expect(
      items.every((i) => i.item["@type"] === "Event" && /^\d{4}-\d\d-\d\d$/.test(i.item.startDate)),
    ).toBe(true);
    await page.goto("people/fahim-dashty/");
    expect(await typeOf(page)).toMatchObject({ "@type": "Person", name: "Fahim Dashty" });
    await page.goto("places/kabul/");
    expect(await typeOf(page)).toMatchObject({ "@type": "Place", geo: { "@type": "GeoCoordinates" } });
  });
});

test.describe("feed, sitemap and robots.txt", () => {
  /** Parses XML in the browser; throws on a parse error. */
  async function parseXml(page: Page, text: string) {
    return page.evaluate((xml) => {
      const doc = new DOMParser().parseFromString(xml, "application/xml");
      const error = doc.querySelector("parsererror");
      if (error) throw new Error(error.textContent ?? "XML parse error");
      return {
        root: doc.documentElement.nodeName,
        items: [...doc.querySelectorAll("item")].map((item) => ({
          title: item.querySelector("title")?.textContent,
          link: item.querySelector("link")?.textContent,
          pubDate: item.querySelector("pubDate")?.textContent,
          description: item.querySelector("description")?.textContent,
          publisher: item.getElementsByTagName("dc:publisher")[0]?.textContent,
        })),
        locs: [...doc.querySelectorAll("loc")].map((l) => l.textContent ?? ""),
      };
    }, text);
  }

  test("the RSS feed parses and its items are the reports", async ({ page, request }) => {
    const index = (await (await request.get("search-index.json")).json()) as {
      reports: { title: string; url: string; date: string; outlet?: string }[];
    };
    const feed = await parseXml(page, await (await request.get("rss.xml")).text());
    expect(feed.root).toBe("rss");
    expect(feed.items.map((i) => i.title).sort()).toEqual(index.reports.map((r) => r.title).sort());
    for (const report of index.reports) {
      const item = feed.items.find((i) => i.title === report.title)!;
      expect(new URL(item.link!).pathname).toBe(report.url);
      expect(new Date(item.pubDate!).toISOString().slice(0, 10)).toBe(report.date);
      expect(item.description).toMatch(/^Editorial summary: /);
      expect(item.publisher).toBe(report.outlet ?? "Outlet not named in the document");
    }
  });

  test("the sitemap parses and lists every page but the 404", async ({ page, request }) => {
    const index = await parseXml(page, await (await request.get("sitemap-index.xml")).text());
    expect(index.root).toBe("sitemapindex");
    const urls: string[] = [];
    for (const loc of index.locs) {
      const sitemap = await parseXml(
        page,
        await (await request.get(new URL(loc).pathname.replace(/^\//, ""))).text(),
      );
      urls.push(...sitemap.locs);
    }
    const expected = builtPages().filter((p) => p !== "404.html");
    expect(urls.map((u) => new URL(u).pathname.replace(/^\//, "")).sort()).toEqual(expected.sort());
  });

  test("robots.txt points at the sitemap", async ({ request }) => {
    const robots = await (await request.get("robots.txt")).text();
    expect(robots).toMatch(/^Sitemap: https?:\/\/\S+\/sitemap-index\.xml$/m);
  });
});
