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

/** The content store's digest of an entry's file (src/content/reportFiles.ts), which Astro's types leave out. */
function storeDigest(entry: object): string | undefined {
  const { digest } = entry as { digest?: unknown };
  return typeof digest === "string" || typeof digest === "number" ? String(digest) : undefined;
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
  // A report whose file is unchanged since the last build (the content store's digest of it)
  // keeps the passages and mentions read from it then; the others are read, one file at a time
  // (thousands read all at once would hold as many files open).
  const stored = storedPassages();
  const files = new Map<string, string>();
  const withText = [];
  for (const report of reports) {
    const file = storeDigest(report);
    if (file) files.set(report.id, file);
    const kept = file ? stored.get(report.id, file) : undefined;
    if (kept) {
      withText.push({ ...report, ...kept });
    } else {
      const body = await readReportBody(report.filePath!);
      withText.push({ ...report, digest: digestOf(body), body });
    }
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
  stored.save(built.reports, files);
  return built;
}
