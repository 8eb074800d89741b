import { describe, expect, test } from "vitest";
import { buildCorpus } from "@/lib/corpus";
import {
  createSearcher,
  makeSnippet,
  MAX_QUERY_LENGTH,
  mergeRanges,
  normaliseQuery,
  textFragment,
} from "@/lib/search";
import { buildSearchIndex } from "@/lib/searchIndex";
import { loadContent } from "./helpers/content";

// The real index, built from the real content exactly as the build does.
const corpus = buildCorpus(loadContent());
const index = buildSearchIndex(corpus, {
  report: (id) => `/reports/${id}/`,
  entry: (type, id) => `/${type}/${id}/`,
  event: (id) => `/chronology/#${id}`,
});
const search = createSearcher(index);
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
    const texts = results.passages.map((h) => h.passage.text);
    expect(texts.some((t) => t.includes("Massoud") && !t.includes("Masood"))).toBe(true);
    expect(texts.some((t) => t.includes("Masood"))).toBe(true);
    // …and the other spelling is what gets highlighted.
    const hit = results.passages.find(
      (h) => h.passage.text.includes("Ahmad Massoud") && !h.passage.text.includes("Masood"),
    )!;
    const { snippet } = results.view(hit);
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
    expect(search("Kapisa").passages[0]!.passage.text).toContain("Kapisa");
  });

  test.each([
    ["Kandahar", "jalaluddin-sekandar"],
    ["Mutaqi", "taliban"],
    ["Taiban", "afghan-central-bank"],
  ])("a loose partial match is no match: %j does not find %s", (query, id) => {
    expect(entryIds(query)).not.toContain(id);
  });

  test("finds events about an entry", () => {
    expect(search("Mohammadi").events.map((h) => h.event.id)).toContain(
      "mohammadi-says-tuesday-night-assault-repelled",
    );
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
