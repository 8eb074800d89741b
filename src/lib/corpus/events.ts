/**
 * The events phase: each event of the chronology with its citations resolved (quote, claimant,
 * party, date), its claims typed by their topics, one date its citations agree on, its disputes
 * and its era. An event with a problem is left out before it is dated: dating needs sound citations.
 */
import { findDisputes, readClaimValue, TOPIC_TYPES } from "@/lib/claims";
import { allOverlap, mostPrecise } from "@/lib/chronology";
import { containsQuote } from "@/lib/text";
import { resolveWhen, type ResolvedDate } from "@/lib/when";
import type { CitationData, EventData } from "@/schemas/chronology";
import { ID_PATTERN } from "@/schemas/fields";
import { unknownIdMessage, type Problems } from "./problems";
import type { Registries } from "./registries";
import type { ResolveSource } from "./sources";
import type {
  ChronologyEvent,
  CitedClaim,
  EntryInput,
  GazetteerEntry,
  Report,
  ResolvedCitation,
  ResolvedClaim,
} from "./types";
import { oncePer } from "../memo";

/** The claimant value for a report's own voice. */
const OUTLET_CLAIMANT = "outlet";

/** What events are checked against, and where their problems go. */
export interface EventContext {
  gazetteerById: ReadonlyMap<string, GazetteerEntry>;
  /** The checked reports, in publication order. */
  reports: readonly Report[];
  reportsById: ReadonlyMap<string, Report>;
  registries: Registries;
  resolve: ResolveSource;
  problems: Problems;
}

/** Where a field of an event lives, for messages. */
interface Where {
  file: string;
  field: string;
}

/** The sound events, in data order. */
export function buildEvents(
  events: readonly EntryInput<EventData>[],
  context: EventContext,
): ChronologyEvent[] {
  return events.flatMap((event) => buildEvent(event, context) ?? []);
}

function buildEvent(event: EntryInput<EventData>, context: EventContext): ChronologyEvent | undefined {
  const { problems, gazetteerById } = context;
  const file = event.filePath ?? "content/events.yaml";
  const before = problems.count;
  event.data.involves.forEach((id, i) => {
    if (!gazetteerById.has(id))
      problems.add(file, `${event.id} → involves[${i}]`, unknownIdMessage(id, gazetteerById));
  });
  const citations = event.data.citations.flatMap(
    (citation, i) =>
      resolveCitation(citation, { file, field: `${event.id} → citations[${i}]` }, context) ?? [],
  );
  if (!event.data.citations.some((c) => c.when !== undefined)) {
    problems.add(
      file,
      `${event.id} → citations`,
      `No citation dates the event: add \`when\` to at least one citation, as the report words it (e.g. "Tuesday night"), as a date ("2021-08-15"), or "reported" when the report gives no date (it is then placed on the report's publication day).`,
    );
  }
  if (problems.count > before) return undefined;
  return datedEvent(event, citations, file, context);
}

function resolveCitation(
  citation: CitationData,
  at: Where,
  context: EventContext,
): ResolvedCitation | undefined {
  const { file, field } = at;
  const { problems, gazetteerById, registries } = context;
  const source = context.resolve(citation, file, field);
  const report = context.reportsById.get(citation.report);
  const claimant = resolveClaimant(citation, report, gazetteerById);
  if (claimant === undefined) {
    problems.add(
      file,
      `${field}.claimant`,
      `${unknownIdMessage(citation.claimant, gazetteerById)} Or write "${OUTLET_CLAIMANT}" for the report's own voice, or a plain description with spaces ("one resident").`,
    );
  }
  const date = citationDate(citation, report, at, problems);
  if (!registries.partiesById.has(citation.party)) {
    problems.add(
      file,
      `${field}.party`,
      `No party "${citation.party}". Use an id from content/parties.yaml (${[...registries.partiesById.keys()].join(", ")}), or add the party there with a name and description.`,
    );
  }
  const claims = citation.claims.flatMap((claim, j) =>
    resolveClaim(claim, citation, { file, field: `${field}.claims[${j}]` }, context),
  );
  const verification = citation.verification
    ? context.resolve(
        { report: citation.report, quote: citation.verification.quote },
        file,
        `${field}.verification`,
      )
    : undefined;
  if (!source || !claimant || !report) return undefined;
  return {
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
  };
}

