/**
 * Maps drawn at build time: country outlines from Natural Earth (the world-atlas package's
 * TopoJSON) projected with d3-geo into SVG path data, and the gazetteer's places as markers
 * shaped by kind, each with its name set beside it (src/lib/mapLayout.ts keeps markers and
 * labels apart), a scale bar and a locator inset. No tiles, no network, no client code.
 */
import { geoBounds, geoMercator, geoPath, type GeoProjection } from "d3-geo";
import type { Feature, FeatureCollection, Geometry, MultiPoint } from "geojson";
import type { GeometryCollection, Topology } from "topojson-specification";
import { feature } from "topojson-client";
import {
  baselineOffset,
  freeCorner,
  placeLabels,
  roundDistance,
  separateMarkers,
  textSize,
  type Box,
  type Circle,
  type Corner,
  type Obstacles,
  type PlacedLabel,
  type Point,
  type Segment,
  type TextStyle,
} from "./mapLayout";

/** A place to plot. */
export interface MapPlace {
  id: string;
  name: string;
  lat: number;
  lon: number;
  /** The kind of place (gazetteer kinds: city, valley…): sets its marker and its label's style. */
  kind: string;
  /** Drawn stronger: the place a page is about. */
  emphasis?: boolean;
}

/** A world-atlas countries topology (countries-50m or countries-110m). */
export type CountriesTopology = Topology<{ countries: GeometryCollection<{ name: string }> }>;

/** What to draw and how big. */
export interface MapRequest {
  topology: CountriesTopology;
  /** The places, in order of priority: an earlier place keeps its marker on its true point. */
  places: readonly MapPlace[];
  /**
   * Fit the view to these places, to the named countries (ISO 3166 numeric ids), or to the
   * world without Antarctica.
   */
  fit: { places: readonly MapPlace[] } | { countries: readonly string[] } | "world";
  /** Countries to emphasise (ISO 3166 numeric ids, e.g. "004" for Afghanistan). */
  highlight?: readonly string[];
  width: number;
  height: number;
  /** Empty margin inside the frame, in pixels. */
  padding?: number;
  /** Draw the rectangle around these places (an inset's "this is where the map is"). */
  box?: readonly MapPlace[];
  /** Draw a scale bar (true to scale at the map's centre; not for world maps). */
  scaleBar?: boolean;
  /** Draw a small map of these countries in a free corner, with the map's area framed. */
  inset?: { topology: CountriesTopology; countries: readonly string[]; width: number; height: number };
}

/**
 * Country outlines as one SVG path: the highlighted countries, or the others. One path, not one
 * per country, keeps a world map's markup small; each country is a closed ring of its own.
 */
interface MapOutline {
  /** The names of the countries drawn. */
  countries: string[];
  d: string;
  highlighted: boolean;
}

/** How a marker is painted: filled, outlined, or a bare line. */
type SymbolLook = "solid" | "hollow" | "line";

/** A marker's shape: SVG path data and how it is painted. */
export interface MapSymbol {
  d: string;
  look: SymbolLook;
}

/** How the map sets a name: its class in the SVG and its text style. */
type LabelClass = "major" | "minor" | "region" | "valley";

/** A place's name as set on the map. */
interface MapLabel extends PlacedLabel {
  /** The text drawn (region names in capitals). */
  text: string;
  className: LabelClass;
  style: TextStyle;
}

/** A plotted place. */
interface MapPoint extends MapPlace {
  /** The true point, in px. */
  x: number;
  y: number;
  /** Where the marker is drawn: the true point, or beside it when another marker is there. */
  marker: Point;
  /** True when the marker was moved off its true point (a leader line joins them). */
  moved: boolean;
  symbol: MapSymbol;
  label: MapLabel;
}

/** A scale bar: `length` px stand for `km` kilometres at the map's centre. */
interface ScaleBar {
  /** Left end of the bar, in px. */
  x: number;
  y: number;
  length: number;
  km: number;
  /** The latitude (degrees) along which the bar is true: the frame's centre. */
  lat: number;
  /** The bar and its text, in px. */
  box: Box;
  text: { x: number; y: number; value: string; style: TextStyle };
}

