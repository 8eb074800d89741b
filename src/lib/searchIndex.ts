/**
 * The search index, written by the build as static JSON in parts, so that a query downloads
 * only what it needs however large the corpus grows (docs/SEARCH.md):
 *
 * - the core (`search/index.json`): the gazetteer's names, the vocabulary (every word stem of
 *   the passages and event headlines, sorted, with how many passages hold it), and for each
 *   report and event only its day and outlet, for the filters. No text, no postings.
 * - postings (`search/postings/N.json`): for a run of vocabulary terms, the passages and events
 *   that hold each term, with its weight there. Names have postings too, under `#id`: the
 *   passages and events that name the entry under any spelling.
 * - reports (`search/reports/N.json`): one report's title, outlet, date and passage texts, for
 *   the results and their snippets.
 * - events (`search/events/N.json`): a run of chronology events' headlines, dates and links.
 *
 * Links are built by the caller, so the index respects the deploy base without knowing it.
 */
import type { ChronologyEvent, Corpus, GazetteerEntry, Report } from "@/lib/corpus/types";
import { formatDay } from "./dates";
import { ENTRY_KINDS, GAZETTEER_TYPES, type GazetteerType } from "./entryKinds";
import type { PassageKind } from "./reportStructure";
import { stemsOf } from "./words";

/** BM25's term-frequency saturation and length normalisation (the usual values). */
const BM25 = { k1: 1.2, b: 0.75 } as const;
/** Weights are stored as integers: the BM25 term-frequency part times this. */
export const WEIGHT_SCALE = 100;
/**
 * A term held by more passages keeps only this many, the highest-weighted (ties: the earlier
 * report); by more events, the first this many. Only very common words reach it, and only in large corpora; their idf is low anyway.
 */
const MAX_POSTINGS = 1000;
/** Postings per file (a posting is four numbers): about 14 KiB raw, 4 KiB gzip. */
const POSTINGS_PER_SHARD = 1000;
/** Events per events file: a query shows ten, from anywhere in the chronology (about 0.5 KiB gzip a file). */
const EVENTS_PER_SHARD = 5;
/** Prefix of the terms that stand for a gazetteer entry (no word starts with it). */
export const ENTRY_TERM = "#";

/** A gazetteer entry with every name it goes by. */
export interface IndexedEntry {
  id: string;
  type: GazetteerType;
  name: string;
  /** Aliases and transliterations: each belongs to this entry alone. */
  aliases: string[];
  /** Short names, possibly shared with other entries. */
  shortNames: string[];
  /** Names in their own script (Dari, Pashto), with their language. */
  nativeNames: { name: string; lang: string }[];
  /** The editorial description. */
  description: string;
}

/** A numbered passage of a report, with its text. */
export interface IndexedPassage {
  /** Paragraph anchor, `p-N`. */
  anchor: string;
  kind: PassageKind;
  text: string;
}

/** A report, as search results show it (one reports file). */
export interface IndexedReport {
  id: string;
  title: string;
  /** The outlet's name, when the document shows it. */
  outlet?: string;
  /** Publication day, `YYYY-MM-DD`. */
  date: string;
  /** Publication day for reading: "3 September 2021". */
  dateLabel: string;
  url: string;
  passages: IndexedPassage[];
}

/** A chronology event. */
export interface IndexedEvent {
  id: string;
  headline: string;
  dateLabel: string;
  datetime: string;
  url: string;
}

/**
 * The postings of one term: flat lists, `p` of [report, passage, weight, position] (the
 * passage's number in its report, the term's first word position in it) and `e` of [event,
 * weight]; `df` is how many passages hold the term (more than `p` lists past MAX_POSTINGS). In
 * the files, each report and event number is written as its difference from the one before
 * (small numbers, fewer bytes); `readPostings` makes them whole again.
 */
export interface Postings {
  df: number;
  p: number[];
  e: number[];
  /**
   * Only for a term `p` does not list whole (past MAX_POSTINGS): every report that holds it,
   * as differences (the first report, then each one's distance from the one before).
   */
  r?: number[];
}

