/**
 * Checks of the built site that need no browser, on its HTML as a parser reads it: dist/ (built
 * as `npm run build` builds it, with no public origin) and the sub-path build with one
 * (`node scripts/builds.mjs sub-path`, as on a GitHub project page).
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { gzipSync } from "node:zlib";
import { DOMParser, parseHTML } from "linkedom";
import { describe, expect, test } from "vitest";
import { SUB_PATH, subPathOutDir } from "../../scripts/builds.mjs";
import { filesUnder, pagesOf } from "../helpers/files";

const DIST = new URL("../../dist/", import.meta.url).pathname;
const SUB = subPathOutDir();
const SITE_BASE = `${SUB_PATH.origin}${SUB_PATH.base}`;

for (const [dir, how] of [
  [DIST, "npm run build"],
  [SUB, "node scripts/builds.mjs sub-path"],
]) {
  if (!existsSync(join(dir!, "index.html"))) throw new Error(`${dir} has no build: run \`${how}\` first.`);
}

const documentOf = (dir: string, page: string) =>
  parseHTML(readFileSync(join(dir, page.endsWith(".html") ? page : `${page}index.html`), "utf8")).document;

const PAGES = pagesOf(DIST);
// Search and the chronology's filter are the only scripts; every other page reads without one.
const READING = PAGES.filter((p) => p !== "search/" && p !== "chronology/");
const xml = (text: string) => new DOMParser().parseFromString(text, "text/xml");

// A cap, not a timing: parsing every built page took over 5 s on a loaded machine.
describe("every page of dist/", { timeout: 60_000 }, () => {
  test("there are pages of every kind", () => {
    expect(PAGES).toEqual(expect.arrayContaining(["", "404.html", "chronology/", "claims/", "search/"]));
    expect(PAGES.filter((p) => p.startsWith("reports/"))).toHaveLength(5);
  });

  test("every chronology event has its own page, and the chronology links each", () => {
    const chronology = documentOf(DIST, "chronology/");
    const ids = [...chronology.querySelectorAll("li.event")].map((li) => li.id);
    expect(PAGES.filter((p) => p.startsWith("events/")).sort()).toEqual(
      ids.map((id) => `events/${id}/`).sort(),
    );
    for (const id of ids) {
      expect(chronology.querySelector(`li[id="${id}"] a[href="/events/${id}/"]`), id).not.toBeNull();
      expect(documentOf(DIST, `events/${id}/`).querySelector("h1")!.textContent!.trim()).toBe(
        chronology.querySelector(`li[id="${id}"] .event-headline`)!.textContent!.trim(),
      );
    }
  });

  test("the chronology's one script, its filter, is at most 3 KiB gzip", () => {
    const scripts = [
      ...documentOf(DIST, "chronology/").querySelectorAll('script:not([type="application/ld+json"])'),
    ];
    expect(scripts).toHaveLength(1);
    // A file, never inline: a host's header policy of script-src 'self' would block it.
    const code = readFileSync(join(DIST, scripts[0]!.getAttribute("src")!));
    expect(code.length).toBeGreaterThan(500);
    expect(gzipSync(code, { level: 9 }).length).toBeLessThanOrEqual(3 * 1024);
  });

  test.each(PAGES)(
    "/%s: one h1, title, description, sharing metadata, a strict CSP and valid JSON-LD",
    (page) => {
      const doc = documentOf(DIST, page);
      expect(doc.querySelectorAll("h1")).toHaveLength(1);
      expect(doc.title).toMatch(/Panjshir 2021/);
      const meta = (selector: string) => doc.querySelector(selector)?.getAttribute("content");
      expect(meta('meta[name="description"]')).toBeTruthy();
      expect(meta('meta[property="og:title"]')).toBeTruthy();
      expect(meta('meta[property="og:description"]')).toBeTruthy();
      expect(meta('meta[name="twitter:card"]')).toBe("summary");
      const policy = meta('meta[http-equiv="content-security-policy"]');
      expect(policy).toContain("script-src 'self'");
      expect(policy).toContain("default-src 'self'");
      expect(policy).not.toContain("unsafe-inline");
      for (const block of doc.querySelectorAll('script[type="application/ld+json"]')) {
        expect((JSON.parse(block.textContent ?? "") as Record<string, unknown>)["@context"]).toBe(
          "https://schema.org",
        );
      }
    },
  );

  test.each(READING)("/%s ships no JavaScript", (page) => {
    const doc = documentOf(DIST, page);
    // Structured data (application/ld+json) is data, never run; anything else would be code.
    expect(doc.querySelectorAll('script:not([type="application/ld+json"])')).toHaveLength(0);
    expect(doc.querySelectorAll('link[rel="modulepreload"]')).toHaveLength(0);
  });

  test("without a public origin: no localhost anywhere, no canonical link, feed or sitemap", () => {
    const withLocalhost = filesUnder(DIST).filter((f) =>
      /localhost|127\.0\.0\.1/.test(readFileSync(join(DIST, f), "latin1")),
    );
    expect(withLocalhost).toEqual([]);
    for (const page of PAGES)
      expect(documentOf(DIST, page).querySelector('link[rel="canonical"]')).toBeNull();
    expect(existsSync(join(DIST, "rss.xml"))).toBe(false);
    expect(existsSync(join(DIST, "sitemap-index.xml"))).toBe(false);
    expect(readFileSync(join(DIST, "robots.txt"), "utf8")).not.toMatch(/Sitemap:/);
  });

  test("each report's source document is served as received and linked from its provenance", () => {
    for (const page of PAGES.filter((p) => /^reports\/[^/]+\/$/.test(p))) {
      const link = documentOf(DIST, page).querySelector('section[aria-labelledby] a[href^="/sources/"]');
      expect(link, `${page}: a link to its source document`).not.toBeNull();
      const file = link!.getAttribute("href")!.replace("/sources/", "");
      expect(readFileSync(join(DIST, "sources", file), "utf8")).toBe(
        readFileSync(new URL(`../../content/sources/${file}`, import.meta.url), "utf8"),
      );
    }
  });
});

describe("structured data", () => {
  const ld = (page: string) =>
    JSON.parse(
      documentOf(SUB, page).querySelector('script[type="application/ld+json"]')!.textContent!,
    ) as Record<string, unknown>;

  test("a report is a NewsArticle based on its original, with dates and mentions", () => {
    const data = ld("reports/taliban-call-on-panjshir-to-lay-down-arms/");
    expect(data["@type"]).toBe("NewsArticle");
    expect(data.datePublished).toBe("2021-09-01");
    expect(data.isBasedOn).toMatchObject({ "@type": "NewsArticle", publisher: { name: "The Kootneeti" } });
    const mentions = data.mentions as { "@type": string; name: string }[];
    expect(mentions).toContainEqual(expect.objectContaining({ "@type": "Person", name: "Fahim Dashty" }));
    expect(mentions).toContainEqual(expect.objectContaining({ "@type": "Place", name: "Panjshir" }));
  });

  test("the chronology is an ItemList of its Events; people and places are Person and Place", () => {
    const list = ld("chronology/");
    expect(list["@type"]).toBe("ItemList");
    const items = list.itemListElement as { item: { "@type": string; startDate: string } }[];
    expect(items.length).toBe(documentOf(SUB, "chronology/").querySelectorAll("li.event").length);
    expect(
      items.every((i) => i.item["@type"] === "Event" && /^\d{4}-\d\d-\d\d$/.test(i.item.startDate)),
    ).toBe(true);
    expect(ld("events/muttaqi-calls-on-panjshir-to-lay-down-arms/")).toMatchObject({
      "@type": "Event",
      url: `${SITE_BASE}events/muttaqi-calls-on-panjshir-to-lay-down-arms/`,
    });
    expect(ld("people/fahim-dashty/")).toMatchObject({ "@type": "Person", name: "Fahim Dashty" });
    expect(ld("places/kabul/")).toMatchObject({ "@type": "Place", geo: { "@type": "GeoCoordinates" } });
  });
});

describe(`the sub-path build with a public origin (${SITE_BASE})`, () => {
  const pages = pagesOf(SUB);

  test("has the same pages as dist/", () => {
    expect(pages).toEqual(PAGES);
  });

  test.each(pages.filter((p) => p !== "404.html"))(
    "/%s: canonical and og:url under the origin and base",
    (page) => {
      const doc = documentOf(SUB, page);
      const canonical = doc.querySelector('link[rel="canonical"]')?.getAttribute("href");
      expect(canonical).toBe(`${SITE_BASE}${page}`);
      expect(doc.querySelector('meta[property="og:url"]')?.getAttribute("content")).toBe(canonical);
      expect(
        doc.querySelector('link[rel="alternate"][type="application/rss+xml"]')?.getAttribute("href"),
      ).toBe(`${SUB_PATH.base}rss.xml`);
    },
  );

  test("every absolute URL of the site starts with the origin and base; none is localhost", () => {
    const wrong: string[] = [];
    for (const file of filesUnder(SUB)) {
      const text = readFileSync(join(SUB, file), "latin1");
      if (/localhost|127\.0\.0\.1/.test(text)) wrong.push(`${file}: localhost`);
      for (const [url] of text.matchAll(/https?:\/\/example\.org[^\s"'<>)]*/g))
        if (!url.startsWith(SITE_BASE)) wrong.push(`${file}: ${url}`);
    }
    expect(wrong).toEqual([]);
  });

  test("the RSS feed parses and its items are the reports", () => {
    // The reports as the search index holds them, one file each.
    const reportFiles = readdirSync(join(SUB, "search/reports"));
    const index = {
      reports: reportFiles.map(
        (file) =>
          JSON.parse(readFileSync(join(SUB, "search/reports", file), "utf8")) as {
            title: string;
            url: string;
            date: string;
            outlet?: string;
          },
      ),
    };
    const feed = xml(readFileSync(join(SUB, "rss.xml"), "utf8"));
    expect(feed.documentElement.nodeName).toBe("rss");
    const items = [...feed.querySelectorAll("item")].map((item) => ({
      title: item.querySelector("title")?.textContent,
      link: item.querySelector("link")?.textContent,
      pubDate: item.querySelector("pubDate")?.textContent,
      description: item.querySelector("description")?.textContent,
      publisher: item.getElementsByTagName("dc:publisher")[0]?.textContent,
    }));
    expect(items.map((i) => i.title).sort()).toEqual(index.reports.map((r) => r.title).sort());
    for (const report of index.reports) {
      const item = items.find((i) => i.title === report.title)!;
      expect(item.link).toBe(`${SUB_PATH.origin}${report.url}`);
      expect(new Date(item.pubDate!).toISOString().slice(0, 10)).toBe(report.date);
      expect(item.description).toMatch(/^Editorial summary: /);
      expect(item.publisher).toBe(report.outlet ?? "Outlet not named in the document");
    }
  });

  test("the sitemap lists every page but the 404; robots.txt points at it", () => {
    const index = xml(readFileSync(join(SUB, "sitemap-index.xml"), "utf8"));
    expect(index.documentElement.nodeName).toBe("sitemapindex");
    const urls = [...index.querySelectorAll("loc")].flatMap((loc) => {
      const file = relative(SUB_PATH.base, new URL(loc.textContent!).pathname);
      return [...xml(readFileSync(join(SUB, file), "utf8")).querySelectorAll("loc")].map(
        (l) => l.textContent!,
      );
    });
    expect(urls.sort()).toEqual(
      pages
        .filter((p) => p !== "404.html")
        .map((p) => `${SITE_BASE}${p}`)
        .sort(),
    );
    expect(readFileSync(join(SUB, "robots.txt"), "utf8")).toMatch(
      new RegExp(`^Sitemap: ${SITE_BASE}sitemap-index\\.xml$`, "m"),
    );
  });
});
