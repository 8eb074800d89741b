/** What a report's page shows besides the report: the entries it names and its neighbours. */
import type { Corpus, GazetteerEntry, Report } from "@/lib/corpus/types";
import type { KeyedPage } from "../pageCache";

/** Everything a report's page needs from the corpus. */
export interface ReportPage {
  report: Report;
  /** The entries the report names without ambiguity, in order of first mention. */
  mentioned: GazetteerEntry[];
  /** The report published before it, if any. */
  previous?: Report;
  /** The report published after it, if any. */
  next?: Report;
}

/** The page of every report, oldest first. */
export function reportPages(corpus: Corpus): ReportPage[] {
  const report = (id: string | undefined) => (id === undefined ? undefined : corpus.reportsById.get(id));
  return corpus.reports.map((r) => ({
    report: r,
    mentioned: r.mentions.map((id) => corpus.gazetteerById.get(id)!),
    previous: report(r.previous),
    next: report(r.next),
  }));
}

/**
 * Every report page as `getStaticPaths` lists it. Its page-cache key digests the whole view: the
 * report (its text's digest among it), the entries it names and its neighbours.
 */
export function reportPagePaths(corpus: Corpus): KeyedPage<{ slug: string }, ReportPage>[] {
  return reportPages(corpus).map((page) => ({ params: { slug: page.report.id }, props: page, shows: page }));
}