/** The postings of terms `from` … `from + lists.length - 1`. */
export interface PostingsShard {
  from: number;
  lists: Postings[];
}

/** One events file: events `from` … */
export interface EventsShard {
  from: number;
  events: IndexedEvent[];
}

/** The core index (see the module comment). */
export interface SearchCore {
  entries: IndexedEntry[];
  /** Each kind of entry's label ("Place") and page URL, `{id}` standing for the entry's id. */
  kinds: Record<GazetteerType, { label: string; url: string }>;
  /** Every term, sorted: word stems, and `#id` for each gazetteer entry named anywhere. */
  terms: string[];
  /** Passages holding each term. */
  df: number[];
  /** The URL of each kind of file, `{n}` standing for its number (fileUrl). */
  files: Record<IndexFileKind, string>;
  /** The first term of each postings file. */
  postings: { from: number[] };
  /** Number of passages, and their mean length in words (for BM25). */
  passages: number;
  averageLength: number;
  /** The days of reports and events, sorted `YYYY-MM-DD`; reports and events point into it. */
  days: string[];
  /** Outlet names, sorted; reports point into it (-1: not named). */
  outlets: string[];
  reports: { day: number[]; outlet: number[] };
  events: { perFile: number; day: number[] };
}

/** The kinds of index file besides the core. */
export type IndexFileKind = "postings" | "reports" | "events";

/** How the index links to pages and to its own files; built by the caller with the site's URL helper. */
export interface SearchLinks {
  report: (id: string) => string;
  entry: (type: GazetteerType, id: string) => string;
  event: (id: string) => string;
  /** The URL of file `n` of a kind (called with "{n}" for the core's templates). */
  file: (kind: IndexFileKind, n: number | string) => string;
}

/** The URL of file `n` of a kind. */
export function fileUrl(core: SearchCore, kind: IndexFileKind, n: number): string {
  return core.files[kind].replace("{n}", String(n));
}

/** Every file of the index. */
export interface SearchFiles {
  core: SearchCore;
  postings: PostingsShard[];
  reports: IndexedReport[];
  events: EventsShard[];
}

/** Builds every file of the index from the checked corpus (`maxPostings`: see MAX_POSTINGS). */
export function buildSearchIndex(
  corpus: Corpus,
  links: SearchLinks,
  maxPostings = MAX_POSTINGS,
): SearchFiles {
  const reports = corpus.reports.map((r) => indexedReport(r, links));
  const events = corpus.events.map((e) => indexedEvent(e, links));
  const counted = countTerms(corpus);
  const { terms, lists } = postingLists(counted, maxPostings);
  const shards = shardPostings(lists);
  const days = [
    ...new Set([...reports.map((r) => r.date), ...corpus.events.map((e) => e.date.start)]),
  ].sort();
  const outlets = [...new Set(reports.flatMap((r) => (r.outlet ? [r.outlet] : [])))].sort();
  const eventFiles = chunks(events, EVENTS_PER_SHARD);
  const core: SearchCore = {
    entries: corpus.gazetteer.map(indexedEntry),
    kinds: Object.fromEntries(
      GAZETTEER_TYPES.map((type) => [
        type,
        { label: ENTRY_KINDS[type].label, url: links.entry(type, "{id}") },
      ]),
    ) as SearchCore["kinds"],
    terms,
    df: lists.map((l) => l.df),
    files: {
      postings: links.file("postings", "{n}"),
      reports: links.file("reports", "{n}"),
      events: links.file("events", "{n}"),
    },
    postings: { from: shards.map((s) => s.from) },
    passages: counted.passages,
    averageLength: counted.averageLength,
    days,
    outlets,
    reports: {
      day: reports.map((r) => days.indexOf(r.date)),
      outlet: reports.map((r) => (r.outlet ? outlets.indexOf(r.outlet) : -1)),
    },
    events: {
      perFile: EVENTS_PER_SHARD,
      day: corpus.events.map((e) => days.indexOf(e.date.start)),
    },
  };
  return {
    core,
    postings: shards,
    reports,
    events: eventFiles.map((list, n) => ({ from: n * EVENTS_PER_SHARD, events: list })),
  };
}

