/**
 * Search over the index (src/lib/searchIndex.ts): a query becomes the gazetteer entries whose
 * names it matches, the chronology events and the reports it finds, each report with its
 * matching passages, best first (src/lib/searchRank.ts). Every word is matched through the
 * vocabulary, typos and unfinished words included (src/lib/searchTerms.ts); a name under any
 * spelling finds its entry, and through it every passage that names the entry.
 *
 * The searcher works on what is loaded: `search` says which postings files it still needs
 * (`missing`), and `filesToShow` which report and event files the results on show need.
 */
import Fuse, { type IFuseOptions } from "fuse.js/basic";
import type {
  EventsShard,
  IndexedEntry,
  IndexedEvent,
  IndexedPassage,
  IndexedReport,
  PostingsShard,
  SearchCore,
} from "./searchIndex";
import { ENTRY_TERM, fileUrl, readPostings } from "./searchIndex";
import { makeSnippet, mergeRanges, textFragment, type Highlight, type Snippet } from "./highlights";
import {
  rankReports,
  reportsHoldingAll,
  scoreEvents,
  scorePassages,
  scoreWords,
  type Matchers,
  type RankedReport,
  type ScoredPassage,
} from "./searchRank";
import { createTermMatcher, indexOf, type QueryWord } from "./searchTerms";
import { nameKey } from "./text";
import { wordsOf, type Word } from "./words";

/** Longer queries are cut to this many characters (and the page says so). */
export const MAX_QUERY_LENGTH = 100;

// Names are matched by fuse.js (its "basic" build) over their folded keys (case, accents and
// Arabic-script variants folded: src/lib/text.ts), with these options:
// - ignoreLocation: a name may match anywhere in a longer name ("Massoud" in "Ahmad Shah Massoud").
// - threshold 0.34: one wrong letter in three; "Masood"→"Massoud" and "Panjsheer"→"Panjshir"
//   match, "Kabul" does not match "Kapisa".
// - minMatchCharLength 2: a single matching letter is never a hit.
const NAME_OPTIONS: IFuseOptions<NameRecord> = {
  keys: ["key"],
  includeScore: true,
  ignoreLocation: true,
  threshold: 0.34,
  minMatchCharLength: 2,
};
// fuse's final score also weighs in the length of the field, so a long name can pass the
// bitap threshold on a loose partial match ("Kandahar" in "Jalaluddin Sekandar" scores 0.38).
// Entries must also score at most this; every spelling and one- or two-letter slip of a name
// scores under 0.21 (tests/search.test.ts), the loose partial matches over 0.33.
const ENTRY_SCORE_CUTOFF = 0.3;
/** Reports on show at first (and added by each "Show more"): every report of a small corpus. */
export const REPORTS_SHOWN = 20;
// Names through which passages and events are found, the best first.
const MAX_NAMES_SEARCHED = 8;
// Names far enough off to be no match, close enough to suggest.
const SUGGESTION_THRESHOLD = 0.6;

interface NameRecord {
  entry: number;
  name: string;
  key: string;
}

/** What kinds of result to show. */
export const RESULT_KINDS = ["names", "events", "reports"] as const;
export type ResultKind = (typeof RESULT_KINDS)[number];

/** Narrows the results: by outlet, by day (`YYYY-MM-DD`, inclusive), by kind. */
export interface SearchFilters {
  outlet?: string;
  from?: string;
  to?: string;
  kinds?: readonly ResultKind[];
}

/** A gazetteer entry that matches the query. */
export interface EntryHit {
  entry: IndexedEntry;
  /** 0 is a perfect match, 1 none. */
  score: number;
  /** True when the query is one of the entry's names, letter for letter (case and accents aside). */
  exact: boolean;
  /** The name that matched best. */
  matchedName: string;
  /** The entry's kind ("Place") and page. */
  label: string;
  url: string;
}

