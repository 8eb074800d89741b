/**
 * The import command end to end, always into a temporary reports folder: the five source
 * documents give their existing copies, the HTML fixture gives only its article, the weekday
 * candidates include each report's publication day, and every bad input stops with a clear
 * message and writes nothing.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, test } from "vitest";
import { reportSchema } from "@/schemas/report";
import { corpusPeriod, weekdayCandidates } from "@/lib/import/dates";
import { htmlToArticle } from "@/lib/import/html";
import { runImportCommand } from "../scripts/importCommand";
import { CONTENT_DIR, splitFrontmatter } from "./helpers/content";

const REPORTS = join(CONTENT_DIR, "reports");
const FIXTURE = new URL("./fixtures/import/article.html", import.meta.url).pathname;

interface Copy {
  title: string;
  titleEditorial?: boolean;
  published: { date: string };
  provenance: { seedFile: string; dropped: string[] };
}
const copies = readdirSync(REPORTS)
  .filter((file) => file.endsWith(".md"))
  .map((file) => {
    const { data, body } = splitFrontmatter(readFileSync(join(REPORTS, file), "utf8"));
    return [file.replace(/\.md$/, ""), { data: data as unknown as Copy, body }] as const;
  });

let out: string;
let printed: { out: string[]; err: string[] };
const io = () => ({ out: (l: string) => printed.out.push(l), err: (l: string) => printed.err.push(l) });
const run = (...argv: string[]) => runImportCommand(argv, {}, io());
const lines = (body: string) => body.trim().split("\n");
const folder = () => readdirSync(out).sort();

beforeEach(() => {
  out = mkdtempSync(join(tmpdir(), "import-test-"));
  printed = { out: [], err: [] };
});
afterEach(() => rmSync(out, { recursive: true, force: true }));

describe("importing the five source documents", () => {
  test.each(copies)("%s: body line for line, dropped lines, headline", (id, copy) => {
    const source = join(CONTENT_DIR, "sources", copy.data.provenance.seedFile);
    expect(run(source, "--slug", id, "--reports-dir", out), printed.err.join("\n")).toBe(0);
    expect(folder()).toEqual([`${id}.md`]);
    const { data, body } = splitFrontmatter(readFileSync(join(out, `${id}.md`), "utf8"));
    const imported = data as unknown as Copy & { published: Record<string, string> };
    expect(lines(body)).toEqual(lines(copy.body));
    expect(imported.provenance.dropped ?? []).toEqual(copy.data.provenance.dropped);
    expect(imported.provenance.seedFile).toBe(copy.data.provenance.seedFile);
    if (copy.data.titleEditorial) expect(imported.title).toMatch(/^TODO\(editor\): title/);
    else expect(imported.title).toBe(copy.data.title);
    // The scaffold does not build until an editor decides: the schema names each to-do.
    const result = reportSchema.safeParse(imported);
    expect(result.success).toBe(false);
    const fields = result.error!.issues.map((i) => i.path.join("."));
    expect(fields).toEqual(expect.arrayContaining(["outlet.evidence", "published.date", "summary.text"]));
    expect(result.error!.issues.every((i) => i.message.startsWith("Still a to-do from the import:"))).toBe(
      true,
    );
    // The checklist is printed at the end.
    expect(printed.out.join("\n")).toMatch(/Publication date: choose published\.date/);
  });

  test.each(copies)("%s: the weekday-based date candidates include the published date", (_id, copy) => {
    const period = corpusPeriod(copies.map(([, c]) => c.data.published.date));
    const source = readFileSync(join(CONTENT_DIR, "sources", copy.data.provenance.seedFile), "utf8");
    expect(weekdayCandidates(source, period).map((c) => c.date)).toContain(copy.data.published.date);
  });
});

describe("importing a saved HTML page", () => {
  test("keeps only the article's paragraphs, in order", () => {
    expect(run(FIXTURE, "--reports-dir", out), printed.err.join("\n")).toBe(0);
    const [file] = folder();
    const { data, body } = splitFrontmatter(readFileSync(join(out, file!), "utf8"));
    const html = readFileSync(FIXTURE, "utf8");
    const article = html.slice(html.indexOf("<article"), html.indexOf("</article>"));
    const paragraphs = [...article.matchAll(/<p>([\s\S]*?)<\/p>/g)]
      .map((m) => m[1]!.replace(/\s+/g, " ").trim())
      .filter((p) => p !== "Advertisement");
    expect(paragraphs).toHaveLength(4);
    expect(lines(body).filter(Boolean)).toEqual(paragraphs);
    expect((data as unknown as Copy).title).toBe("Resistance fighters dig in at the valley's mouth");
    expect((data as unknown as Copy).provenance.dropped).toEqual(["Advertisement"]);
    expect(printed.out.join("\n")).toContain('og:site_name" content="Example Daily News"');
    // The text a copy of an HTML source is checked against: headline, article, chrome.
    expect(htmlToArticle(html, "article.html").text.split("\n\n")).toEqual([
      "Resistance fighters dig in at the valley's mouth",
      ...paragraphs.slice(0, 2),
      "Advertisement",
      ...paragraphs.slice(2),
    ]);
  });
});

describe("bad input: a clear message, and nothing written", () => {
  const write = (name: string, bytes: Uint8Array | string) => {
    const dir = mkdtempSync(join(tmpdir(), "import-input-"));
    const path = join(dir, name);
    writeFileSync(path, bytes);
    return path;
  };

  test.each<[string, () => string[], RegExp]>([
    ["an empty file", () => [write("empty.txt", "")], /empty\.txt is empty/],
    ["a file of blank lines", () => [write("blank.txt", "\n  \n\n")], /blank\.txt is empty/],
    [
      "a binary file",
      () => [
        write("photo.html", new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13])),
      ],
      /photo\.html is a binary file/,
    ],
    [
      "a page with no article",
      () => [
        write(
          "front.html",
          "<!doctype html><html><head><title>Home</title></head><body><nav><a href='/'>Home</a></nav></body></html>",
        ),
      ],
      /front\.html: no article found in the page/,
    ],
    [
      "a text of page chrome only",
      () => [write("chrome.txt", "Advertisement\n\nRead More\n")],
      /no article text found/,
    ],
    [
      "a file that is not UTF-8",
      () => [
        write("latin1.txt", new Uint8Array([...Buffer.from("Caf"), 0xe9, ...Buffer.from(" in Kabul.\n")])),
      ],
      /latin1\.txt is not UTF-8 text: convert it first/,
    ],
    [
      "an unknown file type",
      () => [write("page.pdf", "%PDF-1.4")],
      /reads a saved web page \(\.html\) or its text \(\.txt\)/,
    ],
    [
      "a malformed slug",
      () => [FIXTURE, "--slug", "Not A Slug"],
      /must be lower-case words joined by hyphens/,
    ],
    ["a missing file", () => [join(tmpdir(), "no-such-file.html")], /no such file/],
  ])("%s", (_name, argv, message) => {
    expect(run(...argv(), "--reports-dir", out)).toBe(1);
    expect(printed.err.join("\n")).toMatch(message);
    expect(printed.err.join("\n")).toMatch(/^import: /);
    expect(printed.out).toEqual([]);
    expect(folder()).toEqual([]);
  });

  test("a slug that exists: the existing file is left as it was", () => {
    const existing = join(out, "taken.md");
    writeFileSync(existing, "an editor's work");
    expect(run(FIXTURE, "--slug", "taken", "--reports-dir", out)).toBe(1);
    expect(printed.err.join("\n")).toMatch(
      /taken\.md already exists: choose another --slug\. Nothing was written\./,
    );
    expect(folder()).toEqual(["taken.md"]);
    expect(readFileSync(existing, "utf8")).toBe("an editor's work");
  });

  test("the reports folder can also be given by IMPORT_REPORTS_DIR", () => {
    expect(runImportCommand([FIXTURE, "--slug", "from-env"], { IMPORT_REPORTS_DIR: out }, io())).toBe(0);
    expect(folder()).toEqual(["from-env.md"]);
  });
});
