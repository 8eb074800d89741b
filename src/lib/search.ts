/**
 * Search over the index: a query becomes ranked results grouped as gazetteer entries, events and
 * passages, with the ranges to highlight. A query that matches any spelling of a name finds the
 * entry, and through it every passage that names the entry under any other spelling.
 */
import Fuse, { type IFuseOptions } from "fuse.js/basic";
import type {
  IndexedEntry,
  IndexedEvent,
  IndexedPassage,
  IndexedReport,
  SearchIndex,
  TextShard,
} from "./searchIndex";
import { makeSnippet, mergeRanges, textFragment, type Highlight, type Snippet } from "./highlights";
import { createMentionFinder } from "./mentions";
import { foldForMatching, foldForSearch, nameKey } from "./text";

/** Longer queries are cut to this many characters (and the page says so). */
export const MAX_QUERY_LENGTH = 100;

// Names are matched by fuse.js (its "basic" build: no extended or logical search, which a name
// search does not need, for a smaller bundle), with these options:
// - ignoreLocation: a name may match anywhere in a longer name ("Massoud" in "Ahmad Shah
//   Massoud"); without it fuse only scores matches near the start of the string.
// - ignoreDiacritics: "Panjshīr" and "Panjshir" are one name.
// - threshold 0.34: one wrong letter in three; "Masood"→"Massoud" (2 of 6) and "Panjsheer"→
//   "Panjshir" (2 of 9) match, "Kabul" does not match "Kapisa".
// - minMatchCharLength 2: a single matching letter is never a hit.
// - No prebuilt index (Fuse.createIndex / parseIndex): fuse indexes the ~300 names in about a
//   millisecond in the browser, less than the serialised index would take to download.
// Names reach passages and events through the gazetteer ids they carry, so every spelling of a
// name finds them. Passage text and event headlines are searched for the query's words,
// accent- and case-blind, not fuzzily: over thousands of long texts, fuzzy matching costs
// tens of milliseconds a keystroke and matches words by accident (docs/BENCHMARKS.md).
const NAME_OPTIONS: IFuseOptions<NameRecord> = {
  keys: ["name"],
  includeScore: true,
  ignoreLocation: true,
  ignoreDiacritics: true,
  threshold: 0.34,
  minMatchCharLength: 2,
};
/**
 * Score of a passage or event whose text holds the whole query: the reader's own spelling, so
 * it ranks first. One that names a matched entry otherwise scores the entry's score plus
 * NAMED_OFFSET (0.02 for an exact name), then by its place in the index (publication order).
 */
const TEXT_PHRASE_SCORE = 0;
const NAMED_OFFSET = 0.02;
/** Score of one whose text holds every word of the query, apart. */
const TEXT_WORDS_SCORE = 0.15;
// fuse's final score also weighs in the length of the field, so a long name can pass the
// bitap threshold on a loose partial match ("Kandahar" in "Jalaluddin Sekandar" scores 0.38).
// Entries must also score at most this; every spelling and one- or two-letter slip of a name
// scores under 0.21 (tests/search.test.ts), the loose partial matches over 0.33.
const ENTRY_SCORE_CUTOFF = 0.3;
// Names far enough off to be no match, close enough to suggest.
const SUGGESTION_THRESHOLD = 0.6;

interface NameRecord {
  entry: number;
  name: string;
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
}

/** A chronology event that matches. */
export interface EventHit {
  event: IndexedEvent;
  score: number;
}

/** A report passage that matches. */
export interface PassageHit {
  passage: IndexedPassage;
  /** Position of the passage in the index (its text is in shard `Math.floor(i / shardSize)`). */
  i: number;
  report: IndexedReport;
  score: number;
}

/** What a result list shows of a passage: its snippet and a link to it. */
interface PassageView {
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
  /** Every matching passage, best first. Views are made on demand (`view`), for those shown. */
  passages: PassageHit[];
  /** The snippet and link of a passage hit with this query's highlights; null until its text shard is loaded. */
  view: (hit: PassageHit) => PassageView | null;
  /** Names close to the query, offered when nothing matches. */
  suggestions: string[];
}

/** Search over one index; build it once per page. */
export interface Searcher {
  search: (query: string) => SearchResults;
  /** Adds the text of a shard: text search and snippets cover its passages from then on. */
  addShard: (shard: TextShard) => void;
  /** The shards (by number) holding the text of these hits that are not loaded yet. */
  missingShards: (hits: readonly PassageHit[]) => number[];
  /** How many of the index's shards are loaded. */
  loadedShards: () => number;
}

