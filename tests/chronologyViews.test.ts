import { describe, expect, test } from "vitest";
import type { ClaimValue } from "@/lib/claims";
import { buildCorpus } from "@/lib/corpus";
import { buildLedger } from "@/lib/ledger";
import { buildTimeline } from "@/lib/timeline";
import {
  chronologyFilters,
  chronologyPage,
  chronologyTimeline,
  eventPages,
  eventView,
  groupByDay,
} from "@/lib/views/chronology";
import { claimWords } from "@/lib/views/claimWords";
import type { ResolvedDate } from "@/lib/when";
import { claimsLedger } from "@/lib/views/claimsLedger";
import { reportPages } from "@/lib/views/reportPage";
import { loadContent } from "./helpers/content";

const corpus = buildCorpus(loadContent(new URL("./fixtures/valid/", import.meta.url).pathname));
// The real reports have every kind of date; the fixtures do not.
const real = buildCorpus(loadContent());
const event = (id: string) =>
  eventView(
    corpus.events.find((e) => e.id === id)!,
    corpus,
  );

describe("claimWords", () => {
  const words = claimWords(corpus);

  test.each([
    ["first-report", "Fighting reported in the valley"],
    ["second-report", "Talks fail"],
  ])("reportTitle(%s) is %j", (id, title) => {
    expect(words.reportTitle(id)).toBe(title);
  });

  test.each([
    ["a Taliban official", "taliban", "a Taliban official (Taliban)"],
    ["Taliban", "taliban", "Taliban"],
    ["the report itself", "outlet", "the report itself"],
  ])("claimedBy(%j, %s) is %j", (label, party, expected) => {
    expect(words.claimedBy(label, party)).toBe(expected);
  });

  test.each<[ClaimValue, string]>([
    [{ type: "count", min: 7, max: 8 }, "7–8"],
    [{ type: "count", min: 7, max: null }, "7 or more"],
    [{ type: "status", status: "no" }, "no"],
    [{ type: "places", places: ["kabul", "nowhere"], complete: true }, "Kabul, nowhere (the whole list)"],
    [{ type: "text" }, ""],
  ])("value(%j) is %j", (value, expected) => {
    expect(words.value({ value })).toBe(expected);
  });
});

describe("eventView", () => {
  test("a disputed event names the claims that cannot both be true, in one sentence", () => {
    const { disputeNotes } = event("talks-fail");
    expect(disputeNotes).toHaveLength(1);
    expect(disputeNotes[0]).toMatch(
      /^Disputed, Talks under way: these claims cannot both be true — “talks had failed” \(a Taliban official \(Taliban\)\) and “still going on” \(.+\)\.$/,
    );
  });

  test.each([
    [
      "monday-fighting",
      [
        ["Taliban fighters killed", "7–8", "Talks fail"],
        ["Taliban fighters killed", "7 or more", "Fighting reported in the valley"],
      ],
    ],
    [
      "talks-fail",
      [
        ["Talks under way", "no", "Talks fail"],
        ["Talks under way", "yes", "Fighting reported in the valley"],
      ],
    ],
    ["kabul-falls", []],
  ])("%s: each claim's topic, value and report", (id, rows) => {
    expect(event(id).claims.map((c) => [c.topic, c.value, c.reportTitle])).toEqual(rows);
  });

  test.each([
    ["monday-fighting", ["fahim-dashty"]],
    ["kabul-falls", ["kabul"]],
    ["talks-fail", []],
  ])("%s involves %j, as entries", (id, ids) => {
    expect(event(id).involved.map((e) => e.id)).toEqual(ids);
  });

  test("citations keep their order, each with its report title and claimant", () => {
    const view = event("talks-fail");
    expect(view.citations.map((c) => c.citation)).toEqual(view.event.citations);
    expect(view.citations.map((c) => [c.reportTitle, c.claimedBy])[0]).toEqual([
      "Talks fail",
      "a Taliban official (Taliban)",
    ]);
    expect(view.numberOfReports).toBe(corpus.reports.length);
    for (const { citation, paragraph } of view.citations)
      expect(paragraph).toBe(`paragraph ${citation.anchor.slice("p-".length)}`);
  });

  test("reportDates lists only the citations that give a date", () => {
    for (const e of corpus.events) {
      const dated = e.citations.filter((c) => c.date);
      expect(eventView(e, corpus).reportDates.map((d) => d.date)).toEqual(dated.map((c) => c.date));
    }
  });
});

test("chronologyTimeline: the timeline, each event with its view", () => {
  const timeline = chronologyTimeline(corpus);
  const plain = buildTimeline(corpus.eras, corpus.reports);
  expect(timeline.map((t) => t.era.id)).toEqual(plain.map((t) => t.era.id));
  timeline.forEach(({ items }, i) => {
    expect(items.map((item) => (item.kind === "event" ? item.view.event : item))).toEqual(
      plain[i]!.items.map((item) => (item.kind === "event" ? item.event : item)),
    );
  });
});

