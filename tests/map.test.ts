import { describe, expect, test } from "vitest";
import countries110m from "world-atlas/countries-110m.json";
import { AFGHANISTAN, drawMap, isInside, type MapPlace, type MapRequest } from "@/lib/map";

const topology = countries110m as unknown as MapRequest["topology"];
const places: MapPlace[] = [
  { id: "kabul", name: "Kabul", lat: 34.53, lon: 69.17 },
  { id: "bazarak", name: "Bazarak", lat: 35.31, lon: 69.52 },
  { id: "astana", name: "Astana", lat: 35.31, lon: 69.51 },
  { id: "charikar", name: "Charikar", lat: 35.01, lon: 69.17 },
];

describe("drawMap", () => {
  const map = drawMap({
    topology,
    places,
    fit: { places },
    highlight: [AFGHANISTAN],
    width: 600,
    height: 400,
    padding: 30,
  });

  test("every place lands inside the frame, numbered in order", () => {
    expect(map.points.map((p) => p.number)).toEqual([1, 2, 3, 4]);
    for (const point of map.points) expect(isInside(point, map)).toBe(true);
  });

  test("north is up and east is right", () => {
    const [kabul, bazarak] = map.points;
    expect(bazarak!.y).toBeLessThan(kabul!.y);
    expect(bazarak!.x).toBeGreaterThan(kabul!.x);
  });

  test("labels of places a few hundred metres apart do not overlap", () => {
    const labels = map.points.map((p) => [p.labelX, p.labelY] as const);
    for (let i = 0; i < labels.length; i++)
      for (let j = i + 1; j < labels.length; j++)
        expect(
          Math.hypot(labels[i]![0] - labels[j]![0], labels[i]![1] - labels[j]![1]),
        ).toBeGreaterThanOrEqual(18);
  });

  test("draws the highlighted country", () => {
    const afghanistan = map.outlines.find((o) => o.id === AFGHANISTAN)!;
    expect(afghanistan.highlighted).toBe(true);
    expect(afghanistan.d).toMatch(/^M/);
  });

  test("a country fit frames the whole country and can box the detail area", () => {
    const overview = drawMap({
      topology,
      places: [],
      fit: { countries: [AFGHANISTAN] },
      box: places,
      width: 600,
      height: 400,
    });
    expect(overview.box!.width).toBeGreaterThan(0);
    expect(isInside(overview.box!, overview)).toBe(true);
    expect(overview.outlines.map((o) => o.name)).toEqual(
      expect.arrayContaining(["Afghanistan", "Pakistan", "Iran"]),
    );
  });

  test("a world fit shows far-apart places", () => {
    const world = drawMap({
      topology,
      places: [
        { id: "australia", name: "Australia", lat: -25.27, lon: 133.78 },
        { id: "united-states", name: "United States", lat: 39.83, lon: -98.58 },
      ],
      fit: "world",
      width: 600,
      height: 300,
    });
    for (const point of world.points) expect(isInside(point, world)).toBe(true);
  });
});
