import { describe, expect, test } from "vitest";
import { buildCorpus } from "@/lib/corpus";
import { mentionsOf, spellingsOf } from "@/lib/entries";
import { chunk, pageByWeight, pageParam, pagePath, pager } from "@/lib/paging";
import { chronologyFilters, chronologyPage } from "@/lib/views/chronology";
import {
  CHRONOLOGY_ONE_PAGE_EVENTS,
  chronologyMonthPage,
  chronologyMonthPageRefs,
  chronologyMonths,
  chronologyPathOf,
  isChronologyPaged,
  ITEMS_PER_CHRONOLOGY_PAGE,
} from "@/lib/views/chronologyPages";
import {
  entryPage,
  entryPageRefs,
  EVENTS_PER_ENTRY_PAGE,
  MENTIONS_BESIDE_A_MAP,
  MENTIONS_PER_PAGE,
  REPORT_LINKS_PER_SPELLING,
} from "@/lib/views/entryPage";
import {
  isReportListPaged,
  reportMonthPage,
  reportMonthPageRefs,
  reportMonths,
  REPORTS_ONE_PAGE,
  REPORTS_PER_PAGE,
} from "@/lib/views/reportMonths";
import { loadContent, withReportCopies } from "./helpers/content";

/** The real corpus with its five reports copied `times` times over (new ids and source names). */
const withCopies = (times: number) => buildCorpus(withReportCopies(loadContent(), times));

describe("pageByWeight", () => {
  test("fills each page up to the budget, in order", () => {
    expect(pageByWeight([3, 3, 3, 1, 5], 6, (n) => n)).toEqual([[3, 3], [3, 1], [5]]);
  });
  test("the first page may have a smaller budget of its own", () => {
    expect(pageByWeight([1, 1, 1, 1, 1], 3, () => 1, 1)).toEqual([[1], [1, 1, 1], [1]]);
  });
  test("an item heavier than the budget has a page of its own", () => {
    expect(pageByWeight([1, 9, 1], 4, (n) => n)).toEqual([[1], [9], [1]]);
  });
  test("no items make one empty page; a budget of 0 is refused", () => {
    expect(pageByWeight([], 5, () => 1)).toEqual([[]]);
    expect(() => pageByWeight([1], 0, () => 1)).toThrow(/budget must be positive/);
  });
  test("chunk cuts runs of a size", () => {
    expect(chunk([1, 2, 3, 4, 5], 2)).toEqual([[1, 2], [3, 4], [5]]);
  });
});

describe("page paths and the pager", () => {
  test("page 1 is the list's own path; later pages are folders under it", () => {
    expect(pagePath("people/x/", 1)).toBe("people/x/");
    expect(pagePath("people/x/", 3)).toBe("people/x/3/");
    expect(() => pagePath("people/x/", 0)).toThrow(/no page 0/);
    expect([pageParam(1), pageParam(2)]).toEqual([undefined, "2"]);
  });

  test("one page has no neighbours", () => {
    expect(pager("a/", 1, 1)).toEqual({
      number: 1,
      count: 1,
      links: [{ number: 1, path: "a/", current: true }],
    });
  });

  test("a middle page of many links its neighbours, the ends and two either side, with gaps", () => {
    const p = pager("a/", 10, 40);
    expect([p.previous, p.next]).toEqual(["a/9/", "a/11/"]);
    expect(p.links.map((l) => ("gap" in l ? "…" : l.current ? `[${l.number}]` : l.number))).toEqual([
      1,
      "…",
      8,
      9,
      "[10]",
      11,
      12,
      "…",
      40,
    ]);
  });

  test("following next from page 1 reaches every page once", () => {
    const seen: string[] = [];
    let path: string | undefined = "a/";
    for (let n = 1; path; n++) {
      seen.push(path);
      path = pager("a/", n, 7).next;
    }
    expect(seen).toEqual(["a/", ...[2, 3, 4, 5, 6, 7].map((n) => `a/${n}/`)]);
  });
});

