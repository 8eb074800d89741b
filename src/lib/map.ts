/**
 * Maps drawn at build time: country outlines from Natural Earth (the world-atlas package's
 * TopoJSON) projected with d3-geo into SVG path data, and the gazetteer's places as numbered
 * points whose labels are nudged apart so none overlap. No tiles, no network, no client code.
 */
import { geoMercator, geoPath, type GeoProjection } from "d3-geo";
import type { Feature, FeatureCollection, Geometry, MultiPoint } from "geojson";
import type { GeometryCollection, Topology } from "topojson-specification";
import { feature } from "topojson-client";

/** A place to plot. */
export interface MapPlace {
  id: string;
  name: string;
  lat: number;
  lon: number;
}

/** What to draw and how big. */
export interface MapRequest {
  /** A world-atlas countries topology (countries-50m or countries-110m). */
  topology: Topology<{ countries: GeometryCollection<{ name: string }> }>;
  places: readonly MapPlace[];
  /** Fit the view to these places, or to the named countries (ISO 3166 numeric ids). */
  fit: { places: readonly MapPlace[] } | { countries: readonly string[] } | "world";
  /** Countries to emphasise (ISO 3166 numeric ids, e.g. "004" for Afghanistan). */
  highlight?: readonly string[];
  width: number;
  height: number;
  /** Empty margin inside the frame, in pixels. */
  padding?: number;
  /** Draw the rectangle around these places (an overview's "this is where the detail map is"). */
  box?: readonly MapPlace[];
}

/** A country outline as SVG path data. */
interface MapOutline {
  id: string;
  name: string;
  d: string;
  highlighted: boolean;
}

/** A plotted place with its number label. */
interface MapPoint extends MapPlace {
  /** 1-based number shown on the map and in the list beside it. */
  number: number;
  x: number;
  y: number;
  /** Centre of the number label; a leader line joins it to the point when they differ. */
  labelX: number;
  labelY: number;
}

/** The drawn map. */
export interface DrawnMap {
  width: number;
  height: number;
  outlines: MapOutline[];
  points: MapPoint[];
  /** The rectangle around `box`, when asked for. */
  box?: { x: number; y: number; width: number; height: number };
}

const LABEL_RADIUS = 9;

/** Projects the countries and places of `request` into a `width` × `height` frame. */
export function drawMap(request: MapRequest): DrawnMap {
  const { topology, places, width, height, padding = 16 } = request;
  const countries = feature(topology, topology.objects.countries) as FeatureCollection<
    Geometry,
    { name: string }
  >;
  const projection = geoMercator().precision(0.5);
  const extent: [[number, number], [number, number]] = [
    [padding, padding],
    [width - padding, height - padding],
  ];
  projection.fitExtent(extent, fitTarget(request, countries));
  projection.clipExtent([
    [0, 0],
    [width, height],
  ]);
  const path = geoPath(projection).digits(1);
  const highlight = new Set(request.highlight ?? []);
  const outlines = countries.features
    .map((country) => ({
      id: String(country.id),
      name: country.properties.name,
      d: path(country) ?? "",
      highlighted: highlight.has(String(country.id)),
    }))
    .filter((outline) => outline.d.length > 0);
  const corners = (request.box ?? []).map((p) => projection([p.lon, p.lat])).filter((c) => c !== null);
  const xs = corners.map(([x]) => x);
  const ys = corners.map(([, y]) => y);
  const margin = 6;
  return {
    width,
    height,
    outlines,
    points: placeLabels(places, projection, width, height),
    ...(corners.length > 0
      ? {
          box: {
            x: round(Math.min(...xs) - margin),
            y: round(Math.min(...ys) - margin),
            width: round(Math.max(...xs) - Math.min(...xs) + 2 * margin),
            height: round(Math.max(...ys) - Math.min(...ys) + 2 * margin),
          },
        }
      : {}),
  };
}

function fitTarget(
  request: MapRequest,
  countries: FeatureCollection<Geometry, { name: string }>,
): Feature<MultiPoint> | FeatureCollection | { type: "Sphere" } {
  const { fit } = request;
  if (fit === "world") return { type: "Sphere" };
  if ("places" in fit) {
    return {
      type: "Feature",
      properties: {},
      geometry: { type: "MultiPoint", coordinates: fit.places.map((p) => [p.lon, p.lat]) },
    };
  }
  return {
    type: "FeatureCollection",
    features: countries.features.filter((c) => fit.countries.includes(String(c.id))),
  };
}

/**
 * Numbers the places and puts each label at the first spot, spiralling out from the point,
 * that overlaps no earlier label and stays inside the frame.
 */
function placeLabels(
  places: readonly MapPlace[],
  projection: GeoProjection,
  width: number,
  height: number,
): MapPoint[] {
  const taken: { x: number; y: number }[] = [];
  return places.map((place, index) => {
    const [x, y] = projection([place.lon, place.lat]) ?? [Number.NaN, Number.NaN];
    let label = { x, y };
    for (let step = 0; step < 64; step++) {
      const ring = Math.floor(step / 8);
      const angle = (step % 8) * (Math.PI / 4) + ring * 0.4;
      const distance = step === 0 ? 0 : (ring + 1) * LABEL_RADIUS * 2.2;
      const candidate = { x: x + Math.cos(angle) * distance, y: y + Math.sin(angle) * distance };
      const inside =
        candidate.x >= LABEL_RADIUS &&
        candidate.x <= width - LABEL_RADIUS &&
        candidate.y >= LABEL_RADIUS &&
        candidate.y <= height - LABEL_RADIUS;
      const clear = taken.every(
        (t) => Math.hypot(t.x - candidate.x, t.y - candidate.y) >= LABEL_RADIUS * 2.1,
      );
      if (inside && clear) {
        label = candidate;
        break;
      }
    }
    taken.push(label);
    return {
      ...place,
      number: index + 1,
      x: round(x),
      y: round(y),
      labelX: round(label.x),
      labelY: round(label.y),
    };
  });
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
