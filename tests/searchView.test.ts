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
import { createSearcher } from "@/lib/search";
import type { SearchIndex, TextShard } from "@/lib/searchIndex";

const PASSAGES = 12;
const index: SearchIndex = {
  reports: [
    {
      id: "one",
      title: "Report <one>",
      date: "2021-09-01",
      dateLabel: "1 September 2021",
      url: "/reports/one/",
    },
  ],
  entries: [
    {
      id: "kabul",
      type: "place",
      name: "Kabul",
      aliases: ["Kabol"],
      shortNames: [],
      description: "Capital & <b>city</b>.",
      url: "/places/kabul/",
    },
  ],
  events: [
    {
      id: "fall",
      headline: "Kabul falls",
      dateLabel: "15 August 2021",
      datetime: "2021-08-15",
      ids: ["kabul"],
      url: "/chronology/#fall",
    },
  ],
  passages: Array.from({ length: PASSAGES }, (_, n) => ({
    report: 0,
    anchor: `p-${n + 1}`,
    kind: "paragraph" as const,
    ids: ["kabul"],
  })),
  shards: ["/search-text/0.json"],
  shardSize: 400,
};
const shard: TextShard = {
  from: 0,
  texts: Array.from({ length: PASSAGES }, (_, n) => `In Kabol, day ${n + 1}.`),
};

// The DOM globals the view reads while it renders (linkedom has no NodeFilter: the one constant
// it needs), from a page holding the component's markup; put back as they were afterwards.
const saved = Object.getOwnPropertyDescriptors(globalThis);
let root: HTMLElement;

beforeAll(async () => {
  const container = await AstroContainer.create();
  const { document, Node, Element, HTMLElement, Text } = parseHTML(
    `<!doctype html><html><body>${await container.renderToString(Search)}</body></html>`,
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

/** Renders the search for `query`; returns the status line's and the results' HTML. */
function render(query: string, options: { shards?: TextShard[]; expanded?: string[] } = {}) {
  const view = new ResultsView(root, { searchFor: () => {}, showAll: () => {} }, new Set(options.expanded));
  view.render(createSearcher(index, options.shards ?? [shard]).search(query));
  return {
    status: root.querySelector("[role=status]")!.innerHTML,
    results: root.querySelector("[data-results]")!.innerHTML,
  };
}

const passage = (n: number, snippet: string, fragment = "") =>
  `<li><p class="result-title"><a href="/reports/one/#p-${n}${fragment}" data-result="">Report &lt;one&gt;</a></p>` +
  `<p class="meta">Outlet not named in the document · <time datetime="2021-09-01">1 September 2021</time></p>` +
  `<p class="snippet">${snippet}</p></li>`;

describe("search results", () => {
  test("a name: the count, then names, events and the first ten passages, with a button for the rest", () => {
    const { status, results } = render("Kabul");
    expect(status).toBe(
      `${1 + 1 + PASSAGES} results (1 names, 1 events, ${PASSAGES} passages) for ` +
        `<span class="query">“<bdi>Kabul</bdi>”</span>`,
    );
    expect(results).toBe(
      `<section aria-labelledby="results-entries"><h2 id="results-entries">People, places and organisations</h2>` +
        `<ol class="results"><li><p class="result-title"><a href="/places/kabul/" data-result="">Kabul</a> ` +
        `<span class="label tag">Place</span></p><p class="meta">Also: Kabol</p>` +
        `<p class="snippet">Capital &amp; &lt;b&gt;city&lt;/b&gt;.</p></li></ol></section>` +
        `<section aria-labelledby="results-events"><h2 id="results-events">Chronology events</h2>` +
        `<ol class="results"><li><p class="result-title"><a href="/chronology/#fall" data-result="">Kabul falls</a></p>` +
        `<p class="meta"><time datetime="2021-08-15">15 August 2021</time></p></li></ol></section>` +
        `<section aria-labelledby="results-passages"><h2 id="results-passages">Passages (first 10 of ${PASSAGES})</h2>` +
        `<ol class="results">${Array.from({ length: 10 }, (_, n) =>
          passage(n + 1, `In <mark>Kabol</mark>, day ${n + 1}.`, `:~:text=In-,Kabol,-%2C%20day%20${n + 1}.`),
        ).join("")}</ol>` +
        `<button type="button">Show all ${PASSAGES} passages</button></section>`,
    );
  });

  test("a group the reader asked to see whole: every result, no button", () => {
    const { results } = render("Kabul", { expanded: ["passages"] });
    const section = results.slice(results.indexOf('<section aria-labelledby="results-passages">'));
    expect(section).toMatch(
      /^<section aria-labelledby="results-passages"><h2 id="results-passages">Passages<\/h2>/,
    );
    expect(section.match(/<li>/g)).toHaveLength(PASSAGES);
    expect(section).not.toContain("<button");
  });

  test("passages whose text is not loaded yet link to their paragraph and say so", () => {
    expect(render("Kabul", { shards: [] }).results).toContain(passage(1, "Loading the passage…"));
  });

  test("nothing found: the closest names, each a link that searches for it", () => {
    const { status, results } = render("Kaboom");
    expect(status).toBe(`No results for <span class="query">“<bdi>Kaboom</bdi>”</span>`);
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
