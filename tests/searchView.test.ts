/**
 * The search results as the page shows them: src/components/search/render.ts filling copies of
 * Search.astro's own templates, in Node (linkedom), over a small hand-made index. The markup
 * below is what the search page's element puts in its status line and results.
 */
import { experimental_AstroContainer as AstroContainer } from "astro/container";
import { parseHTML } from "linkedom";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import Search from "@/components/search/Search.astro";
import { ResultsView } from "@/components/search/render";
import type { Corpus } from "@/lib/corpus/types";
import { createSearcher, REPORTS_SHOWN, type SearchFilters } from "@/lib/search";
import { buildSearchIndex, filesByUrl } from "@/lib/searchIndex";
import { LINKS } from "./helpers/search";

const PASSAGES = 12;
/** A hand-made corpus of `reports` reports of PASSAGES passages, each naming Kabul as "Kabol". */
function corpusOf(reports: number): Corpus {
  return {
    reports: Array.from({ length: reports }, (_, r) => ({
      id: r === 0 ? "one" : `report-${r + 1}`,
      data: {
        title: r === 0 ? "Report <one>" : `Report ${r + 1}`,
        outlet: {},
        published: { date: "2021-09-01" },
      },
      passages: Array.from({ length: PASSAGES }, (_, n) => ({
        anchor: `p-${n + 1}`,
        kind: "paragraph",
        text: `In Kabol, day ${n + 1}.`,
        mentions: [{ ids: ["kabul"] }],
      })),
    })),
    gazetteer: [
      {
        id: "kabul",
        type: "place",
        name: "Kabul",
        aliases: ["Kabol"],
        transliterations: [],
        shortNames: [],
        nativeNames: [],
        description: { text: "Capital & <b>city</b>." },
      },
    ],
    events: [
      {
        id: "fall",
        headline: "Kabul falls",
        date: { label: "15 August 2021", datetime: "2021-08-15", start: "2021-08-15" },
        involves: ["kabul"],
      },
    ],
  } as unknown as Corpus;
}

// The DOM globals the view reads while it renders (linkedom has no NodeFilter: the one constant
// it needs), from a page holding the component's markup; put back as they were afterwards.
const saved = Object.getOwnPropertyDescriptors(globalThis);
let root: HTMLElement;

beforeAll(async () => {
  const container = await AstroContainer.create();
  const { document, Node, Element, HTMLElement, Text } = parseHTML(
    `<!doctype html><html><body>${await container.renderToString(Search, { props: { outlets: ["The Outlet"], days: { first: "2021-08-15", last: "2021-09-01" } } })}</body></html>`,
  );
  const NodeFilter = { SHOW_TEXT: 4 };
  Object.assign(globalThis, { document, Node, Element, HTMLElement, Text, NodeFilter });
  root = document.querySelector("panjshir-search")!;
  // Development rendering marks each element with its source location; the build does not.
  const templates = [...root.querySelectorAll("template")].map((t) => t.content);
  for (const element of [root, ...templates].flatMap((r) => [...r.querySelectorAll("*")])) {
    for (const name of element.getAttributeNames())
      if (name.startsWith("data-astro-source")) element.removeAttribute(name);
  }
});

afterAll(() => {
  for (const name of ["document", "Node", "Element", "HTMLElement", "Text", "NodeFilter"]) {
    if (saved[name]) Object.defineProperty(globalThis, name, saved[name]);
    else Reflect.deleteProperty(globalThis, name);
  }
});

/** Renders the search for `query` over `reports` reports, every file loaded; returns the status line's and the results' HTML. */
function render(
  query: string,
  options: { reports?: number; more?: number; filters?: SearchFilters; filtered?: string } = {},
) {
  const files = buildSearchIndex(corpusOf(options.reports ?? 1), LINKS);
  const searcher = createSearcher(files.core);
  for (const [url, file] of filesByUrl(files)) searcher.add(url, file);
  const view = new ResultsView(root, { searchFor: () => {}, refresh: () => {} });
  const results = searcher.search(query, options.filters);
  view.render(results, searcher, options.filtered ?? "");
  // Each press of "Show more reports" renders again with a page more.
  for (let n = 0; n < (options.more ?? 0); n++) {
    root.querySelector<HTMLButtonElement>("#results-reports ~ button")!.click();
    view.render(results, searcher, "");
  }
  return {
    status: root.querySelector("[role=status]")!.innerHTML,
    results: root.querySelector("[data-results]")!.innerHTML,
  };
}

const passage = (n: number) =>
  `<li><a href="/reports/one/#p-${n}:~:text=In-,Kabol,-%2C%20day%20${n}." data-result="">paragraph ${n}</a>` +
  `<p class="snippet">In <mark>Kabol</mark>, day ${n}.</p></li>`;