/** A chronology event that matches: its number in the index, and its data once its file is loaded. */
export interface EventHit {
  event: number;
  score: number;
}

/** What a result list shows of a passage: its snippet and a link to it. */
export interface PassageView {
  anchor: string;
  snippet: Snippet;
  /** Link to the paragraph that highlights the first match there (a URL text fragment). */
  href: string;
}

/** What a query finds. */
export interface SearchResults {
  /** The query as searched: trimmed, white space collapsed, cut to MAX_QUERY_LENGTH. */
  query: string;
  /** True when the query was cut. */
  truncated: boolean;
  entries: EntryHit[];
  events: EventHit[];
  /** Matching reports, best first, each with its matching passages. */
  reports: RankedReport[];
  /** Matching passages over all reports. */
  passageCount: number;
  /** Names close to the query, offered when nothing matches. */
  suggestions: string[];
  /** Postings files the query needs that are not loaded: until they are, the results are partial. */
  missing: string[];
  /** The snippet and link of a passage, with this query's highlights; null until its report file is loaded. */
  view: (report: number, passage: number) => PassageView | null;
}

/** A file of the index, as fetched. */
export type SearchFile = PostingsShard | IndexedReport | EventsShard;

/** Search over one index; build it once per page. */
export interface Searcher {
  /** `shown`: how many reports are on show (their passages are completed from their text at scale). */
  search: (query: string, filters?: SearchFilters, shown?: number) => SearchResults;
  /** Adds a fetched file of the index, by its URL. */
  add: (url: string, file: SearchFile) => void;
  /** The report and event files not loaded yet that the first `reports` reports and `events` events of `results` need. */
  filesToShow: (results: SearchResults, reports: number, events: number) => string[];
  /** A report's data, once its file is loaded. */
  report: (n: number) => IndexedReport | undefined;
  /** An event's data, once its file is loaded. */
  event: (n: number) => IndexedEvent | undefined;
}

/** Builds the search over the core index; add its other files as they load. */
export function createSearcher(core: SearchCore): Searcher {
  const names = createNameMatcher(core);
  const matchWords = createTermMatcher(core.terms, core.df);
  const files = createFileStore(core);

  const search = (raw: string, filters: SearchFilters = {}, shown = REPORTS_SHOWN): SearchResults => {
    const { query, truncated } = normaliseQuery(raw);
    const empty = noResults(query, truncated);
    if (nameKey(query).replace(/[^\p{L}\p{N}]/gu, "").length < 2) return empty;
    const kinds = new Set(filters.kinds?.length ? filters.kinds : RESULT_KINDS);
    const entries = names.match(query);
    const words = matchWords(query, /\s$/.test(raw));
    // Passages are found through the best few names only: a short query matches a hundred names
    // at scale, and scoring the passages of all of them costs far more than a frame.
    const nameTerms = entries.slice(0, MAX_NAMES_SEARCHED).flatMap((hit) => {
      const term = indexOf(core.terms, ENTRY_TERM + hit.entry.id);
      return term >= 0 ? [{ term, weight: 1 - hit.score }] : [];
    });
    const needed = [...new Set([...words.flatMap((w) => w.candidates), ...nameTerms].map((c) => c.term))];
    const missing = [...new Set(needed.map(files.postingsUrl))].filter((url) => !files.has(url));
    const matchers = { words, names: nameTerms, postings: files.postings };
    const keep = dayFilter(core, filters);
    const reports = kinds.has("reports")
      ? findReports(core, matchers, reportFilter(core, filters, keep), files.report, shown)
      : [];
    const events = kinds.has("events") ? scoreEvents(core, matchers, (n) => keep(core.events.day[n]!)) : [];
    const shownEntries = kinds.has("names") ? entries : [];
    const found = shownEntries.length + events.length + reports.length > 0;
    const highlighter = createHighlighter(core, words, entries);
    return {
      ...empty,
      entries: shownEntries,
      events,
      reports,
      passageCount: reports.reduce((sum, r) => sum + r.passages.length, 0),
      missing,
      suggestions: found || missing.length > 0 ? [] : names.suggest(query),
      view: (r, k) => {
        const report = files.report(r);
        return report ? viewPassage(report, k, highlighter) : null;
      },
    };
  };

  return {
    search,
    add: files.add,
    filesToShow: (results, reports, events) =>
      [
        ...results.reports.slice(0, reports).map((hit) => fileUrl(core, "reports", hit.report)),
        ...results.events
          .slice(0, events)
          .map((hit) => fileUrl(core, "events", Math.floor(hit.event / core.events.perFile))),
      ].filter((url, i, all) => all.indexOf(url) === i && !files.has(url)),
    report: files.report,
    event: files.event,
  };
}

