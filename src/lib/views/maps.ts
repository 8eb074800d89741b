/**
 * The site's maps by name: which outlines, which frame and what size each map is drawn at. Pages
 * ask for a preset with the places to plot; src/lib/map.ts does the drawing.
 */
import countries50m from "world-atlas/countries-50m.json";
import countries110m from "world-atlas/countries-110m.json";
import type { PlaceData } from "@/schemas/gazetteer";
import { AFGHANISTAN, drawMap, type DrawnMap, type MapPlace, type MapRequest } from "../map";

type Topology = MapRequest["topology"];
// The package ships its TopoJSON untyped; these are the countries topologies drawMap reads.
const asCountries = (json: unknown): Topology => json as Topology;
/** Natural Earth at 1:50m: detailed enough for Afghanistan's provinces and valleys. */
const DETAILED = asCountries(countries50m);
/** Natural Earth at 1:110m: enough for the whole world. */
const COARSE = asCountries(countries110m);

/** Frame sizes of every map, in SVG pixels. */
const SIZES = {
  /** A country on its own page: the world. */
  countryLocator: { width: 480, height: 260, padding: 12 },
  /** Any other place on its own page: Afghanistan. */
  localLocator: { width: 360, height: 300, padding: 12 },
  /** The places index: Afghanistan with the detail area framed. */
  overview: { width: 720, height: 480, padding: 12 },
  /** The places index: the places around Kabul and the Panjshir Valley. */
  regional: { width: 720, height: 520, padding: 40 },
  /** The places index: the countries the reports name. */
  world: { width: 720, height: 400, padding: 8 },
} as const;

/** A place to plot with the kind of place it is. */
export interface KindedPlace extends MapPlace {
  kind: PlaceData["kind"];
}

/** The map on a place's own page: a country on the world map, any other place in Afghanistan. */
export function locatorMap(place: KindedPlace): DrawnMap {
  const { id, name, lat, lon } = place;
  if (place.kind === "country")
    return drawMap({
      topology: COARSE,
      places: [{ id, name, lat, lon }],
      fit: "world",
      highlight: [],
      ...SIZES.countryLocator,
    });
  return drawMap({
    topology: DETAILED,
    places: [{ id, name, lat, lon }],
    fit: { countries: [AFGHANISTAN] },
    highlight: [AFGHANISTAN],
    ...SIZES.localLocator,
  });
}

/** The three maps of the places index. */
export interface PlaceIndexMaps {
  /** Afghanistan, with the area of the regional map framed. */
  overview: DrawnMap;
  /** Every place that is not a country, fitted to the frame. */
  regional: DrawnMap;
  /** Every country, on the world map. */
  world: DrawnMap;
}

/** The maps of the places index, for the places in listing order. */
export function placeIndexMaps(places: readonly KindedPlace[]): PlaceIndexMaps {
  const plot = ({ id, name, lat, lon }: KindedPlace): MapPlace => ({ id, name, lat, lon });
  const local = places.filter((p) => p.kind !== "country").map(plot);
  const countries = places.filter((p) => p.kind === "country").map(plot);
  return {
    overview: drawMap({
      topology: DETAILED,
      places: [],
      fit: { countries: [AFGHANISTAN] },
      highlight: [AFGHANISTAN],
      box: local,
      ...SIZES.overview,
    }),
    regional: drawMap({
      topology: DETAILED,
      places: local,
      fit: { places: local },
      highlight: [AFGHANISTAN],
      ...SIZES.regional,
    }),
    world: drawMap({
      topology: COARSE,
      places: countries,
      fit: "world",
      highlight: [AFGHANISTAN],
      ...SIZES.world,
    }),
  };
}
