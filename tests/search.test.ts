import { describe, expect, test } from "vitest";
import { buildCorpus } from "@/lib/corpus";
import { makeSnippet, mergeRanges, splitHighlights, textFragment } from "@/lib/highlights";
import { createSearcher, MAX_QUERY_LENGTH, normaliseQuery } from "@/lib/search";
import { buildSearchIndex } from "@/lib/searchIndex";
import { loadContent } from "./helpers/content";

// The real index, built from the real content exactly as the build does.
const corpus = buildCorpus(loadContent());
const { index, shards } = buildSearchIndex(
  corpus,
  {
    report: (id) => `/reports/${id}/`,
    entry: (type, id) => `/${type}/${id}/`,
    event: (id) => `/chronology/#${id}`,
    shard: (n) => `/search-text/${n}.json`,
  },
  // Small shards, so that the tests cover passages spread over several.
  40,
);
const searcher = createSearcher(index, shards);
const search = searcher.search;
const textOf = (i: number) => shards[Math.floor(i / 40)]!.texts[i % 40]!;
const entryIds = (query: string) => search(query).entries.map((h) => h.entry.id);
/** The reports whose passages name `id` (under any spelling). */
const reportsNaming = (id: string) =>
  new Set(index.passages.filter((p) => p.ids.includes(id)).map((p) => index.reports[p.report]!.id));

describe("every spelling finds its entry and every report that names it", () => {
  const cases = index.entries.flatMap((entry) =>
    [entry.name, ...entry.aliases].map((name) => [name, entry.id] as const),
  );
  test.each(cases)("%j → %s", (name, id) => {
    const results = search(name);
    expect(results.entries.map((h) => h.entry.id)).toContain(id);
    const found = new Set(results.passages.map((h) => h.report.id));
    for (const report of reportsNaming(id)) expect(found).toContain(report);
  });
});

describe("the spellings readers type", () => {
  test.each([
    ["Masood", "ahmad-massoud"],
    ["Masood", "ahmad-shah-massoud"],
    ["Masoud", "ahmad-massoud"],
    ["Dasti", "fahim-dashty"],
    ["Dashtey", "fahim-dashty"],
    ["Nasary", "ali-maisam-nazary"],
    ["Motaqi", "amir-khan-muttaqi"],
    ["Mutaqi", "amir-khan-muttaqi"],
    ["Charika", "charikar"],
    ["Charicar", "charikar"],
    ["Panjsheer", "panjshir"],
    ["Panjshīr", "panjshir"],
    ["Kabol", "kabul"],
    ["Bazārak", "bazarak"],
    ["khawak", "khawak-pass"],
    ["ZABIHULLAH", "zabihullah-mujahid"],
  ])("%j finds %s", (query, id) => {
    expect(entryIds(query)).toContain(id);
  });

  test("a search for one spelling finds passages that use another", () => {
    const results = search("Masood");
    const texts = results.passages.map((h) => textOf(h.i));
    expect(texts.some((t) => t.includes("Massoud") && !t.includes("Masood"))).toBe(true);
    expect(texts.some((t) => t.includes("Masood"))).toBe(true);
    // …and the other spelling is what gets highlighted.
    const hit = results.passages.find(
      (h) => textOf(h.i).includes("Ahmad Massoud") && !textOf(h.i).includes("Masood"),
    )!;
    const { snippet } = results.view(hit)!;
    const marks = snippet.highlights.map((h) => snippet.text.slice(h.start, h.end));
    expect(marks.some((m) => /Mass?oud/.test(m))).toBe(true);
  });

  test.each(["Dashty", "Dashti", "Dasti"])("%j finds every passage that names Fahim Dashty", (query) => {
    const found = new Set(search(query).passages.map((h) => h.passage));
    const naming = index.passages.filter((p) => p.ids.includes("fahim-dashty"));
    expect(naming.length).toBeGreaterThanOrEqual(4);
    for (const passage of naming) expect(found).toContain(passage);
  });
});

describe("ranking", () => {
  test.each([
    ["Ahmad Massoud", "ahmad-massoud"],
    ["Ahmad Shah Massoud", "ahmad-shah-massoud"],
    ["Dashti", "fahim-dashty"],
    ["Kabul", "kabul"],
    ["NRF", "nrf"],
  ])("an exact name puts its entry first: %j", (query, id) => {
    const [first] = search(query).entries;
    expect(first?.entry.id).toBe(id);
    expect(first?.exact).toBe(true);
  });

  test("passages that name the entry come before fuzzy text matches", () => {
    const scores = search("Kapisa").passages.map((h) => h.score);
    expect(scores).toEqual([...scores].sort((a, b) => a - b));
    expect(textOf(search("Kapisa").passages[0]!.i)).toContain("Kapisa");
  });

  test.each([
    ["Kandahar", "jalaluddin-sekandar"],
    ["Mutaqi", "taliban"],
    ["Taiban", "afghan-central-bank"],
  ])("a loose partial match is no match: %j does not find %s", (query, id) => {
    expect(entryIds(query)).not.toContain(id);
  });

  test.each(["Masood", "Dasti", "Charika"])(
    "passages in the reader's own spelling come first: %j",
    (query) => {
      const hits = search(query).passages;
      const literal = hits.filter((h) => textOf(h.i).includes(query));
      expect(literal.length).toBeGreaterThan(0);
      expect(hits.slice(0, literal.length)).toEqual(literal);
    },
  );

  test("finds events about an entry", () => {
    expect(search("Mohammadi").events.map((h) => h.event.id)).toContain(
      "mohammadi-says-tuesday-night-assault-repelled",
    );
  });
});

