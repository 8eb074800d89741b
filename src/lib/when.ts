/**
 * "When" expressions: the dates of chronology citations as the reports word them ("Tuesday
 * night", "late Monday", "on Wednesday") or as editors write them ("1989", "1996–2001",
 * "2021-08-15", "2021-09-02 morning"). `parseWhen` reads one; `resolveWhen` turns it into a
 * dated, sortable, labelled value against the citing report's publication date.
 */
import { getDay, previousDay, type Day } from "date-fns";
import { formatDay, isIsoCalendarDate, toDay, toIsoDate, type IsoDate } from "./dates";

/** Parts of a day, in the order they sort within a day. */
export const PARTS_OF_DAY = ["early", "morning", "afternoon", "evening", "late", "night"] as const;
/** A part of a day a report names. */
export type PartOfDay = (typeof PARTS_OF_DAY)[number];

const WEEKDAYS = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"];

/** Examples of every accepted form, for error messages and docs. */
export const WHEN_EXAMPLES =
  "'1989', '1980s', '1996–2001', '2021-08-15', '2021-09-02 morning', 'Tuesday night', 'late Monday', 'on Wednesday', 'reported'";

/**
 * The when-expression for a statement the report does not date: it is placed on the report's
 * publication day and labelled "undated; reported …". Never date it by a neighbouring event.
 */
const REPORTED = "reported";

/** A parsed when-expression. */
export type WhenExpression =
  | { kind: "decade"; decade: number }
  | { kind: "year"; year: number }
  | { kind: "years"; from: number; to: number }
  | { kind: "day"; date: IsoDate; part?: PartOfDay }
  | { kind: "weekday"; weekday: Day; part?: PartOfDay; phrase: string }
  | { kind: "reported" };

const PART = `(${PARTS_OF_DAY.join("|")})`;
const WEEKDAY = `(${WEEKDAYS.join("|")})`;
const PATTERNS = {
  decade: /^(\d{3}0)s$/,
  year: /^(\d{4})$/,
  years: /^(\d{4})\s*[–-]\s*(\d{4})$/,
  day: new RegExp(`^(\\d{4}-\\d{2}-\\d{2})(?:\\s+${PART})?$`),
  // "on Wednesday", "late Monday", "Tuesday night", "early Tuesday", "Thursday morning"
  weekday: new RegExp(`^(?:on\\s+)?(?:(early|late)\\s+)?${WEEKDAY}(?:\\s+${PART})?$`, "i"),
};

/** Reads a when-expression; returns null for anything outside the grammar. */
export function parseWhen(text: string): WhenExpression | null {
  const value = text.trim().replace(/\s+/g, " ");
  if (value === REPORTED) return { kind: "reported" };
  let m: RegExpExecArray | null;
  if ((m = PATTERNS.decade.exec(value))) return { kind: "decade", decade: Number(m[1]) };
  if ((m = PATTERNS.year.exec(value))) return { kind: "year", year: Number(m[1]) };
  if ((m = PATTERNS.years.exec(value))) {
    const from = Number(m[1]);
    const to = Number(m[2]);
    return from < to ? { kind: "years", from, to } : null;
  }
  if ((m = PATTERNS.day.exec(value))) {
    if (!isIsoCalendarDate(m[1]!)) return null;
    return { kind: "day", date: m[1]!, ...(m[2] ? { part: m[2] as PartOfDay } : {}) };
  }
  if ((m = PATTERNS.weekday.exec(value))) {
    const [, edge, weekday, part] = m;
    if (edge && part) return null; // "late Monday night" says the same thing twice
    const resolvedPart = (edge ?? part)?.toLowerCase() as PartOfDay | undefined;
    return {
      kind: "weekday",
      weekday: WEEKDAYS.indexOf(weekday!.toLowerCase()) as Day,
      phrase: value.replace(/^on\s+/i, ""),
      ...(resolvedPart ? { part: resolvedPart } : {}),
    };
  }
  return null;
}

/** True when `text` is a when-expression `parseWhen` understands. */
export function isWhenExpression(text: string): boolean {
  return parseWhen(text) !== null;
}

/** How precise a resolved date is, coarsest first. */
export const PRECISIONS = ["decade", "years", "year", "day"] as const;
/** The precision of a resolved date. */
export type Precision = (typeof PRECISIONS)[number];

