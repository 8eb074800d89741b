/**
 * The page cache's logic (src/lib/pageCache.ts): a page's path from its route and parameters,
 * the digest that keys what it shows, and which pages a build renders; and how the integration
 * moves kept files back (src/integrations/pageCache.ts). The build over fixture content
 * (tests/build.test.ts) shows a rebuild writing what a full build writes.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterAll, describe, expect, test } from "vitest";
import { moveBack } from "../src/integrations/pageCache";
import { buildCorpus } from "@/lib/corpus";
import type { Corpus, CorpusInput } from "@/lib/corpus/types";
import { digestAs, digestOf, pageFile, pagesToRender, routePath, type PageCacheBuild } from "@/lib/pageCache";
import { entryPage, entryPageInputs, entryPageRefs } from "@/lib/views/entryPage";
import { loadContent, withReportCopies } from "./helpers/content";
import { filesUnder } from "./helpers/files";

describe("routePath and pageFile", () => {
  test("a page's path ends in a slash and is written as its index.html", () => {
    expect(routePath("/reports/[slug]", { slug: "first-report" })).toBe("/reports/first-report/");
    expect(pageFile("/reports/first-report/")).toBe("reports/first-report/index.html");
  });

  test("a rest parameter may be empty (a list's first page)", () => {
    const pattern = "/[folder]/[id]/[...page]";
    expect(routePath(pattern, { folder: "people", id: "x", page: undefined })).toBe("/people/x/");
    expect(routePath(pattern, { folder: "people", id: "x", page: "2" })).toBe("/people/x/2/");
  });

  test("an endpoint's path is its file", () => {
    expect(routePath("/search/[kind]/[n].json", { kind: "reports", n: "3" })).toBe("/search/reports/3.json");
    expect(routePath("/sources/[file]", { file: "900_fixture.txt" })).toBe("/sources/900_fixture.txt");
    expect(pageFile("/search/reports/3.json")).toBe("search/reports/3.json");
  });

  test("a parameter the pattern names but the params lack is an error", () => {
    expect(() => routePath("/reports/[slug]", { id: "x" })).toThrow(/\[slug\]/);
  });
});

describe("digestOf", () => {
  const report = () => ({ id: "r", passages: [{ anchor: "p-1", text: "Fighting in the valley." }] });

  test("equal content gives the same digest, any difference another", () => {
    expect(digestOf(report())).toBe(digestOf(report()));
    const changed = report();
    changed.passages[0]!.text = "Fighting in the valley!";
    expect(digestOf(changed)).not.toBe(digestOf(report()));
    expect(digestOf({ a: 1, b: 2 })).not.toBe(digestOf({ b: 2, a: 1 }));
    expect(digestOf(["ab", "c"])).not.toBe(digestOf(["a", "bc"]));
    expect(digestOf([1])).not.toBe(digestOf(["1"]));
    expect(digestOf({ a: undefined })).not.toBe(digestOf({}));
  });

  test("Maps, Sets and Dates are digested by their content", () => {
    expect(digestOf(new Map([["a", "x"]]))).toBe(digestOf(new Map([["a", "x"]])));
    expect(digestOf(new Map([["a", "x"]]))).not.toBe(digestOf(new Map([["a", "y"]])));
    expect(digestOf(new Set(["a"]))).not.toBe(digestOf(new Set(["b"])));
    expect(digestOf(new Date("2021-09-03"))).not.toBe(digestOf(new Date("2021-09-04")));
  });

  test("a shared object stands in its parents by its own digest, the same wherever it appears", () => {
    const shared = report();
    expect(digestOf({ page: 1, report: shared })).toBe(digestOf({ page: 1, report: report() }));
    expect(digestOf([shared, shared])).toBe(digestOf([report(), report()]));
  });

  test("an object with a declared digest stands in by it, its content not read", () => {
    const passage = { anchor: "p-1", text: "Fighting in Panjshir." };
    digestAs(passage, "body-digest#p-1");
    const same = { anchor: "p-1", text: "Fighting in Panjshir." };
    expect(digestOf([passage])).not.toBe(digestOf([same]));
    const other = { anchor: "p-1", text: "Something else entirely." };
    digestAs(other, "body-digest#p-1");
    expect(digestOf([other])).toBe(digestOf([passage]));
  });

  test("a report's passages are declared by its text's digest and their anchor", () => {
    const input = loadContent();
    const report = input.reports[0]!;
    const keyOf = () => digestOf(buildCorpus(input).reportsById.get(report.id)!.passages);
    report.digest = "digest of the text";
    const before = keyOf();
    // The text is not read for the key: the digest says what it is (the content store's, in a build).
    report.body = report.body!.replace(/\bPanjshir\b[^\n]*/, (line) => `${line} Roads were closed.`);
    expect(keyOf()).toBe(before);
    report.digest = "digest of the edited text";
    expect(keyOf()).not.toBe(before);
    delete report.digest;
    expect(keyOf()).not.toBe(before);
  });

  test("what a key cannot hold is an error", () => {
    expect(() => digestOf({ render: () => "" })).toThrow(/function/);
    const looped: { self?: unknown } = {};
    looped.self = looped;
    expect(() => digestOf(looped)).toThrow(/cycle/);
  });
});