/** The drawn map. */
export interface DrawnMap {
  width: number;
  height: number;
  outlines: MapOutline[];
  points: MapPoint[];
  /** Every kind of place on the map once, sites first, with its marker at (8, 8) for a 16 px key. */
  key: { kind: string; symbol: MapSymbol }[];
  /** The rectangle around `box`, when asked for. */
  box?: Box;
  scaleBar?: ScaleBar;
  /** The locator inset: a map of its own, drawn at (x, y). */
  inset?: { x: number; y: number; map: DrawnMap };
}

/** Every marker fits in a circle of this radius (px); markers are kept this far apart and more. */
export const MARKER_RADIUS = 6;
/** Radius of the dot at a moved marker's true point, in px. */
const TRUE_POINT_RADIUS = 2;
/** Labels, the scale bar and the inset stay this far inside the frame, in px. */
const EDGE = 4;

const LABEL_STYLES: Record<LabelClass, TextStyle> = {
  major: { fontSize: 14, bold: true, italic: false, letterSpacing: 0 },
  minor: { fontSize: 13, bold: false, italic: false, letterSpacing: 0 },
  region: { fontSize: 12, bold: false, italic: false, letterSpacing: 1.5 },
  valley: { fontSize: 15, bold: false, italic: true, letterSpacing: 0.5 },
};
const SCALE_STYLE: TextStyle = { fontSize: 12, bold: false, italic: false, letterSpacing: 0 };

/** Projects the countries and places of `request` into a `width` × `height` frame. */
export function drawMap(request: MapRequest): DrawnMap {
  const { topology, width, height, padding = 16 } = request;
  const countries = countriesOf(topology);
  const projection = geoMercator().precision(0.5);
  projection.fitExtent(
    [
      [padding, padding],
      [width - padding, height - padding],
    ],
    fitTarget(request, countries),
  );
  projection.clipExtent([
    [0, 0],
    [width, height],
  ]);
  const outlines = outlinesOf(countries, projection, request);
  const box = frameAround(request.box ?? [], projection);
  return { width, height, outlines, ...plot(request, projection), ...(box ? { box } : {}) };
}

// Each place's page draws the same frame around the same places: project its outlines once.
const drawnOutlines = new WeakMap<CountriesTopology, Map<string, MapOutline[]>>();

/** The outlines of the countries in view, as SVG path data. */
function outlinesOf(countries: Countries, projection: GeoProjection, request: MapRequest): MapOutline[] {
  const { fit, highlight = [], width, height, padding } = request;
  // The fit's places in any order frame the same view.
  const key = JSON.stringify({
    fit: fit === "world" || "countries" in fit ? fit : fit.places.map((p) => `${p.lon},${p.lat}`).sort(),
    highlight,
    width,
    height,
    padding,
  });
  const cache = drawnOutlines.get(request.topology) ?? new Map<string, MapOutline[]>();
  drawnOutlines.set(request.topology, cache);
  const known = cache.get(key);
  if (known) return known;
  const path = geoPath(projection).digits(1);
  const drawn = inView(countries, projection, request)
    .map((country) => ({
      name: country.properties.name,
      d: path(country) ?? "",
      highlighted: highlight.includes(String(country.id)),
    }))
    .filter((country) => country.d.length > 0);
  const outlines = [false, true].flatMap((highlighted) => {
    const group = drawn.filter((country) => country.highlighted === highlighted);
    if (group.length === 0) return [];
    return [{ countries: group.map((c) => c.name), d: group.map((c) => c.d).join(""), highlighted }];
  });
  cache.set(key, outlines);
  return outlines;
}

type Country = Feature<Geometry, { name: string }>;
type Countries = FeatureCollection<Geometry, { name: string }>;
// Every page's map reads the same two topologies: convert each to GeoJSON once, and find each
// country's bounds once.
const converted = new WeakMap<CountriesTopology, Countries>();
const bounds = new WeakMap<Country, [[number, number], [number, number]]>();

function countriesOf(topology: CountriesTopology): Countries {
  const known = converted.get(topology);
  if (known) return known;
  const countries = feature(topology, topology.objects.countries) as Countries;
  for (const country of countries.features) bounds.set(country, geoBounds(country));
  converted.set(topology, countries);
  return countries;
}

