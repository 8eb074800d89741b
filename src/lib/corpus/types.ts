/**
 * The shapes of the corpus: what it is built from (the validated collections) and what pages,
 * search and feeds read (checked reports, gazetteer entries and dated events, cross-referenced).
 */
import type { ClaimValue, VerificationStatus } from "@/lib/claims";
import type { IsoDate } from "@/lib/dates";
import type { GazetteerType } from "@/lib/entryKinds";
import type { Mention, MentionFinder } from "@/lib/mentions";
import type { Passage } from "@/lib/reportStructure";
import type { ResolvedDate } from "@/lib/when";
import type { EraData, EventData, PartyData, TopicData } from "@/schemas/chronology";
import type { NativeNameData, OrganisationData, PersonData, PlaceData } from "@/schemas/gazetteer";
import type { ReportData } from "@/schemas/report";
import type { SourceData } from "@/schemas/sources";

/** A passage as a last build read it, with its mentions when that build's gazetteer was this one. */
export type StoredPassage = Passage & { mentions?: Mention[] | undefined };

/** An entry as a collection gives it: id, the file it came from, its data (and a body for reports). */
export interface EntryInput<T> {
  id: string;
  /** The file, relative to the project root, for error messages. */
  filePath?: string | undefined;
  /** The Markdown body (reports only). */
  body?: string | undefined;
  /** A digest of the Markdown body, which any edit to the text changes (reports only). */
  digest?: string | undefined;
  /**
   * The report's passages when a last build already read them from this text, else read from
   * `body`; with the names they mention when that build's gazetteer was the same.
   */
  passages?: StoredPassage[] | undefined;
  data: T;
}

/** Everything the corpus is built from. */
export interface CorpusInput {
  reports: EntryInput<ReportData>[];
  people: EntryInput<PersonData>[];
  places: EntryInput<PlaceData>[];
  organisations: EntryInput<OrganisationData>[];
  events: EntryInput<EventData>[];
  eras: EntryInput<EraData>[];
  parties: EntryInput<PartyData>[];
  topics: EntryInput<TopicData>[];
}

/** A party that makes claims. */
export interface Party extends PartyData {
  id: string;
}

/** A claim topic with the type of value its claims take. */
export interface Topic extends TopicData {
  id: string;
}

/** A claim, typed by its topic, with the party that makes it. */
export interface ResolvedClaim {
  /** Topic id. */
  topic: string;
  /** The report's words for the value. */
  words: string;
  value: ClaimValue;
  /** The period the value covers, in the report's words. */
  period?: string;
  /** The party of the citation that makes it. */
  party: string;
}

/** The outlet's own words on whether it verified a citation's claims. */
interface Verification {
  status: VerificationStatus;
  quote: string;
  /** The paragraph that holds the words. */
  anchor: string;
}

/** A source resolved to the paragraph that holds its quote. */
export interface ResolvedSource extends SourceData {
  /** The passage anchor, `p-N`, or the headline's (TITLE_ANCHOR). */
  anchor: string;
}

/** A report passage with the names it mentions. */
export interface ReportPassage extends Passage {
  /** Every mention, ambiguous ones included. */
  mentions: Mention[];
  /** Ids named without ambiguity, in order of first mention. */
  ids: string[];
}

/** A checked report. */
export interface Report {
  id: string;
  filePath: string;
  /**
   * A digest of the report's Markdown body, which any edit to its text changes: a page that shows
   * the text renders again when it changes (src/lib/pageCache.ts). Empty when not known.
   */
  digest: string;
  data: ReportData;
  passages: ReportPassage[];
  /** Ids of gazetteer entries the report names without ambiguity, in order of first mention. */
  mentions: string[];
  summarySources: ResolvedSource[];
  /** Editor's notes with the anchor of the paragraph each points at. */
  editorNotes: (ReportData["editorNotes"][number] & { anchor: string })[];
  /** Credits with the anchor of the paragraph that names each. */
  credits: (ReportData["credits"][number] & { anchor: string })[];
  /** Neighbours by publication date (older, newer). */
  previous?: string;
  next?: string;
}

