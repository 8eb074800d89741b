import { describe, expect, test } from "vitest";
import { buildCorpus } from "@/lib/corpus";
import { cellWords, dayStrip, type StripCell } from "@/lib/views/dayStrip";
import { loadContent } from "./helpers/content";

const corpus = buildCorpus(loadContent());
const strip = dayStrip(corpus)!;

describe("dayStrip over the five reports", () => {
  test("one column per day, from the first event of the week to the last publication", () => {
    const days = strip.days.map((d) => d.day);
    expect(days[0]).toBe("2021-08-27");
    expect(days.at(-1)).toBe("2021-09-06");
    expect(days).toHaveLength(11);
    expect(strip.days[0]).toMatchObject({ weekday: "Fri", date: "27 Aug" });
  });

  test("one row per report, in publication order, each publication on its day", () => {
    expect(strip.rows.map((r) => r.report.id)).toEqual(corpus.reports.map((r) => r.id));
    for (const row of strip.rows) {
      const published = row.cells.filter((c) => c.published).map((c) => c.day);
      expect(published).toEqual([row.report.data.published.date]);
    }
  });

  test("each cell counts the events of its report on its day, and the disputed ones", () => {
    const week = corpus.events.filter((e) => e.date.precision === "day" && e.date.start >= "2021-08-27");
    for (const row of strip.rows) {
      for (const cell of row.cells) {
        const there = week.filter((e) => e.date.start === cell.day && e.reports.includes(row.report.id));
        expect(cell.events, `${row.report.id} ${cell.day}`).toBe(there.length);
        expect(cell.disputed).toBe(there.filter((e) => e.disputed).length);
      }
    }
    expect(strip.rows.flatMap((r) => r.cells).some((c) => c.disputed > 0)).toBe(true);
  });

  test("cells do not overlap and stay inside the drawing", () => {
    const cells = strip.rows.flatMap((r) => r.cells);
    for (const a of cells) {
      expect(a.x + strip.cell.width).toBeLessThanOrEqual(strip.width);
      expect(a.y + strip.cell.height).toBeLessThanOrEqual(strip.height);
      for (const b of cells) {
        if (a === b) continue;
        const apart =
          a.x + strip.cell.width <= b.x ||
          b.x + strip.cell.width <= a.x ||
          a.y + strip.cell.height <= b.y ||
          b.y + strip.cell.height <= a.y;
        expect(apart).toBe(true);
      }
    }
  });
});

test("no strip without events dated to a day", () => {
  expect(dayStrip({ ...corpus, eras: corpus.eras.map((e) => ({ ...e, events: [] })) })).toBeUndefined();
});

test.each<[Partial<StripCell>, string]>([
  [{ events: 0, disputed: 0, published: false }, "no events"],
  [{ events: 1, disputed: 0, published: false }, "1 event"],
  [{ events: 3, disputed: 1, published: true }, "3 events, 1 disputed; published"],
  [{ events: 0, disputed: 0, published: true }, "no events; published"],
])("cellWords(%o) is %s", (cell, words) => {
  expect(
    cellWords({ day: "2021-09-01", x: 0, y: 0, events: 0, disputed: 0, published: false, ...cell }),
  ).toBe(words);
});
