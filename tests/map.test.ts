import { geoDistance } from "d3-geo";
import { describe, expect, test } from "vitest";
import countries110m from "world-atlas/countries-110m.json";
import { buildCorpus } from "@/lib/corpus";
import {
  AFGHANISTAN,
  EARTH_RADIUS_KM,
  MARKER_RADIUS,
  drawMap,
  isInside,
  symbolOf,
  type CountriesTopology,
  type DrawnMap,
  type MapPlace,
  type MapRequest,
} from "@/lib/map";
import {
  boxInside,
  boxesOverlap,
  circleHitsBox,
  roundDistance,
  segmentHitsBox,
  segmentHitsCircle,
  textSize,
  type Box,
} from "@/lib/mapLayout";
import { kindedPlaces, locatorMap, placeIndexMaps } from "@/lib/views/maps";
import { loadContent } from "./helpers/content";

const topology = countries110m as unknown as CountriesTopology;
const places: MapPlace[] = [
  { id: "kabul", name: "Kabul", lat: 34.53, lon: 69.17, kind: "city" },
  { id: "astana", name: "Astana", lat: 35.31, lon: 69.51, kind: "area" },
  { id: "bazarak", name: "Bazarak", lat: 35.3128, lon: 69.5153, kind: "town" },
  { id: "charikar", name: "Charikar", lat: 35.01, lon: 69.17, kind: "city" },
];
const base = { topology, width: 600, height: 400, padding: 30 };

/**
 * Everything wrong with a drawn map's layout, as sentences (none for a good map): a place
 * without a label, markers that overlap, labels that overlap each other, a marker or the
 * furniture, and anything outside the frame.
 */
function layoutProblems(map: DrawnMap): string[] {
  const problems: string[] = [];
  const frame = { x: 0, y: 0, width: map.width, height: map.height };
  const furniture: [string, Box][] = [
    ...(map.scaleBar ? [["scale bar", map.scaleBar.box] as [string, Box]] : []),
    ...(map.inset
      ? [
          [
            "inset",
            { x: map.inset.x, y: map.inset.y, width: map.inset.map.width, height: map.inset.map.height },
          ] as [string, Box],
        ]
      : []),
  ];
  for (const [name, box] of furniture)
    if (!boxInside(box, frame)) problems.push(`the ${name} leaves the frame`);
  map.points.forEach((a, i) => {
    const { box } = a.label;
    if (a.label.text.trim() === "") problems.push(`${a.id} has no label`);
    if (!boxInside(box, frame)) problems.push(`${a.id}'s label leaves the frame`);
    if (a.label.x < box.x - 0.1 || a.label.x > box.x + box.width + 0.1)
      problems.push(`${a.id}'s text leaves its box`);
    for (const [name, other] of furniture) {
      if (boxesOverlap(box, other)) problems.push(`${a.id}'s label overlaps the ${name}`);
      if (circleHitsBox({ ...a.marker, r: MARKER_RADIUS }, other))
        problems.push(`${a.id}'s marker is under the ${name}`);
    }
    map.points.forEach((b, j) => {
      if (circleHitsBox({ ...b.marker, r: MARKER_RADIUS }, box))
        problems.push(`${a.id}'s label covers ${b.id}'s marker`);
      if (j <= i) return;
      if (Math.hypot(a.marker.x - b.marker.x, a.marker.y - b.marker.y) < 2 * MARKER_RADIUS)
        problems.push(`the markers of ${a.id} and ${b.id} overlap`);
      if (boxesOverlap(box, b.label.box)) problems.push(`the labels of ${a.id} and ${b.id} overlap`);
    });
  });
  return problems;
}

/**
 * The points a relative SVG path (m, l, h, v, q, a, z) visits from (0, 0): ends, control points,
 * and for an arc its end and its radius along the way.
 */
