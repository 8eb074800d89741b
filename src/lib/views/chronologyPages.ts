/**
 * The chronology at scale. Up to CHRONOLOGY_ONE_PAGE_EVENTS events and REPORTS_ONE_PAGE reports
 * it is one page (the five reports' week, as chronology.ts lays it out). Beyond, the chronology
 * page is an overview of months, and each month has pages of its own (`chronology/2021-09/`,
 * `chronology/2021-09/2/`), at most ITEMS_PER_CHRONOLOGY_PAGE lines each, so that no page grows
 * with the corpus. Lines dated only to a year or a span of years (the background) are not put
 * in a month: they are grouped by era (`chronology/background/`), under the era's title.
 */
import type { ChronologyEvent, Corpus, Era, Report } from "@/lib/corpus/types";
import { formatMonth } from "../dates";
import type { KeyedPage } from "../pageCache";
import { pagedGroups, pageParam, pagePath, pager, type Pager } from "../paging";
import { buildTimeline, type TimelineItem } from "../timeline";
import { paths } from "../urls";
import {
  chronologyFilters,
  eventPages,
  groupByDay,
  eventView,
  reportNumbers,
  type EventPage,
  type ChronologyEraPage,
  type ChronologyItem,
} from "./chronology";
import { claimWords } from "./claimWords";
import { isReportListPaged } from "./reportMonths";
import { oncePer } from "../memo";

/** More events than this and the chronology is paged by month. */
export const CHRONOLOGY_ONE_PAGE_EVENTS = 200;
/** The most lines (events and publications) one month page holds. */
export const ITEMS_PER_CHRONOLOGY_PAGE = 60;

type Line = { era: Era; item: TimelineItem };

/** A month of the chronology (or an era's lines dated only to years), as the overview lists it. */
export interface ChronologyMonth {
  /** `YYYY-MM`, or the era's id for its lines dated only to years. */
  key: string;
  /** "September 2021", or the era's title. */
  label: string;
  /** The era the month's first line belongs to. */
  era: Era;
  events: number;
  publications: number;
  /** The site path of its first page. */
  path: string;
}

/** One page of a month. */
export interface ChronologyMonthPage {
  month: ChronologyMonth;
  /** The page's lines by era and day, as the one-page chronology shows them (none folded). */
  eras: ChronologyEraPage[];
  /** The page's events, in order. */
  events: ChronologyEvent[];
  /** The reports the page's events cite or whose publication it shows, in publication order. */
  reports: Report[];
  pager: Pager;
}

interface Months {
  months: ChronologyMonth[];
  pages: Map<string, Line[][]>;
  /** Event id → the site path of the month page that shows it. */
  eventPages: Map<string, string>;
}

/** True when the corpus has too many events for the chronology to be one page. */
export function isChronologyPaged(corpus: Corpus): boolean {
  return corpus.events.length > CHRONOLOGY_ONE_PAGE_EVENTS || isReportListPaged(corpus);
}

const dateOf = (item: TimelineItem) => (item.kind === "event" ? item.event.date : item.date);

/** The month a line belongs in, or its era's id when it is dated only to years. */
function monthKey({ era, item }: Line): string {
  const date = dateOf(item);
  return date.precision === "day" ? date.start.slice(0, 7) : era.id;
}

const MONTH = /^\d{4}-\d{2}$/;

/** The chronology's lines by month and page, worked out once per corpus. */
const monthsOf = oncePer((corpus: Corpus): Months => {
  const lines = buildTimeline(corpus.eras, corpus.reports).flatMap(({ era, items }) =>
    items.map((item) => ({ era, item })),
  );
  const pages = pagedGroups(lines, monthKey, ITEMS_PER_CHRONOLOGY_PAGE);
  const months = [...pages].map(([key, list]): ChronologyMonth => {
    const all = list.flat();
    return {
      key,
      label: MONTH.test(key) ? formatMonth(key) : all[0]!.era.title,
      era: all[0]!.era,
      events: all.filter((l) => l.item.kind === "event").length,
      publications: all.filter((l) => l.item.kind === "publication").length,
      path: paths.chronologyMonth(key),
    };
  });
  const eventPages = new Map<string, string>();
  for (const month of months)
    pages.get(month.key)!.forEach((page, i) => {
      for (const { item } of page)
        if (item.kind === "event") eventPages.set(item.event.id, pagePath(month.path, i + 1));
    });
  return { months, pages, eventPages };
});