/**
 * The countries whose bounds meet the frame's (all of them on a world map): projecting only
 * these keeps a regional map quick to draw.
 */
function inView(countries: Countries, projection: GeoProjection, request: MapRequest): Country[] {
  if (request.fit === "world") return countries.features;
  const [west, north] = projection.invert?.([0, 0]) ?? [-180, 90];
  const [east, south] = projection.invert?.([request.width, request.height]) ?? [180, -90];
  return countries.features.filter((country) => {
    const [[w, s], [e, n]] = bounds.get(country)!;
    // Bounds that cross the antimeridian (w > e) are kept: they are rare and cheap to test.
    return w > e || (w <= east && e >= west && s <= north && n >= south);
  });
}

const WORLD = [
  [-179.9, -56],
  [179.9, 83],
];

/** Degrees of longitude and latitude framed on each side of a lone place. */
const FRAME_AROUND_ONE = 0.5;

function fitTarget(request: MapRequest, countries: Countries): Feature<MultiPoint> | FeatureCollection {
  const { fit } = request;
  // The inhabited world, from the southern tips of the continents to Greenland's north:
  // Antarctica would take a third of the height to show no place.
  if (fit === "world")
    return { type: "Feature", properties: {}, geometry: { type: "MultiPoint", coordinates: WORLD } };
  if ("places" in fit) {
    const points = fit.places.map((p) => [p.lon, p.lat]);
    // One place (or several on one point) has no extent to fit: frame a degree around it.
    const [lon, lat] = points[0] ?? [0, 0];
    if (points.every(([x, y]) => x === lon && y === lat)) {
      points.push(
        [lon! - FRAME_AROUND_ONE, lat! - FRAME_AROUND_ONE],
        [lon! + FRAME_AROUND_ONE, lat! + FRAME_AROUND_ONE],
      );
    }
    return { type: "Feature", properties: {}, geometry: { type: "MultiPoint", coordinates: points } };
  }
  return {
    type: "FeatureCollection",
    features: countries.features.filter((c) => fit.countries.includes(String(c.id))),
  };
}

/** The rectangle around the projected places, 6 px out, at least 12 px a side. */
function frameAround(places: readonly MapPlace[], projection: GeoProjection): Box | undefined {
  const corners = places.map((p) => projection([p.lon, p.lat])).filter((c) => c !== null);
  if (corners.length === 0) return undefined;
  const xs = corners.map(([x]) => x);
  const ys = corners.map(([, y]) => y);
  const margin = 6;
  return {
    x: round(Math.min(...xs) - margin),
    y: round(Math.min(...ys) - margin),
    width: round(Math.max(...xs) - Math.min(...xs) + 2 * margin),
    height: round(Math.max(...ys) - Math.min(...ys) + 2 * margin),
  };
}

/**
 * The places and the furniture, in the order each claims room: markers (moved apart), then the
 * inset and the scale bar in free corners, then every label where it overlaps none of them.
 */
function plot(
  request: MapRequest,
  projection: GeoProjection,
): Pick<DrawnMap, "points" | "key" | "scaleBar" | "inset"> {
  const frame = { x: 0, y: 0, width: request.width, height: request.height };
  const inner = { x: EDGE, y: EDGE, width: request.width - 2 * EDGE, height: request.height - 2 * EDGE };
  const truePoints = request.places.map((place) => {
    const [x, y] = projection([place.lon, place.lat]) ?? [Number.NaN, Number.NaN];
    return { x, y };
  });
  const markers = inPriority(request.places, (order) =>
    separateMarkers(
      order.map((i) => truePoints[i]!),
      MARKER_RADIUS,
      inner,
    ),
  );
  const obstacles = markerObstacles(truePoints, markers);
  const inset = request.inset && drawInset(request, inner, obstacles);
  if (inset)
    obstacles.boxes.push({ x: inset.x, y: inset.y, width: inset.map.width, height: inset.map.height });
  const scaleBar = request.scaleBar ? drawScaleBar(projection, frame, obstacles) : undefined;
  if (scaleBar) obstacles.boxes.push(scaleBar.box);
  const texts = request.places.map((place) => labelText(place));
  const placed = placeLabels(
    texts.map(({ text, style }, i) => ({ marker: obstacles.circles[i]!, ...textSize(text, style) })),
    obstacles,
    inner,
  );
  const points = request.places.map((place, i) => ({
    ...place,
    x: round(truePoints[i]!.x),
    y: round(truePoints[i]!.y),
    marker: { x: round(markers[i]!.x), y: round(markers[i]!.y) },
    moved: markers[i] !== truePoints[i],
    symbol: symbolOf(place.kind, { x: round(markers[i]!.x), y: round(markers[i]!.y) }),
    label: { ...texts[i]!, ...roundLabel(placed[i]!) },
  }));
  const kinds = [...new Set(request.places.map((p) => p.kind))].sort((a, b) => kindRank(a) - kindRank(b));
  return {
    points,
    key: kinds.map((kind) => ({ kind, symbol: symbolOf(kind, { x: 8, y: 8 }) })),
    ...(inset ? { inset } : {}),
    ...(scaleBar ? { scaleBar } : {}),
  };
}