function pathPoints(d: string): [number, number][] {
  const visited: [number, number][] = [];
  let [x, y] = [0, 0];
  for (const [, command, args] of d.matchAll(/([mlhvqaz])([^mlhvqaz]*)/gi)) {
    const n = (args!.match(/-?\d+(\.\d+)?/g) ?? []).map(Number);
    const step = { m: 2, l: 2, h: 1, v: 1, q: 4, a: 7, z: 1 }[command!.toLowerCase() as "m"]!;
    for (let i = 0; i < n.length; i += step) {
      const c = n.slice(i, i + step);
      if (command === "h") x += c[0]!;
      else if (command === "v") y += c[0]!;
      else if (command === "q") {
        visited.push([x + c[0]!, y + c[1]!]);
        [x, y] = [x + c[2]!, y + c[3]!];
      } else if (command === "a") {
        visited.push([c[0]!, 0]);
        [x, y] = [x + c[5]!, y + c[6]!];
      } else [x, y] = [x + c[0]!, y + c[1]!];
      visited.push([x, y]);
    }
  }
  return visited;
}

const corpus = buildCorpus(loadContent());
const gazetteerPlaces = kindedPlaces(corpus.gazetteer);
const index = placeIndexMaps(gazetteerPlaces);
const presets: [string, DrawnMap][] = [
  ["places index, region, wide", index.region.wide],
  ["places index, region, narrow", index.region.narrow!],
  ["places index, world", index.world.wide],
  ...gazetteerPlaces.flatMap((place): [string, DrawnMap][] => {
    const map = locatorMap(place, gazetteerPlaces);
    return [
      [`${place.id}'s page, wide`, map.wide],
      ...(map.narrow ? [[`${place.id}'s page, narrow`, map.narrow] as [string, DrawnMap]] : []),
    ];
  }),
];

/** `count` places with long names within a few hundred metres of (lat, lon). */
const crowd = (count: number, lat: number, lon: number, kind = "town"): MapPlace[] =>
  Array.from({ length: count }, (_, i) => ({
    id: `p${i}`,
    name: `Place number ${i + 1}`,
    lat: lat + (i % 3) * 0.002,
    lon: lon + Math.floor(i / 3) * 0.002,
    kind,
  }));
const grid = (side: number, step: number): MapPlace[] =>
  Array.from({ length: side * side }, (_, i) => ({
    id: `g${i}`,
    name: `G${i}`,
    lat: 35 + Math.floor(i / side) * step,
    lon: 69 + (i % side) * step,
    kind: i % 2 ? "area" : "district",
  }));
const synthetic: [string, MapRequest][] = [
  ["four places, two a few hundred metres apart", { ...base, places, fit: { places } }],
  ...[2, 5, 10, 15].flatMap((count): [string, MapRequest][] => [
    [
      `${count} places on one point, in a country-wide frame`,
      {
        ...base,
        places: crowd(count, 35.3, 69.5).map((p) => ({ ...p, lat: 35.3, lon: 69.5 })),
        fit: { countries: [AFGHANISTAN] },
      },
    ],
    [
      `${count} places within a kilometre, in a country-wide frame`,
      { ...base, places: crowd(count, 35.3, 69.5), fit: { countries: [AFGHANISTAN] } },
    ],
  ]),
  [
    "a 5 × 5 grid filling a small frame, with a scale bar and an inset",
    {
      ...base,
      width: 360,
      height: 420,
      places: grid(5, 0.05),
      fit: { places: grid(5, 0.05) },
      scaleBar: true,
      inset: { topology, countries: [AFGHANISTAN], width: 90, height: 70 },
    },
  ],
  [
    "long names at the frame's corners",
    {
      ...base,
      places: grid(2, 1).map((p) => ({ ...p, name: `${p.name} with a very long name` })),
      fit: { places: grid(2, 1) },
      padding: 8,
    },
  ],
  [
    // The fixture gazetteer has one city: a lone place has no extent to fit.
    "a lone place, fitted to itself",
    { ...base, places: grid(1, 0), fit: { places: grid(1, 0) } },
  ],
  [
    "the world, places far apart",
    {
      ...base,
      places: [...places, { id: "au", name: "Australia", lat: -25.27, lon: 133.78, kind: "country" }],
      fit: "world",
    },
  ],
];