describe("pagesToRender", () => {
  const pages = (text: string) => [
    { params: { slug: "a" }, props: { n: 1 }, shows: "first" },
    { params: { slug: "b" }, props: { n: 2 }, shows: text },
  ];
  /** A build whose last build wrote these keys, by path. */
  const build = (previous: Map<string, string>): PageCacheBuild => ({
    inputs: "i",
    previous: new Map([...previous].map(([path, key]) => [path, { key, size: 1, mtimeMs: 1 }])),
    pages: new Map(),
  });

  test("outside a build, every page", () => {
    expect(pagesToRender("/reports/[slug]", pages("second"), undefined)).toEqual([
      { params: { slug: "a" }, props: { n: 1 } },
      { params: { slug: "b" }, props: { n: 2 } },
    ]);
  });

  test("with no last build, every page, each recorded with its key", () => {
    const first = build(new Map());
    expect(pagesToRender("/reports/[slug]", pages("second"), first)).toHaveLength(2);
    expect([...first.pages.keys()]).toEqual(["/reports/a/", "/reports/b/"]);
    expect([...first.pages.values()].every((p) => p.render)).toBe(true);
  });

  test("after a build, only the pages whose key changed, or that it did not write", () => {
    const first = build(new Map());
    pagesToRender("/reports/[slug]", pages("second"), first);
    const previous = new Map([...first.pages].map(([path, page]) => [path, page.key]));
    const again = build(previous);
    expect(pagesToRender("/reports/[slug]", pages("second"), again)).toEqual([]);
    expect(again.pages.get("/reports/b/")).toEqual({ key: previous.get("/reports/b/"), render: false });

    const edited = build(previous);
    expect(pagesToRender("/reports/[slug]", pages("second, edited"), edited)).toEqual([
      { params: { slug: "b" }, props: { n: 2 } },
    ]);

    previous.delete("/reports/a/");
    expect(pagesToRender("/reports/[slug]", pages("second"), build(previous))).toEqual([
      { params: { slug: "a" }, props: { n: 1 } },
    ]);
  });
});

describe("the entry pages' key", () => {
  /** Every entry page's key and view digests, by path. */
  const pagesOf = (corpus: Corpus) =>
    new Map(
      entryPageRefs(corpus).map(({ entry, number }) => [
        `${entry.id}/${number}`,
        {
          key: digestOf(entryPageInputs(corpus, entry, number)),
          view: digestOf(entryPage(corpus, entry, number)),
        },
      ]),
    );
  /** The real content with its reports copied twice over, so that the Taliban's passages fill pages. */
  const content = () => withReportCopies(loadContent(), 2);
  const edited = (change: (input: CorpusInput) => void) => {
    const input = content();
    change(input);
    return pagesOf(buildCorpus(input));
  };
  const before = pagesOf(buildCorpus(content()));

  test("the Taliban's passages fill more than one page", () => {
    expect(before.has("taliban/2")).toBe(true);
  });

  test.each<[string, (input: CorpusInput) => void]>([
    [
      "a sentence naming places added to a report",
      (input) => {
        const report = input.reports[1]!;
        report.body = `${report.body}\n\nFighting was reported in Panjshir and Kabul.`;
      },
    ],
    [
      // No name added or removed: the entries' counts and pages stay, their passages change.
      "a sentence added to each paragraph of a report that names the Taliban",
      (input) => {
        const report = input.reports.at(-1)!;
        report.body = report
          .body!.split("\n\n")
          .map((block) =>
            /Panjshir/.test(block) && !block.startsWith(":::") ? `${block} Roads were closed.` : block,
          )
          .join("\n\n");
      },
    ],
    [
      "a report's title changed",
      (input) => {
        const report = input.reports[0]!;
        report.data = { ...report.data, title: `${report.data.title} (updated)` };
      },
    ],
    [
      // The first pages' spellings link reports by outlet.
      "a report's outlet renamed",
      (input) => {
        const report = input.reports.find((r) => r.data.outlet.name)!;
        report.data = { ...report.data, outlet: { ...report.data.outlet, name: "Another outlet" } };
      },
    ],
  ])("after %s, every page whose view changed has a new key", (_label, change) => {
    const after = edited(change);
    expect([...after.keys()]).toEqual([...before.keys()]);
    const changedViews = [...after].filter(([path, page]) => page.view !== before.get(path)!.view);
    expect(changedViews.length).toBeGreaterThan(0);
    for (const [path, page] of changedViews) expect(page.key, path).not.toBe(before.get(path)!.key);
  });
});

