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
import { createMentionFinder } from "./mentions";
import { foldForMatching, nameKey } from "./text";

/** Longer queries are cut to this many characters (and the page says so). */
export const MAX_QUERY_LENGTH = 100;
/** Characters of context a snippet shows around its first highlight. */
const SNIPPET_CONTEXT = 90;

// Why these options (fuse.js 7, "basic" build: no extended or logical search, which a name
// search does not need, for a smaller bundle):
// - ignoreLocation: names and words may sit anywhere in a long passage; without it fuse only
//   scores matches near the start (location 0 within `distance` characters).
// - ignoreDiacritics: "Panjshīr" and "Panjshir" are one name.
// - threshold 0.34 for names: one wrong letter in three; "Masood"→"Massoud" (2 of 6) and
//   "Panjsheer"→"Panjshir" (2 of 9) match, "Kabul" does not match "Kapisa".
// - threshold 0.2 for passage text: long texts give fuzzy patterns many chances to match by
//   accident, so words must be nearly exact; other spellings of names reach passages through the
//   gazetteer instead.
// - minMatchCharLength 2: a single matching letter is never a hit.
// - No prebuilt index (Fuse.createIndex / parseIndex): building it in the browser from the
//   ~200 passages and ~300 names takes about a millisecond (docs/BENCHMARKS.md), while the
//   serialised index would roughly double the JSON the page downloads.
// - Names reach passages through the gazetteer ids each passage carries, so a name or place
//   query never needs the passages' text; text search covers the text shards loaded so far.
const NAME_OPTIONS: IFuseOptions<NameRecord> = {
  keys: ["name"],
  includeScore: true,
  ignoreLocation: true,
  ignoreDiacritics: true,
  threshold: 0.34,
  minMatchCharLength: 2,
};
const TEXT_OPTIONS: IFuseOptions<PassageText> = {
  keys: ["text"],
  includeScore: true,
  ignoreLocation: true,
  ignoreDiacritics: true,
  threshold: 0.2,
  minMatchCharLength: 2,
};
const EVENT_OPTIONS: IFuseOptions<IndexedEvent> = {
  keys: ["headline"],
  includeScore: true,
  ignoreLocation: true,
  ignoreDiacritics: true,
  threshold: 0.2,
  minMatchCharLength: 2,
};
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

interface PassageText {
  /** Position of the passage in the index. */
  i: number;
  text: string;
}

/** A character range `[start, end)` to highlight. */
export interface Highlight {
  start: number;
  end: number;
}

