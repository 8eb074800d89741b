/**
 * The search index's files (src/lib/searchIndex.ts), built from the real content as the build
 * does: what each holds, and that the postings say truly where each term and name is.
 */
import { describe, expect, test } from "vitest";
import { buildSearchIndex, ENTRY_TERM, fileUrl, readPostings, termWeight } from "@/lib/searchIndex";
import { stemsOf } from "@/lib/words";
import { corpus, files, LINKS } from "./helpers/search";

const { core, postings, reports, events } = files;
/** The postings of `term`, found through the core as the searcher finds them. */
const postingsOf = (term: string) => {
  const t = core.terms.indexOf(term);
  const n = core.postings.from.findLastIndex((from) => from <= t);
  return readPostings(postings[n]!).lists[t - postings[n]!.from]!;
};

describe("the core", () => {
  test("holds the sorted vocabulary with each term's passage count, and no text", () => {
    expect(core.terms).toEqual([...core.terms].sort());
    expect(new Set(core.terms).size).toBe(core.terms.length);
    expect(core.df).toHaveLength(core.terms.length);
    expect(JSON.stringify(core)).not.toContain(corpus.reports[0]!.passages[3]!.text);
  });

  test("points each report and event at its day and outlet", () => {
    corpus.reports.forEach((report, r) => {
      expect(core.days[core.reports.day[r]!]).toBe(report.data.published.date);
      expect(core.outlets[core.reports.outlet[r]!]).toBe(report.data.outlet.name);
    });
    corpus.events.forEach((event, n) => expect(core.days[core.events.day[n]!]).toBe(event.date.start));
  });

  test("each postings file starts where the core says, and together they hold every term once", () => {
    expect(postings.map((p) => p.from)).toEqual(core.postings.from);
    expect(postings.flatMap((p) => p.lists)).toHaveLength(core.terms.length);
    expect(fileUrl(core, "postings", 2)).toBe(LINKS.file("postings", 2));
  });
});

describe("the postings", () => {
  test.each(["taliban", "ceasefire", "fighter", "panjshir"])(
    "%j: exactly the passages whose words hold it",
    (term) => {
      const expected = corpus.reports.flatMap((report, r) =>
        report.passages.flatMap((passage, k) => (stemsOf(passage.text).includes(term) ? [`${r}:${k}`] : [])),
      );
      const list = postingsOf(term);
      const listed: string[] = [];
      for (let i = 0; i < list.p.length; i += 4) listed.push(`${list.p[i]}:${list.p[i + 1]}`);
      expect(listed).toEqual(expected);
      expect(list.df).toBe(expected.length);
    },
  );

  test("the files write each report and event number as its difference from the one before", () => {
    const t = core.terms.indexOf("taliban");
    const n = core.postings.from.findLastIndex((from) => from <= t);
    const raw = postings[n]!.lists[t - postings[n]!.from]!;
    const whole = postingsOf("taliban");
    const reportsOf = (p: number[]) => p.filter((_, i) => i % 4 === 0);
    expect(reportsOf(raw.p)).not.toEqual(reportsOf(whole.p));
    let report = 0;
    expect(reportsOf(raw.p).map((step) => (report += step))).toEqual(reportsOf(whole.p));
  });

  test("a passage is listed once a term, weighted by every occurrence, at the first", () => {
    const list = postingsOf("taliban");
    let checked = 0;
    for (let i = 0; i < list.p.length; i += 4) {
      const stems = stemsOf(corpus.reports[list.p[i]!]!.passages[list.p[i + 1]!]!.text);
      const tf = stems.filter((s) => s === "taliban").length;
      expect(list.p[i + 2]).toBe(termWeight(tf, stems.length, core.averageLength));
      expect(list.p[i + 3]).toBe(stems.indexOf("taliban"));
      if (tf > 1) checked++;
    }
    expect(checked).toBeGreaterThan(0);
  });

  test("an event is listed once a term, for its headline's words and the entries it involves", () => {
    for (const term of ["taliban", `${ENTRY_TERM}ahmad-massoud`]) {
      const expected = corpus.events.flatMap((event, n) =>
        stemsOf(event.headline).includes(term) || event.involves.some((id) => ENTRY_TERM + id === term)
          ? [n]
          : [],
      );
      const list = postingsOf(term);
      expect(expected.length).toBeGreaterThan(0);
      expect(list.e.filter((_, i) => i % 2 === 0)).toEqual(expected);
    }
  });

  test("a name's postings are the passages that name the entry, under any spelling", () => {
    const list = postingsOf(`${ENTRY_TERM}fahim-dashty`);
    const expected = corpus.reports.flatMap((report, r) =>
      report.passages.flatMap((passage, k) =>
        passage.mentions.some((m) => m.ids.includes("fahim-dashty")) ? [`${r}:${k}`] : [],
      ),
    );
    const listed: string[] = [];
    for (let i = 0; i < list.p.length; i += 4) listed.push(`${list.p[i]}:${list.p[i + 1]}`);
    expect(listed).toEqual(expected);
  });

  test("a term held by more passages than the cap keeps the highest-weighted", () => {
    const capped = buildSearchIndex(corpus, LINKS, 3);
    const t = capped.core.terms.indexOf("taliban");
    const n = capped.core.postings.from.findLastIndex((from) => from <= t);
    const list = readPostings(capped.postings[n]!).lists[t - capped.postings[n]!.from]!;
    expect(list.p).toHaveLength(3 * 4);
    expect(list.df).toBe(postingsOf("taliban").df);
    const all = postingsOf("taliban").p.filter((_, i) => i % 4 === 2);
    const kept = list.p.filter((_, i) => i % 4 === 2);
    expect(Math.min(...kept)).toBe([...all].sort((a, b) => b - a)[2]);
    // …and says every report that holds it, as differences.
    let report = 0;
    const holding = list.r!.map((step) => (report += step));
    const expected = [...new Set(postingsOf("taliban").p.filter((_, i) => i % 4 === 0))];
    expect(holding).toEqual(expected);
  });
});

describe("the report and event files", () => {
  test("one file a report, with every passage's text in order", () => {
    expect(reports.map((r) => r.id)).toEqual(corpus.reports.map((r) => r.id));
    reports.forEach((report, r) => {
      expect(report.passages.map((p) => p.text)).toEqual(corpus.reports[r]!.passages.map((p) => p.text));
    });
  });

  test("every event once, in chronology order", () => {
    expect(events.flatMap((file) => file.events.map((e) => e.id))).toEqual(corpus.events.map((e) => e.id));
  });
});
