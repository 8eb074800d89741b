/**
 * The list of reports at scale. Up to REPORTS_ONE_PAGE reports the home page lists them all (the
 * five reports' site). Beyond, the home page lists the latest and the months, and each month's
 * reports have pages of their own (`published/2021-09/`, `published/2021-09/2/`), at most
 * REPORTS_PER_PAGE each.
 */
import type { Corpus, Report } from "@/lib/corpus/types";
import { formatMonth } from "../dates";
import type { KeyedPage } from "../pageCache";
import { pagedGroups, pageParam, pager, type Pager } from "../paging";
import { paths } from "../urls";
import { oncePer } from "../memo";

/** More reports than this and the list is paged by month of publication. */
export const REPORTS_ONE_PAGE = 60;
/** The most reports one month page lists. */
export const REPORTS_PER_PAGE = 50;
/** How many of the latest reports the home page lists when the list is paged. */
export const LATEST_REPORTS = 10;

/** A month of publication, as the home page lists it. */
export interface ReportMonth {
  /** `YYYY-MM`. */
  key: string;
  /** "September 2021". */
  label: string;
  /** How many reports were published that month. */
  count: number;
  /** The site path of its first page. */
  path: string;
}

const pagesOf = oncePer((corpus: Corpus): Map<string, Report[][]> =>
  pagedGroups(corpus.reports, (r) => r.data.published.date.slice(0, 7), REPORTS_PER_PAGE),
);

/** True when the corpus has too many reports to list on one page. */
export function isReportListPaged(corpus: Corpus): boolean {
  return corpus.reports.length > REPORTS_ONE_PAGE;
}

/** The months in which reports were published, oldest first. */
export function reportMonths(corpus: Corpus): ReportMonth[] {
  return [...pagesOf(corpus)].map(([key, pages]) => ({
    key,
    label: formatMonth(key),
    count: pages.reduce((n, page) => n + page.length, 0),
    path: paths.reportMonth(key),
  }));
}

/** Every page of every month: light references for getStaticPaths. None while one page holds all. */
export function reportMonthPageRefs(corpus: Corpus): { month: string; number: number }[] {
  if (!isReportListPaged(corpus)) return [];
  return [...pagesOf(corpus)].flatMap(([month, pages]) => pages.map((_, i) => ({ month, number: i + 1 })));
}

/** Page `number` of the reports published in `month`. */
export function reportMonthPage(
  corpus: Corpus,
  key: string,
  number: number,
): { month: ReportMonth; reports: Report[]; pager: Pager } {
  const month = reportMonths(corpus).find((m) => m.key === key);
  const reports = pagesOf(corpus).get(key)?.[number - 1];
  if (!month || !reports) throw new RangeError(`No page ${number} of the reports published in ${key}`);
  return { month, reports, pager: pager(month.path, number, pagesOf(corpus).get(key)!.length) };
}

/** Every month page as `getStaticPaths` lists it; its page-cache key digests its list. */
export function reportMonthPagePaths(
  corpus: Corpus,
): KeyedPage<{ month: string; page: string | undefined }, { month: string; number: number }>[] {
  return reportMonthPageRefs(corpus).map(({ month, number }) => ({
    params: { month, page: pageParam(number) },
    props: { month, number },
    shows: reportMonthPage(corpus, month, number),
  }));
}