/** Part of a passage around its first highlight. */
export interface Snippet {
  text: string;
  highlights: Highlight[];
  /** Text was cut before / after the snippet. */
  cutStart: boolean;
  cutEnd: boolean;
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
export interface PassageView {
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

/** Builds the search over an index and any text shards already at hand. */
export function createSearcher(index: SearchIndex, shards: readonly TextShard[] = []): Searcher {
  const names: NameRecord[] = index.entries.flatMap((entry, i) =>
    [entry.name, ...entry.aliases, ...entry.shortNames].map((name) => ({ entry: i, name })),
  );
  const nameFuse = new Fuse(names, NAME_OPTIONS);
  const suggestionFuse = new Fuse(names, { ...NAME_OPTIONS, threshold: SUGGESTION_THRESHOLD });
  const textFuse = new Fuse<PassageText>([], TEXT_OPTIONS);
  const eventFuse = new Fuse(index.events, EVENT_OPTIONS);
  const texts: (string | undefined)[] = [];
  const loaded = new Set<number>();
  const shardOf = (i: number) => Math.floor(i / index.shardSize);
  const passageNumber = new Map(index.passages.map((p, i) => [p, i]));

  const addShard = (shard: TextShard) => {
    const n = shardOf(shard.from);
    if (loaded.has(n)) return;
    loaded.add(n);
    shard.texts.forEach((text, k) => {
      texts[shard.from + k] = text;
      textFuse.add({ i: shard.from + k, text });
    });
  };
  shards.forEach(addShard);

  const search = (raw: string): SearchResults => {
    const { query, truncated } = normaliseQuery(raw);
    const empty: SearchResults = {
      query,
      truncated,
      entries: [],
      events: [],
      passages: [],
      view: () => null,
      suggestions: [],
    };
    if (nameKey(query).replace(/[^\p{L}\p{N}]/gu, "").length < 2) return empty;

    const entries = matchEntries(index, nameFuse, query);
    const entryScore = new Map(entries.map((hit) => [hit.entry.id, hit.score]));
    const bestEntryScore = (ids: string[]) => Math.min(...ids.map((id) => entryScore.get(id) ?? 1), 1);

    const events = mergeHits(
      eventFuse.search(query).map((r) => ({ item: r.item, score: r.score ?? 1 })),
      index.events.map((event) => ({ item: event, score: bestEntryScore(event.ids) })),
    ).map(({ item, score }) => ({ event: item, score }));

    const highlighter = createHighlighter(
      query,
      entries.map((hit) => hit.entry),
    );
    const passages = mergeHits(
      textFuse.search(query).map((r) => ({ item: index.passages[r.item.i]!, score: r.score ?? 1 })),
      index.passages.map((passage) => ({ item: passage, score: bestEntryScore(passage.ids) })),
    ).map(({ item, score }) => {
      const i = passageNumber.get(item)!;
      return { passage: item, i, report: index.reports[item.report]!, score };
    });

    const found = entries.length + events.length + passages.length > 0;
    return {
      ...empty,
      entries,
      events,
      passages,
      view: (hit) => {
        const text = texts[hit.i];
        return text === undefined ? null : viewPassage(hit, text, highlighter);
      },
      suggestions: found ? [] : suggest(index, suggestionFuse, query),
    };
  };

  return {
    search,
    addShard,
    missingShards: (hits) => [...new Set(hits.map((h) => shardOf(h.i)))].filter((n) => !loaded.has(n)),
    loadedShards: () => loaded.size,
  };
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
 * Joins two ranked lists of the same items, keeping each item's best score, dropping scores of
 * 1 (no match), sorting by score and then by position in the index (stable).
 */
function mergeHits<T>(...lists: { item: T; score: number }[][]): { item: T; score: number }[] {
  const best = new Map<T, number>();
  const order = new Map<T, number>();
  for (const list of lists) {
    for (const { item, score } of list) {
      if (score >= 1) continue;
      if (!order.has(item)) order.set(item, order.size);
      best.set(item, Math.min(score, best.get(item) ?? 1));
    }
  }
  return [...best.entries()]
    .map(([item, score]) => ({ item, score }))
    .sort((a, b) => a.score - b.score || order.get(a.item)! - order.get(b.item)!);
}

/**
 * A function giving the ranges of a text to highlight for a query: every name of the matched
 * entries (any spelling) and every occurrence of the query itself or of its words, case- and
 * accent-blind.
 */
export function createHighlighter(
  query: string,
  entries: readonly IndexedEntry[],
): (text: string) => Highlight[] {
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

/** Sorts ranges and joins those that overlap or touch. */
export function mergeRanges(ranges: readonly Highlight[]): Highlight[] {
  const sorted = [...ranges].sort((a, b) => a.start - b.start || b.end - a.end);
  const merged: Highlight[] = [];
  for (const range of sorted) {
    const last = merged.at(-1);
    if (last && range.start <= last.end) last.end = Math.max(last.end, range.end);
    else merged.push({ ...range });
  }
  return merged;
}

/**
 * The part of `text` around its first highlight, cut at word boundaries, with the highlights
 * that fall inside it moved to its offsets. Short texts are returned whole.
 */
export function makeSnippet(
  text: string,
  highlights: readonly Highlight[],
  context = SNIPPET_CONTEXT,
): Snippet {
  const first = highlights[0];
  if (text.length <= context * 2 + 40 || !first) {
    const whole = text.length <= context * 2 + 40;
    const end = whole ? text.length : wordEnd(text, context * 2);
    return {
      text: text.slice(0, end),
      highlights: highlights.filter((h) => h.end <= end),
      cutStart: false,
      cutEnd: end < text.length,
    };
  }
  const start = first.start - context <= 0 ? 0 : wordStart(text, first.start - context);
  const end = first.end + context >= text.length ? text.length : wordEnd(text, first.end + context);
  return {
    text: text.slice(start, end),
    highlights: highlights
      .filter((h) => h.start >= start && h.end <= end)
      .map((h) => ({ start: h.start - start, end: h.end - start })),
    cutStart: start > 0,
    cutEnd: end < text.length,
  };
}

function wordStart(text: string, at: number): number {
  const space = text.indexOf(" ", at);
  return space === -1 ? at : space + 1;
}

function wordEnd(text: string, at: number): number {
  const space = text.lastIndexOf(" ", at);
  return space <= 0 ? at : space;
}

/**
 * A URL text fragment (`:~:text=prefix-,match,-suffix`) that makes the browser highlight and
 * scroll to `range` of `text`, with a few words of context so it picks this occurrence. Empty
 * when there is nothing to highlight.
 */
export function textFragment(text: string, range: Highlight | undefined): string {
  if (!range) return "";
  // Browsers match text fragments on whole words only: widen the range to the words it touches.
  let start = range.start;
  let end = range.end;
  while (start > 0 && /[\p{L}\p{N}]/u.test(text[start - 1]!)) start--;
  while (end < text.length && /[\p{L}\p{N}]/u.test(text[end]!)) end++;
  range = { start, end };
  const encode = (s: string) => encodeURIComponent(s).replace(/-/g, "%2D").replace(/,/g, "%2C");
  const before = text.slice(0, range.start).split(/\s+/).filter(Boolean).slice(-3).join(" ");
  const after = text.slice(range.end).split(/\s+/).filter(Boolean).slice(0, 3).join(" ");
  const match = text.slice(range.start, range.end);
  return `:~:text=${before ? `${encode(before)}-,` : ""}${encode(match)}${after ? `,-${encode(after)}` : ""}`;
}

function suggest(index: SearchIndex, fuse: Fuse<NameRecord>, query: string): string[] {
  const names = new Set<string>();
  for (const result of fuse.search(query)) {
    names.add(index.entries[result.item.entry]!.name);
    if (names.size === 3) break;
  }
  return [...names];
}