// Which marker keeps its true point when two collide: the place a page is about, then sites
// (cities, towns, passes), then what the gazetteer places only roughly (a district's or a
// province's centre, an area placed at the town it belongs to).
const MARKER_PRIORITY = [
  "city",
  "country",
  "town",
  "mountain pass",
  "district",
  "valley",
  "province",
  "area",
];

/** A kind's place in MARKER_PRIORITY; kinds not listed come last. */
function kindRank(kind: string): number {
  const rank = MARKER_PRIORITY.indexOf(kind);
  return rank === -1 ? MARKER_PRIORITY.length : rank;
}

/** Runs `arrange` on the places' indexes in order of priority; returns its results in place order. */
function inPriority<T>(places: readonly MapPlace[], arrange: (order: number[]) => T[]): T[] {
  const rank = (p: MapPlace) => (p.emphasis ? -1 : kindRank(p.kind));
  const order = places.map((_, i) => i).sort((a, b) => rank(places[a]!) - rank(places[b]!) || a - b);
  const arranged = arrange(order);
  const result = new Array<T>(places.length);
  order.forEach((index, k) => (result[index] = arranged[k]!));
  return result;
}

/** The markers (first, in place order), the dots at moved markers' true points, and the lines. */
function markerObstacles(truePoints: readonly Point[], markers: readonly Point[]): Obstacles {
  const circles: Circle[] = markers.map((m) => ({ ...m, r: MARKER_RADIUS }));
  const segments: Segment[] = [];
  markers.forEach((m, i) => {
    const t = truePoints[i]!;
    if (m === t) return;
    circles.push({ ...t, r: TRUE_POINT_RADIUS });
    segments.push({ x1: m.x, y1: m.y, x2: t.x, y2: t.y });
  });
  return { circles, boxes: [], segments };
}

/** The label class of a kind of place: regions in capitals, the valley in italics. */
function labelClassOf(kind: string): LabelClass {
  if (kind === "valley") return "valley";
  if (kind === "province" || kind === "district") return "region";
  if (kind === "city" || kind === "country") return "major";
  return "minor";
}

/** A place's label text and style: a valley is named as one, an emphasised place in bold. */
function labelText(place: MapPlace): Pick<MapLabel, "text" | "className" | "style"> {
  const className = labelClassOf(place.kind);
  const base = LABEL_STYLES[className];
  const style = place.emphasis ? { ...base, bold: true } : base;
  const text =
    className === "region"
      ? place.name.toUpperCase()
      : className === "valley" && !/valley/i.test(place.name)
        ? `${place.name} Valley`
        : place.name;
  return { text, className, style };
}

function roundLabel(label: PlacedLabel): PlacedLabel {
  return {
    ...label,
    x: round(label.x),
    y: round(label.y),
    ...(label.leader
      ? {
          leader: {
            x1: round(label.leader.x1),
            y1: round(label.leader.y1),
            x2: round(label.leader.x2),
            y2: round(label.leader.y2),
          },
        }
      : {}),
  };
}

const INSET_CORNERS: Corner[] = ["top-left", "top-right", "bottom-right", "bottom-left"];
const SCALE_CORNERS: Corner[] = ["bottom-left", "bottom-right", "top-left", "top-right"];

