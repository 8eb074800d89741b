/**
 * What a gazetteer entry's page shows: the spellings the reports use and which reports use
 * each, every passage that mentions the entry, and the chronology events that involve it.
 */
import type { ChronologyEvent, Corpus, GazetteerEntry, Report, ReportPassage } from "@/lib/corpus/types";
import { makeSnippet, mergeRanges, type Snippet } from "./highlights";
import { nameKey } from "./text";

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

/** Every spelling of `entry`, with the reports that use it for this entry. */
export function spellingsOf(corpus: Corpus, entry: GazetteerEntry): Spelling[] {
  const kinds: [string[], SpellingKind][] = [
    [[entry.name], "name"],
    [entry.aliases, "alias"],
    [entry.shortNames, "short name"],
    [entry.transliterations, "transliteration"],
  ];
  return kinds.flatMap(([spellings, kind]) =>
    spellings.map((spelling) => {
      const key = nameKey(spelling);
      const reports = corpus.reports.filter((report) =>
        report.passages.some((p) =>
          p.mentions.some((m) => m.ids.includes(entry.id) && nameKey(m.text) === key),
        ),
      );
      return { spelling, kind, reports };
    }),
  );
}

/** Every passage of every report that mentions the entry, in publication and paragraph order. */
export function mentionsOf(corpus: Corpus, id: string): EntryMention[] {
  return corpus.reports.flatMap((report) =>
    report.passages.flatMap((passage) => {
      const mentions = passage.mentions.filter((m) => m.ids.includes(id));
      if (mentions.length === 0) return [];
      return [
        {
          report,
          passage,
          ambiguous: mentions.every((m) => m.ambiguous),
          snippet: makeSnippet(passage.text, mergeRanges(mentions.map(({ start, end }) => ({ start, end })))),
        },
      ];
    }),
  );
}

/** The reports that mention the entry (shared short names included), in publication order. */
export function reportsNaming(corpus: Corpus, id: string): Report[] {
  return corpus.reports.filter((report) =>
    report.passages.some((p) => p.mentions.some((m) => m.ids.includes(id))),
  );
}

/** The chronology events that involve the entry, in date order. */
export function eventsInvolving(corpus: Corpus, id: string): ChronologyEvent[] {
  return corpus.events.filter((event) => event.involves.includes(id));
}