/** What a query finds when it finds nothing. */
function noResults(query: string, truncated: boolean): SearchResults {
  return {
    query,
    truncated,
    entries: [],
    events: [],
    reports: [],
    passageCount: 0,
    suggestions: [],
    missing: [],
    view: () => null,
  };
}

/** The loaded files of the index, by URL. */
function createFileStore(core: SearchCore) {
  const loaded = new Map<string, SearchFile>();
  const postingsFile = (term: number) => {
    let low = 0;
    let high = core.postings.from.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (core.postings.from[mid]! <= term) low = mid;
      else high = mid - 1;
    }
    return low;
  };
  return {
    has: (url: string) => loaded.has(url),
    add: (url: string, file: SearchFile) => void loaded.set(url, "lists" in file ? readPostings(file) : file),
    postingsUrl: (term: number) => fileUrl(core, "postings", postingsFile(term)),
    postings: (term: number) => {
      const shard = loaded.get(fileUrl(core, "postings", postingsFile(term))) as PostingsShard | undefined;
      return shard?.lists[term - shard.from];
    },
    report: (n: number) => loaded.get(fileUrl(core, "reports", n)) as IndexedReport | undefined,
    event: (n: number) => {
      const shard = loaded.get(fileUrl(core, "events", Math.floor(n / core.events.perFile))) as
        EventsShard | undefined;
      return shard?.events[n - shard.from];
    },
  };
}

/**
 * The matching reports, best first: those whose passages the postings list, then (when a
 * postings list was cut, at scale) the other reports that hold every word, in publication
 * order. The first `shown` have their passages found in their text once their file is loaded
 * (the cut lists may leave some out); the others wait until the reader asks for more.
 */
function findReports(
  core: SearchCore,
  m: Matchers,
  keep: (report: number) => boolean,
  loaded: (report: number) => IndexedReport | undefined,
  shown: number,
): RankedReport[] {
  const ranked = rankReports(scorePassages(core, m, keep));
  const holding = reportsHoldingAll(core, m);
  if (!holding) return ranked;
  const found = new Set(ranked.map((hit) => hit.report));
  const all = ranked.slice();
  const none: ScoredPassage[] = [];
  for (const report of holding)
    if (!found.has(report) && keep(report)) all.push({ report, score: 0, passages: none });
  // The passages of the reports on show, completed from their text.
  const byScore = (a: ScoredPassage, b: ScoredPassage) => b.score - a.score || a.passage - b.passage;
  const results: RankedReport[] = [];
  all.forEach((hit, i) => {
    const report = i < shown ? loaded(hit.report) : undefined;
    if (!report) return void results.push(hit);
    const listed = new Set(hit.passages.map((p) => p.passage));
    const more: ScoredPassage[] = [];
    report.passages.forEach((passage, k) => {
      const score = listed.has(k) ? 0 : scoreWords(core, m, wordsOfPassage(passage).stems);
      if (score > 0) more.push({ report: hit.report, passage: k, score });
    });
    // A report that holds every word, but never in one passage, is no match.
    if (hit.passages.length + more.length > 0) {
      results.push({ ...hit, passages: [...hit.passages, ...more].sort(byScore) });
    }
  });
  return results;
}