describe("the entry pages' key, what it leaves out", () => {
  test("a sentence naming no one added to a report gives new keys only to the pages that list its passages", () => {
    const input = withReportCopies(loadContent(), 2);
    const report = input.reports.at(-1)!;
    const before = buildCorpus(input);
    const keys = (corpus: Corpus) =>
      entryPageRefs(corpus).map(({ entry, number }) => digestOf(entryPageInputs(corpus, entry, number)));
    const old = keys(before);
    report.body = report.body!.replace(/\bPanjshir\b[^\n]*/, (line) => `${line} Roads were closed.`);
    const after = buildCorpus(input);
    const refs = entryPageRefs(after);
    const changed = refs.filter((_, i) => keys(after)[i] !== old[i]);
    const listing = refs.filter(({ entry, number }) =>
      entryPage(after, entry, number).mentionGroups.some((group) => group.report.id === report.id),
    );
    expect(changed.length).toBeGreaterThan(0);
    expect(changed).toEqual(listing);
    // Not among them: the first pages of entries the report names whose first page lists other
    // reports; their spellings and events name the report's outlet and the events' headlines.
    const named = new Set(after.reportsById.get(report.id)!.mentions);
    expect(refs.some((ref) => ref.number === 1 && named.has(ref.entry.id) && !listing.includes(ref))).toBe(
      true,
    );
  });
});

describe("moveBack", () => {
  const root = mkdtempSync(join(tmpdir(), "panjshir-move-back-"));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  const write = (dir: string, files: readonly string[]) => {
    for (const file of files) {
      mkdirSync(dirname(join(dir, file)), { recursive: true });
      writeFileSync(join(dir, file), `last build's ${file}`);
    }
  };
  /** A last build's output set aside, and a new output where Astro wrote `rendered`. */
  const setUp = (name: string, last: readonly string[], rendered: readonly string[]) => {
    const previous = join(root, name, "previous");
    const out = join(root, name, "out");
    write(previous, last);
    mkdirSync(out, { recursive: true });
    for (const file of rendered) {
      mkdirSync(dirname(join(out, file)), { recursive: true });
      writeFileSync(join(out, file), `new ${file}`);
    }
    return { previous, out };
  };

  test("kept files go back, whole folders at once; what is not kept stays behind", () => {
    const last = [
      "reports/a/index.html",
      "reports/b/index.html",
      "people/x/index.html",
      "people/x/2/index.html",
      "people/index.html",
      "search/postings/1.json",
      "search/postings/2.json",
    ];
    const rendered = ["reports/b/index.html", "people/index.html", "search/postings/2.json"];
    // people/x/2/ is no longer a page (fewer mentions); reports/a/ and people/x/ are kept.
    const keep = new Set(["reports/a/index.html", "people/x/index.html", "search/postings/1.json"]);
    const { previous, out } = setUp("kept", last, rendered);
    const time = statSync(join(previous, "reports/a/index.html")).mtimeMs;
    const folder = (path: string) => statSync(join(previous, path)).ino;
    const [reportA, personX] = [folder("reports/a"), folder("people/x")];
    moveBack(previous, out, keep);
    expect(filesUnder(out).sort()).toEqual([...keep, ...rendered].sort());
    expect(readFileSync(join(out, "reports/b/index.html"), "utf8")).toBe("new reports/b/index.html");
    expect(readFileSync(join(out, "reports/a/index.html"), "utf8")).toBe("last build's reports/a/index.html");
    expect(statSync(join(out, "reports/a/index.html")).mtimeMs).toBe(time);
    // reports/a/ moved whole; people/x/ held a page no longer built, so its kept page moved alone.
    expect(statSync(join(out, "reports/a")).ino).toBe(reportA);
    expect(statSync(join(out, "people/x")).ino).not.toBe(personX);
    expect(filesUnder(previous).sort()).toEqual([
      "people/index.html",
      "people/x/2/index.html",
      "reports/b/index.html",
      "search/postings/2.json",
    ]);
  });

  test("a kept file gone from the last build's output is an error that says how to build in full", () => {
    const { previous, out } = setUp("gone", ["reports/a/index.html"], []);
    expect(() => moveBack(previous, out, new Set(["reports/a/index.html", "reports/b/index.html"]))).toThrow(
      /reports\/b\/index\.html of the last build is gone; delete .* to build in full/,
    );
  });
});