/** The months of the chronology, in order (the overview of a paged chronology). */
export function chronologyMonths(corpus: Corpus): ChronologyMonth[] {
  return monthsOf(corpus).months;
}

/**
 * Where an event is shown in the chronology: its anchor on the one page, or on its month's page
 * when the chronology is paged.
 */
export function chronologyPathOf(corpus: Corpus, eventId: string): string {
  if (!isChronologyPaged(corpus)) return paths.chronology(eventId);
  const page = monthsOf(corpus).eventPages.get(eventId);
  return page ? `${page}#${eventId}` : paths.chronology();
}

/** Every page of every month: light references for getStaticPaths. None while one page holds all. */
export function chronologyMonthPageRefs(corpus: Corpus): { month: string; number: number }[] {
  if (!isChronologyPaged(corpus)) return [];
  const { pages } = monthsOf(corpus);
  return [...pages].flatMap(([month, list]) => list.map((_, i) => ({ month, number: i + 1 })));
}

/**
 * Every month page as `getStaticPaths` lists it: its parameters, its props and what its
 * page-cache key digests (its lines, its reports' numbers and its filter).
 */
export function chronologyMonthPagePaths(
  corpus: Corpus,
): KeyedPage<{ month: string; page: string | undefined }, { month: string; number: number }>[] {
  const numbers = reportNumbers(corpus);
  return chronologyMonthPageRefs(corpus).map(({ month, number }) => {
    const view = chronologyMonthPage(corpus, month, number);
    const filters = chronologyFilters(corpus, view.events, view.reports);
    return {
      params: { month, page: pageParam(number) },
      props: { month, number },
      shows: [view, view.reports.map((r) => numbers.get(r.id)), filters],
    };
  });
}

/** Page `number` of `month`, ready to render. */
export function chronologyMonthPage(corpus: Corpus, key: string, number: number): ChronologyMonthPage {
  const { months, pages } = monthsOf(corpus);
  const month = months.find((m) => m.key === key);
  const lines = pages.get(key)?.[number - 1];
  if (!month || !lines) throw new RangeError(`The chronology has no page ${number} of ${key}`);
  const words = claimWords(corpus);
  const byEra: { era: Era; items: ChronologyItem[] }[] = [];
  for (const { era, item } of lines) {
    const line: ChronologyItem =
      item.kind === "event" ? { kind: "event", view: eventView(item.event, corpus, words) } : item;
    const last = byEra.at(-1);
    if (last?.era === era) last.items.push(line);
    else byEra.push({ era, items: [line] });
  }
  const eras: ChronologyEraPage[] = byEra.map(({ era, items }) => ({
    era,
    folded: false,
    events: items.filter((i) => i.kind === "event").length,
    days: groupByDay(items),
  }));
  const events = lines.flatMap((l) => (l.item.kind === "event" ? [l.item.event] : []));
  const cited = new Set([
    ...events.flatMap((e) => e.reports),
    ...lines.flatMap((l) => (l.item.kind === "publication" ? [l.item.report.id] : [])),
  ]);
  return {
    month,
    eras,
    events,
    reports: corpus.reports.filter((r) => cited.has(r.id)),
    pager: pager(month.path, number, pages.get(key)!.length),
  };
}

/**
 * Every event page as `getStaticPaths` lists it. Its page-cache key digests the page's props: its
 * evidence (the cited reports' titles among it) and neighbours, with where the chronology shows it.
 */
export function eventPagePaths(corpus: Corpus): KeyedPage<{ id: string }, EventPage>[] {
  return eventPages(corpus).map((page) => ({
    params: { id: page.view.event.id },
    props: page,
    shows: [page, chronologyPathOf(corpus, page.view.event.id)],
  }));
}
