/**
 * The search index, written by the build as static JSON in two parts:
 *
 * - the core (`search-index.json`): reports, gazetteer entries with every name, events, and for
 *   every passage its report, anchor and the gazetteer ids it names, but not its text. A name or
 *   place query needs nothing else, however many reports there are.
 * - text shards (`search-text/N.json`): the passages' text, a few hundred passages a file. The
 *   search page loads the shards it needs to show snippets, and all of them for full-text
 *   search when the corpus is small (one shard for the five reports).
 *
 * Links are built by the caller, so the index respects the deploy base without knowing it.
 */
import type { Corpus } from "@/lib/corpus/types";
import { formatDay } from "./dates";
import type { GazetteerType } from "./entryKinds";
import type { PassageKind } from "./reportStructure";

/** Passages per text shard: about 100 KiB of text (25 KiB gzip) a file. */
const PASSAGES_PER_SHARD = 400;

/** A report, as search results show it. */
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
}

/** A gazetteer entry with every name it goes by. */
export interface IndexedEntry {
  id: string;
  type: GazetteerType;
  name: string;
  /** Aliases and transliterations: each belongs to this entry alone. */
  aliases: string[];
  /** Short names, possibly shared with other entries. */
  shortNames: string[];
  /** The editorial description. */
  description: string;
  url: string;
}

/** A chronology event. */
export interface IndexedEvent {
  id: string;
  headline: string;
  dateLabel: string;
  datetime: string;
  /** Gazetteer ids involved. */
  ids: string[];
  url: string;
}

/** A numbered passage of a report, without its text (see TextShard). */
export interface IndexedPassage {
  /** Position of the report in `reports`. */
  report: number;
  /** Paragraph anchor, `p-N`. */
  anchor: string;
  kind: PassageKind;
  /** Every gazetteer id a name in the passage may refer to (shared short names included). */
  ids: string[];
}

/** The texts of passages `from` … `from + texts.length - 1`. */
export interface TextShard {
  from: number;
  texts: string[];
}

/** The core index. */
export interface SearchIndex {
  reports: IndexedReport[];
  entries: IndexedEntry[];
  events: IndexedEvent[];
  passages: IndexedPassage[];
  /** URLs of the text shards, in passage order; shard `n` starts at passage `n * shardSize`. */
  shards: string[];
  shardSize: number;
}

/** How the index links to pages and shards; built by the caller with the site's URL helper. */
export interface SearchLinks {
  report: (id: string) => string;
  entry: (type: GazetteerType, id: string) => string;
  event: (id: string) => string;
  shard: (n: number) => string;
}

/** Builds the core index and its text shards from the checked corpus. */
export function buildSearchIndex(
  corpus: Corpus,
  links: SearchLinks,
  shardSize = PASSAGES_PER_SHARD,
): { index: SearchIndex; shards: TextShard[] } {
  const passages = corpus.reports.flatMap((r, report) => r.passages.map((p) => ({ report, passage: p })));
  const shards: TextShard[] = [];
  for (let from = 0; from < passages.length; from += shardSize) {
    shards.push({ from, texts: passages.slice(from, from + shardSize).map(({ passage }) => passage.text) });
  }
  const index: SearchIndex = {
    reports: corpus.reports.map((r) => ({
      id: r.id,
      title: r.data.title,
      ...(r.data.outlet.name ? { outlet: r.data.outlet.name } : {}),
      date: r.data.published.date,
      dateLabel: formatDay(r.data.published.date),
      url: links.report(r.id),
    })),
    entries: corpus.gazetteer.map((e) => ({
      id: e.id,
      type: e.type,
      name: e.name,
      aliases: [...e.aliases, ...e.transliterations],
      shortNames: e.shortNames,
      description: e.description.text,
      url: links.entry(e.type, e.id),
    })),
    events: corpus.events.map((e) => ({
      id: e.id,
      headline: e.headline,
      dateLabel: e.date.label,
      datetime: e.date.datetime,
      ids: e.involves,
      url: links.event(e.id),
    })),
    passages: passages.map(({ report, passage }) => ({
      report,
      anchor: passage.anchor,
      kind: passage.kind,
      ids: [...new Set(passage.mentions.flatMap((m) => m.ids))],
    })),
    shards: shards.map((_, n) => links.shard(n)),
    shardSize,
  };
  return { index, shards };
}
