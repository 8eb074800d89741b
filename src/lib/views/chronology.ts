/**
 * What the chronology shows of each event, worked out before the template renders it: the
 * entries it involves, why it is disputed, the dates the reports give, and its claims and
 * citations with their report titles and claimants.
 */
import type { ChronologyEvent, CitedClaim, Corpus, Era, GazetteerEntry, Report } from "@/lib/corpus/types";
import { buildTimeline, type TimelineItem } from "../timeline";
import { paragraphWords } from "../labels";
import { resolveWhen, type ResolvedDate } from "../when";
import { claimWords, type ClaimWords } from "./claimWords";
import { oncePer } from "../memo";

type Citation = ChronologyEvent["citations"][number];

/** A claim of the event, with the words beside it. */
interface ClaimRow {
  claim: CitedClaim;
  /** The topic's label. */
  topic: string;
  /** Our reading of the value; empty for text claims. */
  value: string;
  claimedBy: string;
  reportTitle: string;
}

/** A citation of the event, with the words beside it. */
interface CitationRow {
  citation: Citation;
  claimedBy: string;
  reportTitle: string;
  /** The cited paragraph in words: "paragraph 3", or "headline". */
  paragraph: string;
}

/** Everything the chronology shows of one event. */
export interface EventView {
  event: ChronologyEvent;
  /**
   * The time within its day that the chronology line shows beside the headline (the day itself
   * is the heading): the report's weekday phrase, the part of the day, or "undated".
   */
  timeOfDay?: string;
  involved: GazetteerEntry[];
  /** How many reports there are. */
  numberOfReports: number;
  /** One sentence per computed dispute, naming the claims that cannot both be true. */
  disputeNotes: string[];
  /** Each dated citation's report and date, for events the reports date differently. */
  reportDates: { reportTitle: string; date: ResolvedDate }[];
  claims: ClaimRow[];
  citations: CitationRow[];
}

/** One line of the chronology: an event, or a report's publication. */
export type ChronologyItem = { kind: "event"; view: EventView } | Exclude<TimelineItem, { kind: "event" }>;

/** An era of the chronology with its lines in order. */
export interface ChronologyEra {
  era: Era;
  items: ChronologyItem[];
}

/** The chronology by era, each event with its view. */
export function chronologyTimeline(corpus: Corpus): ChronologyEra[] {
  const words = claimWords(corpus);
  return buildTimeline(corpus.eras, corpus.reports).map(({ era, items }) => ({
    era,
    items: items.map((item): ChronologyItem =>
      item.kind === "event" ? { kind: "event", view: eventView(item.event, corpus, words) } : item,
    ),
  }));
}

/** The view of one event. */
export function eventView(event: ChronologyEvent, corpus: Corpus, words = claimWords(corpus)): EventView {
  const { reportTitle, claimedBy } = words;
  return {
    event,
    ...timeOfDay(event.date),
    involved: event.involves.map((id) => corpus.gazetteerById.get(id)!),
    numberOfReports: corpus.reports.length,
    disputeNotes: disputeNotes(event, corpus, words),
    reportDates: event.citations.flatMap((c) =>
      c.date ? [{ reportTitle: reportTitle(c.report), date: c.date }] : [],
    ),
    claims: event.claims.map((claim) => ({
      claim,
      topic: corpus.topicsById.get(claim.topic)!.label,
      value: words.value(claim),
      claimedBy: claimedBy(claim.citation.claimantLabel, claim.party),
      reportTitle: reportTitle(claim.citation.report),
    })),
    citations: event.citations.map((citation) => ({
      citation,
      claimedBy: claimedBy(citation.claimantLabel, citation.party),
      reportTitle: reportTitle(citation.report),
      paragraph: paragraphWords(citation.anchor),
    })),
  };
}

function timeOfDay(date: ResolvedDate): { timeOfDay?: string } {
  if (date.undated) return { timeOfDay: "undated" };
  const time = date.phrase ?? date.part;
  return time === undefined ? {} : { timeOfDay: time };
}

// Built as one string, so that the markup adds no stray spaces inside the sentence.
function disputeNotes(event: ChronologyEvent, corpus: Corpus, { claimedBy }: ClaimWords): string[] {
  const said = (claim: CitedClaim) =>
    `“${claim.words}” (${claimedBy(claim.citation.claimantLabel, claim.party)})`;
  return event.disputes.map(
    (dispute) =>
      `Disputed, ${corpus.topicsById.get(dispute.topic)!.label}: these claims cannot both be true — ` +
      dispute.conflicts.map(([a, b]) => `${said(a)} and ${said(b)}`).join("; ") +
      ".",
  );
}

