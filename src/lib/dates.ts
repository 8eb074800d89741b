/**
 * Calendar days for the whole site. Dates are ISO strings (`YYYY-MM-DD`) in data and in
 * `datetime` attributes; every computation on them goes through date-fns, and every day shown
 * to a reader is written by `formatDay`, so the site has one way to print a date.
 */
import { format, getDate, getMonth, getYear, isValid, parse } from "date-fns";

/** A calendar day written `YYYY-MM-DD`. */
export type IsoDate = string;

const ISO_DAY = "yyyy-MM-dd";
// date-fns needs a reference date to fill missing fields; a fixed one keeps builds repeatable.
const REFERENCE = new Date(2000, 0, 1);

// A build checks and prints the same few thousand days over and over (every report, event and
// list item), and date-fns' parse is slow beside the rest of a page: each `YYYY-MM-DD` is worked
// out once, which the results below keep (a few hundred KB at 10,000 reports).
const checked = new Map<string, boolean>();
const printed = new Map<string, string>();

/** True when `value` is a real calendar day written `YYYY-MM-DD` (rejects `2021-02-30`). */
export function isIsoCalendarDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  let valid = checked.get(value);
  if (valid === undefined) {
    const day = parse(value, ISO_DAY, REFERENCE);
    checked.set(value, (valid = isValid(day) && format(day, ISO_DAY) === value));
  }
  return valid;
}

/** Parses a `YYYY-MM-DD` day into a local-midnight Date; throws on anything else. */
export function toDay(value: IsoDate): Date {
  if (!isIsoCalendarDate(value)) throw new RangeError(`Not a calendar day: "${value}"`);
  return parse(value, ISO_DAY, REFERENCE);
}

/** Writes a Date (local calendar day) back as `YYYY-MM-DD`. */
export function toIsoDate(day: Date): IsoDate {
  return format(day, ISO_DAY);
}

/** The one human-readable form of a day, fixed to English: "3 September 2021". */
export function formatDay(value: IsoDate): string {
  let label = printed.get(value);
  if (label === undefined) printed.set(value, (label = format(toDay(value), "d MMMM yyyy")));
  return label;
}

/** The English weekday name of a day: "Friday". */
export function weekdayName(value: IsoDate): string {
  return format(toDay(value), "EEEE");
}

/** A day as a Date at midnight UTC, for formats that want an instant (RSS, JSON-LD). */
export function dayAsUtcInstant(value: IsoDate): Date {
  const day = toDay(value);
  return new Date(Date.UTC(getYear(day), getMonth(day), getDate(day)));
}

/** A month written `YYYY-MM` in English: "September 2021". */
export function formatMonth(value: string): string {
  return format(toDay(`${value}-01`), "MMMM yyyy");
}