describe("text shards", () => {
  test("a name query finds every passage before any text is loaded; snippets wait for their shard", () => {
    const bare = createSearcher(index);
    const results = bare.search("Dasti");
    expect(results.passages.length).toBeGreaterThanOrEqual(4);
    expect(results.view(results.passages[0]!)).toBeNull();
    const missing = bare.missingShards(results.passages);
    expect(missing.length).toBeGreaterThan(0);
    missing.forEach((n) => bare.addShard(shards[n]!));
    expect(bare.missingShards(results.passages)).toEqual([]);
    expect(bare.search("Dasti").view(results.passages[0]!)?.snippet.text).toMatch(/Dash?t[iy]/);
  });

  test("words that are no name are found once their text is loaded", () => {
    const bare = createSearcher(index);
    expect(bare.search("ceasefire").passages).toEqual([]);
    shards.forEach((shard) => bare.addShard(shard));
    expect(bare.search("ceasefire").passages.length).toBeGreaterThan(0);
    expect(bare.loadedShards()).toBe(shards.length);
  });

  test("every passage is in exactly one shard, in order", () => {
    expect(shards.flatMap((s) => s.texts)).toHaveLength(index.passages.length);
    expect(shards.map((s) => s.from)).toEqual(shards.map((_, n) => n * 40));
    expect(index.shards).toEqual(shards.map((_, n) => `/search-text/${n}.json`));
  });
});

describe("awkward queries", () => {
  test.each([
    ["", 0],
    ["   ", 0],
    ["a", 0],
    ["(.*)[", 0],
    ["\\d+$^", 0],
  ])("%j gives no results and no error", (query, count) => {
    const results = search(query);
    expect(results.entries.length + results.events.length + results.passages.length).toBe(count);
  });

  test("a very long query is cut, not refused", () => {
    const long = "Panjshir ".repeat(40);
    const results = search(long);
    expect(results.truncated).toBe(true);
    expect([...results.query].length).toBeLessThanOrEqual(MAX_QUERY_LENGTH);
  });

  test.each(["مسعود", "<img src=x onerror=alert(1)>", "Dashti & <Dasti>"])(
    "%j is searched as text",
    (query) => {
      expect(() => search(query)).not.toThrow();
      expect(search(query).query).toBe(query);
    },
  );

  test("no results offer the closest names", () => {
    const results = search("Kunduz");
    expect(results.passages.length + results.entries.length + results.events.length).toBe(0);
    expect(results.suggestions.length).toBeGreaterThan(0);
    expect(results.suggestions.length).toBeLessThanOrEqual(3);
  });
});

describe("helpers", () => {
  test.each([
    ["  Ahmad   Massoud ", "Ahmad Massoud", false],
    ["x".repeat(150), "x".repeat(MAX_QUERY_LENGTH), true],
  ])("normaliseQuery(%j)", (raw, query, truncated) => {
    expect(normaliseQuery(raw)).toEqual({ query, truncated });
  });

  test.each([
    [[], []],
    [
      [
        { start: 5, end: 9 },
        { start: 0, end: 3 },
      ],
      [
        { start: 0, end: 3 },
        { start: 5, end: 9 },
      ],
    ],
    [
      [
        { start: 0, end: 5 },
        { start: 3, end: 8 },
      ],
      [{ start: 0, end: 8 }],
    ],
    [
      [
        { start: 0, end: 5 },
        { start: 5, end: 8 },
      ],
      [{ start: 0, end: 8 }],
    ],
  ])("mergeRanges(%j)", (ranges, expected) => {
    expect(mergeRanges(ranges)).toEqual(expected);
  });

  test.each([
    ["Kabul fell", [], [{ text: "Kabul fell", mark: false }]],
    [
      "Kabul fell",
      [{ start: 0, end: 5 }],
      [
        { text: "Kabul", mark: true },
        { text: " fell", mark: false },
      ],
    ],
    [
      "in Kabul and Charika",
      [
        { start: 3, end: 8 },
        { start: 13, end: 20 },
      ],
      [
        { text: "in ", mark: false },
        { text: "Kabul", mark: true },
        { text: " and ", mark: false },
        { text: "Charika", mark: true },
      ],
    ],
  ])("splitHighlights(%j, %j)", (text, highlights, pieces) => {
    expect(splitHighlights(text, highlights)).toEqual(pieces);
  });

  test("makeSnippet centres on the first highlight and moves the ranges", () => {
    const text = `${"word ".repeat(60)}Massoud ${"more ".repeat(60)}`;
    const start = text.indexOf("Massoud");
    const snippet = makeSnippet(text, [{ start, end: start + 7 }], 30);
    expect(snippet.cutStart && snippet.cutEnd).toBe(true);
    const [h] = snippet.highlights;
    expect(snippet.text.slice(h!.start, h!.end)).toBe("Massoud");
  });

  test("makeSnippet returns a short text whole", () => {
    expect(makeSnippet("Kabul fell.", [{ start: 0, end: 5 }])).toEqual({
      text: "Kabul fell.",
      highlights: [{ start: 0, end: 5 }],
      cutStart: false,
      cutEnd: false,
    });
  });

  test.each([
    ["Fahim Dashti said it, twice", { start: 6, end: 12 }, ":~:text=Fahim-,Dashti,-said%20it%2C%20twice"],
    ["Dashti", { start: 0, end: 6 }, ":~:text=Dashti"],
    ["the Al-Qaeda network", { start: 4, end: 12 }, ":~:text=the-,Al%2DQaeda,-network"],
    ["anti-Taliban forces", { start: 5, end: 8 }, ":~:text=anti%2D-,Taliban,-forces"],
    ["no highlight", undefined, ""],
  ])("textFragment(%j)", (text, range, expected) => {
    expect(textFragment(text, range)).toBe(expected);
  });
});
