/**
 * The claims ledger as its page shows it: the ledger of src/lib/ledger.ts with each figure's
 * report title, claimant and our reading of the value worked out beforehand.
 */
import type { Corpus, Topic } from "@/lib/corpus/types";
import { paragraphWords } from "../labels";
import { buildLedger, type Ledger, type LedgerEntry } from "../ledger";
import { claimWords } from "./claimWords";

/** A figure of the ledger with the words beside it. */
export interface FigureView extends LedgerEntry {
  /** Our reading of the value; empty for text claims. */
  value: string;
  claimedBy: string;
  reportTitle: string;
  /** The cited paragraph in words: "paragraph 3", or "headline". */
  paragraph: string;
}

/** The ledger with every figure ready to show. */
export interface ClaimsLedger {
  columns: Ledger["columns"];
  sections: {
    id: Ledger["sections"][number]["id"];
    title: string;
    rows: { topic: Topic; cells: FigureView[][] }[];
  }[];
}

/** The claims ledger of the corpus, its figures in date order. */
export function claimsLedger(corpus: Corpus): ClaimsLedger {
  const ledger = buildLedger(corpus.events, corpus.topics, corpus.parties);
  const words = claimWords(corpus);
  const figure = (entry: LedgerEntry): FigureView => ({
    ...entry,
    value: words.value(entry.claim),
    claimedBy: words.claimedBy(entry.claim.citation.claimantLabel, entry.claim.party),
    reportTitle: words.reportTitle(entry.claim.citation.report),
    paragraph: paragraphWords(entry.claim.citation.anchor),
  });
  return {
    columns: ledger.columns,
    sections: ledger.sections.map((section) => ({
      ...section,
      rows: section.rows.map((row) => ({ ...row, cells: row.cells.map((cell) => cell.map(figure)) })),
    })),
  };
}
