/**
 * What the index page of a kind of entry (people, places, organisations) shows: every entry of
 * the kind with the number of reports that name it, and for places the three maps.
 */
import type { Corpus, GazetteerEntry } from "@/lib/corpus/types";
import { reportsNaming } from "../entries";
import { entryKinds, type EntryKind } from "../entryKinds";
import { kindedPlaces, placeIndexMaps, type KindedPlace, type PlaceIndexMaps } from "./maps";

/** One entry in the list. */
interface IndexedEntry {
  entry: GazetteerEntry;
  /** How many reports name it. */
  namedIn: number;
}

/**
 * Up to this many entries of a kind, the index shows each one's description; beyond, a compact
 * list of names and counts (the descriptions are on the entries' pages), so that the index stays
 * a readable size as the gazetteer grows.
 */
export const DESCRIBED_ENTRIES = 100;

/** Everything an index page shows. */
export interface EntryIndexPage {
  kind: EntryKind;
  /** How many reports there are. */
  numberOfReports: number;
  entries: IndexedEntry[];
  /** Whether the list shows each entry's description (DESCRIBED_ENTRIES). */
  described: boolean;
  /** The maps of the places index; absent for the other kinds. */
  maps?: PlaceIndexMaps;
  /** When a map draws fewer places than its kind has (MAP_PLACES): what it says so. */
  mapNote?: string;
}

/** The index page of every kind of entry, in listing order. */
export function entryIndexPages(corpus: Corpus): EntryIndexPage[] {
  return entryKinds().map((kind) => {
    const entries = corpus.gazetteer.filter((e) => e.type === kind.type);
    return {
      kind,
      numberOfReports: corpus.reports.length,
      entries: entries.map((entry) => ({ entry, namedIn: reportsNaming(corpus, entry.id).length })),
      described: entries.length <= DESCRIBED_ENTRIES,
      ...(kind.type === "place" ? placeMaps(kindedPlaces(entries)) : {}),
    };
  });
}

function placeMaps(places: KindedPlace[]): Pick<EntryIndexPage, "maps" | "mapNote"> {
  const maps = placeIndexMaps(places);
  const drawn = maps.region.wide.points.length + maps.world.wide.points.length;
  return {
    maps,
    ...(drawn < places.length
      ? {
          mapNote: `The maps draw ${drawn} of the ${places.length} places, the first in this list; every place is listed below.`,
        }
      : {}),
  };
}
