import { describe, expect, test } from "vitest";
import { buildCorpus } from "@/lib/corpus";
import type { GazetteerEntry } from "@/lib/corpus/types";
import { mentionsOf, reportsNaming } from "@/lib/entries";
import { GAZETTEER_TYPES } from "@/lib/entryKinds";
import { isInside } from "@/lib/map";
import { DESCRIBED_ENTRIES, entryIndexPages } from "@/lib/views/entryIndex";
import { entryPage } from "@/lib/views/entryPage";
import { kindedPlaces, locatorMap, MAP_PLACES, placeIndexMaps } from "@/lib/views/maps";
import { siteNav } from "@/lib/views/siteNav";
import { loadContent } from "./helpers/content";

const corpus = buildCorpus(loadContent());
const pages = corpus.gazetteer.map((entry) => entryPage(corpus, entry));
const page = (id: string) => pages.find((p) => p.entry.id === id)!;
const details = (id: string) => page(id).details!;

describe("siteNav", () => {
  test.each([
    [0, "home", "Reports", ""],
    [1, "chronology", "Chronology", "chronology/"],
    [2, "claims", "Claims", "claims/"],
    [3, "person", "People", "people/"],
    [4, "place", "Places", "places/"],
    [5, "organisation", "Organisations", "organisations/"],
    [6, "search", "Search", "search/"],
  ])("item %i is %s, %j at %j", (index, key, label, path) => {
    expect(siteNav()[index]).toEqual({ key, label, path });
  });
});

describe("entryPage: one page per entry, under its kind's folder", () => {
  test("every entry has a page, in gazetteer order", () => {
    expect(pages.map((p) => p.entry.id)).toEqual(corpus.gazetteer.map((e) => e.id));
  });

  test.each([
    ["fahim-dashty", "people", "Person"],
    ["kabul", "places", "Place"],
    ["nrf", "organisations", "Organisation"],
  ])("%s: folder %s, label %s", (id, folder, label) => {
    expect(page(id).kind).toMatchObject({ folder, label });
  });

  test.each([
    [
      "fahim-dashty",
      "Fahim Dashti",
      [["reports/taliban-call-on-panjshir-to-lay-down-arms/", "The Kootneeti"]],
    ],
    ["fahim-dashty", "Fahim Dashty", [["reports/taliban-raise-flag-over-panjshir/", null]]],
  ])("%s: %j links the reports that use it, by outlet or else title", (id, spelling, links) => {
    const row = details(id).spellings.find((s) => s.spelling === spelling)!;
    expect(row.unused).toBeUndefined();
    expect(row.usedIn.map((l) => l.path)).toEqual(links.map(([path]) => path));
    for (const [i, [, outlet]] of links.entries()) {
      const report = corpus.reportsById.get(links[i]![0]!.split("/")[1]!)!;
      expect(row.usedIn[i]!.label).toBe(outlet ?? report.data.title);
    }
  });

  test("native names: each with its language in English, its tag and its basis, in data order", () => {
    expect(page("panjshir").nativeNames).toEqual([
      {
        label: "In Dari",
        name: "پنجشیر",
        lang: "fa-AF",
        basis: "Persian Wikipedia, the article on Panjshir Province",
      },
    ]);
    expect(page("afghan-central-bank").nativeNames.map((n) => [n.label, n.lang, n.name])).toEqual([
      ["In Dari", "fa-AF", "بانک مرکزی افغانستان"],
      ["In Pashto", "ps", "د افغانستان بانک"],
    ]);
    expect(page("nishank-motwani").nativeNames).toEqual([]);
    for (const p of pages)
      expect(p.nativeNames.map((n) => n.name)).toEqual(p.entry.nativeNames.map((n) => n.name));
  });

  test("a spelling no report uses says why", () => {
    const rows = pages.flatMap((p) => p.details!.spellings).filter((s) => s.usedIn.length === 0);
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) {
      expect(row.moreReports).toBe(0);
      expect(row.unused).toBe(
        row.kind === "transliteration"
          ? "not used in the reports; a common spelling"
          : "no report uses it on its own",
      );
    }
  });

  test("father and son share their surnames, and each page names the other", () => {
    expect(details("ahmad-massoud").sharers.map((e) => e.id)).toContain("ahmad-shah-massoud");
    expect(details("ahmad-shah-massoud").sharers.map((e) => e.id)).toContain("ahmad-massoud");
    expect(details("fahim-dashty").sharers).toEqual([]);
  });

  test("relations point at entries, not ids", () => {
    for (const p of pages)
      for (const r of p.details!.relations) {
        expect(corpus.gazetteerById.get(r.subject.id)).toBe(r.subject);
        expect(corpus.gazetteerById.get(r.object.id)).toBe(r.object);
      }
  });

  test.each([
    ["kabul", "city", true],
    ["afghanistan", "country", true],
    ["fahim-dashty", undefined, false],
    ["nrf", undefined, false],
  ])("%s: a place (%s) has a locator map, others none", (id, kind, mapped) => {
    const { where } = details(id);
    expect(where !== undefined).toBe(mapped);
    if (where) {
      expect(where.kind).toBe(kind);
      for (const drawn of [where.map.wide, where.map.narrow ?? where.map.wide])
        expect(drawn.points.filter((p) => p.emphasis).map((p) => p.id)).toEqual([id]);
    }
  });

  test.each(["fahim-dashty", "ahmad-shah-massoud", "panjshir"])(
    "%s: mentions as mentionsOf, with the snippet in pieces and the reports counted",
    (id) => {
      const { mentionGroups, mentionCount, mentionReports, pager } = page(id);
      const mentions = mentionGroups.flatMap((g) => g.mentions);
      expect(pager).toMatchObject({ number: 1, count: 1 });
      expect(mentionCount).toBe(mentions.length);
      for (const g of mentionGroups) {
        expect(g.mentions.every((m) => m.report === g.report)).toBe(true);
        expect(g.total).toBe(g.mentions.length);
      }
      expect(mentions.map((m) => m.passage.anchor)).toEqual(
        mentionsOf(corpus, id).map((m) => m.passage.anchor),
      );
      expect(mentionReports).toBe(reportsNaming(corpus, id).length);
      for (const m of mentions) {
        expect(m.pieces.map((piece) => piece.text).join("")).toBe(m.snippet.text);
        expect(m.pieces.filter((piece) => piece.mark)).toHaveLength(m.snippet.highlights.length);
      }
    },
  );
});

