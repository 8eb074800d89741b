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

/** True when `value` is a real calendar day written `YYYY-MM-DD` (rejects `2021-02-30`). */
export function isIsoCalendarDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const day = parse(value, ISO_DAY, REFERENCE);
  return isValid(day) && format(day, ISO_DAY) === value;
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
  return format(toDay(value), "d MMMM yyyy");
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
