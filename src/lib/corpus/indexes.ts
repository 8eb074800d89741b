/**
 * The indexes phase: the checked parts put in the orders pages list them in (events by date,
 * gazetteer entries by kind then name, each era with its events) and looked up by id.
 */
import { sortEvents } from "@/lib/chronology";
import { GAZETTEER_TYPES } from "@/lib/entryKinds";
import type { Gazetteer } from "./gazetteer";
import type { Registries } from "./registries";
import type { ChronologyEvent, Corpus, Report } from "./types";

/** Items by their id. */
export const byId = <T extends { id: string }>(items: readonly T[]): Map<string, T> =>
  new Map(items.map((item) => [item.id, item]));

/** The checked parts of a corpus, before they are ordered. */
export interface CorpusParts {
  reports: Report[];
  reportsById: Map<string, Report>;
  gazetteer: Gazetteer;
  registries: Registries;
  /** Events in data order. */
  events: ChronologyEvent[];
}

/** The corpus, ordered and indexed. */
export function indexCorpus({ reports, reportsById, gazetteer, registries, events }: CorpusParts): Corpus {
  const sortedEvents = sortEvents(events);
  return {
    reports,
    reportsById,
    gazetteer: [...gazetteer.byId.values()].sort(
      (a, b) =>
        GAZETTEER_TYPES.indexOf(a.type) - GAZETTEER_TYPES.indexOf(b.type) ||
        a.name.localeCompare(b.name, "en"),
    ),
    gazetteerById: gazetteer.byId,
    events: sortedEvents,
    parties: registries.parties,
    partiesById: registries.partiesById,
    topics: registries.topics,
    topicsById: registries.topicsById,
    eras: registries.eras.map((e) => ({
      id: e.id,
      title: e.data.title,
      from: e.data.from,
      events: sortedEvents.filter((event) => event.era === e.id),
    })),
    findMentions: gazetteer.findMentions,
  };
}
