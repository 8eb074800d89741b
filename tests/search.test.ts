import Fuse from "fuse.js/basic";
import { describe, expect, test } from "vitest";
import { makeSnippet, mergeRanges, splitHighlights, textFragment } from "@/lib/highlights";
import {
  createBigramFilter,
  createSearcher,
  MAX_QUERY_LENGTH,
  normaliseQuery,
  REPORTS_SHOWN,
  type SearchResults,
} from "@/lib/search";
import { buildSearchIndex, termWeight } from "@/lib/searchIndex";
import { idf } from "@/lib/searchRank";
import { createTermMatcher } from "@/lib/searchTerms";
import { nameKey } from "@/lib/text";
import { corpus, files, LINKS, loadingSearcher } from "./helpers/search";

// The real index, built from the real content exactly as the build does.
const { core, reports } = files;
const { search, searcher } = loadingSearcher();
const entryIds = (query: string) => search(query).entries.map((h) => h.entry.id);
const reportIds = (results: SearchResults) => results.reports.map((hit) => reports[hit.report]!.id);
/** Every matching passage, as "report#anchor". */
const passageKeys = (results: SearchResults) =>
  new Set(
    results.reports.flatMap((hit) =>
      hit.passages.map(
        (p) => `${reports[hit.report]!.id}#${reports[hit.report]!.passages[p.passage]!.anchor}`,
      ),
    ),
  );
const textOf = (report: number, passage: number) => reports[report]!.passages[passage]!.text;
/** The reports whose passages name `id` (under any spelling). */
const reportsNaming = (id: string) =>
  new Set(
    corpus.reports
      .filter((r) => r.passages.some((p) => p.mentions.some((m) => m.ids.includes(id))))
      .map((r) => r.id),
  );

