/**
 * The one place that reads the content collections. Every page calls `getCorpus()`; the
 * collections are read and checked once per build, however many pages ask.
 */
import { getCollection } from "astro:content";
import { buildCorpus } from "@/lib/corpus";
import type { Corpus } from "@/lib/corpus/types";
import { digestOf } from "@/lib/pageCache";
import { buildSearchIndex } from "@/lib/searchIndex";
import { href, paths } from "@/site";
import { storedPassages } from "./reportPassages";
import { readReportBody } from "./reportText";

let corpus: Promise<Corpus> | undefined;
let searchIndex: Promise<ReturnType<typeof buildSearchIndex>> | undefined;

/** The checked corpus (see src/lib/corpus.ts); throws a ContentError naming every problem. */
export function getCorpus(): Promise<Corpus> {
  corpus ??= load();
  return corpus;
}

/** The search index and its text shards (see src/lib/searchIndex.ts), built once per build. */
export function getSearchIndex(): Promise<ReturnType<typeof buildSearchIndex>> {
  searchIndex ??= getCorpus().then((c) =>
    buildSearchIndex(c, {
      report: (id) => href(paths.report(id)),
      entry: (type, id) => href(paths.entry(type, id)),
      event: (id) => href(paths.event(id)),
      file: (kind, n) => href(paths.searchFile(kind, n)),
    }),
  );
  return searchIndex;
}

async function load(): Promise<Corpus> {
  const [reports, people, places, organisations, events, eras, parties, topics] = await Promise.all([
    getCollection("reports"),
    getCollection("people"),
    getCollection("places"),
    getCollection("organisations"),
    getCollection("events"),
    getCollection("eras"),
    getCollection("parties"),
    getCollection("topics"),
  ]);
  // One file at a time (thousands read all at once would hold as many files open). A report
  // whose text is unchanged since the last build keeps the passages read from it then.
  const stored = storedPassages();
  const withText = [];
  for (const report of reports) {
    const body = await readReportBody(report.filePath!);
    const digest = digestOf(body);
    const passages = stored.get(report.id, digest);
    withText.push({ ...report, digest, ...(passages ? { passages } : { body }) });
  }
  const built = buildCorpus({
    reports: withText,
    people,
    places,
    organisations,
    events,
    eras,
    parties,
    topics,
  });
  stored.save(built.reports);
  return built;
}
