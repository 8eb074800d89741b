/**
 * Dating the chronology: which of several citations' dates dates an event, whether the
 * citations agree on when it happened, and the order events are listed in.
 */
import { compareResolvedDates, type ResolvedDate } from "./when";

const PRECISION_RANK = { decade: 0, years: 1, year: 2, day: 3 } as const;

// An undated statement placed on its report's day ranks below any real day: a report's own date
// says only "by then", so a citation that dates the happening wins.
function precisionRank(date: ResolvedDate): number {
  if (date.undated) return PRECISION_RANK.day * 2 - 1;
  return PRECISION_RANK[date.precision] * 2 + (date.part ? 1 : 0);
}

/** The most precise of several dates; among equals the first (data order decides). */
export function mostPrecise(dates: readonly ResolvedDate[]): ResolvedDate {
  if (dates.length === 0) throw new RangeError("mostPrecise needs at least one date");
  return dates.reduce((best, date) => {
    const rank = precisionRank(date);
    const bestRank = precisionRank(best);
    // Of several undated statements, the earliest report bounds the happening most tightly.
    if (rank === bestRank && date.undated && date.start < best.start) return date;
    return rank > bestRank ? date : best;
  });
}

/**
 * True when every pair of dates overlaps: the reports agree on when, at their precisions. An
 * undated statement covers everything up to its report's day.
 */
export function allOverlap(dates: readonly ResolvedDate[]): boolean {
  const start = (d: ResolvedDate) => (d.undated ? "0000-01-01" : d.start);
  return dates.every((a) => dates.every((b) => start(a) <= b.end && start(b) <= a.end));
}

/** Events in date order (see compareResolvedDates); ties keep their data order. */
export function sortEvents<T extends { date: ResolvedDate }>(events: readonly T[]): T[] {
  return [...events].sort((a, b) => compareResolvedDates(a.date, b.date));
}