describe("entryIndexPages", () => {
  const indexes = entryIndexPages(corpus);

  test("one page per kind, in listing order, each listing only its kind", () => {
    expect(indexes.map((p) => p.kind.type)).toEqual([...GAZETTEER_TYPES]);
    for (const index of indexes) {
      expect(index.entries.every(({ entry }) => entry.type === index.kind.type)).toBe(true);
      expect(index.numberOfReports).toBe(corpus.reports.length);
    }
  });

  test("the five reports' indexes describe every entry and draw every place", () => {
    for (const index of indexes) {
      expect(index.described).toBe(true);
      expect(index.mapNote).toBeUndefined();
    }
  });

  test("a gazetteer of many places: a compact list, and the maps say how many they draw", () => {
    const centre = corpus.gazetteerById.get("panjshir")!;
    const extra = Array.from({ length: DESCRIBED_ENTRIES }, (_, i): GazetteerEntry => ({
      ...centre,
      type: "place",
      id: `district-${i}`,
      name: `District ${i}`,
      place: {
        ...centre.place!,
        kind: "district" as const,
        coordinates: { ...centre.place!.coordinates, lat: 30 + (i % 10), lon: 62 + Math.floor(i / 10) },
      },
    }));
    const many = { ...corpus, gazetteer: [...corpus.gazetteer, ...extra] };
    const places = entryIndexPages(many).find((p) => p.kind.type === "place")!;
    expect(places.entries.length).toBeGreaterThan(DESCRIBED_ENTRIES);
    expect(places.described).toBe(false);
    expect(places.mapNote).toMatch(/^The maps draw \d+ of the \d+ places/);
  });

  test.each(GAZETTEER_TYPES.map((type) => [type, type === "place"] as const))(
    "%s: maps only for places",
    (type, mapped) => {
      expect(indexes.find((p) => p.kind.type === type)!.maps !== undefined).toBe(mapped);
    },
  );

  test("each entry is counted in the reports that name it", () => {
    for (const { entry, namedIn } of indexes.flatMap((p) => p.entries))
      expect(namedIn).toBe(reportsNaming(corpus, entry.id).length);
  });
});