/** A report as the search shows it, with its passages' text. */
function indexedReport(r: Report, links: SearchLinks): IndexedReport {
  return {
    id: r.id,
    title: r.data.title,
    ...(r.data.outlet.name ? { outlet: r.data.outlet.name } : {}),
    date: r.data.published.date,
    dateLabel: formatDay(r.data.published.date),
    url: links.report(r.id),
    passages: r.passages.map((p) => ({ anchor: p.anchor, kind: p.kind, text: p.text })),
  };
}

/** A chronology event as the search shows it. */
function indexedEvent(e: ChronologyEvent, links: SearchLinks): IndexedEvent {
  return {
    id: e.id,
    headline: e.headline,
    dateLabel: e.date.label,
    datetime: e.date.datetime,
    url: links.event(e.id),
  };
}

/** A gazetteer entry as the search shows it. */
function indexedEntry(e: GazetteerEntry): IndexedEntry {
  return {
    id: e.id,
    type: e.type,
    name: e.name,
    aliases: [...e.aliases, ...e.transliterations],
    shortNames: e.shortNames,
    nativeNames: e.nativeNames.map(({ name, lang }) => ({ name, lang })),
    description: e.description.text,
  };
}

/**
 * A term's occurrences, flat: `passages` holds five numbers per passage that has the term
 * (report, passage, tf, first position, passage length), `events` the numbers of the events
 * whose headline has it. `lastPassage` and `lastEvent` are the passage (numbered across the
 * corpus) and event that last had the term: a second occurrence in the same passage adds to its
 * count rather than listing the passage again. Flat numbers, not a small array or object per
 * occurrence: about a third of the index's build time at 1,000 reports went to making and
 * collecting those (docs/BENCHMARKS.md).
 */
interface Occurrences {
  passages: number[];
  events: number[];
  lastPassage: number;
  lastEvent: number;
}

/** Counts every term of every passage and event headline, and every entry each one names. */
function countTerms(corpus: Corpus) {
  const byTerm = new Map<string, Occurrences>();
  const at = (term: string) => {
    let found = byTerm.get(term);
    if (!found) byTerm.set(term, (found = { passages: [], events: [], lastPassage: -1, lastEvent: -1 }));
    return found;
  };
  let passages = 0; // also the number of the passage being counted
  let words = 0;
  const count = (term: string, r: number, k: number, position: number, length: number) => {
    const occurrences = at(term);
    if (occurrences.lastPassage === passages) occurrences.passages[occurrences.passages.length - 3]!++;
    else {
      occurrences.lastPassage = passages;
      occurrences.passages.push(r, k, 1, position, length);
    }
  };
  corpus.reports.forEach((report, r) => {
    report.passages.forEach((passage, k) => {
      const stems = stemsOf(passage.text);
      words += stems.length;
      stems.forEach((term, position) => count(term, r, k, position, stems.length));
      for (const m of passage.mentions) for (const id of m.ids) count(ENTRY_TERM + id, r, k, 0, stems.length);
      passages++;
    });
  });
  corpus.events.forEach((event, n) => {
    for (const term of [...stemsOf(event.headline), ...event.involves.map((id) => ENTRY_TERM + id)]) {
      const occurrences = at(term);
      if (occurrences.lastEvent !== n) occurrences.events.push(n);
      occurrences.lastEvent = n;
    }
  });
  return { byTerm, passages, averageLength: passages === 0 ? 0 : Math.round((words / passages) * 10) / 10 };
}

/** BM25's term-frequency part for `tf` occurrences in a text of `length` words, scaled to an integer. */
export function termWeight(tf: number, length: number, averageLength: number): number {
  const { k1, b } = BM25;
  const norm = 1 - b + (b * length) / (averageLength || 1);
  return Math.max(1, Math.round(((tf * (k1 + 1)) / (tf + k1 * norm)) * WEIGHT_SCALE));
}