describe("map layout", () => {
  test.each(presets)("%s: every place labelled, nothing overlapping, all inside", (_, map) => {
    expect(map.points.length).toBeGreaterThan(0);
    expect(layoutProblems(map)).toEqual([]);
  });

  test.each(synthetic)("%s: every place labelled, nothing overlapping, all inside", (_, request) => {
    const map = drawMap(request);
    expect(map.points.map((p) => p.id)).toEqual(request.places.map((p) => p.id));
    expect(layoutProblems(map)).toEqual([]);
  });

  test.each(synthetic)("%s: the same request draws the same map", (_, request) => {
    expect(drawMap(request)).toEqual(drawMap(request));
  });
});

describe("outlines", () => {
  test.each([
    ["the world", "world", 150, ["Australia", "United States of America"]],
    ["the Panjshir places", { places }, 1, []],
    ["Afghanistan", { countries: [AFGHANISTAN] }, 5, ["Pakistan", "Iran", "Tajikistan"]],
  ] as const)(
    "a fit to %s draws the countries in view, Afghanistan highlighted",
    (_, fit, atLeast, others) => {
      const map = drawMap({ ...base, places: [], fit, highlight: [AFGHANISTAN] });
      const [plain, highlighted] = [false, true].map((h) => map.outlines.find((o) => o.highlighted === h));
      expect(highlighted).toMatchObject({ countries: ["Afghanistan"], d: expect.stringMatching(/^M/) });
      expect((plain?.countries ?? []).length + 1).toBeGreaterThanOrEqual(atLeast);
      expect(plain?.countries ?? []).toEqual(expect.arrayContaining([...others]));
      if (fit !== "world") expect(plain?.countries ?? []).not.toContain("Australia");
    },
  );
});

describe("markers", () => {
  test.each([
    ["a town keeps its point and the area at it moves", places, "bazarak", "astana"],
    ["whatever their order", [...places].reverse(), "bazarak", "astana"],
    [
      "but the place a page is about keeps its point",
      places.map((p) => (p.id === "astana" ? { ...p, emphasis: true } : p)),
      "astana",
      "bazarak",
    ],
  ])("%s", (_, plotted, stays, moves) => {
    const map = drawMap({ ...base, places: plotted, fit: { places } });
    const point = (id: string) => map.points.find((p) => p.id === id)!;
    expect(point(stays)).toMatchObject({ moved: false, marker: { x: point(stays).x, y: point(stays).y } });
    expect(point(moves).moved).toBe(true);
    // Moved just clear of the other marker, not far off.
    const apart = Math.hypot(
      point(moves).marker.x - point(stays).marker.x,
      point(moves).marker.y - point(stays).marker.y,
    );
    expect(apart).toBeGreaterThanOrEqual(2 * MARKER_RADIUS);
    expect(apart).toBeLessThan(4 * MARKER_RADIUS);
    for (const id of ["kabul", "charikar"]) expect(point(id).moved).toBe(false);
  });

  test("north is up and east is right", () => {
    const map = drawMap({ ...base, places, fit: { places } });
    const [kabul, , bazarak] = map.points;
    expect(bazarak!.y).toBeLessThan(kabul!.y);
    expect(bazarak!.x).toBeGreaterThan(kabul!.x);
    for (const point of map.points) expect(isInside(point, map)).toBe(true);
  });

  test.each([
    "city",
    "town",
    "area",
    "district",
    "province",
    "valley",
    "mountain pass",
    "country",
    "unknown",
  ])("a %s's marker fits in its circle", (kind) => {
    const { d } = symbolOf(kind, { x: 50, y: 50 });
    expect(d.startsWith("M50,50")).toBe(true);
    expect(
      Math.max(...pathPoints(d.slice("M50,50".length)).map(([x, y]) => Math.hypot(x, y))),
    ).toBeLessThanOrEqual(MARKER_RADIUS);
  });

  test("the key lists each kind on the map once, sites before areas", () => {
    const map = drawMap({ ...base, places, fit: { places } });
    expect(map.key.map((k) => k.kind)).toEqual(["city", "town", "area"]);
  });
});