/** A when-expression placed on the calendar. */
export interface ResolvedDate {
  /** How precise the date is. */
  precision: Precision;
  /** First day covered, `YYYY-MM-DD`. */
  start: IsoDate;
  /** Last day covered, `YYYY-MM-DD` (equal to `start` for a day). */
  end: IsoDate;
  /** The part of the day, when the report names one. */
  part?: PartOfDay;
  /** The report's own words for a weekday phrase, e.g. "Tuesday night". */
  phrase?: string;
  /**
   * True when the report gives no date and the statement is placed on its publication day
   * ("reported on", not "happened on"): the happening was that day or earlier.
   */
  undated?: true;
  /**
   * Machine-readable form for `<time datetime>`: a day or a year. HTML has no year range, so a
   * range or decade gives its first year.
   */
  datetime: string;
  /** What a reader sees: "Tuesday night (31 August 2021)", "1996–2001", "15 August 2021". */
  label: string;
}

/**
 * The most recent `weekday` on or before `published`: a report published on a Friday that says
 * "Friday" means that day; "Tuesday" means the Tuesday before.
 */
export function resolveWeekday(published: IsoDate, weekday: Day): IsoDate {
  const day = toDay(published);
  return toIsoDate(getDay(day) === weekday ? day : previousDay(day, weekday));
}

/**
 * Places a when-expression on the calendar. Weekday phrases resolve against `published`, the
 * citing report's publication day. Throws a RangeError for text outside the grammar.
 */
export function resolveWhen(when: string | WhenExpression, published: IsoDate): ResolvedDate {
  const expression = typeof when === "string" ? parseWhen(when) : when;
  if (!expression) {
    throw new RangeError(`Cannot read the date "${String(when)}": write it like ${WHEN_EXAMPLES}.`);
  }
  switch (expression.kind) {
    case "decade":
      return yearSpan("decade", expression.decade, expression.decade + 9, `${expression.decade}s`);
    case "years":
      return yearSpan("years", expression.from, expression.to, `${expression.from}–${expression.to}`);
    case "year":
      return yearSpan("year", expression.year, expression.year, String(expression.year));
    case "day":
      return {
        ...oneDay(expression.date),
        label: expression.part
          ? `${formatDay(expression.date)} (${expression.part})`
          : formatDay(expression.date),
        ...(expression.part ? { part: expression.part } : {}),
      };
    case "reported":
      return { ...oneDay(published), undated: true, label: `undated; reported ${formatDay(published)}` };
    case "weekday": {
      const date = resolveWeekday(published, expression.weekday);
      return {
        ...oneDay(date),
        phrase: expression.phrase,
        label: `${expression.phrase} (${formatDay(date)})`,
        ...(expression.part ? { part: expression.part } : {}),
      };
    }
  }
}

/** Whole years from `from` to `to`; `<time datetime>` takes the first (HTML has no year range). */
function yearSpan(
  precision: "decade" | "years" | "year",
  from: number,
  to: number,
  label: string,
): ResolvedDate {
  return { precision, start: `${from}-01-01`, end: `${to}-12-31`, datetime: String(from), label };
}

/** One day, without its label. */
function oneDay(date: IsoDate): Pick<ResolvedDate, "precision" | "start" | "end" | "datetime"> {
  return { precision: "day", start: date, end: date, datetime: date };
}

/**
 * Orders resolved dates: by first day; for the same first day the one that ends first (the
 * 1989 withdrawal before the 1989–1996 war that followed it), then the coarser precision;
 * within a day, unnamed part first, then early, morning … night, then undated statements placed
 * on their report's day. Returns 0 for equal dates so a stable sort keeps data order.
 */
export function compareResolvedDates(a: ResolvedDate, b: ResolvedDate): number {
  if (a.start !== b.start) return a.start < b.start ? -1 : 1;
  if (a.end !== b.end) return a.end < b.end ? -1 : 1;
  const precision = PRECISIONS.indexOf(a.precision) - PRECISIONS.indexOf(b.precision);
  if (precision !== 0) return precision;
  return partRank(a) - partRank(b);
}

// An undated statement placed on its report's day happened that day or before; it sorts after
// everything the day's reports date, just before the publication itself.
function partRank(date: ResolvedDate): number {
  if (date.undated) return PARTS_OF_DAY.length + 1;
  return date.part ? PARTS_OF_DAY.indexOf(date.part) + 1 : 0;
}