/** A text to search, by its position in the index (of passages or of events), folded once. */
interface FoldedText {
  i: number;
  folded: string;
}

/** Builds the search over an index and any text shards already at hand. */
export function createSearcher(index: SearchIndex, shards: readonly TextShard[] = []): Searcher {
  const names: NameRecord[] = index.entries.flatMap((entry, i) =>
    [entry.name, ...entry.aliases, ...entry.shortNames].map((name) => ({ entry: i, name })),
  );
  const nameFuse = new Fuse(names, NAME_OPTIONS);
  const suggestionFuse = new Fuse(names, { ...NAME_OPTIONS, threshold: SUGGESTION_THRESHOLD });
  const text = createTextStore(index.shardSize);
  // Folded once, searched on every keystroke.
  const headlines = index.events.map((e, i) => ({ i, folded: foldForSearch(e.headline) }));
  // Postings: for each gazetteer id, the passages and events that name it, so a query touches
  // only what its matched entries name, never the whole corpus.
  const passagesNaming = postings(index.passages.map((p) => p.ids));
  const eventsNaming = postings(index.events.map((e) => e.ids));
  shards.forEach(text.add);

  const search = (raw: string): SearchResults => {
    const { query, truncated } = normaliseQuery(raw);
    const empty = noResults(query, truncated);
    if (nameKey(query).replace(/[^\p{L}\p{N}]/gu, "").length < 2) return empty;

    const entries = matchEntries(index, nameFuse, query);
    const inText = textMatcher(query);
    const events = ranked(headlines, inText, eventsNaming, entries).map(([i, score]) => ({
      event: index.events[i]!,
      score,
    }));
    const passages = ranked(text.folded, inText, passagesNaming, entries).map(([i, score]) => {
      const passage = index.passages[i]!;
      return { passage, i, report: index.reports[passage.report]!, score };
    });
    const highlighter = createHighlighter(
      query,
      entries.map((hit) => hit.entry),
    );
    const found = entries.length + events.length + passages.length > 0;
    return {
      ...empty,
      entries,
      events,
      passages,
      view: (hit) => {
        const passageText = text.texts[hit.i];
        return passageText === undefined ? null : viewPassage(hit, passageText, highlighter);
      },
      suggestions: found ? [] : suggest(index, suggestionFuse, query),
    };
  };

  return {
    search,
    addShard: text.add,
    missingShards: (hits) =>
      [...new Set(hits.map((h) => text.shardOf(h.i)))].filter((n) => !text.loaded.has(n)),
    loadedShards: () => text.loaded.size,
  };
}

/** What a query finds when it finds nothing. */
function noResults(query: string, truncated: boolean): SearchResults {
  return { query, truncated, entries: [], events: [], passages: [], view: () => null, suggestions: [] };
}

/** The passages' text as its shards are added: as written, for snippets, and folded, for search. */
function createTextStore(shardSize: number) {
  const texts: (string | undefined)[] = [];
  const folded: FoldedText[] = [];
  const loaded = new Set<number>();
  const shardOf = (i: number) => Math.floor(i / shardSize);
  const add = (shard: TextShard) => {
    const n = shardOf(shard.from);
    if (loaded.has(n)) return;
    loaded.add(n);
    shard.texts.forEach((text, k) => {
      texts[shard.from + k] = text;
      folded.push({ i: shard.from + k, folded: foldForSearch(text) });
    });
  };
  return { texts, folded, loaded, shardOf, add };
}

/**
 * Positions (of passages or events) with their best score, best first: those whose text holds
 * the query (`inText`), and those that name a matched entry (through `naming`).
 */
function ranked(
  texts: readonly FoldedText[],
  inText: (folded: string) => number,
  naming: ReadonlyMap<string, number[]>,
  entries: readonly EntryHit[],
): [number, number][] {
  return bestScores(
    texts.flatMap(({ i, folded }) => {
      const score = inText(folded);
      return score < 1 ? [[i, score] as const] : [];
    }),
    entries.flatMap((hit) =>
      (naming.get(hit.entry.id) ?? []).map((i) => [i, hit.score + NAMED_OFFSET] as const),
    ),
  );
}

