/**
 * What the index page of a kind of entry (people, places, organisations) shows: every entry of
 * the kind with the number of reports that name it, and for places the three maps.
 */
import type { Corpus, GazetteerEntry } from "@/lib/corpus/types";
import { reportsNaming } from "../entries";
import { entryKinds, type EntryKind } from "../entryKinds";
import { kindedPlaces, placeIndexMaps, type PlaceIndexMaps } from "./maps";

/** One entry in the list. */
interface IndexedEntry {
  entry: GazetteerEntry;
  /** How many reports name it. */
  namedIn: number;
}

/** Everything an index page shows. */
export interface EntryIndexPage {
  kind: EntryKind;
  /** How many reports there are. */
  numberOfReports: number;
  entries: IndexedEntry[];
  /** The maps of the places index; absent for the other kinds. */
  maps?: PlaceIndexMaps;
}

/** The index page of every kind of entry, in listing order. */
export function entryIndexPages(corpus: Corpus): EntryIndexPage[] {
  return entryKinds().map((kind) => {
    const entries = corpus.gazetteer.filter((e) => e.type === kind.type);
    return {
      kind,
      numberOfReports: corpus.reports.length,
      entries: entries.map((entry) => ({ entry, namedIn: reportsNaming(corpus, entry.id).length })),
      ...(kind.type === "place" ? { maps: placeIndexMaps(kindedPlaces(entries)) } : {}),
    };
  });
}
