/**
 * The corpus: every collection joined into one checked, cross-referenced structure that pages,
 * search and feeds read. It is where the rules live that one entry's schema cannot see: ids
 * unique across the gazetteer, an alias claimed by two entries, a quote that is not in its
 * report, an unknown id, an unreadable date. Every problem is reported at once, each naming
 * the file, the field and the fix. Claims are typed by their topic and their disputes computed
 * from values (src/lib/claims.ts).
 */
import type { CitationData, EraData, EventData, PartyData, TopicData } from "@/schemas/chronology";
import type { OrganisationData, PersonData, PlaceData } from "@/schemas/gazetteer";
import type { ReportData } from "@/schemas/report";
import type { SourceData } from "@/schemas/sources";
import { findDisputes as findValueDisputes, readClaimValue, type ClaimValue } from "./claims";
import type { IsoDate } from "./dates";
import { compareResolvedDates, resolveWhen, type ResolvedDate } from "./when";
import {
  createMentionFinder,
  namedEntryOf,
  findNameCollisions,
  mentionedIds,
  type Mention,
  type MentionFinder,
} from "./mentions";
import { readPassages, type Passage } from "./reportStructure";
import { containsQuote } from "./text";

/** An entry as a collection gives it: id, the file it came from, its data (and a body for reports). */
export interface EntryInput<T> {
  id: string;
  /** The file, relative to the project root, for error messages. */
  filePath?: string | undefined;
  /** The Markdown body (reports only). */
  body?: string | undefined;
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
export interface Verification {
  status: "not verified" | "verified";
  quote: string;
  /** The paragraph that holds the words. */
  anchor: string;
}

/** The three kinds of gazetteer entry. */
export type GazetteerType = "person" | "place" | "organisation";

/** A source resolved to the paragraph that holds its quote. */
export interface ResolvedSource extends SourceData {
  /** The passage anchor, `p-N`. */
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
export interface ResolvedRelation {
  subject: string;
  predicate: string;
  object: string;
  source: ResolvedSource;
}

/** A checked gazetteer entry of any kind. */
export interface GazetteerEntry {
  id: string;
  type: GazetteerType;
  filePath: string;
  name: string;
  aliases: string[];
  transliterations: string[];
  shortNames: string[];
  description: { text: string; sources: ResolvedSource[] };
  /** Relations in which this entry is the subject or the object. */
  relations: ResolvedRelation[];
  /** Present for places. */
  place?: Pick<PlaceData, "kind" | "coordinates">;
}

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
export interface Dispute {
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

/** One thing wrong with the content. */
export interface ContentProblem {
  /** The file, relative to the project root. */
  file: string;
  /** The entry id and field path, e.g. `mohammadi-claim → citations[0].quote`. */
  field: string;
  /** What is wrong and how to fix it. */
  message: string;
}

/** Thrown when the content breaks a rule; lists every problem found. */
export class ContentError extends Error {
  constructor(readonly problems: ContentProblem[]) {
    super(
      `The content has ${problems.length} problem${problems.length === 1 ? "" : "s"}:\n` +
        problems.map((p) => `  - ${p.file} → ${p.field}: ${p.message}`).join("\n"),
    );
    this.name = "ContentError";
  }
}

const ID_LIKE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** The anchor of a report's headline, for sources that quote it. */
export const TITLE_ANCHOR = "title";
/** The claimant value for a report's own voice. */
export const OUTLET_CLAIMANT = "outlet";

/** Joins and checks every collection; throws a ContentError listing every problem. */
export function buildCorpus(input: CorpusInput): Corpus {
  const problems: ContentProblem[] = [];
  const problem = (file: string, field: string, message: string) => problems.push({ file, field, message });

  // Reports and their passages.
  const reportInputs = [...input.reports].sort(
    (a, b) => a.data.published.date.localeCompare(b.data.published.date) || a.id.localeCompare(b.id),
  );
  const passagesByReport = new Map<string, Passage[]>();
  for (const report of reportInputs) {
    const file = report.filePath ?? `content/reports/${report.id}.md`;
    try {
      passagesByReport.set(report.id, readPassages(report.body ?? "", file));
    } catch (error) {
      problem(file, "body", (error as Error).message);
      passagesByReport.set(report.id, []);
    }
  }
  const seedFiles = new Map<string, string>();
  for (const report of reportInputs) {
    const other = seedFiles.get(report.data.provenance.seedFile);
    if (other) {
      problem(
        fileOf(report, "reports"),
        "provenance.seedFile",
        `"${report.data.provenance.seedFile}" is already copied by report "${other}": each source document has one copy.`,
      );
    }
    seedFiles.set(report.data.provenance.seedFile, report.id);
  }

  const titles = new Map(reportInputs.map((r) => [r.id, r.data.title]));
  const resolveSource = (source: SourceData, file: string, field: string): ResolvedSource | undefined => {
    const passages = passagesByReport.get(source.report);
    // A headline is the outlet's claim too (report 001's flag-raising is only in its headline).
    const title = titles.get(source.report);
    if (passages && title !== undefined && containsQuote(title, source.quote)) {
      return { ...source, anchor: TITLE_ANCHOR };
    }
    if (!passages) {
      problem(
        file,
        `${field}.report`,
        `No report "${source.report}". Use a file name from content/reports without ".md": ${[...passagesByReport.keys()].join(", ")}.`,
      );
      return undefined;
    }
    const passage = passages.find((p) => containsQuote(p.text, source.quote));
    if (!passage) {
      const spans = containsQuote(passages.map((p) => p.text).join(" "), source.quote);
      problem(
        file,
        `${field}.quote`,
        spans
          ? `"${source.quote}" runs across two paragraphs of "${source.report}": quote from one paragraph only.`
          : `"${source.quote}" is not in report "${source.report}". Copy the words exactly from the report (white space and quote marks may differ).`,
      );
      return undefined;
    }
    return { ...source, anchor: passage.anchor };
  };

  // Gazetteer.
  const typed: [GazetteerType, EntryInput<PersonData | PlaceData | OrganisationData>[], string][] = [
    ["person", input.people, "content/gazetteer/people.yaml"],
    ["place", input.places, "content/gazetteer/places.yaml"],
    ["organisation", input.organisations, "content/gazetteer/organisations.yaml"],
  ];
  const gazetteerById = new Map<string, GazetteerEntry>();
  const rawRelations: {
    subject: GazetteerEntry;
    relation: PersonData["relations"][number];
    index: number;
  }[] = [];
  for (const [type, entries, defaultFile] of typed) {
    for (const entry of entries) {
      const file = entry.filePath ?? defaultFile;
      const existing = gazetteerById.get(entry.id);
      if (existing) {
        problem(
          file,
          entry.id,
          `The id "${entry.id}" is also used in ${existing.filePath}: gazetteer ids must be unique across people, places and organisations. Rename one.`,
        );
        continue;
      }
      const sources = entry.data.description.sources
        .map((s, i) => resolveSource(s, file, `${entry.id} → description.sources[${i}]`))
        .filter((s): s is ResolvedSource => s !== undefined);
      const built: GazetteerEntry = {
        id: entry.id,
        type,
        filePath: file,
        name: entry.data.name,
        aliases: entry.data.aliases,
        transliterations: entry.data.transliterations,
        shortNames: entry.data.shortNames,
        description: { text: entry.data.description.text, sources },
        relations: [],
        ...("coordinates" in entry.data
          ? { place: { kind: entry.data.kind, coordinates: entry.data.coordinates } }
          : {}),
      };
      gazetteerById.set(entry.id, built);
      entry.data.relations.forEach((relation, index) =>
        rawRelations.push({ subject: built, relation, index }),
      );
    }
  }
  for (const { subject, relation, index } of rawRelations) {
    const field = `${subject.id} → relations[${index}]`;
    const object = gazetteerById.get(relation.object);
    if (!object) {
      problem(subject.filePath, `${field}.object`, unknownIdMessage(relation.object, gazetteerById));
      continue;
    }
    const source = resolveSource(relation.source, subject.filePath, `${field}.source`);
    if (!source) continue;
    const resolved = { subject: subject.id, predicate: relation.predicate, object: object.id, source };
    subject.relations.push(resolved);
    object.relations.push(resolved);
  }
  const namedEntries = [...gazetteerById.values()].map(namedEntryOf);
  for (const collision of findNameCollisions(namedEntries)) {
    const files = collision.ids.map((id) => `${id} (${gazetteerById.get(id)?.filePath})`).join(", ");
    problem(
      gazetteerById.get(collision.ids[0]!)!.filePath,
      `${collision.ids[0]} → aliases`,
      `"${collision.name}" is claimed by ${files}. A name may identify one entry only: remove it from all but one, or, if it is a surname shared by several people, move it to shortNames in each.`,
    );
  }
  const findMentions = createMentionFinder(namedEntries);

  // Reports, checked and mentioned.
  const reports: Report[] = reportInputs.map((input, i) => {
    const file = fileOf(input, "reports");
    const passages: ReportPassage[] = (passagesByReport.get(input.id) ?? []).map((p) => {
      const mentions = findMentions(p.text);
      return { ...p, mentions, ids: mentionedIds(mentions) };
    });
    const own = (quote: string, field: string) =>
      resolveSource({ report: input.id, quote }, file, field)?.anchor ?? "";
    const summarySources = input.data.summary.sources
      .map((s, j) => resolveSource(s, file, `summary.sources[${j}]`))
      .filter((s): s is ResolvedSource => s !== undefined);
    return {
      id: input.id,
      filePath: file,
      data: input.data,
      passages,
      mentions: [...new Set(passages.flatMap((p) => p.ids))],
      summarySources,
      editorNotes: input.data.editorNotes.map((n, j) => ({
        ...n,
        anchor: own(n.quote, `editorNotes[${j}]`),
      })),
      credits: input.data.credits.map((c, j) => ({ ...c, anchor: own(c.quote, `credits[${j}]`) })),
      ...(i > 0 ? { previous: reportInputs[i - 1]!.id } : {}),
      ...(i < reportInputs.length - 1 ? { next: reportInputs[i + 1]!.id } : {}),
    };
  });
  const reportsById = new Map(reports.map((r) => [r.id, r]));

  // Eras.
  const eraInputs = [...input.eras].sort((a, b) => a.data.from.localeCompare(b.data.from));
  if (eraInputs.length === 0) {
    problem(
      "content/eras.yaml",
      "(file)",
      "Define at least one era, e.g. background: { title: Background, from: '1900-01-01' }.",
    );
  }

  // Parties and topics: the registries claims are checked against.
  const parties: Party[] = input.parties.map((p) => ({ id: p.id, ...p.data }));
  const partiesById = new Map(parties.map((p) => [p.id, p]));
  parties.forEach((party) => {
    if (party.entry !== undefined && !gazetteerById.has(party.entry)) {
      problem(
        input.parties.find((p) => p.id === party.id)?.filePath ?? "content/parties.yaml",
        `${party.id} → entry`,
        unknownIdMessage(party.entry, gazetteerById),
      );
    }
  });
  const topics: Topic[] = input.topics.map((t) => ({ id: t.id, ...t.data }));
  const topicsById = new Map(topics.map((t) => [t.id, t]));

  // Events.
  const events: ChronologyEvent[] = [];
  for (const event of input.events) {
    const file = event.filePath ?? "content/events.yaml";
    const before = problems.length;
    event.data.involves.forEach((id, i) => {
      if (!gazetteerById.has(id))
        problem(file, `${event.id} → involves[${i}]`, unknownIdMessage(id, gazetteerById));
    });
    const citations: ResolvedCitation[] = [];
    event.data.citations.forEach((citation, i) => {
      const field = `${event.id} → citations[${i}]`;
      const source = resolveSource(citation, file, field);
      const report = reportsById.get(citation.report);
      const claimant = resolveClaimant(citation, report, gazetteerById);
      if (claimant === undefined) {
        problem(
          file,
          `${field}.claimant`,
          `${unknownIdMessage(citation.claimant, gazetteerById)} Or write "${OUTLET_CLAIMANT}" for the report's own voice, or a plain description with spaces ("one resident").`,
        );
      }
      let date: ResolvedDate | undefined;
      if (citation.when !== undefined && report) {
        try {
          date = resolveWhen(citation.when, report.data.published.date);
        } catch (error) {
          problem(file, `${field}.when`, (error as Error).message);
        }
      }
      if (!partiesById.has(citation.party)) {
        problem(
          file,
          `${field}.party`,
          `No party "${citation.party}". Use an id from content/parties.yaml (${[...partiesById.keys()].join(", ")}), or add the party there with a name and description.`,
        );
      }
      const claims = citation.claims.flatMap((claim, j): ResolvedClaim[] => {
        const claimField = `${field}.claims[${j}]`;
        const topic = topicsById.get(claim.topic);
        if (!topic) {
          problem(
            file,
            `${claimField}.topic`,
            `No topic "${claim.topic}". Use an id from content/topics.yaml (${[...topicsById.keys()].join(", ")}), or declare it there with a label and a type (${["count", "places", "status", "text"].join(", ")}).`,
          );
          return [];
        }
        if (!containsQuote(citation.quote, claim.words)) {
          problem(
            file,
            `${claimField}.words`,
            `"${claim.words}" is not in this citation's quote. Copy the words that state the value from the quote, or quote more of the report.`,
          );
        }
        (claim.places ?? []).forEach((id, k) => {
          if (!gazetteerById.has(id))
            problem(file, `${claimField}.places[${k}]`, unknownIdMessage(id, gazetteerById));
        });
        const read = readClaimValue(claim, topic.type);
        read.problems.forEach((p) => problem(file, `${claimField}.${p.field}`, p.message));
        if (!read.value) return [];
        return [
          {
            topic: claim.topic,
            words: claim.words,
            value: read.value,
            party: citation.party,
            ...(claim.period !== undefined ? { period: claim.period } : {}),
          },
        ];
      });
      const verification = citation.verification
        ? resolveSource(
            { report: citation.report, quote: citation.verification.quote },
            file,
            `${field}.verification`,
          )
        : undefined;
      if (source && claimant && report) {
        citations.push({
          ...source,
          ...claimant,
          claimant: citation.claimant,
          party: citation.party,
          claims,
          reported: report.data.published.date,
          ...(date ? { date } : {}),
          ...(citation.verification && verification
            ? { verification: { ...citation.verification, anchor: verification.anchor } }
            : {}),
        });
      }
    });
    if (!event.data.citations.some((c) => c.when !== undefined)) {
      problem(
        file,
        `${event.id} → citations`,
        `No citation dates the event: add \`when\` to at least one citation, as the report words it (e.g. "Tuesday night"), as a date ("2021-08-15"), or "reported" when the report gives no date (it is then placed on the report's publication day).`,
      );
    }
    if (problems.length > before) continue;
    const dated = citations.filter(
      (c): c is ResolvedCitation & { date: ResolvedDate } => c.date !== undefined,
    );
    const date = mostPrecise(dated.map((c) => c.date));
    const datesDiffer = !allOverlap(dated.map((c) => c.date));
    if (datesDiffer && !event.data.dispute) {
      problem(
        file,
        `${event.id} → citations`,
        `The citations put the event on days that do not overlap (${dated.map((c) => `${c.report}: ${c.date.label}`).join("; ")}). One event is one happening at one time: split it into one event per date, or, if the reports disagree about when the same thing happened, add \`dispute: { reason }\` saying so.`,
      );
      continue;
    }
    const claims: CitedClaim[] = citations.flatMap((citation) =>
      citation.claims.map((claim) => ({ ...claim, citation })),
    );
    const disputes = findValueDisputes(claims);
    const era = [...eraInputs].reverse().find((e) => e.data.from <= date.start) ?? eraInputs[0];
    events.push({
      id: event.id,
      headline: event.data.headline,
      involves: event.data.involves,
      citations,
      date,
      datesDiffer,
      claimTopics: [...new Set(claims.map((c) => c.topic))],
      claims,
      disputes,
      ...(event.data.dispute ? { declaredDispute: event.data.dispute.reason } : {}),
      ...(event.data.dateNote ? { dateNote: event.data.dateNote } : {}),
      disputed: disputes.length > 0 || event.data.dispute !== undefined,
      reports: reports.map((r) => r.id).filter((id) => citations.some((c) => c.report === id)),
      era: era?.id ?? "",
    });
  }

  if (problems.length > 0) throw new ContentError(problems);

  const sortedEvents = sortEvents(events);
  const typeOrder: GazetteerType[] = ["person", "place", "organisation"];
  return {
    reports,
    reportsById,
    gazetteer: [...gazetteerById.values()].sort(
      (a, b) => typeOrder.indexOf(a.type) - typeOrder.indexOf(b.type) || a.name.localeCompare(b.name, "en"),
    ),
    gazetteerById,
    events: sortedEvents,
    parties,
    partiesById,
    topics,
    topicsById,
    eras: eraInputs.map((e) => ({
      id: e.id,
      title: e.data.title,
      from: e.data.from,
      events: sortedEvents.filter((event) => event.era === e.id),
    })),
    findMentions,
  };
}

function fileOf(entry: EntryInput<unknown>, collection: string): string {
  return entry.filePath ?? `content/${collection}/${entry.id}.md`;
}

function unknownIdMessage(id: string, known: Map<string, GazetteerEntry>): string {
  const near = [...known.keys()].filter((k) => k.includes(id) || id.includes(k)).slice(0, 3);
  return `No gazetteer entry "${id}".${near.length ? ` Did you mean ${near.map((n) => `"${n}"`).join(" or ")}?` : ""} Add it to content/gazetteer/ or use an existing id.`;
}

function resolveClaimant(
  citation: CitationData,
  report: Report | undefined,
  gazetteer: Map<string, GazetteerEntry>,
): Pick<ResolvedCitation, "claimantId" | "claimantLabel"> | undefined {
  if (citation.claimant === OUTLET_CLAIMANT) {
    const outlet = report?.data.outlet.name;
    return { claimantLabel: outlet ? `${outlet} (the report itself)` : "the report itself" };
  }
  if (!ID_LIKE.test(citation.claimant)) return { claimantLabel: citation.claimant };
  const entry = gazetteer.get(citation.claimant);
  return entry ? { claimantId: entry.id, claimantLabel: entry.name } : undefined;
}

const PRECISION_RANK = { decade: 0, years: 1, year: 2, day: 3 } as const;

// An undated statement placed on its report's day ranks below any real day: a report's own date
// says only "by then", so a citation that dates the happening wins.
function precisionRank(date: ResolvedDate): number {
  if (date.undated) return PRECISION_RANK.day * 2 - 1;
  return PRECISION_RANK[date.precision] * 2 + (date.part ? 1 : 0);
}

/** The most precise of several dates; among equals the first (data order decides). */
export function mostPrecise(dates: readonly ResolvedDate[]): ResolvedDate {
  if (dates.length === 0) throw new RangeError("mostPrecise needs at least one date");
  return dates.reduce((best, date) => {
    const rank = precisionRank(date);
    const bestRank = precisionRank(best);
    // Of several undated statements, the earliest report bounds the happening most tightly.
    if (rank === bestRank && date.undated && date.start < best.start) return date;
    return rank > bestRank ? date : best;
  });
}

/**
 * True when every pair of dates overlaps: the reports agree on when, at their precisions. An
 * undated statement covers everything up to its report's day.
 */
export function allOverlap(dates: readonly ResolvedDate[]): boolean {
  const start = (d: ResolvedDate) => (d.undated ? "0000-01-01" : d.start);
  return dates.every((a) => dates.every((b) => start(a) <= b.end && start(b) <= a.end));
}

/** Events in date order (see compareResolvedDates); ties keep their data order. */
export function sortEvents<T extends { date: ResolvedDate }>(events: readonly T[]): T[] {
  return [...events].sort((a, b) => compareResolvedDates(a.date, b.date));
}