/** A day (or, before the week in question, a span such as "1989–1996") of the chronology. */
export interface ChronologyDay {
  /** Stable id of the group, for its heading: `day-2021-09-01`, `span-1989-1996`. */
  id: string;
  /** The date the heading shows: a day, or the span's resolved date. */
  date: ResolvedDate;
  items: ChronologyItem[];
}

/** An era as the chronology page shows it: folded unless it is the latest, grouped by day. */
export interface ChronologyEraPage {
  era: Era;
  /** True for the first era when there are several: the background opens on request. */
  folded: boolean;
  /** How many events the era holds. */
  events: number;
  days: ChronologyDay[];
}

/** The chronology page: every era grouped by day, the background (the first era) folded. */
export function chronologyPage(corpus: Corpus): ChronologyEraPage[] {
  const timeline = chronologyTimeline(corpus);
  return timeline.map(({ era, items }, i) => ({
    era,
    folded: i === 0 && timeline.length > 1,
    events: items.filter((item) => item.kind === "event").length,
    days: groupByDay(items),
  }));
}

/**
 * Consecutive items on the same day (or the same span of years) as one group, in order. A weekday
 * phrase's part of the day does not split a day.
 */
export function groupByDay(items: readonly ChronologyItem[]): ChronologyDay[] {
  const days: ChronologyDay[] = [];
  for (const item of items) {
    const date = item.kind === "event" ? item.view.event.date : item.date;
    const id =
      date.precision === "day"
        ? `day-${date.start}`
        : `span-${date.start.slice(0, 4)}-${date.end.slice(0, 4)}`;
    const last = days.at(-1);
    if (last?.id === id) last.items.push(item);
    else
      days.push({
        id,
        date: date.precision === "day" ? resolveWhen(date.start, date.start) : date,
        items: [item],
      });
  }
  return days;
}

/** An event's own page: its view and its neighbours in the chronology. */
export interface EventPage {
  view: EventView;
  previous?: ChronologyEvent;
  next?: ChronologyEvent;
}

/** Every event's page, in chronological order. */
export function eventPages(corpus: Corpus): EventPage[] {
  const words = claimWords(corpus);
  return corpus.events.map((event, i) => ({
    view: eventView(event, corpus, words),
    ...(i > 0 ? { previous: corpus.events[i - 1]! } : {}),
    ...(i < corpus.events.length - 1 ? { next: corpus.events[i + 1]! } : {}),
  }));
}

/** Each report's number as the badges and the filter show it (its place in publication order, from 1), built once per corpus. */
export const reportNumbers = oncePer(
  (corpus: Corpus): ReadonlyMap<string, number> => new Map(corpus.reports.map((r, i) => [r.id, i + 1])),
);

/** One choice of the chronology filter. */
interface FilterOption {
  value: string;
  label: string;
}

/**
 * The chronology filter's fields, in order: each matches the ids in one `data-*` attribute of the
 * event lines (EventItem.astro); the filter element reads the attribute from its select.
 */
export const FILTER_FIELDS = [
  { name: "person", label: "Person", attribute: "involves" },
  { name: "place", label: "Place", attribute: "involves" },
  { name: "report", label: "Report", attribute: "reports" },
  { name: "party", label: "Party", attribute: "parties" },
] as const;

/** The chronology filter's choices: only people, places, reports and parties some event has. */
export type ChronologyFilters = Record<(typeof FILTER_FIELDS)[number]["name"], FilterOption[]>;

/**
 * The choices of the chronology filter, each list in the order a reader scans it: of the whole
 * chronology, or of one page's events and reports (a month page of a long chronology).
 */
export function chronologyFilters(
  corpus: Corpus,
  events: readonly ChronologyEvent[] = corpus.events,
  reports: readonly Report[] = corpus.reports,
): ChronologyFilters {
  const involved = new Set(events.flatMap((e) => e.involves));
  const entries = (type: GazetteerEntry["type"]) =>
    corpus.gazetteer
      .filter((e) => e.type === type && involved.has(e.id))
      .map((e) => ({ value: e.id, label: e.name }));
  const parties = new Set(events.flatMap((e) => e.citations.map((c) => c.party)));
  const number = reportNumbers(corpus);
  return {
    person: entries("person"),
    place: entries("place"),
    report: reports.map((r) => ({ value: r.id, label: `Report ${number.get(r.id)}: ${r.data.title}` })),
    party: corpus.parties.filter((p) => parties.has(p.id)).map((p) => ({ value: p.id, label: p.name })),
  };
}
