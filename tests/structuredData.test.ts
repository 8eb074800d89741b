import { describe, expect, test } from "vitest";
import { buildCorpus } from "@/lib/corpus";
import { chronologyLd, entryLd, escapeXml, eventLd, reportLd, serializeJsonLd } from "@/lib/structuredData";
import { paths } from "@/lib/urls";
import { loadContent } from "./helpers/content";

const corpus = buildCorpus(loadContent());
const url = (path: string) => `https://example.org/${path}`;

describe("serializeJsonLd and escapeXml", () => {
  test("no text can close the script element or break the XML", () => {
    const json = serializeJsonLd({ name: "</script><script>alert(1)</script>" });
    expect(json).not.toContain("</script>");
    expect(JSON.parse(json)).toEqual({ name: "</script><script>alert(1)</script>" });
    expect(escapeXml("Tom & <Jerry>")).toBe("Tom &amp; &lt;Jerry&gt;");
  });
});

describe("schema.org data from the corpus", () => {
  test("a report copy is a NewsArticle based on its original outlet where known", () => {
    const kootneeti = reportLd(
      corpus.reportsById.get("taliban-call-on-panjshir-to-lay-down-arms")!,
      corpus,
      url,
      paths,
    );
    expect(kootneeti).toMatchObject({
      "@type": "NewsArticle",
      datePublished: "2021-09-01",
      url: "https://example.org/reports/taliban-call-on-panjshir-to-lay-down-arms/",
      isBasedOn: { publisher: { "@type": "Organization", name: "The Kootneeti" } },
    });
    const unnamed = reportLd(
      corpus.reportsById.get("taliban-and-nrf-clash-in-panjshir")!,
      corpus,
      url,
      paths,
    );
    expect(unnamed.isBasedOn).not.toHaveProperty("publisher");
  });

  test("the chronology lists every event in order, with places as locations", () => {
    const list = chronologyLd(corpus.events, corpus, url, paths);
    const items = list.itemListElement as {
      position: number;
      item: { startDate: string; location?: unknown[] };
    }[];
    expect(items.map((i) => i.position)).toEqual(corpus.events.map((_, n) => n + 1));
    expect(items.map((i) => i.item.startDate)).toEqual(corpus.events.map((e) => e.date.start));
    expect(items.some((i) => (i.item.location ?? []).length > 0)).toBe(true);
  });

  test("every event links to its own page, which names the reports that cite it", () => {
    const list = chronologyLd(corpus.events, corpus, url, paths);
    const urls = (list.itemListElement as { item: { url: string } }[]).map((i) => i.item.url);
    expect(urls).toEqual(corpus.events.map((e) => `https://example.org/events/${e.id}/`));
    const event = corpus.events.find((e) => e.reports.length > 1)!;
    const ld = eventLd(event, corpus, url, paths);
    expect(ld).toMatchObject({
      "@type": "Event",
      name: event.headline,
      url: `https://example.org/events/${event.id}/`,
    });
    expect((ld.subjectOf as { url: string }[]).map((s) => s.url)).toEqual(
      event.reports.map((id) => `https://example.org/reports/${id}/`),
    );
  });

  test("an entry's alternate names are its other spellings and its names in its own script", () => {
    const ld = entryLd(corpus.gazetteerById.get("panjshir")!, url, paths);
    expect(ld.alternateName).toEqual(expect.arrayContaining(["Panjshir Valley", "Panjsher", "پنجشیر"]));
    const bank = entryLd(corpus.gazetteerById.get("afghan-central-bank")!, url, paths);
    expect(bank.alternateName).toEqual(expect.arrayContaining(["بانک مرکزی افغانستان", "د افغانستان بانک"]));
  });

  test.each([
    ["fahim-dashty", "Person"],
    ["kabul", "Place"],
    ["nrf", "Organization"],
  ])("%s is a %s", (id, type) => {
    expect(entryLd(corpus.gazetteerById.get(id)!, url, paths)["@type"]).toBe(type);
  });
});
