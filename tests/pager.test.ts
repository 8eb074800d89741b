/**
 * The pager of a long list as pages render it (Pager.astro, and PagerHead.astro in the head): plain
 * links to the neighbours and numbered pages, so every page is reachable without JavaScript.
 */
import { experimental_AstroContainer as AstroContainer } from "astro/container";
import { parseHTML } from "linkedom";
import { beforeAll, describe, expect, test } from "vitest";
import Pager from "@/components/Pager.astro";
import PagerHead from "@/components/PagerHead.astro";
import { pager } from "@/lib/paging";

let container: AstroContainer;
beforeAll(async () => {
  container = await AstroContainer.create();
});

const render = async (
  component: Parameters<AstroContainer["renderToString"]>[0],
  props: Record<string, unknown>,
) => parseHTML(await container.renderToString(component, { props })).document;

describe("Pager.astro", () => {
  test("page 2 of 5: a named landmark linking previous, every shown number and next", async () => {
    const doc = await render(Pager, { pager: pager("people/x/", 2, 5), label: "Pages of X" });
    const nav = doc.querySelector("nav")!;
    expect(nav.getAttribute("aria-label")).toBe("Pages of X");
    expect(nav.textContent).toContain("Page 2 of 5");
    expect(doc.querySelector('a[rel="prev"]')!.getAttribute("href")).toBe("/people/x/");
    expect(doc.querySelector('a[rel="next"]')!.getAttribute("href")).toBe("/people/x/3/");
    const numbered = [...doc.querySelectorAll("a:not([rel])")];
    expect(numbered.map((a) => a.getAttribute("href"))).toEqual([
      "/people/x/",
      "/people/x/2/",
      "/people/x/3/",
      "/people/x/4/",
      "/people/x/5/",
    ]);
    expect(doc.querySelector('[aria-current="page"]')!.textContent).toContain("2");
  });

  test("page 10 of 40: the gaps between shown numbers are marked and hidden from screen readers", async () => {
    const doc = await render(Pager, { pager: pager("people/x/", 10, 40), label: "Pages of X" });
    const items = [...doc.querySelectorAll("li")];
    const gaps = items.filter((li) => li.textContent!.trim() === "…");
    expect(gaps).toHaveLength(2);
    expect(gaps.every((li) => li.getAttribute("aria-hidden") === "true")).toBe(true);
    expect(doc.querySelectorAll("a:not([rel])")).toHaveLength(7);
  });

  test("a list of one page shows no pager", async () => {
    const doc = await render(Pager, { pager: pager("people/x/", 1, 1), label: "Pages of X" });
    expect(doc.querySelector("nav")).toBeNull();
  });
});

describe("PagerHead.astro", () => {
  test("a middle page names both neighbours (rel=prev/next)", async () => {
    const doc = await render(PagerHead, { pager: pager("people/x/", 3, 4) });
    expect(doc.querySelector('link[rel="prev"]')!.getAttribute("href")).toBe("/people/x/2/");
    expect(doc.querySelector('link[rel="next"]')!.getAttribute("href")).toBe("/people/x/4/");
  });

  test("the first page has no previous; a list of one page, neither", async () => {
    const first = await render(PagerHead, { pager: pager("people/x/", 1, 4) });
    expect(first.querySelectorAll('link[rel="prev"]')).toHaveLength(0);
    expect(first.querySelectorAll('link[rel="next"]')).toHaveLength(1);
    const one = await render(PagerHead, { pager: pager("people/x/", 1, 1) });
    expect(one.querySelectorAll("link")).toHaveLength(0);
  });
});
