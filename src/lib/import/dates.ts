/**
 * Publication-date candidates for an imported document: the explicit dates it prints, and the
 * days its weekday phrases ("on Wednesday", "Thursday night") point to. Every candidate carries
 * its basis in words; the import never picks one; an editor does.
 */
import { addDays, getDay, isValid, isWithinInterval, parse, subDays } from "date-fns";
import { formatDay, toDay, toIsoDate, weekdayName, type IsoDate } from "@/lib/dates";
import { parseWhen, resolveWhen } from "@/lib/when";
import { DATE_PATTERN } from "./body";

/** A span of days, both ends included. */
export interface Period {
  start: IsoDate;
  end: IsoDate;
}

/** A date the document prints. */
export interface ExplicitDate {
  date: IsoDate;
  /** The words as printed, e.g. "Aug. 30, 2021". */
  quote: string;
  /** True when the document gives no year and the period's year was assumed. */
  yearAssumed: boolean;
}

/** A possible publication day and why. */
export interface DateCandidate {
  date: IsoDate;
  /** Every reason, in words, with the document's own phrases quoted. */
  bases: string[];
}

/** How far a report may appear from the days the corpus already covers. */
const PERIOD_MARGIN_DAYS = 7;

/**
 * The period in which a new report's undated weekday phrases are read: from a week before the
 * earliest publication day of the existing reports to a week after the latest.
 */
export function corpusPeriod(published: readonly IsoDate[]): Period {
  const sorted = [...published].sort();
  if (sorted.length === 0) throw new RangeError("corpusPeriod needs at least one publication day");
  return {
    start: toIsoDate(subDays(toDay(sorted[0]!), PERIOD_MARGIN_DAYS)),
    end: toIsoDate(addDays(toDay(sorted.at(-1)!), PERIOD_MARGIN_DAYS)),
  };
}

const REFERENCE = new Date(2000, 0, 1);
const WITH_YEAR = ["d MMMM yyyy", "d MMM yyyy", "MMMM d yyyy", "MMM d yyyy"];

function parseWith(formats: readonly string[], text: string, reference: Date): Date | null {
  for (const format of formats) {
    const day = parse(text, format, reference);
    if (isValid(day)) return day;
  }
  return null;
}

/**
 * Every calendar date the text prints, in order. A date without a year takes the period's
 * year, and only when that puts it inside the period ("September 2" in a 2021 corpus).
 */
export function findExplicitDates(text: string, period: Period): ExplicitDate[] {
  const found: ExplicitDate[] = [];
  for (const match of text.matchAll(new RegExp(DATE_PATTERN, "g"))) {
    const quote = match[0].replace(/[,.]$/, "");
    const cleaned = quote
      .replace(/(\d)(?:st|nd|rd|th)\b/gi, "$1")
      .replace(/\bSept\b/i, "Sep")
      .replace(/[.,]/g, " ")
      .replace(/\s+/g, " ")
      .trim();
    const full = parseWith(WITH_YEAR, cleaned, REFERENCE);
    if (full) {
      found.push({ date: toIsoDate(full), quote, yearAssumed: false });
      continue;
    }
    for (const year of new Set([period.start.slice(0, 4), period.end.slice(0, 4)])) {
      const day = parseWith(WITH_YEAR, `${cleaned} ${year}`, REFERENCE);
      if (day && inPeriod(toIsoDate(day), period))
        found.push({ date: toIsoDate(day), quote, yearAssumed: true });
    }
  }
  return found;
}

const inPeriod = (day: IsoDate, period: Period) =>
  isWithinInterval(toDay(day), { start: toDay(period.start), end: toDay(period.end) });

/** A weekday phrase of the text, as `parseWhen` reads it. */
export interface WeekdayPhrase {
  /** The words, e.g. "Thursday night", "late Monday", "Wednesday". */
  phrase: string;
  weekday: number;
  part?: string;
}