/** The snippet and link of a passage with text `text`, highlighted by `highlighter`. */
function viewPassage(hit: PassageHit, text: string, highlighter: (text: string) => Highlight[]): PassageView {
  const highlights = highlighter(text);
  return {
    snippet: makeSnippet(text, highlights),
    href: `${hit.report.url}#${hit.passage.anchor}${textFragment(text, highlights[0])}`,
  };
}

/** Trims, collapses white space and cuts a query to MAX_QUERY_LENGTH characters. */
export function normaliseQuery(raw: string): { query: string; truncated: boolean } {
  const collapsed = raw.replace(/\s+/g, " ").trim();
  const chars = [...collapsed];
  return chars.length > MAX_QUERY_LENGTH
    ? { query: chars.slice(0, MAX_QUERY_LENGTH).join("").trim(), truncated: true }
    : { query: collapsed, truncated: false };
}

function matchEntries(index: SearchIndex, fuse: Fuse<NameRecord>, query: string): EntryHit[] {
  const key = nameKey(query);
  const best = new Map<number, EntryHit>();
  for (const result of fuse.search(query)) {
    const entry = index.entries[result.item.entry]!;
    const exact = nameKey(result.item.name) === key;
    const score = exact ? 0 : (result.score ?? 1);
    if (score > ENTRY_SCORE_CUTOFF) continue;
    const previous = best.get(result.item.entry);
    if (!previous || score < previous.score) {
      best.set(result.item.entry, { entry, score, exact, matchedName: result.item.name });
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
}

/**
 * Scores a folded text against the query: TEXT_PHRASE_SCORE when it holds the whole query,
 * TEXT_WORDS_SCORE when it holds each of its words (of two letters or more), 1 otherwise.
 */
function textMatcher(query: string): (folded: string) => number {
  const phrase = foldForSearch(query).trim();
  const words = phrase.split(" ").filter((w) => w.length >= 2);
  return (folded) => {
    if (folded.includes(phrase)) return TEXT_PHRASE_SCORE;
    return words.length > 1 && words.every((w) => folded.includes(w)) ? TEXT_WORDS_SCORE : 1;
  };
}

/** For each id, the positions of the lists that contain it. */
function postings(idLists: readonly string[][]): Map<string, number[]> {
  const map = new Map<string, number[]>();
  idLists.forEach((ids, position) => {
    for (const id of ids) {
      const list = map.get(id);
      if (list) list.push(position);
      else map.set(id, [position]);
    }
  });
  return map;
}

/**
 * Joins scored positions from several sources, keeping each position's best score, dropping
 * scores of 1 (no match), and sorting by score, then by position (the index's order).
 */
function bestScores(...lists: (readonly (readonly [number, number])[])[]): [number, number][] {
  const best = new Map<number, number>();
  for (const list of lists) {
    for (const [position, score] of list) {
      if (score >= 1) continue;
      const previous = best.get(position);
      if (previous === undefined || score < previous) best.set(position, score);
    }
  }
  return [...best].sort((a, b) => a[1] - b[1] || a[0] - b[0]);
}

/**
 * A function giving the ranges of a text to highlight for a query: every name of the matched
 * entries (any spelling) and every occurrence of the query itself or of its words, case- and
 * accent-blind.
 */
function createHighlighter(query: string, entries: readonly IndexedEntry[]): (text: string) => Highlight[] {
  const findNames = createMentionFinder(
    entries.map((e) => ({ id: e.id, names: [e.name, ...e.aliases], shortNames: e.shortNames })),
  );
  const words = [query, ...query.split(" ").filter((w) => [...w].length >= 3)]
    .map((w) => foldForMatching(w).folded)
    .filter((w) => w.length > 0);
  return (text: string) => {
    const ranges: Highlight[] = findNames(text).map((m) => ({ start: m.start, end: m.end }));
    const { folded, origin } = foldForMatching(text);
    for (const word of words) {
      for (let at = folded.indexOf(word); at !== -1; at = folded.indexOf(word, at + word.length)) {
        ranges.push({ start: origin[at]!, end: origin[at + word.length - 1]! + 1 });
      }
    }
    return mergeRanges(ranges);
  };
}

function suggest(index: SearchIndex, fuse: Fuse<NameRecord>, query: string): string[] {
  const names = new Set<string>();
  for (const result of fuse.search(query)) {
    names.add(index.entries[result.item.entry]!.name);
    if (names.size === 3) break;
  }
  return [...names];
}