describe("every spelling finds its entry and, without a click, every report that names it", () => {
  const cases = core.entries.flatMap((entry) =>
    [entry.name, ...entry.aliases].map((name) => [name, entry.id] as const),
  );
  test.each(cases)("%j → %s", (name, id) => {
    const results = search(name);
    expect(results.entries.map((h) => h.entry.id)).toContain(id);
    const found = reportIds(results).slice(0, REPORTS_SHOWN);
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

  test("a search for one spelling finds passages that use another, and highlights it", () => {
    const results = search("Masood");
    const hits = results.reports.flatMap((r) => r.passages);
    const texts = hits.map((h) => textOf(h.report, h.passage));
    expect(texts.some((t) => t.includes("Massoud") && !t.includes("Masood"))).toBe(true);
    expect(texts.some((t) => t.includes("Masood"))).toBe(true);
    const hit = hits.find(
      (h) =>
        textOf(h.report, h.passage).includes("Ahmad Massoud") &&
        !textOf(h.report, h.passage).includes("Masood"),
    )!;
    const { snippet } = results.view(hit.report, hit.passage)!;
    const marks = snippet.highlights.map((h) => snippet.text.slice(h.start, h.end));
    expect(marks.some((m) => /Mass?oud/.test(m))).toBe(true);
  });

  test.each(["Dashty", "Dashti", "Dasti"])("%j finds every passage that names Fahim Dashty", (query) => {
    const found = passageKeys(search(query));
    const naming = corpus.reports.flatMap((r) =>
      r.passages
        .filter((p) => p.mentions.some((m) => m.ids.includes("fahim-dashty")))
        .map((p) => `${r.id}#${p.anchor}`),
    );
    expect(naming.length).toBeGreaterThanOrEqual(4);
    for (const passage of naming) expect(found).toContain(passage);
  });
});

// Typos in ordinary words, each written from a word of the reports: the typo finds every
// passage the right spelling finds.
const TYPOS = [
  ["heavy loses", "heavy losses"],
  ["resistence", "resistance"],
  ["fighers", "fighters"],
  ["ceasfire", "ceasefire"],
  ["negotiaton", "negotiation"],
  ["goverment", "government"],
  ["ofensive", "offensive"],
  ["militray", "military"],
  ["mountians", "mountains"],
  ["casualites", "casualties"],
  ["assasinated", "assassinated"],
  ["amush", "ambush"],
  ["comander", "commander"],
  ["oppostion", "opposition"],
  ["journalsit", "journalist"],
  ["interveiw", "interview"],
  ["provinse", "province"],
  ["captial", "capital"],
  ["defnders", "defenders"],
  ["equipmnet", "equipment"],
  ["weapns", "weapons"],
  ["resistance fightrs", "resistance fighters"],
] as const;

describe("typos in any word", () => {
  test.each(TYPOS)("%j finds what %j finds", (typo, right) => {
    const wanted = passageKeys(search(right));
    expect(wanted.size).toBeGreaterThan(0);
    const found = passageKeys(search(typo));
    for (const passage of wanted) expect(found).toContain(passage);
  });

  test.each([
    ["fighter", "fighters"],
    ["casualty", "casualties"],
    ["force", "forces"],
    ["loss", "losses"],
    ["Taliban's", "Taliban"],
  ])("%j and %j are one word", (a, b) => {
    expect(passageKeys(search(`${a} `))).toEqual(passageKeys(search(`${b} `)));
  });

  test("a word still being typed finds the words it starts", () => {
    const typing = passageKeys(search("Panjsh"));
    expect(typing.size).toBeGreaterThan(0);
    for (const passage of passageKeys(search("Panjshir "))) expect(typing).toContain(passage);
  });

  test("a word being typed is completed from its third letter", () => {
    const matchWords = createTermMatcher(core.terms, core.df);
    const completions = (typed: string) =>
      matchWords(typed, false)[0]!.candidates.map((c) => core.terms[c.term]);
    expect(completions("pa")).toEqual([]);
    expect(completions("pan")).toContain("panjshir");
    expect(matchWords("pan", true)[0]!.candidates).toEqual([]);
  });

  test("a short word is not read as a typo of another", () => {
    const texts = search("war ").reports.flatMap((r) => r.passages.map((p) => textOf(p.report, p.passage)));
    for (const text of texts) expect(text.toLowerCase()).toMatch(/\bwars?\b/);
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

  test.each([
    ["Kandahar", "jalaluddin-sekandar"],
    ["Mutaqi", "taliban"],
    ["Taiban", "afghan-central-bank"],
  ])("a loose partial match is no match: %j does not find %s", (query, id) => {
    expect(entryIds(query)).not.toContain(id);
  });

  test.each(["Panjshir", "heavy losses", "Taliban fighters", "Masood"])(
    "reports come by score, and each report's passages too: %j",
    (query) => {
      const results = search(query);
      const scores = results.reports.map((r) => r.score);
      expect(scores).toEqual([...scores].sort((a, b) => b - a));
      for (const report of results.reports) {
        const inside = report.passages.map((p) => p.score);
        expect(inside).toEqual([...inside].sort((a, b) => b - a));
      }
    },
  );

  test("a passage with the words side by side outranks one with them apart", () => {
    const results = search("heavy losses");
    const best = results.reports[0]!.passages[0]!;
    expect(textOf(best.report, best.passage).toLowerCase()).toContain("heavy losses");
  });

  test("the order follows the ranking, not the order of the files", () => {
    // Every report names the Taliban; the report that names them most often is not the first file.
    const order = search("Taliban").reports.map((r) => r.report);
    expect(order).not.toEqual([...order].sort((a, b) => a - b));
  });

  test("finds events about an entry", () => {
    const results = search("Mohammadi");
    expect(results.events.map((h) => searcher.event(h.event)?.id)).toContain(
      "mohammadi-says-tuesday-night-assault-repelled",
    );
  });
});

describe("filters", () => {
  test("by outlet: only that outlet's reports", () => {
    const outlet = core.outlets[0]!;
    const results = search("Panjshir", { outlet });
    expect(results.reports.length).toBeGreaterThan(0);
    for (const hit of results.reports) expect(reports[hit.report]!.outlet).toBe(outlet);
    expect(results.reports.length).toBeLessThan(search("Panjshir").reports.length);
  });

  test("an outlet no report has matches no report", () => {
    expect(search("Panjshir", { outlet: "No such outlet" }).reports).toEqual([]);
  });

  test("by day: reports published and events dated in the range", () => {
    const results = search("Panjshir", { from: "2021-09-03", to: "2021-09-05" });
    expect(results.reports.length).toBeGreaterThan(0);
    for (const hit of results.reports) expect(reports[hit.report]!.date).toMatch(/^2021-09-0[345]$/);
    for (const hit of results.events)
      expect(core.days[core.events.day[hit.event]!]! >= "2021-09-03").toBe(true);
    expect(results.events.length).toBeLessThan(search("Panjshir").events.length);
  });

  test("by kind", () => {
    const results = search("Panjshir", { kinds: ["reports"] });
    expect(results.entries).toEqual([]);
    expect(results.events).toEqual([]);
    expect(results.reports.length).toBeGreaterThan(0);
  });
});

describe("postings lists cut at scale", () => {
  // Lists of three postings at most: every common word's list is cut, as at 10,000 reports.
  const cut = loadingSearcher(buildSearchIndex(corpus, LINKS, 3));
  test.each(["heavy losses", "Taliban fighters", "ceasefire talks", "very well armed"])(
    "%j still finds every passage that holds every word",
    (query) => {
      const whole = passageKeys(search(`${query} `));
      expect(whole.size).toBeGreaterThan(0);
      expect(passageKeys(cut.search(`${query} `))).toEqual(whole);
    },
  );
});

describe("loading only what a query needs", () => {
  test("a query asks for the postings of its words and names, then for the reports it shows", () => {
    const { searcher: bare, search: complete, loaded } = loadingSearcher();
    const first = bare.search("Dasti");
    expect(first.missing.length).toBeGreaterThan(0);
    expect(first.missing.length).toBeLessThan(core.postings.from.length);
    expect(first.reports).toEqual([]);
    const results = complete("Dasti");
    expect(results.reports.length).toBeGreaterThanOrEqual(3);
    const hit = results.reports[0]!.passages[0]!;
    expect(results.view(hit.report, hit.passage)?.snippet.text).toMatch(/Dash?t[iy]/);
    expect(loaded.filter((url) => url.includes("/reports/"))).toHaveLength(results.reports.length);
  });

  test("a snippet waits for its report's file", () => {
    const bare = createSearcher(core);
    const { missing } = bare.search("ceasefire");
    const { postings } = files;
    for (const url of missing) bare.add(url, postings[Number(/(\d+)\.json$/.exec(url)![1])]!);
    const results = bare.search("ceasefire");
    const hit = results.reports[0]!.passages[0]!;
    expect(results.view(hit.report, hit.passage)).toBeNull();
    expect(bare.filesToShow(results, 1, 0)).toEqual([`/search/reports/${hit.report}.json`]);
  });
});

describe("names in their own script", () => {
  test.each(["پنجشیر", "پنجشير", "كابل"])("%j finds the place and the reports that name it", (query) => {
    const results = search(query);
    const [first] = results.entries;
    expect(first).toBeDefined();
    for (const report of reportsNaming(first!.entry.id)) expect(reportIds(results)).toContain(report);
  });
});

describe("awkward queries", () => {
  test.each(["", "   ", "a", "(.*)[", "\\d+$^"])("%j gives no results and no error", (query) => {
    const results = search(query);
    expect(results.entries.length + results.events.length + results.reports.length).toBe(0);
  });

  test("a very long query is cut, not refused", () => {
    const results = search("Panjshir ".repeat(40));
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
    expect(results.reports.length + results.entries.length + results.events.length).toBe(0);
    expect(results.suggestions.length).toBeGreaterThan(0);
    expect(results.suggestions.length).toBeLessThanOrEqual(3);
  });
});

describe("the ranking formula (docs/SEARCH.md)", () => {
  test("a term's weight is BM25's term-frequency part, scaled by 100", () => {
    expect(termWeight(1, 20, 20)).toBe(100);
    expect(termWeight(2, 20, 20)).toBe(138);
    expect(termWeight(1, 40, 20)).toBeLessThan(100);
    expect(termWeight(1, 10, 20)).toBeGreaterThan(100);
  });

  test("a rarer term weighs more (idf)", () => {
    const common = core.terms.indexOf("taliban");
    const rare = core.terms.indexOf("ceasefire");
    expect(core.df[common]!).toBeGreaterThan(core.df[rare]!);
    expect(idf(core, rare)).toBeGreaterThan(idf(core, common));
    expect(idf(core, common)).toBeCloseTo(
      Math.log(1 + (core.passages - core.df[common]! + 0.5) / (core.df[common]! + 0.5)),
    );
  });
});

describe("the name filter before fuse.js", () => {
  // Every name, and each with one letter dropped, one doubled and two swapped: whatever fuse.js
  // finds among all the names, it finds among those the filter lets through.
  const keys = core.entries.flatMap((e) => [e.name, ...e.aliases, ...e.shortNames]).map((n) => nameKey(n));
  const variants = keys.flatMap((k) => [
    k,
    k.slice(1),
    `${k.slice(0, 2)}${k.slice(1)}`,
    `${k[1]}${k[0]}${k.slice(2)}`,
  ]);
  const options = { includeScore: true, ignoreLocation: true, threshold: 0.34, minMatchCharLength: 2 };
  const all = new Fuse(keys, options);
  const filter = createBigramFilter(keys);
  test.each(variants.filter((v) => v.length >= 2))("%j", (pattern) => {
    const near = filter(pattern, Math.floor(0.34 * [...pattern].length)).map((i) => keys[i]!);
    expect(
      new Fuse(near, options)
        .search(pattern)
        .map((r) => r.item)
        .sort(),
    ).toEqual(
      all
        .search(pattern)
        .map((r) => r.item)
        .sort(),
    );
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
