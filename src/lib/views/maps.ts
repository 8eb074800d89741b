/**
 * The site's maps by name: which outlines, which frame and what size each map is drawn at. A map
 * too wide for a phone is drawn twice, wide and narrow, so that its labels are read at their own
 * size on a desktop and on a phone (PlaceMap.astro shows the one that fits). src/lib/map.ts does
 * the drawing.
 */
import countries50m from "world-atlas/countries-50m.json";
import countries110m from "world-atlas/countries-110m.json";
import type { GazetteerEntry } from "@/lib/corpus/types";
import type { PlaceData } from "@/schemas/gazetteer";
import { AFGHANISTAN, drawMap, type CountriesTopology, type DrawnMap, type MapPlace } from "../map";

// The package ships its TopoJSON untyped; these are the countries topologies drawMap reads.
const asCountries = (json: unknown): CountriesTopology => json as CountriesTopology;
/** Natural Earth at 1:50m: detailed enough for the area around the Panjshir Valley. */
const DETAILED = asCountries(countries50m);
/** Natural Earth at 1:110m: enough for the whole world and for a small inset. */
const COARSE = asCountries(countries110m);

/** Frame sizes of every map, in SVG pixels: wide for desktops, narrow for phones. */
const SIZES = {
  /** The places around Kabul and the Panjshir Valley, with Afghanistan in an inset. */
  region: {
    wide: { width: 720, height: 560, padding: 32, inset: { width: 150, height: 112 } },
    narrow: { width: 350, height: 540, padding: 20, inset: { width: 104, height: 78 } },
  },
  /**
   * The countries the reports name, on the world map: one drawing at every width, phone-sized
   * (a few labels need no more room, and the world's outlines weigh over 100 KiB a drawing).
   */
  world: { width: 350, height: 200, padding: 4 },
} as const;

/**
 * The most places one map draws. Every marker has its label, and a frame has room for about 30;
 * past this a map shows the first places in listing order (the places index) or the nearest to
 * the place it locates (a place's page), so that a growing gazetteer never fails the build.
 */
export const MAP_PLACES = 20;

/** A map as drawn: the same places, in the same order, on each drawing. */
export interface MapPair {
  /** Shown from 720 px wide, or at every width when there is no narrow drawing. */
  wide: DrawnMap;
  /** Shown below 720 px wide. */
  narrow?: DrawnMap;
}

/** A place to plot with the kind of place it is. */
export interface KindedPlace extends MapPlace {
  kind: PlaceData["kind"];
}

/** The places among gazetteer entries, in gazetteer order, ready to plot. */
export function kindedPlaces(entries: readonly GazetteerEntry[]): KindedPlace[] {
  return entries.flatMap((entry) => {
    const { place } = entry;
    if (!place) return [];
    const { lat, lon } = place.coordinates;
    return [{ id: entry.id, name: entry.name, lat, lon, kind: place.kind }];
  });
}

/** The places around Kabul and the Panjshir Valley, fitted to the frame, with a scale and inset. */
function regionMap(places: readonly MapPlace[]): MapPair {
  const draw = (size: (typeof SIZES.region)["wide" | "narrow"]): DrawnMap =>
    drawMap({
      topology: DETAILED,
      places,
      fit: { places },
      // No country highlighted: the whole frame lies in Afghanistan, which the inset shows.
      width: size.width,
      height: size.height,
      padding: size.padding,
      scaleBar: true,
      inset: { topology: COARSE, countries: [AFGHANISTAN], ...size.inset },
    });
  return { wide: draw(SIZES.region.wide), narrow: draw(SIZES.region.narrow) };
}

/** Countries on the world map (no scale bar: a world map's scale changes with latitude). */
function worldMap(places: readonly MapPlace[]): MapPair {
  return {
    wide: drawMap({ topology: COARSE, places, fit: "world", highlight: [AFGHANISTAN], ...SIZES.world }),
  };
}

/** The places a map of `kind` shows: countries on the world map, every other place on the region's. */
const sameMap = (kind: string) => (p: KindedPlace) => (p.kind === "country") === (kind === "country");

/**
 * The map on a place's own page: the map of the places index that holds it, with the place
 * first (its marker stays on its true point) and emphasised.
 */
export function locatorMap(place: KindedPlace, places: readonly KindedPlace[]): MapPair {
  const candidates = places.filter((p) => p.id !== place.id && sameMap(place.kind)(p));
  const draw = place.kind === "country" ? worldMap : regionMap;
  return fewerUntilDrawn(MAP_PLACES - 1, (count) =>
    draw([{ ...place, emphasis: true }, ...nearest(place, candidates, count)]),
  );
}

/**
 * Draws with `count` places, or, when their labels find no room (places crowded in a small
 * area), with fewer: half as many each time, down to `least` (a place's own map: none but the
 * place; an index map: one). The five reports' maps draw every place at the first try.
 */
function fewerUntilDrawn(count: number, draw: (count: number) => MapPair, least = 0): MapPair {
  try {
    return draw(count);
  } catch (error) {
    if (count <= least || !(error instanceof Error) || !/^No room/.test(error.message)) throw error;
    return fewerUntilDrawn(Math.max(least, Math.floor(count / 2)), draw, least);
  }
}

/** At most `count` of `others`, the nearest to `place` (in degrees, enough to choose), in their own order. */
function nearest<T extends MapPlace>(place: MapPlace, others: readonly T[], count: number): T[] {
  if (others.length <= count) return [...others];
  const distance = (p: MapPlace) => Math.hypot(p.lat - place.lat, p.lon - place.lon);
  const kept = new Set([...others].sort((a, b) => distance(a) - distance(b)).slice(0, count));
  return others.filter((p) => kept.has(p));
}

/** The two maps of the places index. */
export interface PlaceIndexMaps {
  /** Every place that is not a country, with Afghanistan in an inset. */
  region: MapPair;
  /** Every country, on the world map. */
  world: MapPair;
}

/** The maps of the places index, for the places in listing order (the first MAP_PLACES of each map). */
export function placeIndexMaps(places: readonly KindedPlace[]): PlaceIndexMaps {
  return {
    region: fewerUntilDrawn(
      MAP_PLACES,
      (count) => regionMap(places.filter(sameMap("city")).slice(0, count)),
      1,
    ),
    world: fewerUntilDrawn(
      MAP_PLACES,
      (count) => worldMap(places.filter(sameMap("country")).slice(0, count)),
      1,
    ),
  };
}