describe("entry pages at scale: the five reports copied 30 times", () => {
  const corpus = withCopies(30);
  const taliban = corpus.gazetteerById.get("taliban")!;
  const refs = entryPageRefs(corpus).filter((r) => r.entry === taliban);
  const all = mentionsOf(corpus, "taliban");
  const pages = refs.map((r) => entryPage(corpus, taliban, r.number));

  test("the Taliban's passages are paged, none over the budget, every passage once in order", () => {
    expect(refs.map((r) => r.number)).toEqual(pages.map((_, i) => i + 1));
    expect(pages.length).toBeGreaterThanOrEqual(Math.ceil(all.length / MENTIONS_PER_PAGE));
    const listed = pages.flatMap((p) => p.mentionGroups.flatMap((g) => g.mentions));
    expect(listed.map((m) => `${m.report.id}#${m.passage.anchor}`)).toEqual(
      all.map((m) => `${m.report.id}#${m.passage.anchor}`),
    );
    for (const p of pages) {
      expect(p.mentionGroups.reduce((n, g) => n + g.mentions.length, 0)).toBeLessThanOrEqual(
        MENTIONS_PER_PAGE,
      );
      expect(p.mentionCount).toBe(all.length);
      expect(p.mentionReports).toBe(corpus.reports.length);
    }
  });

  test("each group is one report's passages with their count; a report under a page stays whole", () => {
    for (const g of pages.flatMap((p) => p.mentionGroups)) {
      expect(g.continued).toBe(false);
      expect(g.total).toBe(g.mentions.length);
      expect(g.total).toBe(all.filter((m) => m.report === g.report).length);
    }
  });

  test("only the first page carries the details; spellings and events are capped", () => {
    expect(pages[0]!.details).toBeDefined();
    expect(pages.slice(1).every((p) => p.details === undefined)).toBe(true);
    const { spellings, events, eventCount } = pages[0]!.details!;
    const used = spellingsOf(corpus, taliban);
    expect(spellings.map((row) => row.spelling)).toEqual(used.map((s) => s.spelling));
    spellings.forEach((row, i) => {
      expect(row.usedIn.length).toBeLessThanOrEqual(REPORT_LINKS_PER_SPELLING);
      expect(row.usedIn.length + row.moreReports).toBe(used[i]!.reports.length);
    });
    expect(spellings.some((row) => row.moreReports > 0)).toBe(true);
    expect(events.length).toBe(Math.min(eventCount, EVENTS_PER_ENTRY_PAGE));
  });

  test("a place's first page, which carries its map, lists fewer passages", () => {
    const panjshir = corpus.gazetteerById.get("panjshir")!;
    const count = entryPageRefs(corpus).filter((r) => r.entry === panjshir).length;
    const sizes = Array.from({ length: count }, (_, i) =>
      entryPage(corpus, panjshir, i + 1).mentionGroups.reduce((n, g) => n + g.mentions.length, 0),
    );
    expect(count).toBeGreaterThan(1);
    expect(sizes[0]).toBeLessThanOrEqual(MENTIONS_BESIDE_A_MAP);
    expect(sizes[1]).toBeGreaterThan(MENTIONS_BESIDE_A_MAP);
    expect(entryPage(corpus, panjshir, 1).details!.where).toBeDefined();
  });

  test("each page links its neighbours under the entry's path", () => {
    expect(pages[0]!.pager).toMatchObject({ number: 1, next: "organisations/taliban/2/" });
    expect(pages[1]!.pager).toMatchObject({ previous: "organisations/taliban/", number: 2 });
    expect(pages.at(-1)!.pager.next).toBeUndefined();
  });
});