describe("search results", () => {
  test("a name: the count, the names, the events, then each report with its best passages", () => {
    const { status, results } = render("Kabul");
    expect(status).toBe(
      `1 name, 1 event and 1 report (${PASSAGES} passages) for <span class="query">“<bdi>Kabul</bdi>”</span>`,
    );
    expect(results).toBe(
      `<section aria-labelledby="results-names"><h2 id="results-names">People, places and organisations</h2>` +
        `<ol class="results"><li><p class="result-title"><a href="/place/kabul/" data-result="">Kabul</a> ` +
        `<span class="label tag">Place</span></p><p class="meta">Also: Kabol</p>` +
        `<p class="snippet">Capital &amp; &lt;b&gt;city&lt;/b&gt;.</p></li></ol></section>` +
        `<section aria-labelledby="results-events"><h2 id="results-events">Chronology events</h2>` +
        `<ol class="results"><li><p class="result-title"><a href="/events/fall/" data-result="">Kabul falls</a></p>` +
        `<p class="meta"><time datetime="2021-08-15">15 August 2021</time></p></li></ol></section>` +
        `<section aria-labelledby="results-reports"><h2 id="results-reports">Reports</h2>` +
        `<ol class="results"><li class="report-result"><p class="result-title"><a href="/reports/one/" data-result="">Report &lt;one&gt;</a></p>` +
        `<p class="meta">Outlet not named in the document · <time datetime="2021-09-01">1 September 2021</time>` +
        ` · ${PASSAGES} matching passages, the best 2</p>` +
        `<ol class="report-passages">${passage(1)}${passage(2)}</ol></li></ol></section>`,
    );
  });

  test(`every matching report is shown up to ${REPORTS_SHOWN}; past that a button shows more`, () => {
    const reports = REPORTS_SHOWN + 5;
    const first = render("Kabul", { reports }).results;
    const section = first.slice(first.indexOf('<section aria-labelledby="results-reports">'));
    expect(section).toContain(`<h2 id="results-reports">Reports (first ${REPORTS_SHOWN} of ${reports})</h2>`);
    expect(section.match(/<p class="result-title">/g)).toHaveLength(REPORTS_SHOWN);
    expect(section).toContain(`<button type="button" class="results-more">Show 5 more reports</button>`);
    const all = render("Kabul", { reports, more: 1 }).results;
    expect(all.match(/<p class="result-title">/g)).toHaveLength(reports + 2);
    expect(all).not.toContain("more reports");
  });

  test("a report whose file is not loaded yet says so", () => {
    const files = buildSearchIndex(corpusOf(1), LINKS);
    const searcher = createSearcher(files.core);
    for (const [url, file] of filesByUrl(files)) if (!url.includes("/reports/")) searcher.add(url, file);
    new ResultsView(root, { searchFor: () => {}, refresh: () => {} }).render(
      searcher.search("Kabul"),
      searcher,
      "",
    );
    expect(root.querySelector("#results-reports + ol")!.innerHTML).toBe(
      `<li class="report-result"><p class="result-title">Loading the report…</p><p class="meta">${PASSAGES} matching passages</p>` +
        `<ol class="report-passages"></ol></li>`,
    );
  });

  test("the filters in use are said after the count", () => {
    const { status } = render("Kabul", { filters: { kinds: ["reports"] }, filtered: "only reports" });
    expect(status).toBe(
      `0 names, 0 events and 1 report (${PASSAGES} passages) for <span class="query">“<bdi>Kabul</bdi>”</span>, only reports`,
    );
  });

  test("nothing found: the closest names, each a link that searches for it", () => {
    const { status, results } = render("Kabzz");
    expect(status).toBe(`No results for <span class="query">“<bdi>Kabzz</bdi>”</span>`);
    expect(results).toBe(`<p>Did you mean: <a href="?q=Kabul">Kabul</a>?</p>`);
  });

  test.each([
    ["", "Type a name, a place or any word from the reports.", ""],
    [
      "<img src=x onerror=alert(1)>",
      `No results for <span class="query">“<bdi>&lt;img src=x onerror=alert(1)&gt;</bdi>”</span>`,
      "",
    ],
    [
      "Kabul ".repeat(30),
      expect.stringMatching(
        /for <span class="query">“<bdi>(Kabul ){16}Kabu<\/bdi>”<\/span> \(the query was cut to its first 100 characters\)$/,
      ),
      expect.anything(),
    ],
  ])("status for %j", (query, status, results) => {
    expect(render(query)).toEqual({ status, results });
  });
});
