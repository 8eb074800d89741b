/**
 * The day strip: a picture of the week in question, one row per report and one column per day,
 * showing on which days each report places events, where an event it carries is disputed, and
 * the day it was published. Drawn at build time as SVG; the same cells also make its table.
 */
import { eachDayOfInterval, format } from "date-fns";
import type { Corpus, Report } from "@/lib/corpus/types";
import { toDay, toIsoDate, type IsoDate } from "../dates";

/** One report on one day. */
export interface StripCell {
  day: IsoDate;
  /** Events the report carries that the chronology places on this day. */
  events: number;
  /** How many of those are disputed. */
  disputed: number;
  /** True on the day the report was published. */
  published: boolean;
  /** Top-left corner of the cell in the SVG, in user units. */
  x: number;
  y: number;
}

/** One report's row. */
export interface StripRow {
  report: Report;
  /** The report's number in publication order (1-based), as its badge shows it. */
  number: number;
  cells: StripCell[];
  /** Baseline of the row's label. */
  labelY: number;
}

/** The strip: its days, rows and drawing size. */
export interface DayStrip {
  /** Each day's column: its left edge and its two-line label ("Wed", "1 Sep"). */
  days: { day: IsoDate; x: number; weekday: string; date: string }[];
  rows: StripRow[];
  width: number;
  height: number;
  cell: { width: number; height: number };
  /** Width of the label column, where the rows are named. */
  labelWidth: number;
}

const CELL = { width: 44, height: 26 };
const LABEL_WIDTH = 76;
const HEADER = 34;
const GAP = 4;

/**
 * The strip over the days after the background (every era but the first, when there are
 * several): from the first event dated to a day to the last publication. Undefined when no
 * such event exists.
 */
export function dayStrip(corpus: Corpus): DayStrip | undefined {
  const eras = corpus.eras.length > 1 ? corpus.eras.slice(1) : corpus.eras;
  const events = eras.flatMap((era) => era.events).filter((e) => e.date.precision === "day");
  if (events.length === 0) return undefined;
  const first = events.map((e) => e.date.start).sort()[0]!;
  const last = [...events.map((e) => e.date.start), ...corpus.reports.map((r) => r.data.published.date)]
    .filter((d) => d >= first)
    .sort()
    .at(-1)!;
  const days = eachDayOfInterval({ start: toDay(first), end: toDay(last) }).map(toIsoDate);
  const x = (i: number) => LABEL_WIDTH + i * (CELL.width + GAP);
  const rows = corpus.reports.map((report, r): StripRow => {
    const y = HEADER + r * (CELL.height + GAP);
    const carried = events.filter((e) => e.reports.includes(report.id));
    return {
      report,
      number: r + 1,
      labelY: y + CELL.height / 2 + 4,
      cells: days.map((day, i) => {
        const that = carried.filter((e) => e.date.start === day);
        return {
          day,
          events: that.length,
          disputed: that.filter((e) => e.disputed).length,
          published: report.data.published.date === day,
          x: x(i),
          y,
        };
      }),
    };
  });
  return {
    days: days.map((day, i) => ({
      day,
      x: x(i),
      weekday: format(toDay(day), "EEE"),
      date: format(toDay(day), "d MMM"),
    })),
    rows,
    width: x(days.length) - GAP,
    height: HEADER + rows.length * (CELL.height + GAP) - GAP,
    cell: CELL,
    labelWidth: LABEL_WIDTH,
  };
}

/** A cell in words, for the table and the cell's tooltip: "2 events, 1 disputed; published". */
export function cellWords(cell: StripCell): string {
  const events = cell.events === 0 ? "no events" : `${cell.events} event${cell.events === 1 ? "" : "s"}`;
  const disputed = cell.disputed > 0 ? `, ${cell.disputed} disputed` : "";
  return `${events}${disputed}${cell.published ? "; published" : ""}`;
}