/** The inset map in the first free corner, with the main map's places framed on it. */
function drawInset(request: MapRequest, inner: Box, obstacles: Obstacles): DrawnMap["inset"] | undefined {
  const { inset } = request;
  if (!inset) return undefined;
  const corner = freeCorner(inset, inner, 0, INSET_CORNERS, obstacles);
  if (!corner) return undefined;
  const map = drawMap({
    topology: inset.topology,
    places: [],
    fit: { countries: inset.countries },
    highlight: inset.countries,
    box: request.places,
    width: inset.width,
    height: inset.height,
    padding: 6,
  });
  return { x: corner.x, y: corner.y, map };
}

/** Mean radius of the Earth, in km (the sphere d3-geo projects). */
export const EARTH_RADIUS_KM = 6371.0088;

/** The latitude (degrees) at the frame's centre. */
function centreLatitude(projection: GeoProjection, frame: Box): number {
  const [, lat] = projection.invert?.([frame.x + frame.width / 2, frame.y + frame.height / 2]) ?? [0, 0];
  return lat;
}

/**
 * Pixels per kilometre along the parallel at `lat` (degrees): Mercator stretches a parallel by
 * 1 / cos(lat), and d3's scale is pixels per radian at the equator.
 */
function pxPerKm(projection: GeoProjection, lat: number): number {
  return projection.scale() / (EARTH_RADIUS_KM * Math.cos((lat * Math.PI) / 180));
}

/** A scale bar of about a fifth of the frame's width, in the first free corner. */
function drawScaleBar(projection: GeoProjection, frame: Box, obstacles: Obstacles): ScaleBar | undefined {
  const lat = centreLatitude(projection, frame);
  const perKm = pxPerKm(projection, lat);
  const km = roundDistance(perKm, frame.width / 5);
  const length = km * perKm;
  const value = `${km} km`;
  const text = textSize(value, SCALE_STYLE);
  // The text above the bar's middle, the bar and its end ticks below it.
  const size = { width: Math.max(length, text.width) + 2, height: text.height + 6 };
  const inner = { x: EDGE, y: EDGE, width: frame.width - 2 * EDGE, height: frame.height - 2 * EDGE };
  const box = freeCorner(size, inner, 4, SCALE_CORNERS, obstacles);
  if (!box) return undefined;
  const x = box.x + (size.width - length) / 2;
  return {
    x: round(x),
    y: round(box.y + size.height - 2),
    length: round(length),
    km,
    lat,
    box,
    text: {
      x: round(box.x + size.width / 2),
      y: round(box.y + baselineOffset(SCALE_STYLE)),
      value,
      style: SCALE_STYLE,
    },
  };
}

/** A kind of place's marker at `at`: each shape fits in a circle of MARKER_RADIUS. */
export function symbolOf(kind: string, at: Point): MapSymbol {
  // Path data relative to the marker's centre, after one absolute move there.
  const move = `M${round(at.x)},${round(at.y)}`;
  const circle = (r: number) => `${move}m${-r},0a${r},${r} 0 1,0 ${2 * r},0a${r},${r} 0 1,0 ${-2 * r},0Z`;
  switch (kind) {
    case "city":
    case "country":
      return { d: circle(5), look: "solid" };
    case "town":
      return { d: circle(4), look: "solid" };
    case "area":
      return { d: circle(3.5), look: "hollow" };
    case "district":
      return { d: `${move}m-4,-4h8v8h-8Z`, look: "hollow" };
    case "province":
      return { d: `${move}m0,-5.5l5.5,5.5l-5.5,5.5l-5.5,-5.5Z`, look: "hollow" };
    case "valley":
      return { d: `${move}m-4.5,-3l4.5,7l4.5,-7`, look: "line" };
    case "mountain pass":
      return { d: `${move}m-3.5,-4.5q3,4.5 0,9m7,-9q-3,4.5 0,9`, look: "line" };
    default:
      return { d: circle(4), look: "solid" };
  }
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}

/** True when a point lies inside the frame. */
export function isInside(point: { x: number; y: number }, map: { width: number; height: number }): boolean {
  return point.x >= 0 && point.x <= map.width && point.y >= 0 && point.y <= map.height;
}

/** ISO 3166 numeric id of Afghanistan in Natural Earth data. */
export const AFGHANISTAN = "004";