/** Whether a day (an index into `core.days`) is inside the filters' range. */
function dayFilter(core: SearchCore, { from, to }: SearchFilters): (day: number) => boolean {
  return (day) => {
    const date = core.days[day]!;
    return (!from || date >= from) && (!to || date <= to);
  };
}

/** Whether a report passes the filters (outlet and day). */
function reportFilter(
  core: SearchCore,
  { outlet }: SearchFilters,
  inRange: (day: number) => boolean,
): (report: number) => boolean {
  // An outlet no report has (a hand-edited address) matches nothing, not the unnamed outlets (-1).
  const wanted = outlet ? core.outlets.indexOf(outlet) : undefined;
  return (r) =>
    (wanted === undefined || (wanted >= 0 && core.reports.outlet[r] === wanted)) &&
    inRange(core.reports.day[r]!);
}

/** Trims, collapses white space and cuts a query to MAX_QUERY_LENGTH characters. */
export function normaliseQuery(raw: string): { query: string; truncated: boolean } {
  const collapsed = raw.replace(/\s+/g, " ").trim();
  const chars = [...collapsed];
  return chars.length > MAX_QUERY_LENGTH
    ? { query: chars.slice(0, MAX_QUERY_LENGTH).join("").trim(), truncated: true }
    : { query: collapsed, truncated: false };
}

/** The snippet and link of passage `k` of `report`, highlighted by `highlighter`. */
function viewPassage(
  report: IndexedReport,
  k: number,
  highlighter: (passage: IndexedPassage) => Highlight[],
): PassageView {
  const passage = report.passages[k]!;
  const { anchor, text } = passage;
  const highlights = highlighter(passage);
  return {
    anchor,
    snippet: makeSnippet(text, highlights),
    href: `${report.url}#${anchor}${textFragment(text, highlights[0])}`,
  };
}

// A passage's words and their stems, cut once: the same passages are scored and highlighted
// keystroke after keystroke.
const passageWords = new WeakMap<IndexedPassage, { words: Word[]; stems: string[] }>();
function wordsOfPassage(passage: IndexedPassage): { words: Word[]; stems: string[] } {
  let found = passageWords.get(passage);
  if (!found) {
    const words = wordsOf(passage.text);
    passageWords.set(passage, (found = { words, stems: words.map((w) => w.stem) }));
  }
  return found;
}

// Each entry's names as runs of word stems, cut once.
const entryStems = new WeakMap<IndexedEntry, string[][]>();
function nameStems(entry: IndexedEntry): string[][] {
  let found = entryStems.get(entry);
  if (!found) {
    found = [entry.name, ...entry.aliases, ...entry.shortNames].map((name) =>
      wordsOf(name).map((w) => w.stem),
    );
    entryStems.set(entry, found);
  }
  return found;
}

/**
 * A function giving the ranges of a passage to highlight: every name of the matched entries (any
 * spelling, as a run of words) and every word whose stem is one the query's words were matched to.
 */
function createHighlighter(
  core: SearchCore,
  words: readonly QueryWord[],
  entries: readonly EntryHit[],
): (passage: IndexedPassage) => Highlight[] {
  const stems = new Set(words.flatMap((w) => w.candidates.map((c) => core.terms[c.term]!)));
  const names = entries.slice(0, MAX_NAMES_SEARCHED).flatMap(({ entry }) => nameStems(entry));
  return (passage) => {
    const found = wordsOfPassage(passage).words;
    const ranges = found.filter((w) => stems.has(w.stem));
    found.forEach((word, i) => {
      for (const name of names) {
        if (name.length > 0 && name.every((stem, k) => found[i + k]?.stem === stem)) {
          ranges.push({ ...word, end: found[i + name.length - 1]!.end });
        }
      }
    });
    return mergeRanges(ranges.map(({ start, end }) => ({ start, end })));
  };
}

