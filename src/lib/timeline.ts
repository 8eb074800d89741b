/**
 * The chronology as a reader walks it: per era, events in date order with each report's
 * publication marked where it falls, so a reader sees when each account was written relative
 * to what it describes.
 */
import type { ChronologyEvent, Era, Report } from "./corpus/types";
import { compareResolvedDates, resolveWhen, type ResolvedDate } from "./when";

/** One line of the timeline. */
export type TimelineItem =
  { kind: "event"; event: ChronologyEvent } | { kind: "publication"; report: Report; date: ResolvedDate };

/** An era with its timeline. */
export interface EraTimeline {
  era: Era;
  items: TimelineItem[];
}

/**
 * Interleaves report publications with the events of each era. A report published on a day
 * comes after every event of that day (it reports them), and reports of one day keep the
 * order of `reports`.
 */
export function buildTimeline(eras: readonly Era[], reports: readonly Report[]): EraTimeline[] {
  const sortedEras = [...eras].sort((a, b) => a.from.localeCompare(b.from));
  return sortedEras.map((era, index) => {
    const nextFrom = sortedEras[index + 1]?.from;
    const publications: TimelineItem[] = reports
      .filter((r) => r.data.published.date >= era.from || index === 0)
      .filter((r) => nextFrom === undefined || r.data.published.date < nextFrom)
      .map((report) => ({
        kind: "publication",
        report,
        date: resolveWhen(report.data.published.date, report.data.published.date),
      }));
    const events: TimelineItem[] = era.events.map((event) => ({ kind: "event", event }));
    const items = [...events, ...publications].sort((a, b) => {
      const dateA = a.kind === "event" ? a.event.date : a.date;
      const dateB = b.kind === "event" ? b.event.date : b.date;
      if (dateA.start !== dateB.start) return dateA.start < dateB.start ? -1 : 1;
      if (a.kind !== b.kind) return a.kind === "publication" ? 1 : -1;
      return compareResolvedDates(dateA, dateB);
    });
    return { era, items };
  });
}