/** The sorted terms and their postings, weighted and capped at MAX_POSTINGS. */
function postingLists({ byTerm, averageLength }: ReturnType<typeof countTerms>, maxPostings: number) {
  const terms = [...byTerm.keys()].sort();
  const eventWeight = termWeight(1, 1, 1);
  const lists = terms.map((term): Postings => {
    const { passages, events } = byTerm.get(term)!;
    const df = passages.length / 5;
    const weights = new Array<number>(df);
    for (let i = 0; i < df; i++)
      weights[i] = termWeight(passages[i * 5 + 2]!, passages[i * 5 + 4]!, averageLength);
    const kept = df > maxPostings ? highestWeighted(weights, maxPostings) : undefined;
    const p: number[] = [];
    let previous = 0;
    for (let n = 0; n < (kept?.length ?? df); n++) {
      const i = kept ? kept[n]! : n;
      p.push(passages[i * 5]! - previous, passages[i * 5 + 1]!, weights[i]!, passages[i * 5 + 3]!);
      previous = passages[i * 5]!;
    }
    // Events: every headline weighs alike, so a cut list keeps the first in the chronology.
    const e: number[] = [];
    events.slice(0, maxPostings).forEach((n, i, all) => e.push(n - (all[i - 1] ?? 0), eventWeight));
    return { df, p, e, ...(kept ? { r: reportsOf(passages) } : {}) };
  });
  return { terms, lists };
}

/** The numbers of the `max` highest weights (ties: the earlier), in their order. */
function highestWeighted(weights: readonly number[], max: number): number[] {
  return weights
    .map((_, i) => i)
    .sort((a, b) => weights[b]! - weights[a]! || a - b)
    .slice(0, max)
    .sort((a, b) => a - b);
}

/** Every report of a term's flat occurrences, once each, as differences (see Postings.r). */
function reportsOf(passages: readonly number[]): number[] {
  const out: number[] = [];
  let previous = -1;
  for (let i = 0; i < passages.length; i += 5) {
    const r = passages[i]!;
    if (r !== previous) out.push(previous < 0 ? r : r - previous);
    previous = r;
  }
  return out;
}

/** Consecutive terms' postings in files of about POSTINGS_PER_SHARD postings. */
function shardPostings(lists: readonly Postings[]): PostingsShard[] {
  const shards: PostingsShard[] = [];
  let size = Infinity;
  lists.forEach((list, i) => {
    if (size >= POSTINGS_PER_SHARD) {
      shards.push({ from: i, lists: [] });
      size = 0;
    }
    shards.at(-1)!.lists.push(list);
    size += list.p.length / 4 + list.e.length / 2 + 1;
  });
  return shards;
}

/** Every file of an index but the core, by its URL (for writing the files, or loading them without fetching). */
export function filesByUrl({
  core,
  postings,
  reports,
  events,
}: SearchFiles): Map<string, PostingsShard | IndexedReport | EventsShard> {
  return new Map<string, PostingsShard | IndexedReport | EventsShard>([
    ...postings.map((file, n) => [fileUrl(core, "postings", n), file] as const),
    ...reports.map((file, n) => [fileUrl(core, "reports", n), file] as const),
    ...events.map((file, n) => [fileUrl(core, "events", n), file] as const),
  ]);
}

/** A postings file as fetched, with its report and event numbers made whole again. */
export function readPostings(shard: PostingsShard): PostingsShard {
  const whole = (list: readonly number[], stride: number) => {
    const out = list.slice();
    for (let i = stride; i < out.length; i += stride) out[i]! += out[i - stride]!;
    return out;
  };
  return {
    ...shard,
    lists: shard.lists.map((list) => ({ ...list, p: whole(list.p, 4), e: whole(list.e, 2) })),
  };
}

function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let from = 0; from < items.length; from += size) out.push(items.slice(from, from + size));
  return out;
}