describe("labels", () => {
  // Widths of the site's labels as Chromium renders them in DejaVu Sans (a wide system-ui
  // font), in px: the estimate must hold the text, without wasting much room.
  test.each([
    ["Malimah", { fontSize: 13, bold: false, italic: false, letterSpacing: 0 }, 55.3],
    ["Khawak Pass", { fontSize: 13, bold: false, italic: false, letterSpacing: 0 }, 83.7],
    ["Charikar", { fontSize: 14, bold: true, italic: false, letterSpacing: 0 }, 67.2],
    ["United States", { fontSize: 14, bold: true, italic: false, letterSpacing: 0 }, 107.9],
    ["DARA DISTRICT", { fontSize: 12, bold: false, italic: false, letterSpacing: 1.5 }, 112],
    ["PARWAN", { fontSize: 12, bold: false, italic: false, letterSpacing: 1.5 }, 59.9],
    ["Panjshir Valley", { fontSize: 15, bold: false, italic: true, letterSpacing: 0.5 }, 117],
    ["WWWWW", { fontSize: 13, bold: false, italic: false, letterSpacing: 0 }, 64.2],
    ["mmmmm", { fontSize: 13, bold: true, italic: false, letterSpacing: 0 }, 67.7],
    ["iiiii", { fontSize: 13, bold: false, italic: false, letterSpacing: 0 }, 18.1],
  ])("%s in %j is estimated wide enough (rendered: %f px)", (text, style, rendered) => {
    const { width, height } = textSize(text, style);
    expect(width).toBeGreaterThanOrEqual(rendered);
    expect(width).toBeLessThan(rendered * 1.5);
    // DejaVu's text box is 1.17 font sizes tall.
    expect(height).toBeGreaterThanOrEqual(style.fontSize * 1.17);
  });

  test.each([
    ["city", "Kabul", "Kabul", "major"],
    ["province", "Kapisa", "KAPISA", "region"],
    ["district", "Dara District", "DARA DISTRICT", "region"],
    ["valley", "Panjshir", "Panjshir Valley", "valley"],
    ["valley", "Panjshir Valley", "Panjshir Valley", "valley"],
    ["area", "Astana", "Astana", "minor"],
  ])("a %s named %j is labelled %j (%s)", (kind, name, text, className) => {
    const map = drawMap({ ...base, places: [{ id: "x", name, lat: 35, lon: 69, kind }], fit: { places } });
    expect(map.points[0]!.label).toMatchObject({ text, className });
  });

  test("an emphasised place's label is bold", () => {
    const plotted = places.map((p, i) => (i === 1 ? { ...p, emphasis: true } : p));
    const map = drawMap({ ...base, places: plotted, fit: { places } });
    expect(map.points.map((p) => p.label.style.bold)).toEqual([true, true, false, true]);
  });
});