describe("map presets", () => {
  const places = kindedPlaces(corpus.gazetteer);
  const countries = places.filter((p) => p.kind === "country").map((p) => p.id);
  const local = places.filter((p) => p.kind !== "country").map((p) => p.id);

  test.each([
    ["afghanistan", countries, [350, 200], undefined],
    ["kabul", local, [720, 560], [350, 540]],
    ["astana", local, [720, 560], [350, 540]],
  ])(
    "locatorMap(%s) plots its map's places, itself first and emphasised, wide %j and narrow %j",
    (id, ids, wide, narrow) => {
      const map = locatorMap(
        places.find((p) => p.id === id)!,
        places,
      );
      expect([map.wide.width, map.wide.height]).toEqual(wide);
      expect(map.narrow && [map.narrow.width, map.narrow.height]).toEqual(narrow);
      for (const drawn of [map.wide, map.narrow ?? map.wide]) {
        expect(drawn.points[0]).toMatchObject({ id, emphasis: true, moved: false });
        expect(drawn.points.map((p) => p.id).sort()).toEqual([...ids].sort());
        for (const p of drawn.points) expect(isInside(p, drawn)).toBe(true);
      }
    },
  );

  test("the places index: the region holds the local places with an inset and a scale, the world the countries", () => {
    const { region, world } = placeIndexMaps(places);
    for (const drawn of [region.wide, region.narrow!]) {
      expect(drawn.points.map((p) => p.id)).toEqual(local);
      expect(drawn.inset?.map.box).toBeDefined();
      expect(drawn.scaleBar).toBeDefined();
    }
    expect(world.narrow).toBeUndefined();
    expect(world.wide.points.map((p) => p.id)).toEqual(countries);
    expect(world.wide.scaleBar).toBeUndefined();
  });

  test("a gazetteer of many places: each map draws at most MAP_PLACES, a place's own the nearest to it", () => {
    // 40 districts in a ring around the Panjshir Valley, farther out one by one.
    const centre = places.find((p) => p.id === "panjshir")!;
    const ring = Array.from({ length: 40 }, (_, i) => ({
      id: `village-${i}`,
      name: `Village ${i}`,
      kind: "district" as const,
      lat: centre.lat + (0.05 + i * 0.01) * Math.cos(i),
      lon: centre.lon + (0.05 + i * 0.01) * Math.sin(i),
    }));
    const many = [...places, ...ring];
    const { region } = placeIndexMaps(many);
    expect(region.wide.points.map((p) => p.id)).toEqual(
      many
        .filter((p) => p.kind !== "country")
        .slice(0, MAP_PLACES)
        .map((p) => p.id),
    );
    const map = locatorMap(ring[0]!, many);
    const drawn = map.wide.points.map((p) => p.id);
    expect(drawn).toHaveLength(MAP_PLACES);
    expect(drawn[0]).toBe("village-0");
    expect(drawn).toContain("village-1");
    expect(drawn).not.toContain("village-39");
  });

  test("places crowded in a small area: the map draws fewer of them rather than fail the build", () => {
    const centre = places.find((p) => p.id === "panjshir")!;
    // 30 districts within about a kilometre: their labels cannot all find room.
    const crowd = Array.from({ length: 30 }, (_, i) => ({
      id: `crowded-${i}`,
      name: `Crowded District Number ${i}`,
      kind: "district" as const,
      lat: centre.lat + 0.001 * Math.cos(i),
      lon: centre.lon + 0.001 * Math.sin(i),
    }));
    const map = locatorMap(crowd[0]!, [...places, ...crowd]);
    const drawn = map.wide.points.map((p) => p.id);
    expect(drawn[0]).toBe("crowded-0");
    expect(drawn.length).toBeLessThan(MAP_PLACES);
    const { region } = placeIndexMaps([...crowd, ...places]);
    expect(region.wide.points.length).toBeGreaterThan(0);
  });
});
