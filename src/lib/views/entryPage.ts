/**
 * What a gazetteer entry's page shows, worked out before the template renders it: its kind, its
 * name in its own script, its spellings and the reports that use each, the entries it shares a short name with, the relations
 * the reports state, where it is (places), every passage that mentions it and its events.
 */
import type { ChronologyEvent, Corpus, GazetteerEntry, PlaceFacts, ResolvedSource } from "@/lib/corpus/types";
import { eventsInvolving, mentionsOf, spellingsOf, type EntryMention, type Spelling } from "../entries";
import { ENTRY_KINDS, type EntryKind } from "../entryKinds";
import { splitHighlights, type TextPiece } from "../highlights";
import { LANGUAGE_NAMES, type NativeLanguage } from "../labels";
import { paths } from "../urls";
import { kindedPlaces, locatorMap, type KindedPlace, type MapPair } from "./maps";

/** A link to a report. */
interface ReportLink {
  /** The site path of the report. */
  path: string;
  /** The report's outlet, or its title where the document names no outlet. */
  label: string;
}

/** The entry's name in its own script, as its page shows it: "In Dari: پنجشیر". */
interface NativeNameLine {
  /** The language in English, as the line begins: "In Dari", "In Pashto". */
  label: string;
  /** The name, in Arabic script. */
  name: string;
  /** Its BCP 47 tag, for the `lang` of the element that holds it (written right to left). */
  lang: NativeLanguage;
  /** Where a reader can check it. */
  basis: string;
}

/** One row of the spellings table. */
interface SpellingRow extends Spelling {
  /** Links to the reports that use the spelling for the entry. */
  usedIn: ReportLink[];
  /** What the table says instead when no report uses it. */
  unused?: string;
}

/** A relation the reports state, with both ends resolved. */
interface RelationRow {
  subject: GazetteerEntry;
  predicate: string;
  object: GazetteerEntry;
  source: ResolvedSource;
}

/** A passage that mentions the entry, ready to show. */
interface MentionRow extends EntryMention {
  /** The snippet's text cut into plain and marked pieces. */
  pieces: TextPiece[];
}

/** Everything an entry's page shows. */
export interface EntryPage {
  entry: GazetteerEntry;
  kind: EntryKind;
  /** The name in Dari or Pashto, where the gazetteer gives it. */
  nativeNames: NativeNameLine[];
  /** Report titles by id, for the description's source links. */
  reportTitles: Map<string, string>;
  spellings: SpellingRow[];
  /** The entry's short names, joined for a sentence. */
  shortNames: string;
  /** Other entries that share one of its short names. */
  sharers: GazetteerEntry[];
  relations: RelationRow[];
  /** For places: the locator map (wide and narrow), the kind of place and its coordinates. */
  where?: { map: MapPair; kind: PlaceFacts["kind"] } & PlaceFacts["coordinates"];
  mentions: MentionRow[];
  /** How many reports the mentions come from. */
  mentionReports: number;
  events: ChronologyEvent[];
}

/** The page of every gazetteer entry, in gazetteer order. */
export function entryPages(corpus: Corpus): EntryPage[] {
  const reportTitles = new Map(corpus.reports.map((r) => [r.id, r.data.title]));
  const places = kindedPlaces(corpus.gazetteer);
  return corpus.gazetteer.map((entry) => {
    const mentions = mentionsOf(corpus, entry.id);
    return {
      entry,
      kind: ENTRY_KINDS[entry.type],
      nativeNames: entry.nativeNames.map(({ name, lang, basis }) => ({
        label: `In ${LANGUAGE_NAMES[lang]}`,
        name,
        lang,
        basis,
      })),
      reportTitles,
      spellings: spellingRows(corpus, entry),
      shortNames: entry.shortNames.join(", "),
      sharers: corpus.gazetteer.filter(
        (e) => e.id !== entry.id && e.shortNames.some((n) => entry.shortNames.includes(n)),
      ),
      relations: entry.relations.map((relation) => ({
        ...relation,
        subject: corpus.gazetteerById.get(relation.subject)!,
        object: corpus.gazetteerById.get(relation.object)!,
      })),
      where: where(entry, places),
      mentions: mentions.map((m) => ({
        ...m,
        pieces: splitHighlights(m.snippet.text, m.snippet.highlights),
      })),
      mentionReports: new Set(mentions.map((m) => m.report.id)).size,
      events: eventsInvolving(corpus, entry.id),
    };
  });
}

function spellingRows(corpus: Corpus, entry: GazetteerEntry): SpellingRow[] {
  return spellingsOf(corpus, entry).map((spelling) => ({
    ...spelling,
    usedIn: spelling.reports.map((report) => ({
      path: paths.report(report.id),
      label: report.data.outlet.name ?? report.data.title,
    })),
    ...(spelling.reports.length > 0
      ? {}
      : {
          unused:
            spelling.kind === "transliteration"
              ? "not used in the reports; a common spelling"
              : "no report uses it on its own",
        }),
  }));
}

function where(entry: GazetteerEntry, places: readonly KindedPlace[]): EntryPage["where"] {
  const { place } = entry;
  const plotted = places.find((p) => p.id === entry.id);
  if (!place || !plotted) return undefined;
  const { kind, coordinates } = place;
  return { map: locatorMap(plotted, places), kind, ...coordinates };
}
