/**
 * What an editor must decide after an import, printed at the end of `npm run import`: each
 * to-do, the date candidates with their bases, the names to confirm or add to the gazetteer,
 * and the chronology events the new report may cite.
 */
import { resolveWhen, type ResolvedDate } from "@/lib/when";
import { subDays } from "date-fns";
import { toDay, toIsoDate, type IsoDate } from "@/lib/dates";
import type { CaptionDecision, DroppedLine } from "./body";
import type { DateCandidate } from "./dates";
import { possibleAliasOf, type CreditCandidate, type KnownName, type UnknownName } from "./scaffold";

/** A chronology event as the checklist needs it. */
export interface EventSummary {
  id: string;
  headline: string;
  involves: readonly string[];
  citations: readonly { report: string; when?: string | undefined }[];
}

/** An event the new report may cite, and what it shares with it. */
export interface EventSuggestion {
  id: string;
  headline: string;
  sharedIds: string[];
  date?: ResolvedDate;
}

/**
 * Events that share people, places or organisations with the report and, when the report has
 * date candidates, fall within the week before the latest of them (or carry no day at all):
 * the most shared names first.
 */
export function suggestEvents(
  events: readonly EventSummary[],
  published: ReadonlyMap<string, IsoDate>,
  ids: readonly string[],
  candidates: readonly IsoDate[],
): EventSuggestion[] {
  const wanted = new Set(ids);
  const sorted = [...candidates].sort();
  const last = sorted.at(-1);
  const first = sorted[0];
  const suggestions: EventSuggestion[] = [];
  for (const event of events) {
    const sharedIds = event.involves.filter((id) => wanted.has(id));
    if (sharedIds.length === 0) continue;
    const date = eventDate(event, published);
    if (date && date.precision === "day" && first && last) {
      const weekBefore = toIsoDate(subDays(toDay(first), 7));
      if (date.start > last || date.end < weekBefore) continue;
    }
    suggestions.push({ id: event.id, headline: event.headline, sharedIds, ...(date ? { date } : {}) });
  }
  return suggestions.sort((a, b) => b.sharedIds.length - a.sharedIds.length || a.id.localeCompare(b.id));
}

// The first citation date that resolves; weekday phrases against their report's publication day.
function eventDate(event: EventSummary, published: ReadonlyMap<string, IsoDate>): ResolvedDate | undefined {
  for (const citation of event.citations) {
    const day = published.get(citation.report);
    if (!citation.when || !day) continue;
    try {
      return resolveWhen(citation.when, day);
    } catch {
      continue; // the build reports a bad `when`; here it only cannot help.
    }
  }
  return undefined;
}

/** Everything the checklist reports. */
export interface ChecklistInput {
  file: string;
  title?: string;
  explicitDates: readonly DateCandidate[];
  weekdayDates: readonly DateCandidate[];
  credits: readonly CreditCandidate[];
  outletEvidence: readonly string[];
  known: readonly KnownName[];
  names: ReadonlyMap<string, string>;
  unknown: readonly UnknownName[];
  captions: readonly CaptionDecision[];
  dropped: readonly DroppedLine[];
  events: readonly EventSuggestion[];
}

/** One heading of the checklist: its title, its lines, and what to print when it has none. */
type Section = [title: string, lines: readonly string[], empty: string];

/** The checklist as printed lines. */
export function checklist(input: ChecklistInput): string[] {
  const out: string[] = [
    `Checklist for ${input.file} (every TODO(editor) value fails the build until decided):`,
  ];
  for (const [title, lines, empty] of [...documentSections(input), ...nameSections(input)]) {
    out.push("", `■ ${title}`, ...(lines.length > 0 ? lines.map((l) => `  - ${l}`) : [`  (${empty})`]));
  }
  out.push("", "■ Then: write summary and editorNotes (the source's own mistakes), and run npm test.");
  return out;
}

/** What to decide about the document itself: headline, date, outlet, credits, captions, chrome. */
function documentSections(input: ChecklistInput): Section[] {
  return [
    [
      "Title",
      [
        input.title
          ? `confirm the headline, copied verbatim: “${input.title}”`
          : "no headline found: write a neutral title (titleEditorial: true)",
      ],
      "",
    ],
    [
      "Publication date: choose published.date, basis and explanation",
      [
        ...input.explicitDates.map((c) => `${c.date}: ${c.bases.join("; ")}`),
        ...input.weekdayDates.map((c) => `${c.date}: ${c.bases.join("; ")}`),
      ],
      "no date or weekday phrase found: the date must come from elsewhere in the document",
    ],
    [
      "Outlet: fill outlet.evidence (and outlet.name only if the document shows it)",
      input.outletEvidence.map((e) => `evidence found: ${e}`),
      "nothing in the document names a publisher: say so in outlet.evidence",
    ],
    [
      "Credits: confirm each (name, role, quote); add broadcasters, agencies and publications the text quotes",
      input.credits.map((c) => `${c.name} (${c.role}): “${c.quote}”`),
      "no photo credit, source line or agency dateline found",
    ],
    [
      "Captions: confirm each is a caption",
      input.captions.map((c) => `“${shorten(c.text)}” — ${c.reason}`),
      "none",
    ],
    [
      "Dropped as page chrome: confirm none is article text",
      input.dropped.map((d) => `“${d.line}” (${d.kind})`),
      "nothing dropped",
    ],
  ];
}

/** What to decide about the names and events the report shares with the rest of the site. */
function nameSections(input: ChecklistInput): Section[] {
  return [
    [
      "Known people, places and organisations, under each spelling the report uses (check each is that entry)",
      input.known.map((k) => {
        const spellings = [...k.spellings].map(([s, n]) => `${s} ×${n}`).join(", ");
        const who = k.ids.map((id) => `${id} (${input.names.get(id) ?? id})`).join(" or ");
        return `${who}${k.ambiguous ? " [shared short name]" : ""}: ${spellings}`;
      }),
      "none",
    ],
    [
      "Gazetteer candidates: capitalised names the gazetteer does not know (add real names, with every spelling)",
      input.unknown.map((u) => {
        const near = possibleAliasOf(u.name, input.names);
        return `${u.name} ×${u.count}${near.length > 0 ? ` — another spelling of ${near.join(" or ")}? Then add it to its aliases` : ""}`;
      }),
      "none",
    ],
    [
      "Events the report may cite (add citations in content/events.yaml)",
      input.events.map(
        (e) =>
          `${e.id}${e.date ? ` [${e.date.label}]` : ""}: ${e.headline} — shares ${e.sharedIds.join(", ")}`,
      ),
      "none share its people and places",
    ],
  ];
}

const shorten = (text: string) => (text.length > 90 ? `${text.slice(0, 87)}…` : text);
