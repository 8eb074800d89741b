/**
 * The claims ledger: every typed claim of the chronology, grouped like a war article's
 * "casualties and losses" box. One table per ledger section (casualties, territory, other);
 * a row per topic; a column per side of the fighting (parties marked `belligerent`), so both
 * sides' figures stand side by side, and one column for everyone else (outlets, agencies,
 * analysts, unnamed sources, residents, former officials), each figure naming its party.
 */
import type { LEDGER_SECTIONS } from "@/schemas/chronology";
import type { ChronologyEvent, CitedClaim, Party, Topic } from "./corpus/types";

/** A ledger section id. */
type LedgerSectionId = (typeof LEDGER_SECTIONS)[number];

/** Headings of the sections, in the order the page shows them. */
const LEDGER_SECTION_TITLES: Record<LedgerSectionId, string> = {
  casualties: "Casualties and losses",
  territory: "Territory, fronts and attacks",
  other: "Other claims on the fighting and the talks",
};

/** The id of the column that gathers every party that is not a side of the fighting. */
export const OTHERS_COLUMN = "others";

/** A column of the ledger: one side of the fighting, or everyone else. */
interface LedgerColumn {
  id: string;
  label: string;
}

/** One figure: the claim, the event it belongs to, and whether it is part of a dispute. */
export interface LedgerEntry {
  claim: CitedClaim;
  event: ChronologyEvent;
  /** True when the event's computed disputes include this claim's topic. */
  disputed: boolean;
}

/** A topic's row: one list of entries per column, in column order. */
interface LedgerRow {
  topic: Topic;
  cells: LedgerEntry[][];
}

/** A section of the ledger with the topics that have claims. */
interface LedgerSection {
  id: LedgerSectionId;
  title: string;
  rows: LedgerRow[];
}

/** The whole ledger. */
export interface Ledger {
  columns: LedgerColumn[];
  sections: LedgerSection[];
}

/**
 * Builds the ledger from the events (in the order given: pass them in date order), the topics
 * and the parties (both in file order). Topics without claims and empty sections are left out.
 */
export function buildLedger(
  events: readonly ChronologyEvent[],
  topics: readonly Topic[],
  parties: readonly Party[],
): Ledger {
  const sides = parties.filter((p) => p.belligerent);
  const columns: LedgerColumn[] = [
    ...sides.map((p) => ({ id: p.id, label: p.name })),
    { id: OTHERS_COLUMN, label: "Others (each figure names its source)" },
  ];
  const columnOf = (party: string) => (sides.some((p) => p.id === party) ? party : OTHERS_COLUMN);
  const entries: LedgerEntry[] = events.flatMap((event) =>
    event.claims.map((claim) => ({
      claim,
      event,
      disputed: event.disputes.some((d) => d.topic === claim.topic),
    })),
  );
  const sectionIds = Object.keys(LEDGER_SECTION_TITLES) as LedgerSectionId[];
  const sections = sectionIds.map((id) => ({
    id,
    title: LEDGER_SECTION_TITLES[id],
    rows: topics
      .filter((topic) => topic.ledger === id)
      .map((topic) => {
        const onTopic = entries.filter((e) => e.claim.topic === topic.id);
        return {
          topic,
          cells: columns.map((column) => onTopic.filter((e) => columnOf(e.claim.party) === column.id)),
        };
      })
      .filter((row) => row.cells.some((cell) => cell.length > 0)),
  }));
  return { columns, sections: sections.filter((s) => s.rows.length > 0) };
}