const WEEKDAY_PHRASE =
  /\b(?:(?:early|late)\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:\s+(?:early|morning|afternoon|evening|late|night))?\b/gi;

/** Every weekday phrase of the text that `parseWhen` understands, first occurrence of each. */
export function findWeekdayPhrases(text: string): WeekdayPhrase[] {
  const phrases = new Map<string, WeekdayPhrase>();
  for (const match of text.matchAll(WEEKDAY_PHRASE)) {
    // "late Monday night" is not in the grammar: fall back to the weekday with its part.
    const expression = parseWhen(match[0]) ?? parseWhen(match[0].replace(/^(?:early|late)\s+/i, ""));
    if (expression?.kind !== "weekday") continue;
    const key = expression.phrase.toLowerCase();
    if (!phrases.has(key)) {
      phrases.set(key, {
        phrase: expression.phrase,
        weekday: expression.weekday,
        ...(expression.part ? { part: expression.part } : {}),
      });
    }
  }
  return [...phrases.values()];
}

// A night or a late hour is usually reported the next day ("clashes began late Thursday").
const REPORTED_NEXT_DAY = new Set(["night", "late", "evening"]);

/**
 * Publication days the weekday phrases point to. The days searched are the week from the
 * latest date the text prints inside the period, or the whole period when it prints none: a
 * day is a candidate when a phrase names its weekday (a report says "on Wednesday" of its own
 * day) or, for a night or late hour, the weekday before it. Each basis shows how every phrase
 * of the text would then resolve, with the project's own resolution (`resolveWhen`).
 */
export function weekdayCandidates(text: string, period: Period): DateCandidate[] {
  const phrases = findWeekdayPhrases(text);
  const dated = findExplicitDates(text, period).filter((d) => inPeriod(d.date, period));
  const latest = dated
    .map((d) => d.date)
    .sort()
    .at(-1);
  const search: Period = latest ? { start: latest, end: toIsoDate(addDays(toDay(latest), 6)) } : period;
  const from = latest
    ? `the week from ${formatDay(latest)}, the latest date the text prints (“${dated.find((d) => d.date === latest)!.quote}”)`
    : `the period ${formatDay(period.start)} – ${formatDay(period.end)} (the text prints no date in it)`;
  const candidates = new Map<IsoDate, DateCandidate>();
  for (let day = toDay(search.start); day <= toDay(search.end); day = addDays(day, 1)) {
    const iso = toIsoDate(day);
    const reasons: string[] = [];
    for (const phrase of phrases) {
      if (getDay(day) === phrase.weekday) reasons.push(`“${phrase.phrase}” as the day of publication`);
      else if (
        phrase.part &&
        REPORTED_NEXT_DAY.has(phrase.part) &&
        getDay(subDays(day, 1)) === phrase.weekday
      )
        reasons.push(`“${phrase.phrase}” as the night before publication`);
    }
    if (reasons.length === 0) continue;
    const resolved = phrases.map((p) => resolveWhen(p.phrase, iso).label).join("; ");
    candidates.set(iso, {
      date: iso,
      bases: [
        `${weekdayName(iso)} ${formatDay(iso)}: reading ${reasons.join(" and ")}, in ${from}. Then: ${resolved}.`,
      ],
    });
  }
  return [...candidates.values()];
}

/** Explicit dates as candidates, each with the words that print it. */
export function explicitCandidates(text: string, period: Period): DateCandidate[] {
  const candidates = new Map<IsoDate, DateCandidate>();
  for (const found of findExplicitDates(text, period)) {
    const basis = `printed as “${found.quote}”${found.yearAssumed ? ` (no year printed: ${found.date.slice(0, 4)} assumed from the corpus period)` : ""}`;
    const slot = candidates.get(found.date) ?? { date: found.date, bases: [] };
    if (!slot.bases.includes(basis)) slot.bases.push(basis);
    candidates.set(found.date, slot);
  }
  return [...candidates.values()].sort((a, b) => a.date.localeCompare(b.date));
}