describe("scale bar", () => {
  // Two probe places on the parallel where the bar is true, a known distance apart: the bar's
  // length per km must match theirs (d3's great-circle distance) within 1 %.
  test.each([
    ["the Panjshir region", places, 600, 400],
    ["a narrow frame", places, 320, 480],
    [
      "near the equator",
      [
        { ...places[0]!, lat: -1, lon: 36.8 },
        { ...places[0]!, lat: 1.5, lon: 38 },
      ],
      600,
      400,
    ],
    [
      "far north",
      [
        { ...places[0]!, lat: 64, lon: 25 },
        { ...places[0]!, lat: 70, lon: 30 },
      ],
      600,
      400,
    ],
  ])("%s: a round distance, about a fifth of the width, true to the projection", (_, fit, width, height) => {
    const request = { ...base, width, height, places: [], fit: { places: fit }, scaleBar: true };
    const bar = drawMap(request).scaleBar!;
    expect(String(bar.km)).toMatch(/^[125]0*$/);
    expect(bar.length).toBeGreaterThan(width / 10);
    expect(bar.length).toBeLessThan(width / 2.5);
    const probes = [0, 1].map((i) => ({
      ...places[0]!,
      id: `probe${i}`,
      lat: bar.lat,
      lon: fit[0]!.lon + i * 0.5,
    }));
    const probed = drawMap({ ...request, places: probes, scaleBar: false });
    const km = geoDistance([probes[0]!.lon, bar.lat], [probes[1]!.lon, bar.lat]) * EARTH_RADIUS_KM;
    const pxPerKm = (probed.points[1]!.x - probed.points[0]!.x) / km;
    expect(bar.length / bar.km / pxPerKm).toBeCloseTo(1, 2);
  });

  test.each(presets.filter(([, map]) => map.scaleBar))("%s: the scale bar is true to the map", (_, map) => {
    const bar = map.scaleBar!;
    // Mercator: x grows with longitude at a fixed number of px per radian; a parallel at `lat`
    // is stretched by 1 / cos(lat).
    const [west, east] = [...map.points]
      .sort((a, b) => a.lon - b.lon)
      .filter((_, i, all) => i === 0 || i === all.length - 1);
    const pxPerRadian = (east!.x - west!.x) / (((east!.lon - west!.lon) * Math.PI) / 180);
    const pxPerKm = pxPerRadian / (EARTH_RADIUS_KM * Math.cos((bar.lat * Math.PI) / 180));
    expect(Math.abs(bar.length / bar.km / pxPerKm - 1)).toBeLessThan(0.01);
  });

  test.each([
    [1, 100, 100],
    [2, 100, 50],
    [3.3, 144, 50],
    [0.5, 144, 200],
    [0.014, 144, 10000],
  ])("at %f px per km, the bar nearest %i px is %i km", (pxPerKm, target, km) => {
    expect(roundDistance(pxPerKm, target)).toBe(km);
  });
});

describe("geometry", () => {
  const box = { x: 10, y: 10, width: 20, height: 10 };
  test.each([
    [{ x: 0, y: 0, width: 10, height: 10 }, false, "touching at a corner"],
    [{ x: 29, y: 19, width: 5, height: 5 }, true, "sharing a corner's square pixel"],
    [{ x: 30, y: 10, width: 5, height: 10 }, false, "side by side"],
    [{ x: 12, y: 12, width: 2, height: 2 }, true, "inside"],
  ])("boxesOverlap(%j) is %s (%s)", (other, expected) => {
    expect(boxesOverlap(box, other)).toBe(expected);
    expect(boxesOverlap(other, box)).toBe(expected);
  });

  test.each([
    [{ x1: 0, y1: 0, x2: 40, y2: 30 }, true, "crossing"],
    [{ x1: 0, y1: 0, x2: 5, y2: 5 }, false, "short of it"],
    [{ x1: 0, y1: 25, x2: 40, y2: 25 }, false, "passing below"],
    [{ x1: 15, y1: 15, x2: 16, y2: 16 }, true, "wholly inside"],
  ])("segmentHitsBox(%j) is %s (%s)", (segment, expected) => {
    expect(segmentHitsBox(segment, box)).toBe(expected);
  });

  test.each([
    [{ x1: 0, y1: 0, x2: 20, y2: 0 }, true, "through the centre"],
    [{ x1: 0, y1: 4.9, x2: 20, y2: 4.9 }, true, "grazing inside"],
    [{ x1: 0, y1: 5, x2: 20, y2: 5 }, false, "touching"],
    [{ x1: -20, y1: 0, x2: -6, y2: 0 }, false, "stopping short"],
  ])("segmentHitsCircle(%j) on a circle of radius 5 at the origin is %s (%s)", (segment, expected) => {
    expect(segmentHitsCircle(segment, { x: 0, y: 0, r: 5 })).toBe(expected);
  });
});
