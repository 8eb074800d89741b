/**
 * What a gazetteer entry's page shows: the spellings the reports use and which reports use
 * each, every passage that mentions the entry, and the chronology events that involve it.
 */
import type { ChronologyEvent, Corpus, GazetteerEntry, Report, ReportPassage } from "@/lib/corpus/types";
import { makeSnippet, mergeRanges, type Snippet } from "./highlights";
import { nameKey } from "./text";
import { oncePer } from "./memo";

/** How a spelling relates to the entry. */
type SpellingKind = "name" | "alias" | "short name" | "transliteration";

/** One spelling of an entry and the reports that use it. */
export interface Spelling {
  spelling: string;
  kind: SpellingKind;
  /** Reports whose text uses this spelling for the entry, in publication order. */
  reports: Report[];
}

/** One passage that mentions the entry. */
export interface EntryMention {
  report: Report;
  passage: ReportPassage;
  /** True when the passage only uses a short name the entry shares with others. */
  ambiguous: boolean;
  /** The passage around its first mention of the entry, with every mention marked. */
  snippet: Snippet;
}

/** A passage that mentions an entry, before its snippet is cut. */
interface MentionRef {
  report: Report;
  passage: ReportPassage;
}

/** The per-entry indexes of a corpus, built in one pass over its passages and events. */
interface EntryIndexes {
  /** Entry id → the passages that mention it, in publication and paragraph order. */
  mentions: Map<string, MentionRef[]>;
  /** Entry id → the events that involve it, in date order. */
  events: Map<string, ChronologyEvent[]>;
}

/**
 * The corpus's entry indexes, built once and kept while the corpus lives: every entry's page
 * reads from them instead of scanning every passage again (which grows with entries × reports).
 */
const indexesOf = oncePer((corpus: Corpus): EntryIndexes => {
  const mentions = new Map<string, MentionRef[]>();
  for (const report of corpus.reports)
    for (const passage of report.passages)
      for (const id of new Set(passage.mentions.flatMap((m) => m.ids))) {
        const list = mentions.get(id) ?? mentions.set(id, []).get(id)!;
        list.push({ report, passage });
      }
  const events = new Map<string, ChronologyEvent[]>();
  for (const event of corpus.events)
    for (const id of new Set(event.involves)) (events.get(id) ?? events.set(id, []).get(id)!).push(event);
  return { mentions, events };
});

/** Every spelling of `entry`, with the reports that use it for this entry. */
export function spellingsOf(corpus: Corpus, entry: GazetteerEntry): Spelling[] {
  const kinds: [string[], SpellingKind][] = [
    [[entry.name], "name"],
    [entry.aliases, "alias"],
    [entry.shortNames, "short name"],
    [entry.transliterations, "transliteration"],
  ];
  // Spelling key → the reports that use it for the entry, in publication order.
  const used = new Map<string, Set<Report>>();
  for (const { report, passage } of mentionRefs(corpus, entry.id))
    for (const m of passage.mentions)
      if (m.ids.includes(entry.id)) {
        const key = nameKey(m.text);
        (used.get(key) ?? used.set(key, new Set()).get(key)!).add(report);
      }
  return kinds.flatMap(([spellings, kind]) =>
    spellings.map((spelling) => ({ spelling, kind, reports: [...(used.get(nameKey(spelling)) ?? [])] })),
  );
}

/** The passages that mention the entry, in publication and paragraph order, without snippets. */
export function mentionRefs(corpus: Corpus, id: string): readonly MentionRef[] {
  return indexesOf(corpus).mentions.get(id) ?? [];
}

/** One passage's mention of the entry: whether only a shared name, and its marked snippet. */
export function mentionOf({ report, passage }: MentionRef, id: string): EntryMention {
  const mentions = passage.mentions.filter((m) => m.ids.includes(id));
  return {
    report,
    passage,
    ambiguous: mentions.every((m) => m.ambiguous),
    snippet: makeSnippet(passage.text, mergeRanges(mentions.map(({ start, end }) => ({ start, end })))),
  };
}

/** Every passage of every report that mentions the entry, in publication and paragraph order. */
export function mentionsOf(corpus: Corpus, id: string): EntryMention[] {
  return mentionRefs(corpus, id).map((ref) => mentionOf(ref, id));
}

/** The reports that mention the entry (shared short names included), in publication order. */
export function reportsNaming(corpus: Corpus, id: string): Report[] {
  return [...new Set(mentionRefs(corpus, id).map((m) => m.report))];
}

/** The chronology events that involve the entry, in date order. */
export function eventsInvolving(corpus: Corpus, id: string): ChronologyEvent[] {
  return indexesOf(corpus).events.get(id) ?? [];
}
