/**
 * The words the chronology and the claims ledger put beside a claim: the report's title, who
 * makes the claim for which party, and our reading of its value. Both read them from here.
 */
import { attribution, formatClaimValue } from "../claims";
import type { CitedClaim, Corpus } from "@/lib/corpus/types";

/** Words for claims, looked up in one corpus. */
export interface ClaimWords {
  /** The title of the report with this id. */
  reportTitle: (id: string) => string;
  /** Who makes a claim (as a reader sees the claimant), with the party where it adds something. */
  claimedBy: (claimantLabel: string, party: string) => string;
  /** Our reading of a claim's value ("7–8", "yes"); empty for text claims. */
  value: (claim: Pick<CitedClaim, "value">) => string;
}

/** The claim words of `corpus`. */
export function claimWords(corpus: Corpus): ClaimWords {
  const placeName = (id: string) => corpus.gazetteerById.get(id)?.name ?? id;
  return {
    reportTitle: (id) => corpus.reportsById.get(id)!.data.title,
    claimedBy: (claimantLabel, party) => attribution(claimantLabel, corpus.partiesById.get(party)!),
    value: (claim) => formatClaimValue(claim.value, placeName),
  };
}