const positionsOf = oncePer(
  (context: EventContext): ReadonlyMap<string, number> => new Map(context.reports.map((r, i) => [r.id, i])),
);

/** The reports the citations cite, once each, in publication order (without scanning every report). */
function inPublicationOrder(citations: readonly ResolvedCitation[], context: EventContext): string[] {
  const position = positionsOf(context);
  return [...new Set(citations.map((c) => c.report))]
    .filter((id) => position.has(id))
    .sort((a, b) => position.get(a)! - position.get(b)!);
}

function resolveClaimant(
  citation: CitationData,
  report: Report | undefined,
  gazetteer: ReadonlyMap<string, GazetteerEntry>,
): Pick<ResolvedCitation, "claimantId" | "claimantLabel"> | undefined {
  if (citation.claimant === OUTLET_CLAIMANT) {
    const outlet = report?.data.outlet.name;
    return { claimantLabel: outlet ? `${outlet} (the report itself)` : "the report itself" };
  }
  if (!ID_PATTERN.test(citation.claimant)) return { claimantLabel: citation.claimant };
  const entry = gazetteer.get(citation.claimant);
  return entry ? { claimantId: entry.id, claimantLabel: entry.name } : undefined;
}

function citationDate(
  citation: CitationData,
  report: Report | undefined,
  at: Where,
  problems: Problems,
): ResolvedDate | undefined {
  if (citation.when === undefined || !report) return undefined;
  try {
    return resolveWhen(citation.when, report.data.published.date);
  } catch (error) {
    problems.add(at.file, `${at.field}.when`, (error as Error).message);
    return undefined;
  }
}

function resolveClaim(
  claim: CitationData["claims"][number],
  citation: CitationData,
  at: Where,
  context: EventContext,
): ResolvedClaim[] {
  const { file, field } = at;
  const { problems, gazetteerById } = context;
  const topic = context.registries.topicsById.get(claim.topic);
  if (!topic) {
    problems.add(
      file,
      `${field}.topic`,
      `No topic "${claim.topic}". Use an id from content/topics.yaml (${[...context.registries.topicsById.keys()].join(", ")}), or declare it there with a label and a type (${TOPIC_TYPES.join(", ")}).`,
    );
    return [];
  }
  if (!containsQuote(citation.quote, claim.words)) {
    problems.add(
      file,
      `${field}.words`,
      `"${claim.words}" is not in this citation's quote. Copy the words that state the value from the quote, or quote more of the report.`,
    );
  }
  (claim.places ?? []).forEach((id, k) => {
    if (!gazetteerById.has(id))
      problems.add(file, `${field}.places[${k}]`, unknownIdMessage(id, gazetteerById));
  });
  const read = readClaimValue(claim, topic.type);
  read.problems.forEach((p) => problems.add(file, `${field}.${p.field}`, p.message));
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
}

/**
 * The event dated by its citations, with its claims, disputes and era; undefined (and a
 * problem) when its citations put it on days that do not overlap and no dispute is declared.
 */
function datedEvent(
  event: EntryInput<EventData>,
  citations: ResolvedCitation[],
  file: string,
  context: EventContext,
): ChronologyEvent | undefined {
  const dated = citations.filter((c): c is ResolvedCitation & { date: ResolvedDate } => c.date !== undefined);
  const date = mostPrecise(dated.map((c) => c.date));
  const datesDiffer = !allOverlap(dated.map((c) => c.date));
  if (datesDiffer && !event.data.dispute) {
    context.problems.add(
      file,
      `${event.id} → citations`,
      `The citations put the event on days that do not overlap (${dated.map((c) => `${c.report}: ${c.date.label}`).join("; ")}). One event is one happening at one time: split it into one event per date, or, if the reports disagree about when the same thing happened, add \`dispute: { reason }\` saying so.`,
    );
    return undefined;
  }
  const claims: CitedClaim[] = citations.flatMap((citation) =>
    citation.claims.map((claim) => ({ ...claim, citation })),
  );
  const disputes = findDisputes(claims);
  const eras = context.registries.eras;
  const era = [...eras].reverse().find((e) => e.data.from <= date.start) ?? eras[0];
  return {
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
    reports: inPublicationOrder(citations, context),
    era: era?.id ?? "",
  };
}
