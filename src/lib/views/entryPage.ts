/**
 * What a gazetteer entry's page shows, worked out before the template renders it: its kind, its
 * name in its own script, its spellings and the reports that use each, the entries it shares a short name with, the relations
 * the reports state, where it is (places), every passage that mentions it and its events.
 *
 * The passages are grouped by report and paged (MENTIONS_PER_PAGE): an entry named in thousands
 * of reports has many pages (`people/x/`, `people/x/2/`, …), each of bounded size. The first
 * page alone carries the spellings, relations, map and events; later pages carry the passages.
 */

/** The most passages one page of an entry lists (the Taliban's 102 of the five reports fit on one). */
export const MENTIONS_PER_PAGE = 120;
/**
 * The most passages the first page of a place lists: it carries the locator map too (up to about
 * 100 KiB of SVG for a country's world map). Panjshir's 54 of the five reports fit on one.
 */
export const MENTIONS_BESIDE_A_MAP = 60;
/** The most reports a spelling's row links; the rest are counted. */
export const REPORT_LINKS_PER_SPELLING = 12;
/** The most events the first page lists; the rest are counted, and on the chronology. */
export const EVENTS_PER_ENTRY_PAGE = 60;
import type {
  ChronologyEvent,
  Corpus,
  GazetteerEntry,
  PlaceFacts,
  Report,
  ResolvedSource,
} from "@/lib/corpus/types";
import {
  eventsInvolving,
  mentionOf,
  mentionRefs,
  spellingsOf,
  type EntryMention,
  type Spelling,
} from "../entries";
import { ENTRY_KINDS, type EntryKind } from "../entryKinds";
import { splitHighlights, type TextPiece } from "../highlights";
import { LANGUAGE_NAMES, type NativeLanguage } from "../labels";
import type { KeyedPage } from "../pageCache";
import { chunk, pageByWeight, pageParam, pager, type Pager } from "../paging";
import { paths } from "../urls";
import { kindedPlaces, locatorMap, type KindedPlace, type MapPair } from "./maps";
import { oncePer } from "../memo";

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
interface SpellingRow extends Pick<Spelling, "spelling" | "kind"> {
  /** Links to the first reports that use the spelling for the entry (REPORT_LINKS_PER_SPELLING). */
  usedIn: ReportLink[];
  /** How many more reports use it than are linked. */
  moreReports: number;
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

/** The passages of one report that mention the entry (or a run of them, when a report has more than a page). */
interface MentionGroup {
  report: Report;
  /** How many of the report's passages mention the entry, on this page and others. */
  total: number;
  /** True when the report's passages began on an earlier page. */
  continued: boolean;
  mentions: MentionRow[];
}

/** An event in the list of those involving an entry: a link by its headline, and its date. */
export type EntryEvent = Pick<ChronologyEvent, "id" | "headline" | "date">;

/** What only an entry's first page shows. */
export interface EntryDetails {
  spellings: SpellingRow[];
  /** The entry's short names, joined for a sentence. */
  shortNames: string;
  /** Other entries that share one of its short names. */
  sharers: GazetteerEntry[];
  relations: RelationRow[];
  /** For places: the locator map (wide and narrow), the kind of place and its coordinates. */
  where?: { map: MapPair; kind: PlaceFacts["kind"] } & PlaceFacts["coordinates"];
  /** The first EVENTS_PER_ENTRY_PAGE events involving the entry, in date order: what the list shows of each. */
  events: EntryEvent[];
  /** How many events involve the entry in all. */
  eventCount: number;
}

/** One page of an entry, as getStaticPaths lists it: the view is worked out when it renders. */
export interface EntryPageRef {
  entry: GazetteerEntry;
  /** The page's number, from 1. */
  number: number;
}

/** Everything one page of an entry shows. */
export interface EntryPage {
  entry: GazetteerEntry;
  kind: EntryKind;
  /** The name in Dari or Pashto, where the gazetteer gives it. */
  nativeNames: NativeNameLine[];
  /** Report titles by id, for the description's source links. */
  reportTitles: ReadonlyMap<string, string>;
  /** On the first page only. */
  details?: EntryDetails;
  /** This page's passages, by report. */
  mentionGroups: MentionGroup[];
  /** How many passages mention the entry in all, and in how many reports. */
  mentionCount: number;
  mentionReports: number;
  pager: Pager;
}

interface PagedMentions {
  pages: { report: Report; total: number; continued: boolean; refs: ReturnType<typeof mentionRefs> }[][];
  count: number;
  reports: number;
}

/**
 * The last entry's paged passages: an entry's pages are built one after another, so this saves
 * working them out again for each page, without holding every entry's pages for the whole
 * build (10 MB at 1,000 reports, growing with the corpus).
 */
let lastPaged: { corpus: Corpus; id: string; paged: PagedMentions } | undefined;
const reportTitlesOf = oncePer(
  (corpus: Corpus): ReadonlyMap<string, string> => new Map(corpus.reports.map((r) => [r.id, r.data.title])),
);

/** The entry's passages grouped by report and paged. */
function pagedMentions(corpus: Corpus, id: string): PagedMentions {
  const refs = mentionRefs(corpus, id);
  const byReport: (typeof refs)[] = [];
  for (const ref of refs) {
    const last = byReport.at(-1);
    if (last?.[0]?.report === ref.report) (last as (typeof ref)[]).push(ref);
    else byReport.push([ref]);
  }
  // A place's first page carries its map, so it holds fewer passages; a report's passages are
  // cut into runs no longer than that first page, so that a run never overfills it.
  const first = corpus.gazetteerById.get(id)?.place ? MENTIONS_BESIDE_A_MAP : MENTIONS_PER_PAGE;
  const runs = byReport.flatMap((group) =>
    chunk(group, first).map((run, i) => ({
      report: group[0]!.report,
      total: group.length,
      continued: i > 0,
      refs: run,
    })),
  );
  return {
    pages: pageByWeight(runs, MENTIONS_PER_PAGE, (run) => run.refs.length, first),
    count: refs.length,
    reports: byReport.length,
  };
}

/** Every page of every gazetteer entry, in gazetteer order: light references for getStaticPaths. */
export function entryPageRefs(corpus: Corpus): EntryPageRef[] {
  return corpus.gazetteer.flatMap((entry) =>
    pagedMentions(corpus, entry.id).pages.map((_, i) => ({ entry, number: i + 1 })),
  );
}

/** The entry's paged passages, worked out once for all its pages (see `lastPaged`). */
function pagedOf(corpus: Corpus, entry: GazetteerEntry): PagedMentions {
  if (lastPaged?.corpus !== corpus || lastPaged.id !== entry.id) {
    lastPaged = { corpus, id: entry.id, paged: pagedMentions(corpus, entry.id) };
  }
  return lastPaged.paged;
}

/**
 * What page `number` of an entry is worked out from, besides what every page depends on (the
 * gazetteer, the chronology's files, the code): its key in the page cache (src/lib/pageCache.ts).
 * The view follows from these (its snippets, highlights, details and map are worked out from
 * them), and they cost a fraction of it: keying the 3,700 pages of 1,000 reports took 0.5 s of
 * CPU with these, 3.7 s with the views.
 * Whatever `entryPage` comes to read from the corpus must be added here.
 */
export function entryPageInputs(corpus: Corpus, entry: GazetteerEntry, number: number): unknown {
  const paged = pagedOf(corpus, entry);
  return {
    entry,
    number,
    runs: paged.pages[number - 1],
    pages: paged.pages.length,
    count: paged.count,
    reports: paged.reports,
    reportTitles: reportTitlesOf(corpus),
    ...(number === 1 ? firstPageInputs(corpus, entry) : {}),
  };
}

/**
 * What the first page shows of the entry's spellings and events: each spelling's first reports'
 * links and how many more, each event's headline and date; not the reports and the events
 * themselves, whose texts and citations it does not show (keyed with them, every entry named in
 * an edited report had its first page rendered again). The rest of the first page's details
 * follow from the entry and the gazetteer.
 */
function firstPageInputs(corpus: Corpus, entry: GazetteerEntry): object {
  return { spellings: spellingRows(corpus, entry), ...entryEvents(corpus, entry) };
}

/**
 * Every page of every gazetteer entry as `getStaticPaths` lists it: its parameters, its light
 * props (the view is worked out as it renders) and what its page-cache key digests.
 */
export function entryPagePaths(
  corpus: Corpus,
): KeyedPage<{ folder: string; id: string; page: string | undefined }, EntryPageRef>[] {
  return entryPageRefs(corpus).map((ref) => ({
    params: { folder: ENTRY_KINDS[ref.entry.type].folder, id: ref.entry.id, page: pageParam(ref.number) },
    props: ref,
    shows: entryPageInputs(corpus, ref.entry, ref.number),
  }));
}

/** Page `number` of an entry, ready to render. */
export function entryPage(corpus: Corpus, entry: GazetteerEntry, number = 1): EntryPage {
  const paged = pagedOf(corpus, entry);
  const runs = paged.pages[number - 1];
  if (!runs) throw new RangeError(`${entry.id} has no page ${number}`);
  return {
    entry,
    kind: ENTRY_KINDS[entry.type],
    nativeNames: entry.nativeNames.map(({ name, lang, basis }) => ({
      label: `In ${LANGUAGE_NAMES[lang]}`,
      name,
      lang,
      basis,
    })),
    reportTitles: reportTitlesOf(corpus),
    ...(number === 1 ? { details: details(corpus, entry) } : {}),
    mentionGroups: runs.map(({ refs, ...run }) => ({
      ...run,
      mentions: refs.map((ref) => {
        const m = mentionOf(ref, entry.id);
        return { ...m, pieces: splitHighlights(m.snippet.text, m.snippet.highlights) };
      }),
    })),
    mentionCount: paged.count,
    mentionReports: paged.reports,
    pager: pager(paths.entry(entry.type, entry.id), number, paged.pages.length),
  };
}

function details(corpus: Corpus, entry: GazetteerEntry): EntryDetails {
  return {
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
    ...where(entry, kindedPlaces(corpus.gazetteer)),
    ...entryEvents(corpus, entry),
  };
}

/** The first events involving the entry, as its first page lists them, and how many there are. */
function entryEvents(corpus: Corpus, entry: GazetteerEntry): Pick<EntryDetails, "events" | "eventCount"> {
  const events = eventsInvolving(corpus, entry.id);
  return {
    events: events.slice(0, EVENTS_PER_ENTRY_PAGE).map(({ id, headline, date }) => ({ id, headline, date })),
    eventCount: events.length,
  };
}

function spellingRows(corpus: Corpus, entry: GazetteerEntry): SpellingRow[] {
  return spellingsOf(corpus, entry).map((spelling) => ({
    spelling: spelling.spelling,
    kind: spelling.kind,
    usedIn: spelling.reports.slice(0, REPORT_LINKS_PER_SPELLING).map((report) => ({
      path: paths.report(report.id),
      label: report.data.outlet.name ?? report.data.title,
    })),
    moreReports: Math.max(0, spelling.reports.length - REPORT_LINKS_PER_SPELLING),
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

function where(entry: GazetteerEntry, places: readonly KindedPlace[]): Pick<EntryDetails, "where"> {
  const { place } = entry;
  const plotted = places.find((p) => p.id === entry.id);
  if (!place || !plotted) return {};
  const { kind, coordinates } = place;
  return { where: { map: locatorMap(plotted, places), kind, ...coordinates } };
}