/** A relation stated by a report, seen from one of its two ends. */
interface ResolvedRelation {
  subject: string;
  predicate: string;
  object: string;
  source: ResolvedSource;
}

/** What every kind of gazetteer entry has. */
interface GazetteerEntryBase {
  id: string;
  filePath: string;
  name: string;
  aliases: string[];
  transliterations: string[];
  shortNames: string[];
  /** The name in its own script (Dari, Pashto), each with where to check it. */
  nativeNames: NativeNameData[];
  description: { text: string; sources: ResolvedSource[] };
  /** Relations in which this entry is the subject or the object. */
  relations: ResolvedRelation[];
}

/** Where a place is, and what kind of place it is. */
export type PlaceFacts = Pick<PlaceData, "kind" | "coordinates">;

/**
 * A checked gazetteer entry, by kind: a place always has its facts (`entry.type === "place"`
 * narrows to it); people and organisations never do.
 */
export type GazetteerEntry =
  | (GazetteerEntryBase & { type: Exclude<GazetteerType, "place">; place?: undefined })
  | (GazetteerEntryBase & { type: "place"; place: PlaceFacts });

/** One report's support for an event, resolved. */
export interface ResolvedCitation extends ResolvedSource {
  /** Who makes the claim, as written in the data. */
  claimant: string;
  /** The gazetteer id of the claimant, when it is one. */
  claimantId?: string;
  /** What a reader sees for the claimant. */
  claimantLabel: string;
  /** The party the claimant speaks for (a content/parties.yaml id). */
  party: string;
  /** When the report says it happened, resolved against its publication date ("happened on"). */
  date?: ResolvedDate;
  /** The report's publication date ("reported on"). */
  reported: IsoDate;
  claims: ResolvedClaim[];
  verification?: Verification;
}

/** A claim together with the citation that makes it. */
export type CitedClaim = ResolvedClaim & { citation: ResolvedCitation };

/** A topic on which two parties' claims cannot both be true. */
interface Dispute {
  topic: string;
  /** Every claim on the topic, side by side. */
  claims: CitedClaim[];
  /** The pairs that cannot both be true. */
  conflicts: [CitedClaim, CitedClaim][];
}

/** A checked, dated chronology event. */
export interface ChronologyEvent {
  id: string;
  headline: string;
  involves: string[];
  citations: ResolvedCitation[];
  /** The event's date: the most precise one its citations give. */
  date: ResolvedDate;
  /**
   * True when the reports put the event on days that do not overlap. Allowed only with a
   * declared dispute: otherwise they are separate happenings and must be separate events.
   */
  datesDiffer: boolean;
  /** Every topic any citation makes a claim on, disputed or not, in order of first claim. */
  claimTopics: string[];
  /** Every claim of the event with its citation, in data order. */
  claims: CitedClaim[];
  /** The topics on which two parties' values cannot both be true (computed). */
  disputes: Dispute[];
  /** How the date is inferred (editorial), when the data says. */
  dateNote?: string;
  /** The editor's reason, when the editor declared the event disputed. */
  declaredDispute?: string;
  /** True when a computed or declared dispute exists: the one flag pages show. */
  disputed: boolean;
  /** Ids of the reports that carry it, in the order of the reports list. */
  reports: string[];
  era: string;
}

/** A checked era with its events. */
export interface Era {
  id: string;
  title: string;
  from: string;
  events: ChronologyEvent[];
}

/** The checked corpus. */
export interface Corpus {
  /** Reports, oldest publication first. */
  reports: Report[];
  reportsById: Map<string, Report>;
  /** Gazetteer entries, people then places then organisations, each by name. */
  gazetteer: GazetteerEntry[];
  gazetteerById: Map<string, GazetteerEntry>;
  /** Events in chronological order. */
  events: ChronologyEvent[];
  /** Parties, in file order. */
  parties: Party[];
  partiesById: Map<string, Party>;
  /** Claim topics, in file order. */
  topics: Topic[];
  topicsById: Map<string, Topic>;
  eras: Era[];
  /** The one mention finder of the site. */
  findMentions: MentionFinder;
}
