/**
 * What the chronology shows of each event, worked out before the template renders it: the
 * entries it involves, why it is disputed, the dates the reports give, and its claims and
 * citations with their report titles and claimants.
 */
import type { ChronologyEvent, CitedClaim, Corpus, Era, GazetteerEntry } from "@/lib/corpus/types";
import { buildTimeline } from "../timeline";
import { paragraphWords } from "../labels";
import type { ResolvedDate } from "../when";
import { claimWords, type ClaimWords } from "./claimWords";

type Citation = ChronologyEvent["citations"][number];
type TimelineItem = ReturnType<typeof buildTimeline>[number]["items"][number];

/** A claim of the event, with the words beside it. */
interface ClaimRow {
  claim: CitedClaim;
  /** The topic's label. */
  topic: string;
  /** Our reading of the value; empty for text claims. */
  value: string;
  claimedBy: string;
  reportTitle: string;
}

/** A citation of the event, with the words beside it. */
interface CitationRow {
  citation: Citation;
  claimedBy: string;
  reportTitle: string;
  /** The cited paragraph in words: "paragraph 3", or "headline". */
  paragraph: string;
}

/** Everything the chronology shows of one event. */
export interface EventView {
  event: ChronologyEvent;
  involved: GazetteerEntry[];
  /** How many reports there are. */
  numberOfReports: number;
  /** One sentence per computed dispute, naming the claims that cannot both be true. */
  disputeNotes: string[];
  /** Each dated citation's report and date, for events the reports date differently. */
  reportDates: { reportTitle: string; date: ResolvedDate }[];
  claims: ClaimRow[];
  citations: CitationRow[];
}

/** One line of the chronology: an event, or a report's publication. */
type ChronologyItem = { kind: "event"; view: EventView } | Exclude<TimelineItem, { kind: "event" }>;

/** An era of the chronology with its lines in order. */
export interface ChronologyEra {
  era: Era;
  items: ChronologyItem[];
}

/** The chronology by era, each event with its view. */
export function chronologyTimeline(corpus: Corpus): ChronologyEra[] {
  const words = claimWords(corpus);
  return buildTimeline(corpus.eras, corpus.reports).map(({ era, items }) => ({
    era,
    items: items.map((item): ChronologyItem =>
      item.kind === "event" ? { kind: "event", view: eventView(item.event, corpus, words) } : item,
    ),
  }));
}

/** The view of one event. */
export function eventView(event: ChronologyEvent, corpus: Corpus, words = claimWords(corpus)): EventView {
  const { reportTitle, claimedBy } = words;
  return {
    event,
    involved: event.involves.map((id) => corpus.gazetteerById.get(id)!),
    numberOfReports: corpus.reports.length,
    disputeNotes: disputeNotes(event, corpus, words),
    reportDates: event.citations.flatMap((c) =>
      c.date ? [{ reportTitle: reportTitle(c.report), date: c.date }] : [],
    ),
    claims: event.claims.map((claim) => ({
      claim,
      topic: corpus.topicsById.get(claim.topic)!.label,
      value: words.value(claim),
      claimedBy: claimedBy(claim.citation.claimantLabel, claim.party),
      reportTitle: reportTitle(claim.citation.report),
    })),
    citations: event.citations.map((citation) => ({
      citation,
      claimedBy: claimedBy(citation.claimantLabel, citation.party),
      reportTitle: reportTitle(citation.report),
      paragraph: paragraphWords(citation.anchor),
    })),
  };
}

// Built as one string, so that the markup adds no stray spaces inside the sentence.
function disputeNotes(event: ChronologyEvent, corpus: Corpus, { claimedBy }: ClaimWords): string[] {
  const said = (claim: CitedClaim) =>
    `“${claim.words}” (${claimedBy(claim.citation.claimantLabel, claim.party)})`;
  return event.disputes.map(
    (dispute) =>
      `Disputed, ${corpus.topicsById.get(dispute.topic)!.label}: these claims cannot both be true — ` +
      dispute.conflicts.map(([a, b]) => `${said(a)} and ${said(b)}`).join("; ") +
      ".",
  );
}
