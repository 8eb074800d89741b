/**
 * The search index: a compact, plain-data view of the corpus that the build writes as a static
 * JSON file and the search page loads. Links are built by the caller, so the index respects the
 * deploy base without knowing it.
 */
import type { Corpus, GazetteerType } from "./corpus";
import { formatDay } from "./dates";
import type { PassageKind } from "./reportStructure";

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

/** A numbered passage of a report. */
export interface IndexedPassage {
  /** Position of the report in `reports`. */
  report: number;
  /** Paragraph anchor, `p-N`. */
  anchor: string;
  kind: PassageKind;
  text: string;
  /** Every gazetteer id a name in the passage may refer to (shared short names included). */
  ids: string[];
}

/** The whole index. */
export interface SearchIndex {
  reports: IndexedReport[];
  entries: IndexedEntry[];
  events: IndexedEvent[];
  passages: IndexedPassage[];
}

/** How the index links to pages; built by the caller with the site's one URL helper. */
export interface SearchLinks {
  report: (id: string) => string;
  entry: (type: GazetteerType, id: string) => string;
  event: (id: string) => string;
}

/** Builds the search index from the checked corpus. */
export function buildSearchIndex(corpus: Corpus, links: SearchLinks): SearchIndex {
  const reportNumber = new Map(corpus.reports.map((r, i) => [r.id, i]));
  return {
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
    passages: corpus.reports.flatMap((r) =>
      r.passages.map((p) => ({
        report: reportNumber.get(r.id)!,
        anchor: p.anchor,
        kind: p.kind,
        text: p.text,
        ids: [...new Set(p.mentions.flatMap((m) => m.ids))],
      })),
    ),
  };
}
