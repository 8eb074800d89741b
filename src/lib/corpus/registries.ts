/**
 * The registries the chronology is checked against: its eras, the parties that make claims and
 * the topics claims are about.
 */
import type { EraData } from "@/schemas/chronology";
import { byId } from "./indexes";
import { unknownIdMessage, type Problems } from "./problems";
import type { CorpusInput, EntryInput, GazetteerEntry, Party, Topic } from "./types";

/** The chronology's registries. */
export interface Registries {
  /** Era inputs, in order of `from`. */
  eras: EntryInput<EraData>[];
  /** Parties, in file order. */
  parties: Party[];
  partiesById: Map<string, Party>;
  /** Claim topics, in file order. */
  topics: Topic[];
  topicsById: Map<string, Topic>;
}

/** Reads the eras, parties and topics; a party's gazetteer entry must exist. */
export function readRegistries(
  input: CorpusInput,
  gazetteerById: ReadonlyMap<string, GazetteerEntry>,
  problems: Problems,
): Registries {
  const eras = [...input.eras].sort((a, b) => a.data.from.localeCompare(b.data.from));
  if (eras.length === 0) {
    problems.add(
      "content/eras.yaml",
      "(file)",
      "Define at least one era, e.g. background: { title: Background, from: '1900-01-01' }.",
    );
  }
  const parties: Party[] = input.parties.map((p) => ({ id: p.id, ...p.data }));
  parties.forEach((party) => {
    if (party.entry !== undefined && !gazetteerById.has(party.entry)) {
      problems.add(
        input.parties.find((p) => p.id === party.id)?.filePath ?? "content/parties.yaml",
        `${party.id} → entry`,
        unknownIdMessage(party.entry, gazetteerById),
      );
    }
  });
  const topics: Topic[] = input.topics.map((t) => ({ id: t.id, ...t.data }));
  return { eras, parties, partiesById: byId(parties), topics, topicsById: byId(topics) };
}