/**
 * The texts a pattern may match with at most `errors` letters wrong: each wrong letter spoils at
 * most two of the pattern's letter pairs, so a match shares at least (pairs − 2 × errors) of
 * them. A filter, not a matcher: fuse.js decides among what it lets through.
 */
export function createBigramFilter(texts: readonly string[]): (pattern: string, errors: number) => number[] {
  const pairsOf = (text: string) => {
    const chars = [...text];
    return new Set(chars.slice(1).map((c, i) => chars[i]! + c));
  };
  const holding = new Map<string, number[]>();
  texts.forEach((text, i) => {
    for (const pair of pairsOf(text)) {
      const list = holding.get(pair);
      if (list) list.push(i);
      else holding.set(pair, [i]);
    }
  });
  return (pattern, errors) => {
    const pairs = pairsOf(pattern);
    const needed = pairs.size - 2 * errors;
    if (needed <= 0) return texts.map((_, i) => i);
    const shared = new Map<number, number>();
    for (const pair of pairs)
      for (const i of holding.get(pair) ?? []) shared.set(i, (shared.get(i) ?? 0) + 1);
    return [...shared].filter(([, n]) => n >= needed).map(([i]) => i);
  };
}

/** Every name of every entry, folded for matching. */
function nameRecords(core: SearchCore): NameRecord[] {
  return core.entries.flatMap((entry, i) =>
    [entry.name, ...entry.aliases, ...entry.shortNames, ...entry.nativeNames.map((n) => n.name)].map(
      (name) => ({ entry: i, name, key: nameKey(name) }),
    ),
  );
}

/** Matches a query against every name of every entry (fuse.js over the folded names). */
function createNameMatcher(core: SearchCore) {
  const records = nameRecords(core);
  // Made when first needed: most queries find something and suggest nothing.
  let loose: Fuse<NameRecord> | undefined;
  const candidates = createBigramFilter(records.map((r) => r.key));

  /** The entries whose names match `query`, best first. */
  const match = (query: string): EntryHit[] => {
    const key = nameKey(query);
    const best = new Map<number, EntryHit>();
    // fuse.js only over the names that can match (thousands of names at scale, a few here): a
    // name scoring at most ENTRY_SCORE_CUTOFF has at most that share of its letters wrong.
    const near = candidates(key, Math.floor(ENTRY_SCORE_CUTOFF * [...key].length)).map((i) => records[i]!);
    for (const result of new Fuse(near, NAME_OPTIONS).search(key)) {
      const entry = core.entries[result.item.entry]!;
      const exact = result.item.key === key;
      const score = exact ? 0 : (result.score ?? 1);
      if (score > ENTRY_SCORE_CUTOFF) continue;
      const previous = best.get(result.item.entry);
      if (!previous || score < previous.score) {
        const { label, url } = core.kinds[entry.type];
        best.set(result.item.entry, {
          entry,
          score,
          exact,
          matchedName: result.item.name,
          label,
          url: url.replace("{id}", entry.id),
        });
      }
    }
    // Exact names first, then by score, then canonical names before others, then by name.
    return [...best.values()].sort(
      (a, b) =>
        Number(b.exact) - Number(a.exact) ||
        a.score - b.score ||
        Number(b.matchedName === b.entry.name) - Number(a.matchedName === a.entry.name) ||
        a.entry.name.localeCompare(b.entry.name, "en"),
    );
  };

  /** Up to three names close to `query`, to offer when nothing matched. */
  const suggest = (query: string): string[] => {
    const suggested = new Set<string>();
    loose ??= new Fuse(records, { ...NAME_OPTIONS, threshold: SUGGESTION_THRESHOLD });
    for (const result of loose.search(nameKey(query))) {
      suggested.add(core.entries[result.item.entry]!.name);
      if (suggested.size === 3) break;
    }
    return [...suggested];
  };
  return { match, suggest };
}