describe("the chronology at scale: months with pages of their own", () => {
  const input = loadContent();
  const small = buildCorpus(input);
  // The events four times over (new ids, the same citations): 244 events, more than one page holds.
  const events = Array.from({ length: 4 }, (_, i) =>
    input.events.map((e) => ({ ...e, id: `${e.id}-${i}` })),
  ).flat();
  const big = buildCorpus({ ...input, events });

  test("the five reports' chronology stays one page: no month pages", () => {
    expect(small.events.length).toBeLessThanOrEqual(CHRONOLOGY_ONE_PAGE_EVENTS);
    expect(isChronologyPaged(small)).toBe(false);
    expect(chronologyMonthPageRefs(small)).toEqual([]);
  });

  test("beyond, every line is on exactly one month page, in order, none over the budget", () => {
    expect(isChronologyPaged(big)).toBe(true);
    const refs = chronologyMonthPageRefs(big);
    const pages = refs.map((r) => chronologyMonthPage(big, r.month, r.number));
    const lines = pages.flatMap((p) => p.eras.flatMap((e) => e.days.flatMap((d) => d.items)));
    expect(lines.filter((l) => l.kind === "event").map((l) => l.view.event.id)).toEqual(
      chronologyPage(big).flatMap((e) =>
        e.days.flatMap((d) => d.items.flatMap((l) => (l.kind === "event" ? [l.view.event.id] : []))),
      ),
    );
    expect(lines.filter((l) => l.kind === "publication")).toHaveLength(big.reports.length);
    for (const p of pages) {
      const items = p.eras.flatMap((e) => e.days.flatMap((d) => d.items));
      expect(items.length).toBeLessThanOrEqual(ITEMS_PER_CHRONOLOGY_PAGE);
      for (const item of items) {
        const date = item.kind === "event" ? item.view.event.date : item.date;
        if (date.precision === "day") expect(date.start.slice(0, 7)).toBe(p.month.key);
        else expect(p.month).toMatchObject({ key: p.eras[0]!.era.id, label: p.eras[0]!.era.title });
      }
      expect(p.events.every((e) => e.reports.every((r) => p.reports.some((x) => x.id === r)))).toBe(true);
    }
  });

  test("the months are listed in order with their counts; September 2021 has several pages", () => {
    const months = chronologyMonths(big);
    const calendar = months.map((m) => m.key).filter((k) => /^\d{4}-\d{2}$/.test(k));
    expect(calendar).toEqual([...calendar].sort());
    // Lines dated only to years are not put in a month ("January 1980"): they keep their era.
    expect(months[0]).toMatchObject({
      key: "background",
      label: "Background",
      path: "chronology/background/",
    });
    expect(months.some((m) => /^January (1980|1989|1996)$/.test(m.label))).toBe(false);
    expect(months.reduce((n, m) => n + m.events, 0)).toBe(big.events.length);
    const september = months.find((m) => m.key === "2021-09")!;
    expect(september).toMatchObject({ label: "September 2021", path: "chronology/2021-09/" });
    const second = chronologyMonthPage(big, "2021-09", 2);
    expect(second.pager).toMatchObject({ number: 2, previous: "chronology/2021-09/" });
    expect(() => chronologyMonthPage(big, "2021-13", 1)).toThrow(/no page 1 of 2021-13/);
  });

  test("an event's place in the chronology: its anchor on the one page, or on its month's page", () => {
    const event = big.events.find((e) => e.date.start.startsWith("2021-09"))!;
    const path = chronologyPathOf(big, event.id);
    expect(path).toMatch(new RegExp(`^chronology/2021-09/(\\d+/)?#${event.id}$`));
    const number = Number(/2021-09\/(\d+)\//.exec(path)?.[1] ?? 1);
    expect(chronologyMonthPage(big, "2021-09", number).events.map((e) => e.id)).toContain(event.id);
    expect(chronologyPathOf(small, "taliban-take-kabul")).toBe("chronology/#taliban-take-kabul");
  });

  test("a month page's filter offers only what its events and reports hold", () => {
    const page = chronologyMonthPage(big, "2021-09", 2);
    const filters = chronologyFilters(big, page.events, page.reports);
    const involved = new Set(page.events.flatMap((e) => e.involves));
    expect(filters.person.every((o) => involved.has(o.value))).toBe(true);
    expect(filters.report.map((o) => o.value)).toEqual(page.reports.map((r) => r.id));
    expect(filters.report[0]!.label).toMatch(/^Report \d+: /);
  });
});

describe("the list of reports at scale: by month of publication", () => {
  const big = withCopies(20);
  const small = buildCorpus(loadContent());

  test("past 60 reports the chronology is paged too, however few its events", () => {
    expect(big.events.length).toBeLessThanOrEqual(CHRONOLOGY_ONE_PAGE_EVENTS);
    expect(isChronologyPaged(big)).toBe(true);
  });

  test("the five reports are one list: no month pages", () => {
    expect(small.reports.length).toBeLessThanOrEqual(REPORTS_ONE_PAGE);
    expect(isReportListPaged(small)).toBe(false);
    expect(reportMonthPageRefs(small)).toEqual([]);
  });

  test("105 reports: every report on one month page, in order, none over the budget", () => {
    expect(isReportListPaged(big)).toBe(true);
    const pages = reportMonthPageRefs(big).map((r) => reportMonthPage(big, r.month, r.number));
    expect(pages.flatMap((p) => p.reports.map((r) => r.id))).toEqual(big.reports.map((r) => r.id));
    for (const p of pages) {
      expect(p.reports.length).toBeLessThanOrEqual(REPORTS_PER_PAGE);
      expect(p.reports.every((r) => r.data.published.date.startsWith(p.month.key))).toBe(true);
    }
    expect(reportMonths(big)).toEqual([
      { key: "2021-09", label: "September 2021", count: 105, path: "published/2021-09/" },
    ]);
    expect(pages.map((p) => p.pager.number)).toEqual([1, 2, 3]);
  });
});

describe("a report with more passages about a place than its first page holds", () => {
  const input = loadContent();
  const base = input.reports[0]!;
  const long = {
    ...base,
    id: "long-report",
    // The report's own text (its notes quote it) and 130 more paragraphs naming Panjshir.
    body: [
      base.body,
      ...Array.from({ length: 130 }, (_, i) => `Fighting went on in Panjshir, day ${i + 1}.`),
    ].join("\n\n"),
    data: { ...base.data, provenance: { ...base.data.provenance, seedFile: "long-report.txt" } },
  };
  const corpus = buildCorpus({ ...input, reports: [...input.reports, long] });
  const panjshir = corpus.gazetteerById.get("panjshir")!;
  const count = entryPageRefs(corpus).filter((r) => r.entry === panjshir).length;
  const pages = Array.from({ length: count }, (_, i) => entryPage(corpus, panjshir, i + 1));
  const groups = pages.flatMap((p) => p.mentionGroups).filter((g) => g.report.id === "long-report");

  test("the first page, beside the map, holds at most MENTIONS_BESIDE_A_MAP passages", () => {
    expect(pages[0]!.mentionGroups.reduce((n, g) => n + g.mentions.length, 0)).toBeLessThanOrEqual(
      MENTIONS_BESIDE_A_MAP,
    );
  });

  test("its passages are cut into runs, each after the first marked continued, all counted", () => {
    expect(groups.length).toBeGreaterThan(1);
    expect(groups.map((g) => g.continued)).toEqual(groups.map((_, i) => i > 0));
    const total = mentionsOf(corpus, "panjshir").filter((m) => m.report.id === "long-report").length;
    expect(total).toBeGreaterThan(130);
    expect(groups.every((g) => g.total === total)).toBe(true);
    expect(groups.reduce((n, g) => n + g.mentions.length, 0)).toBe(total);
  });
});