test("claimsLedger: the ledger's figures, each with its words", () => {
  const ledger = buildLedger(corpus.events, corpus.topics, corpus.parties);
  const view = claimsLedger(corpus);
  expect(view.columns).toEqual(ledger.columns);
  const figures = view.sections.flatMap((s) => s.rows.flatMap((r) => r.cells.flat()));
  expect(figures.map((f) => f.claim)).toEqual(
    ledger.sections.flatMap((s) => s.rows.flatMap((r) => r.cells.flat().map((e) => e.claim))),
  );
  for (const f of figures) expect(f.paragraph).toMatch(/^paragraph \d+$/);
  expect(figures.map((f) => [f.value, f.reportTitle])).toEqual([
    ["7–8", "Talks fail"],
    ["7 or more", "Fighting reported in the valley"],
    ["yes", "Fighting reported in the valley"],
    ["no", "Talks fail"],
  ]);
});

test("reportPages: each report with its named entries and its neighbours", () => {
  for (const { report, mentioned, previous, next } of reportPages(corpus)) {
    expect(mentioned.map((e) => e.id)).toEqual(report.mentions);
    expect(previous?.id).toBe(report.previous);
    expect(next?.id).toBe(report.next);
  }
  expect(reportPages(corpus).map((p) => p.report.id)).toEqual(["second-report", "first-report"]);
});

describe("the chronology page", () => {
  const page = chronologyPage(corpus);

  test("every era grouped by day, in timeline order; only the first era folded", () => {
    expect(page.map((e) => e.folded)).toEqual(page.map((_, i) => i === 0 && page.length > 1));
    chronologyTimeline(corpus).forEach(({ items }, i) => {
      expect(page[i]!.days.flatMap((d) => d.items)).toEqual(items);
      expect(page[i]!.events).toBe(items.filter((item) => item.kind === "event").length);
    });
  });

  test("a day holds every item of that day and no other; spans group by their years", () => {
    for (const { days } of page) {
      expect(new Set(days.map((d) => d.id)).size).toBe(days.length);
      for (const day of days) {
        for (const item of day.items) {
          const date = item.kind === "event" ? item.view.event.date : item.date;
          if (date.precision === "day") expect(day.id).toBe(`day-${date.start}`);
          else expect(day.id).toBe(`span-${date.start.slice(0, 4)}-${date.end.slice(0, 4)}`);
        }
      }
    }
  });

  test("groupByDay joins consecutive items of one day only", () => {
    const items = chronologyTimeline(corpus).flatMap((e) => e.items);
    const days = groupByDay(items);
    expect(days.flatMap((d) => d.items)).toEqual(items);
    days.forEach((day, i) => expect(day.id).not.toBe(days[i + 1]?.id));
  });

  test.each<[string, (date: ResolvedDate) => boolean, (date: ResolvedDate) => string | undefined]>([
    ["a weekday phrase", (d) => d.phrase !== undefined, (d) => d.phrase],
    ["an undated statement", (d) => d.undated === true, () => "undated"],
    ["a plain day", (d) => d.precision === "day" && !d.undated && !d.phrase && !d.part, () => undefined],
  ])("the line shows the time within its day for %s", (_label, which, expected) => {
    const event = real.events.find((e) => which(e.date))!;
    expect(event).toBeDefined();
    expect(eventView(event, real).timeOfDay).toBe(expected(event.date));
  });

  test("the filter offers only what some event has", () => {
    const filters = chronologyFilters(corpus);
    const involved = new Set(corpus.events.flatMap((e) => e.involves));
    for (const option of [...filters.person, ...filters.place]) expect(involved.has(option.value)).toBe(true);
    expect(filters.person.every((o) => corpus.gazetteerById.get(o.value)!.type === "person")).toBe(true);
    expect(filters.place.every((o) => corpus.gazetteerById.get(o.value)!.type === "place")).toBe(true);
    expect(filters.report.map((o) => o.value)).toEqual(corpus.reports.map((r) => r.id));
    const parties = new Set(corpus.events.flatMap((e) => e.citations.map((c) => c.party)));
    expect(filters.party.map((o) => o.value).sort()).toEqual([...parties].sort());
  });

  test("each event page knows its neighbours in the chronology", () => {
    const pages = eventPages(corpus);
    expect(pages.map((p) => p.view.event.id)).toEqual(corpus.events.map((e) => e.id));
    expect(pages[0]!.previous).toBeUndefined();
    expect(pages.at(-1)!.next).toBeUndefined();
    pages.slice(1).forEach((p, i) => expect(p.previous).toBe(corpus.events[i]));
  });
});
